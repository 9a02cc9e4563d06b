#!/usr/bin/env bash
# Worst-case time: pathological 10 MB inputs against 10 MB of ordinary news text,
# each analyzed as one article by the release binary (output to /dev/null), best of
# 3; the acceptance is every case within 3 times the news time. Then the hostile
# input table at full size (50 MB line, 100 MB JSON line...) in a release build.
#
#   bench/worst_case.sh [WORKDIR]     (default: ${TMPDIR:-/tmp}/cronista-worst)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-corpora/bench/kind_wn_train_texts.jsonl}
W=${1:-${TMPDIR:-/tmp}/cronista-worst}
MB=${MB:-10}
cargo build --release -q
BIN=$PWD/target/release/cronista
[ -s "$W/news.txt" ] || python3 bench/make_hostile.py "$CORPUS" "$W" "$MB"

best3() { # FILE -> "seconds peakMB"
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$W/time" "$BIN" "$1" > /dev/null || [ $? -eq 1 ]
    cat "$W/time"
  done | sort -g | head -1 | awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }'
}
read -r NEWS NEWSMB < <(best3 "$W/news.txt")
echo "| input (${MB} MB) | seconds | × news | peak memory MB |"
echo "|---|---:|---:|---:|"
echo "| news (baseline) | $NEWS | 1.0 | $NEWSMB |"
fail=0
for f in "$W"/*.txt; do
  name=$(basename "$f" .txt)
  [ "$name" = news ] && continue
  read -r secs mb < <(best3 "$f")
  ratio=$(awk -v a="$secs" -v b="$NEWS" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 0.01) }')
  mark=$(awk -v r="$ratio" 'BEGIN { print (r > 3 ? " **over 3×**" : "") }')
  [ -n "$mark" ] && fail=1
  echo "| $name | $secs | $ratio$mark | $mb |"
done
echo
if [ "${SKIP_TESTS:-}" = "" ]; then
  echo "Hostile input table at full size (cargo test --release --test robustness):"
  /usr/bin/time -f '%e s, peak %M KB' cargo test -q --release --test robustness 2>&1 | grep -E 'test result|FAILED|panicked| s, peak'
fi
exit $fail
