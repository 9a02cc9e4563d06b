#!/usr/bin/env python3
"""pySBD's Italian sentence splitting alone over a JSON Lines corpus.

Prints: articles, bytes of text, sentences, seconds spent splitting (the import
and the JSON parsing are outside the timed part, to be fair to pySBD).
"""
import json
import sys
import time

import pysbd

seg = pysbd.Segmenter(language="it", clean=False)
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
start = time.perf_counter()
sentences = sum(len(seg.segment(t)) for t in texts)
secs = time.perf_counter() - start
print(len(texts), sum(len(t.encode()) for t in texts), sentences, f"{secs:.3f}")
