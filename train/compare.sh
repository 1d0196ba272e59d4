#!/usr/bin/env bash
# One model for both written standards, or one per standard? Trains the joint model and a
# nynorsk-only one for the same number of steps and scores both on the nynorsk test split
# (and the joint one on the bokmål test split).
#   bash train/compare.sh [NORNE_DIR] [STEPS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
norne="${1:-$here/../../shared/data/norne}"
steps="${2:-1500}"
python "$here/convert.py" "$norne" "$here/corpus"
cd "$here"
train() {  # name train-file dev-file
  python -m spacy train config.cfg --output "compare/$1" --training.max_steps "$steps" \
    --paths.train "corpus/$2" --paths.dev "corpus/$3" > "compare/$1.log" 2>&1
}
mkdir -p compare
train joint train.spacy dev.spacy
train nn-only train-nn.spacy dev-nn.spacy
for model in joint nn-only; do
  python -m spacy evaluate "compare/$model/model-best" corpus/test-nn.spacy \
    --output "compare/$model-test-nn.json" > /dev/null
done
python -m spacy evaluate compare/joint/model-best corpus/test-nb.spacy \
  --output compare/joint-test-nb.json > /dev/null
python - <<'PY'
import json
for name in ("joint-test-nn", "nn-only-test-nn", "joint-test-nb"):
    s = json.load(open(f"compare/{name}.json"))
    ents = s.get("ents_per_type", {})
    print(f"{name:16} LAS {s['dep_las']:.3f} UAS {s['dep_uas']:.3f} "
          f"SUBJ F1 {s['dep_las_per_type'].get('subj', {}).get('f', 0):.3f} "
          f"PER F1 {ents.get('PER', {}).get('f', 0):.3f} ORG F1 {ents.get('ORG', {}).get('f', 0):.3f}")
PY
