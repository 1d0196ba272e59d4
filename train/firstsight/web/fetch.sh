#!/bin/sh
# Puts the nine saved Norwegian news pages this gold describes in train/firstsight/web/articles/.
# They are the Norwegian test pages of the Fundus scraper (github.com/flairNLP/fundus, MIT;
# the pages themselves are the publishers'), so they are fetched, not copied into this repo.
#   sh train/firstsight/web/fetch.sh [FUNDUS_GIT_DIR]   (a clone of fundus, or it clones one)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=${1:-}
if [ -z "$repo" ]; then
    repo="$work/fundus"
    git clone -q --filter=blob:none --no-checkout https://github.com/flairNLP/fundus "$repo"
fi
mkdir -p "$here/articles"
fetch() {  # fetch COMMIT PAGE...
    commit=$1
    shift
    for page in "$@"; do
        name=$(echo "$page" | tr 'A-Z_' 'a-z-')
        git --git-dir="$(git -C "$repo" rev-parse --absolute-git-dir)" \
            show "$commit:tests/resources/parser/test_data/no/$page.html.gz" \
            | gunzip > "$here/articles/$name.html"
        # ../shared/tools/dev-score looks for NAME.txt; sitat knows a page by its first bytes
        ln -sf "$name.html" "$here/articles/$name.txt"
    done
}
fetch 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 Dagbladet_2024_08_04 Dagbladet_2026_01_06 \
    NRK_2024_08_05 Nettavisen_2024_10_16 VerdensGang_2024_08_05
# the second batch: pages Fundus kept in earlier versions of its tests
fetch abfd465735331a9769106f1aff4576aab7f9d424 NRK_2024_08_04 Nettavisen_2024_08_04 \
    VerdensGang_2024_08_02
fetch 2108de9f02f6843654e58201c8521aa419e1180c Nettavisen_2024_08_05
echo "9 pages in $here/articles"
