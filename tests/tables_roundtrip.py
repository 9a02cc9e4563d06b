"""Checks a cronista table (CSV or TSV) against the JSON summaries, row by row.

usage: tables_roundtrip.py TABLE csv|tsv TABLE_FILE JSONL_FILE

Reads the table with Python's csv module (RFC 4180 dialect for CSV; for TSV, split
on tabs and undo the backslash escapes), builds the rows it must hold from the JSON
summaries independently of cronista's code, and compares them in order. Prints the
number of rows checked; exits non-zero on the first difference.
"""
import csv
import io
import json
import sys

COMMON = ["id", "kind", "text", "start", "end"]
EXTRA = {
    "entities": ["name"],
    "amounts": ["value", "min", "max", "currency", "qualifier", "sentence"],
    "quotes": ["speaker", "cue", "sentence"],
    "sources": ["name", "cue"],
    "deals": ["payers", "payees", "amount_index", "amount_text", "amount_value",
              "amount_currency", "object", "cue", "sentence"],
    "sentences": ["paragraph", "sentence"],
}


def cell(v):
    """A JSON value as the table writes it: null empty, numbers as JSON has them."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return json.dumps(v)
    if isinstance(v, (int, float)):
        return json.dumps(v)
    return str(v)


def head(doc, kind, rec):
    return [doc["id"], kind, rec["text"], str(rec["span"][0]), str(rec["span"][1])]


def expected(table, doc):
    rows = []
    if table == "entities":
        for key, kind in (("companies", "company"), ("organizations", "organization"),
                          ("people", "person")):
            for e in doc[key]:
                for m in e["mentions"]:
                    rows.append(head(doc, kind, m) + [e["name"]])
        rows.sort(key=lambda r: int(r[3]))  # text order; stable within a start
    elif table == "amounts":
        for a in doc["amounts"]:
            rows.append(head(doc, a["kind"], a) + [cell(a[k]) for k in
                        ("value", "min", "max", "currency", "qualifier", "sentence")])
    elif table == "quotes":
        for q in doc["quotes"]:
            rows.append(head(doc, "quote", q) + [cell(q["speaker"]), cell(q["cue"]),
                                                  cell(q["sentence"])])
    elif table == "sources":
        for s in doc["sources"]:
            rows.append(head(doc, s["kind"], s) + [s["name"], cell(s["cue"])])
    elif table == "deals":
        for d in doc["deals"]:
            a = d["amount"] or {}
            rows.append(head(doc, d["kind"], d) + [
                "; ".join(d["payers"]), "; ".join(d["payees"]), cell(a.get("index")),
                cell(a.get("text")), cell(a.get("value")), cell(a.get("currency")),
                cell(d["object"]), cell(d["cue"]), cell(d["sentence"])])
    elif table == "sentences":
        n = 0
        for p, para in enumerate(doc["paragraphs"]):
            for s in para["sentences"]:
                rows.append(head(doc, "sentence", s) + [str(p), str(n)])
                n += 1
    return rows


def unescape_tsv(field):
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c == "\\" and i + 1 < len(field):
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[field[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main():
    table, fmt, table_file, json_file = sys.argv[1:5]
    with open(table_file, encoding="utf-8", newline="") as f:
        if fmt == "csv":
            got = list(csv.reader(f, strict=True))
        else:
            text = f.read()
            assert text.endswith("\n"), "TSV ends with a newline"
            got = [[unescape_tsv(x) for x in line.split("\t")]
                   for line in text[:-1].split("\n")]
    header = COMMON + EXTRA[table]
    assert got[0] == header, f"header {got[0]} != {header}"
    want = [header]
    with open(json_file, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if "error" not in doc:
                want.extend(expected(table, doc))
    if got != want:
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                sys.exit(f"row {i}: got {g!r}, want {w!r}")
        sys.exit(f"{len(got)} rows, want {len(want)}")
    print(len(got) - 1)


main()
