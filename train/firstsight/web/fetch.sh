#!/bin/sh
# Puts the five saved Norwegian news pages this gold describes in train/firstsight/web/articles/.
# They are the Norwegian test pages of the Fundus scraper (github.com/flairNLP/fundus, MIT;
# the pages themselves are the publishers'), so they are fetched, not copied into this repo.
#   sh train/firstsight/web/fetch.sh [FUNDUS_GIT_DIR]   (a clone of fundus, or it clones one)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
commit=18da6e53592f99cf0ac5770dc63d6ba99ba63ae8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=${1:-}
if [ -z "$repo" ]; then
    repo="$work/fundus"
    git clone -q --filter=blob:none --no-checkout https://github.com/flairNLP/fundus "$repo"
fi
mkdir -p "$here/articles"
for page in Dagbladet_2024_08_04 Dagbladet_2026_01_06 NRK_2024_08_05 Nettavisen_2024_10_16 \
    VerdensGang_2024_08_05; do
    name=$(echo "$page" | tr 'A-Z_' 'a-z-')
    git --git-dir="$(git -C "$repo" rev-parse --absolute-git-dir)" show "$commit:tests/resources/parser/test_data/no/$page.html.gz" \
        | gunzip > "$here/articles/$name.html"
    # ../shared/tools/dev-score looks for NAME.txt; sitat knows a page by its first bytes
    ln -sf "$name.html" "$here/articles/$name.txt"
done
echo "5 pages in $here/articles"
