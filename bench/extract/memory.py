#!/usr/bin/env python3
"""Memory over many pages in one `baoku extract` process.

Cycles through every page of the two extract sets until N files (as
symlinks with short names, so that 10,000 paths fit on one command line),
runs one `baoku extract` over them, samples its resident memory every 50 ms,
and prints the peak RSS after the first 10 % and over the whole run, plus
pages/s. Flat memory means the two peaks are about equal.

usage: bench/extract/memory.py [--bin target/release/baoku] [--shared ../shared] [-n 10000]
"""
import argparse, os, subprocess, tempfile, time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument('--bin', default='target/release/baoku')
ap.add_argument('--shared', default='../shared')
ap.add_argument('-n', type=int, default=10000)
a = ap.parse_args()

pages = sorted(Path(a.shared, 'datasets/extract/daniel-zh/pages').glob('*.html')) + \
        sorted(Path(a.shared, 'datasets/extract/magic-zh/pages').glob('*.html'))
with tempfile.TemporaryDirectory() as d:
    files = []
    for i in range(a.n):
        p = Path(d, f'{i:05}.html')
        p.symlink_to(pages[i % len(pages)].resolve())
        files.append(p.name)
    t0 = time.perf_counter()
    proc = subprocess.Popen([os.path.abspath(a.bin), 'extract', *files], cwd=d,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    status = f'/proc/{proc.pid}/status'
    samples, lines = [], 0
    os.set_blocking(proc.stdout.fileno(), False)
    while proc.poll() is None:
        try:
            chunk = proc.stdout.read()
            if chunk:
                lines += chunk.count(b'\n')
            rss = next(int(l.split()[1]) for l in open(status) if l.startswith('VmRSS'))
            samples.append((lines, rss))
        except (FileNotFoundError, StopIteration, ProcessLookupError, TypeError):
            pass
        time.sleep(0.05)
    rest = proc.stdout.read() or b''
    lines += rest.count(b'\n')
    dt = time.perf_counter() - t0
early = max((r for n, r in samples if n <= a.n // 10), default=0)
peak = max((r for _, r in samples), default=0)
print(f'pages={a.n} records={lines} seconds={dt:.1f} pages_per_s={a.n / dt:.0f} '
      f'peak_rss_first_10%={early / 1024:.1f}MiB peak_rss_all={peak / 1024:.1f}MiB')
