#!/usr/bin/env python3
"""Repeats a JSON Lines corpus with fresh ids (`<id>~<copy>`) until it reaches SIZE
bytes: make_stream.py CORPUS SIZE_MB > OUT.jsonl"""
import json
import sys

lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
limit = int(sys.argv[2]) << 20
out = sys.stdout
n, copy = 0, 0
while n < limit:
    for rec in lines:
        rec = dict(rec, id=f"{rec['id']}~{copy}")
        s = json.dumps(rec, ensure_ascii=False) + "\n"
        out.write(s)
        n += len(s.encode())
        if n >= limit:
            break
    copy += 1
