#!/usr/bin/env python3
"""A large synthetic corpus for dedup speed and memory: N articles of about
2,000 Chinese characters, with planted republished copies.

Text is drawn character by character from the character frequencies of the
real news texts in ../shared/datasets/extract (so shingles are as varied as
real text), with punctuation and paragraph breaks, and with stock phrases
from a shared pool mixed in (as official news repeats 深入学习贯彻… in
every story), so the index meets long posting lists as it would in a real
archive. A share of articles (--copies) are copies of a recent article with
republishing edits (new headline line, punctuation width, a paragraph
dropped, or a lead excerpt). Never commit the output: write it to /tmp.

Writes OUT ({"id","title","text","source","published"} lines) and OUT.truth
({"id","copy_of"} for each planted copy).

Usage: python3 bench/dedup/make_big.py --n 1000000 --out /tmp/baoku-dedup-1m.jsonl [--shared ../shared]
       (or --part K --parts P for each K, then concatenate OUT files and .truth files in K order)
"""

import argparse
import datetime as dt
import json
import random
from collections import Counter
from pathlib import Path

import numpy as np


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--chars", type=int, default=2000)
    ap.add_argument("--copies", type=float, default=0.2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--part", type=int, default=0, help="write only this part (0-based) of --parts, to run parts in parallel and concatenate")
    ap.add_argument("--parts", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed * 1000 + a.part)
    nrng = np.random.default_rng(a.seed * 1000 + a.part)

    counts = Counter()
    for name in ["daniel-zh", "magic-zh"]:
        for line in open(Path(a.shared) / "datasets/extract" / name / "truth.jsonl", encoding="utf-8"):
            counts.update(c for c in json.loads(line)["text"] if "\u4e00" <= c <= "\u9fff")
    chars = np.array([ord(c) for c, _ in counts.most_common(5000)], dtype="<u4")
    cdf = np.cumsum(np.array([n for _, n in counts.most_common(5000)], dtype=float))
    cdf /= cdf[-1]
    comma, stop, newline = ord("，"), ord("。"), ord("\n")

    def codes(n):
        return chars[np.minimum(np.searchsorted(cdf, nrng.random(n)), len(chars) - 1)]

    def draw(n):
        return codes(n).tobytes().decode("utf-32-le")

    stock = [codes(rng.randint(10, 24)) for _ in range(400)]

    def article():
        cp = codes(a.chars)
        # Stock phrases over about 8% of the text, as official news repeats them.
        for _ in range(a.chars * 8 // 100 // 17):
            s = stock[rng.randrange(len(stock))]
            at = rng.randrange(0, a.chars - len(s))
            cp[at : at + len(s)] = s
        # Sentence ends every 8-30 characters, paragraph breaks now and then.
        ends = np.cumsum(nrng.integers(9, 31, size=a.chars // 8))
        ends = ends[ends < a.chars]
        cp[ends] = np.where(nrng.random(len(ends)) < 0.25, stop, comma)
        paras = ends[nrng.random(len(ends)) < 0.07]
        cp[paras] = newline
        return cp.tobytes().decode("utf-32-le")

    def copy_of(text):
        r = rng.random()
        if r < 0.3:
            return draw(14) + "\n" + text.replace("，", ",").replace("。", ".")
        if r < 0.6:
            paras = text.split("\n")
            if len(paras) > 2:
                del paras[rng.randrange(len(paras))]
            return "\n".join(paras) + "\n责任编辑：" + draw(3)
        if r < 0.8:
            return text[: rng.randint(300, 900)]
        return "来源：" + draw(4) + "日报\n" + text

    start = dt.datetime(2023, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    recent = []
    with open(a.out, "w", encoding="utf-8") as out, open(a.out + ".truth", "w", encoding="utf-8") as truth:
        per = -(-a.n // a.parts)
        for i in range(a.part * per, min(a.n, (a.part + 1) * per)):
            at = start + dt.timedelta(seconds=int(i * 60 * 86400 / a.n))
            if recent and rng.random() < a.copies:
                j, src = rng.choice(recent)
                text = copy_of(src)
                truth.write(json.dumps({"id": i, "copy_of": j}) + "\n")
            else:
                text = article()
                recent.append((i, text))
                if len(recent) > 2000:
                    recent.pop(rng.randrange(len(recent)))
            out.write(json.dumps({"id": i, "title": text[:12], "text": text, "source": f"s{i % 300}", "published": at.isoformat()}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
