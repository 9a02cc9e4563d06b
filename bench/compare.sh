#!/usr/bin/env bash
# Reproducible throughput, scaling, memory and latency benchmark of cronista against
# pySBD's Italian sentence splitting, in one run on the same corpus.
#
#   bench/compare.sh [WORKDIR]        (default: ${TMPDIR:-/tmp}/cronista-bench)
#
# Needs: the Rust toolchain, python3 with pysbd (`pip install pysbd`), GNU time
# (`apt-get install time`), and corpora/bench/kind_wn_train_texts.jsonl.
# Prints a Markdown table (the one in bench/RESULTS.md) and the acceptance checks.
# Small inputs are timed best of 5 (pySBD and single-thread cronista on the corpus in
# turn, best of PY_RUNS rounds), the stream best of 3; on a machine shared with
# other work (see the load average it prints) the thread scaling is understated.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-corpora/bench/kind_wn_train_texts.jsonl}
W=${1:-${TMPDIR:-/tmp}/cronista-bench}
STREAM_MB=${STREAM_MB:-200}
FILES=${FILES:-100000}
mkdir -p "$W"
[ -x /usr/bin/time ] || { echo "need GNU time: apt-get install time" >&2; exit 2; }
python3 -c 'import pysbd' 2>/dev/null || { echo "need pySBD: pip install pysbd" >&2; exit 2; }
cargo build --release -q
BIN=$PWD/target/release/cronista
CORES=$(nproc)

text_bytes() { python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8") if l.strip()))' "$1"; }
lines() { wc -l < "$1" | tr -d ' '; }

# One timed run: NAME ARTICLES TEXT_BYTES THREADS CMD... (stdout to $W/out); prints
# "name|articles|MB|threads|secs|articles/s|MB/s|peak MB".
run() {
  local name=$1 articles=$2 bytes=$3 threads=$4; shift 4
  # wall clock in nanoseconds around the run (GNU time's %e has 10 ms steps, too
  # coarse for the 0.15 s corpus run); GNU time for the peak memory
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$W/time" "$@" > "$W/out" || [ $? -eq 1 ]
  t1=$(date +%s%N)
  read -r kb < "$W/time"
  awk -v n="$name" -v a="$articles" -v b="$bytes" -v t="$threads" -v s="$(( (t1 - t0) / 1000 ))" -v k="$kb" 'BEGIN {
    s = s / 1e6
    printf "%s|%d|%.1f|%s|%.3f|%.0f|%.2f|%.1f\n", n, a, b / 1048576, t, s, a / s, b / 1048576 / s, k / 1024 }'
}
row() { run "$@" >> "$W/rows"; }
# The fastest of N runs: N NAME ...; the best is the least disturbed by other load.
best() {
  local n=$1; shift
  for _ in $(seq "$n"); do run "$@"; done | sort -t'|' -k5,5g | head -1 >> "$W/rows"
}
rm -f "$W/rows"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== corpus: $CORPUS" >&2
ART=$(lines "$CORPUS"); BYTES=$(text_bytes "$CORPUS")
# This machine's speed drifts by 15-30% over minutes. A 40 s pySBD run averages the
# drift while five 0.13 s cronista runs catch one moment of it, so the two are timed in
# turn, PY_RUNS rounds of one pySBD run and five single-thread cronista runs, and the
# fastest of each is kept: best of runs for both, under the same conditions.
PY_RUNS=${PY_RUNS:-2}
echo "== pySBD (language it) and cronista, single thread, $ART articles, $PY_RUNS rounds" >&2
: > "$W/py_runs"
: > "$W/one_runs"
for _ in $(seq "$PY_RUNS"); do
  /usr/bin/time -f '%e %M' -o "$W/time" python3 bench/pysbd_split.py "$CORPUS" > "$W/pysbd"
  read -r _ _ PYSENT PYSECS < "$W/pysbd"; read -r _ PYKB < "$W/time"
  echo "$PYSECS $PYKB" >> "$W/py_runs"
  for _ in 1 2 3 4 5; do run "cronista full analysis" "$ART" "$BYTES" 1 "$BIN" --jsonl -j 1 "$CORPUS"; done >> "$W/one_runs"
done
PY_ALL=$(cut -d' ' -f1 "$W/py_runs" | paste -sd' ')
read -r PYSECS PYKB < <(sort -g "$W/py_runs" | head -1)
awk -v a="$ART" -v b="$BYTES" -v s="$PYSECS" -v k="$PYKB" 'BEGIN {
  printf "pySBD sentence splitting only|%d|%.1f|1|%.2f|%.0f|%.3f|%.1f\n", a, b / 1048576, s, a / s, b / 1048576 / s, k / 1024 }' >> "$W/rows"
sort -t'|' -k5,5g "$W/one_runs" | head -1 >> "$W/rows"
best 5 "cronista full analysis" "$ART" "$BYTES" "$CORES" "$BIN" --jsonl "$CORPUS"
# pySBD is timed after its import and set-up; cronista's whole process includes its
# own (word lists, the gazetteer tables, automata: built once per process). Time a
# one-sentence article (best of 9: the set-up, and the process) and also report the
# corpus run without it, like for like with pySBD's timed part.
printf '{"id":"setup","text":"Ciao."}\n' > "$W/one.jsonl"
SETUP_US=$(for _ in 1 2 3 4 5 6 7 8 9; do
  t0=$(date +%s%N); "$BIN" --jsonl -j 1 "$W/one.jsonl" > /dev/null; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000 ))
done | sort -n | head -1)
awk -F'|' -v a="$ART" -v b="$BYTES" -v su="$SETUP_US" 'NR == 2 {
  s = $5 - su / 1e6
  printf "cronista full analysis, set-up (%.1f ms) excluded|%d|%.1f|1|%.3f|%.0f|%.2f|%s\n", su / 1000, a, b / 1048576, s, a / s, b / 1048576 / s, $8 }' "$W/rows" >> "$W/rows"

echo "== ${STREAM_MB} MB stream" >&2
[ -s "$W/stream.jsonl" ] || python3 bench/make_stream.py "$CORPUS" "$STREAM_MB" > "$W/stream.jsonl"
SART=$(lines "$W/stream.jsonl"); SBYTES=$(text_bytes "$W/stream.jsonl")
best 3 "cronista, ${STREAM_MB} MB stream" "$SART" "$SBYTES" 1 "$BIN" --jsonl -j 1 "$W/stream.jsonl"
best 3 "cronista, ${STREAM_MB} MB stream" "$SART" "$SBYTES" 2 "$BIN" --jsonl -j 2 "$W/stream.jsonl"
[ "$(lines "$W/out")" -eq "$SART" ] || { echo "stream: lines lost" >&2; exit 1; }
row "cronista, ${STREAM_MB} MB stream from stdin" "$SART" "$SBYTES" "$CORES" sh -c "exec '$BIN' --jsonl < '$W/stream.jsonl'"

echo "== folder of $FILES small files (ulimit -n 64)" >&2
[ -d "$W/files" ] && [ "$(ls "$W/files" | wc -l)" -eq "$FILES" ] || { rm -rf "$W/files"; python3 bench/make_files.py "$CORPUS" "$W/files" "$FILES"; }
FBYTES=$(du -sb --apparent-size "$W/files" | cut -f1)
row "cronista, folder of $FILES files" "$FILES" "$FBYTES" "$CORES" sh -c "ulimit -n 64 && exec '$BIN' '$W/files'"
[ "$(lines "$W/out")" -eq "$FILES" ] || { echo "files: lines lost" >&2; exit 1; }

echo "== first output latency (slow writer, --jsonl)" >&2
read -r LBEST LMED < <(python3 bench/latency.py "$BIN")

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(date -u +%F); load average before the run: $LOAD0, after: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "cronista $(git rev-parse --short HEAD 2>/dev/null || echo '?'); MB = MiB of article text (UTF-8), time = wall clock, memory = peak RSS (GNU time %M)."
echo
echo "| run | articles | MB | threads | seconds | articles/s | MB/s | peak memory MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
awk -F'|' '{ printf "|"; for (i = 1; i <= NF; i++) printf " %s |", $i; print "" }' "$W/rows"
echo
echo "pySBD seconds in each round: ${PY_ALL} (the table keeps the fastest; cronista's single-thread corpus row is the fastest of its $(( PY_RUNS * 5 )) runs taken between them)."
echo "First summary line after the first input line (--jsonl, slow writer): best ${LBEST} ms, median ${LMED} ms of 5."
echo
awk -F'|' -v lb="$LBEST" '
  NR == 1 { py = $7 }
  NR == 2 { one = $7 }
  NR == 4 { bare = $7 }
  NR == 5 { s1 = $7 }
  NR == 6 { s2 = $7; m200 = $8 }
  NR == 7 { if ($8 > m200) m200 = $8 }
  NR == 8 { mf = $8 }
  END {
    printf "Checks:\n"
    printf "- single thread vs pySBD: %.0fx on the corpus with set-up excluded as for pySBD (%.0fx for the whole process), %.0fx on the stream (want >= 300x): %s\n", bare / py, one / py, s1 / py, (bare / py >= 300 && s1 / py >= 300) ? "ok" : "FAIL"
    printf "- 2 threads vs 1 on the stream: %.2fx (want >= 1.7x): %s\n", s2 / s1, (s2 / s1 >= 1.7) ? "ok" : "FAIL"
    printf "- peak memory, stream: %.1f MB; %s files: %.1f MB (want < 64 MB): %s\n", m200, "'"$FILES"'", mf, (m200 < 64 && mf < 64) ? "ok" : "FAIL"
    printf "- first output latency: %s ms (want < 50 ms): %s\n", lb, (lb < 50) ? "ok" : "FAIL"
  }' "$W/rows"
