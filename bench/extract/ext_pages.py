#!/usr/bin/env python3
"""Fetch the pages a truth file takes from public repositories (`$EXT/…` rows,
e.g. meta_holdout12.jsonl: test pages of GeneralNewsExtractor/GeneralNewsExtractor,
GPL-3.0; not shipped here) into DIR, the folder `score_meta.py --ext DIR` reads.

Each row's `origin` names the repository path and commit. The pages were saved
for the evaluation with the bodies of <script> (other than JSON-LD) and <style>
elements left out; this script does the same, so the extractor sees the same
markup. Needs network access to raw.githubusercontent.com.

usage: bench/extract/ext_pages.py DIR [--truth bench/extract/meta_holdout12.jsonl]
"""
import argparse, json, re, urllib.parse, urllib.request
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument('dir')
ap.add_argument('--truth', default=str(Path(__file__).with_name('meta_holdout12.jsonl')))
a = ap.parse_args()
out = Path(a.dir)
out.mkdir(parents=True, exist_ok=True)

SCRIPT = re.compile(r'(<script\b[^>]*>)(.*?)(</script\s*>)', re.I | re.S)
STYLE = re.compile(r'(<style\b[^>]*>)(.*?)(</style\s*>)', re.I | re.S)


def strip(html):
    html = SCRIPT.sub(lambda m: m[0] if 'ld+json' in m[1].lower() else m[1] + m[3], html)
    return STYLE.sub(lambda m: m[1] + m[3], html)


for line in open(a.truth, encoding='utf-8'):
    if not line.strip():
        continue
    r = json.loads(line)
    repo, spec = r['origin'].split(' ', 1)
    path, commit = spec.rsplit('@', 1)
    raw = urllib.request.urlopen(f'https://raw.githubusercontent.com/{repo}/{commit}/{urllib.parse.quote(path)}').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:  # a GBK page: saved as UTF-8 text, like the copies scored
        text = raw.decode('gb18030', 'replace')
    name = r['file'].replace('$EXT/', '')
    (out / name).write_text(strip(text), encoding='utf-8')
    print(name)
