#!/usr/bin/env bash
# Dedup benchmarks for BENCHMARKS.md: quality on the labelled sets, speed and
# memory at 1,000,000 articles, and datasketch MinHashLSH on the same corpus
# (its first 20,000 articles: the Python peer takes hours on the full million).
# Needs: cargo build --release; pip install datasketch opencc-purepy numpy.
# Usage: bash bench/dedup/run.sh [SHARED=../shared]
set -euo pipefail
SHARED=${1:-../shared}
BIN=target/release/baoku
BIG=/tmp/baoku-dedup-1m.jsonl
SMALL=/tmp/baoku-dedup-20k.jsonl

echo "== quality: labelled sets"
python3 bench/dedup/score.py --set bench/dedup/eval-magic --cmd "$BIN cluster" --peer
python3 bench/dedup/make_eval.py --shared "$SHARED" --out /tmp/dedup-eval
python3 bench/dedup/score.py --set /tmp/dedup-eval --cmd "$BIN cluster" --peer
python3 bench/dedup/make_eval.py --shared "$SHARED" --out /tmp/dedup-eval-11 --seed 11
python3 bench/dedup/score.py --set /tmp/dedup-eval-11 --cmd "$BIN cluster"

if [ ! -s "$BIG" ]; then
  echo "== generating $BIG (4 parts in parallel)"
  for k in 0 1 2 3; do python3 bench/dedup/make_big.py --n 1000000 --parts 4 --part $k --out "$BIG.part$k" --shared "$SHARED" & done
  wait
  cat "$BIG".part0 "$BIG".part1 "$BIG".part2 "$BIG".part3 > "$BIG"
  cat "$BIG".part0.truth "$BIG".part1.truth "$BIG".part2.truth "$BIG".part3.truth > "$BIG.truth"
  rm -f "$BIG".part?*
fi
head -n 20000 "$BIG" > "$SMALL"
awk -F'[:,}]' '$2 < 20000' "$BIG.truth" > "$SMALL.truth"

echo "== 1,000,000 articles: baoku cluster"
BAOKU_CLUSTER_STATS=1 /usr/bin/time -v "$BIN" cluster "$BIG" > /tmp/baoku-dedup-1m.out 2> /tmp/baoku-dedup-1m.err || true
grep -E "cluster stats|Elapsed|Maximum resident" /tmp/baoku-dedup-1m.err
python3 bench/dedup/score_big.py "$BIG" /tmp/baoku-dedup-1m.out

echo "== 20,000 articles (the same corpus's first 20,000): baoku cluster vs datasketch"
BAOKU_CLUSTER_STATS=1 /usr/bin/time -v "$BIN" cluster "$SMALL" > /tmp/baoku-dedup-20k.out 2> /tmp/baoku-dedup-20k.err
grep -E "cluster stats|Elapsed|Maximum resident" /tmp/baoku-dedup-20k.err
python3 bench/dedup/score_big.py "$SMALL" /tmp/baoku-dedup-20k.out
/usr/bin/time -v python3 bench/dedup/peer_datasketch.py "$SMALL" > /tmp/baoku-dedup-20k.peer 2> /tmp/baoku-dedup-20k.peer.err
grep -E "datasketch:|Elapsed|Maximum resident" /tmp/baoku-dedup-20k.peer.err
python3 bench/dedup/score_big.py "$SMALL" /tmp/baoku-dedup-20k.peer
