#!/bin/bash
# Runs two cronista binaries (say, an old commit built in a worktree and main) on every
# corpus of corpora/ and scores both with ../shared/eval/score.py: the before/after
# table of a refactoring, and OUT/{old,new}/*.jsonl for a byte diff.
#
#   scripts/eval/compare_bins.sh OLD_BIN NEW_BIN OUT
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OLD=$1; NEW=$2; OUT=$3; C=$ROOT/corpora; E=${SHARED:-$ROOT/../shared}/eval
mkdir -p $OUT/old $OUT/new
python3 - $C $OUT <<'PY'
import json,sys
C,OUT=sys.argv[1],sys.argv[2]
texts={}
for f in [C+'/bench/kind_wn_train_texts.jsonl',C+'/news/dev_texts.jsonl']:
    for l in open(f):
        r=json.loads(l); texts[r['id']]=r['text']
def write(name, ids):
    with open(f'{OUT}/{name}_in.jsonl','w') as w:
        for i in ids: w.write(json.dumps({'id':i,'text':texts[i]},ensure_ascii=False)+'\n')
for name,gold in [('news','news/dev_gold.jsonl'),('deals','news/dev_deals.jsonl'),('attribution','news/dev_attribution.jsonl'),('ner','ner/kind_wn_train.jsonl')]:
    write(name,[json.loads(l)['id'] for l in open(C+'/'+gold)])
for name,gold in [('ud','sentences/ud_pud.jsonl'),('golden','sentences/pysbd_it.jsonl'),('phrases','amounts/duckling_money_it.jsonl')]:
    with open(f'{OUT}/{name}_in.jsonl','w') as w:
        for l in open(C+'/'+gold):
            r=json.loads(l); w.write(json.dumps({'id':r['id'],'text':r['text']},ensure_ascii=False)+'\n')
PY
for v in old new; do B=$OLD; [ $v = new ] && B=$NEW
  for n in news deals attribution ner ud golden phrases; do $B --jsonl < $OUT/${n}_in.jsonl > $OUT/$v/$n.jsonl; done; done
cd $E
for v in old new; do
  echo "=== $v"
  python3 score.py news $C/news/dev_gold.jsonl $OUT/$v/news.jsonl --json
  python3 score.py deals $C/news/dev_deals.jsonl $OUT/$v/deals.jsonl --json
  python3 score.py attribution $C/news/dev_attribution.jsonl $OUT/$v/attribution.jsonl --json
  python3 score.py ner $C/ner/kind_wn_train.jsonl $OUT/$v/ner.jsonl --json
  python3 score.py sentences $C/sentences/ud_pud.jsonl $OUT/$v/ud.jsonl --json
  python3 score.py sentences $C/sentences/pysbd_it.jsonl $OUT/$v/golden.jsonl --json
  python3 score.py phrases $C/amounts/duckling_money_it.jsonl $OUT/$v/phrases.jsonl --json
done
