#!/usr/bin/env python3
"""Pair-level precision and recall of `baoku cluster` (and of datasketch's
MinHashLSH as the peer) on the labelled set made by make_eval.py.

Two articles form a predicted pair when the clusterer puts them in one story,
a true pair when the truth does. A page holding two stories is truly a copy of
both, but a clustering can file it under only one: pairs between such a page
and its second story are left out of both counts (listed in `also`).

Usage: python3 bench/dedup/score.py [--set bench/dedup] [--cmd 'target/release/baoku cluster'] [--peer]
"""

import argparse
import collections
import itertools
import json
import re
import shlex
import subprocess
import time
from pathlib import Path


def pairs_of(groups):
    out = set()
    for members in groups.values():
        for a, b in itertools.combinations(sorted(members), 2):
            out.add((a, b))
    return out


def score(pred_story, truth, label):
    """pred_story: id -> story key; truth: id -> record."""
    ids = [i for i in truth if i in pred_story]
    missing = len(truth) - len(ids)
    pg, tg = collections.defaultdict(list), collections.defaultdict(list)
    for i in ids:
        pg[pred_story[i]].append(i)
        tg[truth[i]["story"]].append(i)
    excluded = set()
    by_story = tg
    for i in ids:
        for s in truth[i]["also"]:
            for j in by_story.get(s, []):
                excluded.add((min(i, j), max(i, j)))
    P = pairs_of(pg) - excluded
    T = pairs_of(tg) - excluded
    tp = len(P & T)
    precision = tp / len(P) if P else 1.0
    recall = tp / len(T) if T else 1.0
    print(f"{label}: articles {len(ids)} (missing {missing}), true pairs {len(T)}, predicted pairs {len(P)}, "
          f"precision {precision:.4f}, recall {recall:.4f}")
    # Where the errors are, by the kind of the articles involved.
    fn = collections.Counter()
    for a, b in T - P:
        k = sorted([truth[a]["kind"].split("+")[0], truth[b]["kind"].split("+")[0]])
        fn[" / ".join(k)] += 1
    fp = collections.Counter()
    for a, b in P - T:
        k = sorted([truth[a]["kind"].split(":")[0] + ":" + truth[a]["kind"].split(":")[1] if truth[a]["kind"].startswith("neg") else truth[a]["kind"].split(":")[0],
                    truth[b]["kind"].split(":")[0] + ":" + truth[b]["kind"].split(":")[1] if truth[b]["kind"].startswith("neg") else truth[b]["kind"].split(":")[0]])
        fp[" / ".join(k)] += 1
    if fn:
        print("  missed pairs by kind:", dict(fn.most_common(8)))
    if fp:
        print("  false pairs by kind:", dict(fp.most_common(8)))
    return precision, recall


def run_baoku(cmd, path):
    t = time.perf_counter()
    p = subprocess.run(shlex.split(cmd) + [str(path)], capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"{cmd} failed ({p.returncode}): {p.stderr[:500]}")
    story = {}
    for line in p.stdout.splitlines():
        d = json.loads(line)
        story[d["id"]] = d["story"]
    return story, elapsed


PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def shingles(text, k=5):
    t = PUNCT.sub("", text)
    return {t[i : i + k] for i in range(max(1, len(t) - k + 1))}


def run_peer(path, threshold=0.5, num_perm=128):
    """datasketch MinHashLSH online: query, join the earliest hit's story, insert."""
    from datasketch import MinHash, MinHashLSH

    t = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    story, order = {}, {}
    for n, line in enumerate(open(path, encoding="utf-8")):
        d = json.loads(line)
        m = MinHash(num_perm=num_perm)
        m.update_batch([s.encode("utf-8") for s in shingles(d["text"])])
        hits = lsh.query(m)
        if hits:
            first = min(hits, key=lambda h: order[h])
            story[d["id"]] = story[first]
        else:
            story[d["id"]] = d["id"]
        order[d["id"]] = n
        lsh.insert(d["id"], m)
    return story, time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="bench/dedup")
    ap.add_argument("--cmd", default="target/release/baoku cluster")
    ap.add_argument("--peer", action="store_true", help="also score datasketch MinHashLSH")
    a = ap.parse_args()
    base = Path(a.set)
    truth = {}
    for line in open(base / "eval_truth.jsonl", encoding="utf-8"):
        d = json.loads(line)
        truth[d["id"]] = d
    story, secs = run_baoku(a.cmd, base / "eval.jsonl")
    print(f"baoku cluster: {len(story)} articles in {secs:.2f} s")
    score(story, truth, "baoku")
    if a.peer:
        story, secs = run_peer(base / "eval.jsonl")
        print(f"datasketch MinHashLSH (threshold 0.5, 128 permutations, 5-char shingles): {len(story)} articles in {secs:.2f} s")
        score(story, truth, "datasketch")


if __name__ == "__main__":
    main()
