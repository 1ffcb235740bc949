#!/usr/bin/env python3
"""Robustness check: the held-out article bodies with every paragraph joined
into one, as crawlers often store them, scored like the originals.

For each item of bench/extract/meta_holdoutNN.jsonl (NN >= --from) whose page
is in EXT and uses the helpers' wrapper (<div class="article-content">, or <div class="content"> from set 43 on), it
writes a copy to OUT whose body is one <p> holding the paragraphs' text joined
with --sep, and a truth file OUT/truth.jsonl pointing at the copies. Then:

  python3 bench/extract/score_meta.py --bin target/release/baoku \
      --shared ../shared --ext EXT --truth OUT/truth.jsonl

Items that credit nobody are kept too, so false names show up as
`authors_on_pages_without`.
"""
import argparse
import html
import json
import os
import re

import holdout

ap = argparse.ArgumentParser()
ap.add_argument("--ext", required=True, help="where the $EXT pages are")
ap.add_argument("--out", required=True, help="directory for the flattened copies")
ap.add_argument("--sep", default=" ", help="what joins the paragraphs (default: one space)")
ap.add_argument("--from", dest="first", type=int, default=27, help="first held-out set (default 27)")
a = ap.parse_args()
os.makedirs(a.out, exist_ok=True)

# The wrapper of sets 27-42, and the plainer one of sets 43 on.
BODY = re.compile(r'<div class="article-content">(.*)</div>\s*<div class="footer">|<div class="content">\n(.*)\n</div></body>', re.S)
BREAK = re.compile(r"(?i)<br\s*/?>|</p>|</div>|<p[^>]*>")
TAG = re.compile(r"<[^>]+>")
n = 0
with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as truth:
    for d, page in holdout.items(a.ext, a.first):
        t = open(page, encoding="utf-8", errors="replace").read()
        m = BODY.search(t)
        if not m:
            continue
        g = 1 if m.group(1) is not None else 2
        text = html.unescape(TAG.sub("", BREAK.sub("\n", m.group(g))))
        paras = [p.strip() for p in text.split("\n") if p.strip()]
        flat = "<p>" + html.escape(a.sep.join(paras), quote=False) + "</p>\n"
        name = "flat_" + os.path.basename(page)
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as w:
            w.write(t[: m.start(g)] + flat + t[m.end(g) :])
        d["file"] = os.path.join(os.path.abspath(a.out), name)
        truth.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
print(f"{n} items flattened into {a.out}")
