#!/usr/bin/env python3
"""Writes N small articles (the corpus texts, cycled) as DIR/000000.txt ... in one
folder: make_files.py CORPUS DIR N"""
import json
import os
import sys

texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
d, n = sys.argv[2], int(sys.argv[3])
os.makedirs(d, exist_ok=True)
for i in range(n):
    with open(os.path.join(d, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(texts[i % len(texts)])
