#!/usr/bin/env python3
"""Writes 10 MB pathological inputs and 10 MB of ordinary news beside them:
make_hostile.py CORPUS DIR [MB]. One file per case, named after it."""
import json
import os
import sys

texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
d = sys.argv[2]
size = int(sys.argv[3] if len(sys.argv) > 3 else 10) << 20
os.makedirs(d, exist_ok=True)


def fill(unit):
    n = max(1, size // len(unit.encode()))
    return unit * n


news = []
n = 0
i = 0
while n < size:
    t = texts[i % len(texts)] + "\n\n"
    news.append(t)
    n += len(t.encode())
    i += 1
news = "".join(news)
cases = {
    "news": news,
    "news_one_line": news.replace("\n", " "),
    "dots": fill("."),
    "spaced_dots": fill(". "),
    "initials": fill("A. "),
    "tiny_sentences": fill("Sì! "),
    "ellipses": fill("… "),
    "guillemets": fill("«"),
    "nested_marks": fill("«“‘([\"") + fill("\"])’”»"),
    "quote_of_dots": "«" + fill(". "),
    "many_quotes": fill("«Sì» disse. "),
    "straight_quotes": fill("\" "),
    "capitals": fill("ROMA MILANO BANCA D'ITALIA S.P.A. ENI. "),
    "capital_words": fill("Alfa Beta Gamma Delta "),
    "suffixes": fill("Alfa S.p.A. "),
    "numbers": fill("1.234.567,89 "),
    "amounts": fill("3,5 milioni di euro e il 4% "),
    "one_word": fill("a"),
    "emoji": fill("😀👨‍👩‍👧🇮🇹 "),
    "combining": fill("e\u0301"),
    "rtl": fill("قال الرئيس. שלום עולם! "),
    "nul": fill("\0"),
    "cr_alone": fill("\r"),
    "empty_lines": fill("\n"),
    "short_lines": fill("A\n"),
}
for name, text in cases.items():
    with open(os.path.join(d, name + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
