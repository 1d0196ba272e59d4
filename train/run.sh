#!/usr/bin/env bash
# Train the language model that index/syntax.py loads, and install it into the package.
#   bash train/run.sh [NORNE_DIR] [MAX_STEPS]
# NORNE_DIR defaults to ../shared/data/norne (not part of this repository; see train/README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
norne="${1:-$here/../../shared/data/norne}"
steps="${2:-16000}"
python "$here/convert.py" "$norne" "$here/corpus"
cd "$here"
python -m spacy train config.cfg --output output --training.max_steps "$steps"
for split in test-nb test-nn; do
  python -m spacy evaluate output/model-best "corpus/$split.spacy" --output "output/$split.json"
done
rm -rf ../index/model && cp -r output/model-best ../index/model
python first_names.py "$norne" "$here/../../shared/dev/articles" > ../index/first_names.tsv
