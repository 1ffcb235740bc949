#!/usr/bin/env python3
"""Robustness check: the held-out article pages converted to traditional
script, as Hong Kong and Taiwan sites (and their copies) print them, scored
like the originals.

For each item of bench/extract/meta_holdoutNN.jsonl (NN >= --from) whose page
is in EXT, it writes OUT/trad_<page> (the whole page through OpenCC's s2t) and
a truth file OUT/truth.jsonl whose names and source are converted the same
way. Then:

  python3 bench/extract/score_meta.py --bin target/release/baoku \
      --shared ../shared --ext OUT --truth OUT/truth.jsonl

Needs `pip install opencc-python-reimplemented`. OpenCC converts by phrase,
so a name may come out differently in the page and in the truth (`周` as `週`
inside a run of text): compare with the simplified score item by item before
calling a difference the extractor's.
"""
import argparse
import json
import os

from opencc import OpenCC

import holdout

ap = argparse.ArgumentParser()
ap.add_argument("--ext", required=True, help="where the $EXT pages are")
ap.add_argument("--out", required=True, help="directory for the converted copies")
ap.add_argument("--from", dest="first", type=int, default=43, help="first held-out set (default 43)")
a = ap.parse_args()
os.makedirs(a.out, exist_ok=True)
cc = OpenCC("s2t")
n = 0
with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as truth:
    for r, src in holdout.items(a.ext, a.first):
        name = os.path.basename(src)
        with open(src, encoding="utf-8") as page, open(os.path.join(a.out, "trad_" + name), "w", encoding="utf-8") as out:
            out.write(cc.convert(page.read()))
        r["file"] = "$EXT/trad_" + name
        for key in ("authors", "editors"):
            if r.get(key):
                r[key] = [cc.convert(x) for x in r[key]]
        if r.get("source"):
            r["source"] = cc.convert(r["source"])
        truth.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
print(f"{n} items converted into {a.out}")
