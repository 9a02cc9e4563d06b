#!/usr/bin/env python3
"""Time from writing the first JSON line into cronista's stdin (a slow writer that
keeps the pipe open) to reading the first summary line: latency.py BINARY.
Prints the best and the median of 5 tries, in milliseconds."""
import subprocess
import sys
import time

line = b'{"id":"1","text":"Titolo\\nLa Fiat ha investito 3 milioni di euro. Poi basta."}\n'
times = []
for _ in range(5):
    p = subprocess.Popen([sys.argv[1], "--jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    time.sleep(0.2)
    start = time.perf_counter()
    p.stdin.write(line)
    p.stdin.flush()
    p.stdout.readline()
    times.append((time.perf_counter() - start) * 1000)
    time.sleep(0.3)
    p.stdin.write(line)
    p.stdin.close()
    p.stdout.read()
    p.wait()
times.sort()
print(f"{times[0]:.1f} {times[len(times) // 2]:.1f}")
