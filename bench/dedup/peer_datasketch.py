#!/usr/bin/env python3
"""The peer: datasketch's MinHashLSH used as `baoku cluster` is, online over
JSONL in arrival order (query, join the earliest hit's story, insert), with
128 permutations over 5-character shingles of the text with whitespace and
punctuation removed. Prints the same {"id","story","relation","of"} lines
(relation `near` for any hit) so the same scorers apply.

Usage: python3 bench/dedup/peer_datasketch.py FILE.jsonl [--threshold 0.5] > out.jsonl
"""

import argparse
import json
import re
import sys
import time

from datasketch import MinHash, MinHashLSH

PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--perm", type=int, default=128)
    a = ap.parse_args()
    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=a.threshold, num_perm=a.perm)
    story, order = {}, {}
    out = sys.stdout
    n = 0
    for n, line in enumerate(open(a.file, encoding="utf-8"), 1):
        d = json.loads(line)
        t = PUNCT.sub("", d["text"])
        m = MinHash(num_perm=a.perm)
        m.update_batch([t[i : i + 5].encode("utf-8") for i in range(max(1, len(t) - 4))])
        key = json.dumps(d["id"])
        hits = lsh.query(m)
        if hits:
            first = min(hits, key=lambda h: order[h])
            story[key] = story[first]
            out.write(f'{{"id":{key},"story":{story[key]},"relation":"near","of":{first}}}\n')
        else:
            story[key] = key
            out.write(f'{{"id":{key},"story":{key},"relation":"new","of":null}}\n')
        order[key] = n
        lsh.insert(key, m)
    print(f"datasketch: {n} articles in {time.perf_counter() - t0:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
