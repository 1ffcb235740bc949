#!/bin/sh
# Pages/s of baoku (one thread, then its default two workers) and trafilatura
# on the same sets in the same run, magic-zh three times back to back (one run
# of 57 pages is noisy on a shared machine), then one thread's memory over
# 10,000 pages. Run from the project root after `cargo build --release`;
# needs `pip install trafilatura lxml_html_clean` for the peer.
# usage: bench/extract/speed.sh [BIN] [SHARED]   (defaults target/release/baoku, ../shared)
BIN=${1:-target/release/baoku}
SHARED=${2:-../shared}
date -u
uptime
for set in daniel-zh magic-zh magic-zh magic-zh; do
  BAOKU_EXTRACT_THREADS=1 python3 "$SHARED/eval/score_extract.py" "$SHARED/datasets/extract/$set" --cmd "$BIN extract" | sed 's/^/baoku-1t    /'
  python3 "$SHARED/eval/score_extract.py" "$SHARED/datasets/extract/$set" --cmd "python3 $SHARED/eval/peer_trafilatura.py" | sed 's/^/trafilatura /'
  python3 "$SHARED/eval/score_extract.py" "$SHARED/datasets/extract/$set" --cmd "$BIN extract" | sed 's/^/baoku       /'
done
BAOKU_EXTRACT_THREADS=1 python3 bench/extract/memory.py --bin "$BIN" --shared "$SHARED" -n 10000
uptime
