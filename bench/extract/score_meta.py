#!/usr/bin/env python3
"""Score authors, publish date, source and editors against the hand-checked
truth in meta_truth.jsonl (government pages of ../shared/datasets/pages, news
pages of the daniel-zh and magic-zh extraction sets, and the project's own
fixtures; every row has a note quoting what the page shows).

usage: bench/extract/score_meta.py [--bin target/release/baoku] [--shared ../shared] [--ext DIR]
       bench/extract/score_meta.py --cmd 'python3 ../shared/eval/peer_trafilatura.py'

A field is scored only on pages whose truth has it (the page shows it).
Authors and editors: the sets must be equal (spaces ignored). Dates: the
same calendar day. Source: equal strings. Prints every miss, then a summary;
`authors_on_pages_without` counts pages that credit no writer but got authors.
"""
import argparse, json, re, subprocess, sys
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument('--bin', default='target/release/baoku')
ap.add_argument('--cmd', help='any command that takes page files and prints baoku-shaped JSON lines')
ap.add_argument('--shared', default='../shared')
ap.add_argument('--ext', default='ext-pages',
                help='folder of pages from public repositories ($EXT in a truth file; bench/extract/ext_pages.py fetches them)')
ap.add_argument('--truth', default=str(Path(__file__).with_name('meta_truth.jsonl')))
a = ap.parse_args()

rows = [json.loads(l) for l in open(a.truth, encoding='utf-8') if l.strip()]
for r in rows:
    r['path'] = r['file'].replace('$SHARED', a.shared).replace('$EXT', a.ext)
missing = [r['path'] for r in rows if not Path(r['path']).is_file()]
if missing:
    sys.exit(f'{len(missing)} page(s) of {a.truth} not found, first {missing[0]}')
files = sorted({r['path'] for r in rows})
import shlex
cmd = shlex.split(a.cmd) if a.cmd else [a.bin, 'extract']
out = subprocess.run([*cmd, *files], capture_output=True)
if out.returncode != 0:
    sys.stderr.write(out.stderr.decode('utf-8', 'replace'))
got = {}
for line in out.stdout.decode('utf-8').splitlines():
    o = json.loads(line)
    got.setdefault(o['file'], []).append(o)


def day(s):
    m = re.search(r'(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})', s or '')
    return m and (int(m[1]), int(m[2]), int(m[3]))


def names(v):
    return {''.join(x.split()) for x in (v or [])}


score = {k: [0, 0] for k in ('authors', 'published', 'source', 'editors')}
# Pages whose truth credits no writer: how many got authors anyway.
unwanted = [0, 0]
for r in rows:
    arts = got.get(r['path'], [])
    o = arts[r.get('article', 0)] if len(arts) > r.get('article', 0) else {}
    checks = {
        'authors': lambda: names(o.get('authors')) == names(r['authors']),
        'published': lambda: day(o.get('published')) == day(r['published']),
        'source': lambda: (o.get('source') or '') == r['source'],
        'editors': lambda: names(o.get('editors')) == names(r['editors']),
    }
    if 'authors' not in r:
        unwanted[1] += 1
        if o.get('authors'):
            unwanted[0] += 1
            print(f"extra authors {Path(r['path']).name}#{r.get('article', 0)}: page credits no writer, got {o.get('authors')!r}")
    for k, ok in checks.items():
        if k in r:
            score[k][1] += 1
            if ok():
                score[k][0] += 1
            else:
                print(f"miss {k:9} {Path(r['path']).name}#{r.get('article', 0)}: want {r[k]!r} got {o.get(k)!r}")
print(' '.join(f'{k}={v[0]}/{v[1]}' for k, v in score.items()) + f' authors_on_pages_without={unwanted[0]}/{unwanted[1]}')
