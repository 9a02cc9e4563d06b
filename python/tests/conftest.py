"""Shared fixtures of the Python tests: the repository, the cronista binary, and a
corpus of 1,000 articles made from the articles in ../../fixtures (no ../shared)."""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def find_binary():
    """The command line to compare with: $CRONISTA_BIN, else a build in target/."""
    if os.environ.get("CRONISTA_BIN"):
        return os.environ["CRONISTA_BIN"]
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / "cronista"
        if candidate.exists():
            return str(candidate)
    raise RuntimeError("no cronista binary: run `cargo build` first or set CRONISTA_BIN")


@pytest.fixture(scope="session")
def binary():
    return find_binary()


def make_articles(count=1000):
    """`count` distinct (id, text) articles: every fixture article, cut at each of
    its paragraphs in turn, under a numbered headline, sometimes with Windows line
    breaks or without its headline (then with a
    dated last line)."""
    sources = sorted(REPO.glob("fixtures/*.txt")) + sorted(REPO.glob("fixtures/graph/*.txt"))
    bodies = []
    for path in sources:
        lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        bodies.append((path.stem, lines))
    articles = []
    for i in range(count):
        stem, lines = bodies[i % len(bodies)]
        paragraphs = lines[1:] or lines
        cut = (i // len(bodies)) % len(paragraphs)
        kept = paragraphs[cut:] + paragraphs[:cut]
        head, tail = [f"{lines[0]} ({i})"], []
        if i % 7 == 3:
            head, tail = [], [f"Aggiornato alle {i % 24}:{i % 60:02} (articolo {i})."]
        newline = "\r\n" if i % 5 == 4 else "\n"
        articles.append((f"{stem}-{i:04}", newline.join(head + kept + tail) + "\n"))
    return articles


@pytest.fixture(scope="session")
def articles():
    return make_articles()


def dumps(summary):
    """A summary as the command line writes it: compact, UTF-8 as it is."""
    return json.dumps(summary, ensure_ascii=False, separators=(",", ":"))


def cli_jsonl(binary, articles, *args):
    """The lines `cronista --jsonl` writes for `articles`."""
    records = "".join(
        json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in articles
    )
    done = subprocess.run(
        [binary, "--jsonl", "--quiet", *args],
        input=records.encode("utf-8"),
        stdout=subprocess.PIPE,
        check=True,
    )
    return done.stdout.decode("utf-8").splitlines()
