"""The Python package against the command line and the seed's summary."""

import json
import subprocess
import threading

import pytest

import cronista
from conftest import REPO, cli_jsonl, dumps


def test_seed_summary_equals_the_fixture():
    text = (REPO / "fixtures/seed.txt").read_text(encoding="utf-8")
    expected = json.loads((REPO / "fixtures/seed.json").read_text(encoding="utf-8"))
    assert cronista.analyze(text, id="fixtures/seed.txt") == expected
    assert cronista.analyze(text)["id"] == "-"
    assert cronista.SCHEMA == expected["schema"]


def test_a_thousand_articles_equal_the_cli_byte_for_byte(binary, articles):
    assert len(articles) == 1000 and len({t for _, t in articles}) == 1000
    expected = cli_jsonl(binary, articles)
    got = [dumps(s) for s in cronista.analyze_many(articles, jobs=2)]
    assert len(got) == len(expected) == 1000
    for mine, theirs in zip(got, expected):
        assert mine == theirs
    # Plain texts get their position as id; one job gives the same summaries.
    plain = list(cronista.analyze_many((t for _, t in articles[:50]), jobs=1))
    assert [s["id"] for s in plain] == [str(i) for i in range(50)]
    assert [dumps(dict(s, id=i)) for s, (i, _) in zip(plain, articles)] == expected[:50]


def test_analyze_many_streams_lazily():
    taken = []

    def source():
        for i in range(10_000):
            taken.append(i)
            yield (i, f"Titolo {i}\nLa Acme Italia ha venduto {i} auto.")

    summaries = cronista.analyze_many(source(), jobs=1)
    first = next(summaries)
    assert first["id"] == "0" and first["title"] == "Titolo 0"
    assert len(taken) <= 256, "the whole input was read before the first summary"


def test_the_gil_is_released_while_analyzing():
    text = (REPO / "fixtures/wikinews-0319.txt").read_text(encoding="utf-8") * 50
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    try:
        for _ in range(5):
            cronista.analyze(text)
    finally:
        stop.set()
        t.join()
    assert len(ticks) > 5


@pytest.mark.parametrize(
    "bad, message",
    [
        (5, "must be a str, not int"),
        (b"Titolo\nTesto.", "must be a str, not bytes"),
        (None, "must be a str, not NoneType"),
        ("Testo \ud800 rotto.", "lone surrogate"),
    ],
)
def test_bad_input_raises_value_error(bad, message):
    with pytest.raises(ValueError, match=message):
        cronista.analyze(bad)
    with pytest.raises(ValueError, match="article 1"):
        list(cronista.analyze_many(["Buono.", bad]))


def test_bad_article_comes_after_the_good_ones():
    summaries = cronista.analyze_many(["Uno.", ("b", "Due."), ("c", 3)])
    assert next(summaries)["id"] == "0"
    assert next(summaries)["id"] == "b"
    with pytest.raises(ValueError, match="article 2: the text must be a str"):
        next(summaries)
    with pytest.raises(StopIteration):
        next(summaries)


def test_names_make_the_deal(tmp_path):
    text = "Acme Italia ha comprato Bettini per 3 milioni di euro."
    names = cronista.Names(REPO / "fixtures/names/portfolio.tsv")
    assert len(names) == 3
    summary = cronista.analyze(text, names=names)
    assert [c["name"] for c in summary["companies"]] == ["Acme Italia", "Bettini"]
    (deal,) = summary["deals"]
    assert (deal["payers"], deal["payees"]) == (["Acme Italia"], ["Bettini"])
    (many,) = cronista.analyze_many([("-", text)], names=names)
    assert many == summary
    # where nothing in the text tells, the built-in guess is a person; the list wins
    plain = "Ieri Bettini ha presentato il piano."
    assert [p["name"] for p in cronista.analyze(plain)["people"]] == ["Bettini"]
    listed = cronista.analyze(plain, names=cronista.Names.parse("Bettini\tcompany\n"))
    assert [c["name"] for c in listed["companies"]] == ["Bettini"]
    assert listed["people"] == []


def test_malformed_names_raise_with_file_and_line():
    with pytest.raises(ValueError, match=r"malformed.tsv line 2: unknown kind"):
        cronista.Names(REPO / "fixtures/names/malformed.tsv")
    with pytest.raises(ValueError, match=r"mia lista line 1: .*no tab"):
        cronista.Names.parse("Acme Italia company\n", "mia lista")


def test_names_match_the_cli(binary, articles):
    names = REPO / "fixtures/names/portfolio.tsv"
    some = articles[:40] + [("b", "Acme Italia ha comprato Bettini per 3 milioni di euro.")]
    expected = cli_jsonl(binary, some, "--names", str(names))
    got = [dumps(s) for s in cronista.analyze_many(some, names=cronista.Names(names))]
    assert got == expected


def test_evaluate_gives_the_command_lines_scores(binary):
    """``cronista.evaluate`` is ``cronista evaluate --json``: same keys, same numbers;
    the seed's gold is met exactly."""
    gold = REPO / "corpora" / "news" / "seed_gold.jsonl"
    scores = cronista.evaluate("news", str(gold))
    cli = subprocess.run(
        [binary, "evaluate", "--json", "--task", "news", str(gold)],
        check=True,
        capture_output=True,
    )
    assert scores == json.loads(cli.stdout)
    assert scores["companies"]["f1"] == 1.0
    assert scores["deals"]["f1"] == 1.0
    with pytest.raises(ValueError):
        cronista.evaluate("nonsense", str(gold))
