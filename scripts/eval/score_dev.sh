#!/usr/bin/env bash
# Runs a cronista binary on the texts of the three dev gold files of ../shared
# (dev_deals, dev_attribution, dev_gold) and scores each with ../shared/eval/score.py,
# the scorer whose numbers the issues quote. Writes OUT/{deals,attr,news,news_deals}.json.
#
#   scripts/eval/score_dev.sh [BIN] [OUT]   (defaults: target/release/cronista, /tmp/cronista-dev)
#   python3 scripts/eval/together.py OUT    (the two-set totals of the deal and attribution goals)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${1:-$ROOT/target/release/cronista}
OUT=${2:-/tmp/cronista-dev}
SHARED=${SHARED:-$ROOT/../shared}
mkdir -p "$OUT"
python3 - "$SHARED" "$OUT" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
texts = {}
for f in [shared + '/corpora/bench/kind_wn_train_texts.jsonl', shared + '/corpora/news/dev_texts.jsonl']:
    for line in open(f, encoding='utf-8'):
        r = json.loads(line)
        texts[r['id']] = r['text']
for name in ['dev_deals', 'dev_attribution', 'dev_gold']:
    ids = [json.loads(l)['id'] for l in open(f'{shared}/corpora/news/{name}.jsonl', encoding='utf-8')]
    with open(f'{out}/{name}_texts.jsonl', 'w', encoding='utf-8') as w:
        for i in ids:
            w.write(json.dumps({'id': i, 'text': texts[i]}, ensure_ascii=False) + '\n')
PY
for name in dev_deals dev_attribution dev_gold; do
  "$BIN" --jsonl < "$OUT/${name}_texts.jsonl" > "$OUT/${name}_out.jsonl"
done
cd "$SHARED/eval"
G=../corpora/news
python3 score.py deals "$G/dev_deals.jsonl" "$OUT/dev_deals_out.jsonl" --json > "$OUT/deals.json"
python3 score.py attribution "$G/dev_attribution.jsonl" "$OUT/dev_attribution_out.jsonl" --json > "$OUT/attr.json"
python3 score.py news "$G/dev_gold.jsonl" "$OUT/dev_gold_out.jsonl" --json > "$OUT/news.json"
python3 score.py deals "$G/dev_gold.jsonl" "$OUT/dev_gold_out.jsonl" --json > "$OUT/news_deals.json"
for f in deals attr news news_deals; do echo "== $f"; cat "$OUT/$f.json"; done
