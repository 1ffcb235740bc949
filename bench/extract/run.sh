#!/bin/sh
# Extraction benchmark: body F1 and pages/s of baoku and trafilatura on the
# same sets in the same run, metadata accuracy, memory over 10,000 pages.
# Run from the project root after `cargo build --release`;
# needs `pip install trafilatura lxml_html_clean` for the peer.
# usage: bench/extract/run.sh [SHARED] [EXT]   (defaults ../shared, ext-pages)
# EXT holds the pages of truth files that come from public repositories
# ($EXT rows; bench/extract/ext_pages.py EXT fetches them); without it those
# truth files are skipped.
set -e
SHARED=${1:-../shared}
EXT=${2:-ext-pages}
for set in daniel-zh magic-zh; do
  echo "# $set"
  python3 "$SHARED/eval/score_extract.py" "$SHARED/datasets/extract/$set" --cmd 'target/release/baoku extract' | sed 's/^/baoku       /'
  python3 "$SHARED/eval/score_extract.py" "$SHARED/datasets/extract/$set" --cmd "python3 $SHARED/eval/peer_trafilatura.py" | sed 's/^/trafilatura /'
done
echo "# metadata (bench/extract/meta_truth.jsonl)"
python3 bench/extract/score_meta.py --bin target/release/baoku --shared "$SHARED" | tail -1 | sed 's/^/baoku       /'
python3 bench/extract/score_meta.py --cmd "python3 $SHARED/eval/peer_trafilatura.py" --shared "$SHARED" | tail -1 | sed 's/^/trafilatura /'
for truth in bench/extract/meta_holdout*.jsonl; do
  if grep -q '"\$EXT/' "$truth" && [ ! -d "$EXT" ]; then
    echo "# metadata ($truth): skipped, no $EXT (bench/extract/ext_pages.py $EXT)"
    continue
  fi
  echo "# metadata ($truth)"
  python3 bench/extract/score_meta.py --bin target/release/baoku --shared "$SHARED" --ext "$EXT" --truth "$truth" | tail -1 | sed 's/^/baoku       /'
  python3 bench/extract/score_meta.py --cmd "python3 $SHARED/eval/peer_trafilatura.py" --shared "$SHARED" --ext "$EXT" --truth "$truth" | tail -1 | sed 's/^/trafilatura /'
done
echo "# memory"
python3 bench/extract/memory.py --bin target/release/baoku --shared "$SHARED" -n 1000
python3 bench/extract/memory.py --bin target/release/baoku --shared "$SHARED" -n 10000
