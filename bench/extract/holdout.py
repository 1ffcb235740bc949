"""The held-out items whose pages are at hand: shared by the scripts that make
copies of them (flatten.py, traditional.py, rewrap.py)."""
import glob
import json
import os
import re


def items(ext, first, truth=None):
    """Yields (record, page path) for each item of bench/extract/meta_holdoutNN.jsonl
    with NN >= first (or of `truth`, when given) whose `$EXT/` page exists under ext."""
    files = [truth] if truth else sorted(glob.glob("bench/extract/meta_holdout*.jsonl"))
    for f in files:
        k = re.search(r"holdout(\d*)\.jsonl$", f)
        if not truth and k and int(k.group(1) or 1) < first:
            continue
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            if not r["file"].startswith("$EXT/"):
                continue
            page = os.path.join(ext, r["file"][len("$EXT/"):])
            if os.path.exists(page):
                yield r, page
