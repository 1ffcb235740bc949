#!/usr/bin/env python3
"""Scores a clustering of a make_big.py corpus against its planted copies:
recall = planted copies filed in their source's story; false merges =
independently generated articles filed in another article's story.

Usage: python3 bench/dedup/score_big.py CORPUS.jsonl OUTPUT.jsonl
"""

import json
import sys


def main():
    corpus, output = sys.argv[1], sys.argv[2]
    copy_of = {}
    for line in open(corpus + ".truth", encoding="utf-8"):
        d = json.loads(line)
        copy_of[d["id"]] = d["copy_of"]
    story = {}
    for line in open(output, encoding="utf-8"):
        d = json.loads(line)
        story[d["id"]] = d["story"]
    found = sum(1 for c, src in copy_of.items() if c in story and story.get(c) == story.get(src))
    originals = [i for i in story if i not in copy_of]
    merged = sum(1 for i in originals if story[i] != i)
    print(f"{len(story)} articles: planted copies found {found}/{len(copy_of)} "
          f"(recall {found / max(1, len(copy_of)):.4f}); originals merged into another story {merged}/{len(originals)}")


if __name__ == "__main__":
    main()
