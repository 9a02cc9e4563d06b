#!/usr/bin/env python3
"""usage: together.py OUT (after scripts/eval/score_dev.sh BIN OUT): two-set totals for #15 and #22."""
import json,sys
d=sys.argv[1]
J=lambda f: json.load(open(f'{d}/{f}.json'))
attr,news,deals,nd=J('attr'),J('news'),J('deals'),J('news_deals')
def prf(a,b):
    tp=a['tp']+b['tp']; fp=a['fp']+b['fp']; fn=a['fn']+b['fn']
    p=tp/(tp+fp) if tp+fp else 0; r=tp/(tp+fn) if tp+fn else 0
    return f"tp {tp} fp {fp} fn {fn} P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r) if p+r else 0:.3f}"
print('deals together     ', prf(deals['deals'],nd['deals']))
ta,tn=deals['deals']['tp'],nd['deals']['tp']
print('deal amount acc    ', round((deals['deal_amount_accuracy']*ta+nd['deal_amount_accuracy']*tn)/max(1,ta+tn),4))
print('quotes together    ', prf(attr['quotes'],news['quotes']))
qa,qn=attr['quotes']['tp'],news['quotes']['tp']
print('speakers together  ', round((attr['speaker_accuracy']*qa+news['speaker_accuracy']*qn)/(qa+qn),4), f"(attr {attr['speaker_accuracy']}, news {news['speaker_accuracy']})")
print('sources together   ', prf(attr['sources'],news['sources']), f"(attr F1 {attr['sources']['f1']}, news F1 {news['sources']['f1']})")
