#!/usr/bin/env bash
# Renders the HTML and PDF report of each Reports/examples/*.csv in every report language and takes
# pictures of them with headless Chromium and pdftoppm, to review the look by eye:
#   Reports/render-screenshots.sh OUTPUT_DIRECTORY [LANGUAGE…]
# Writes NAME-LANG.html, NAME-LANG.png (the page at 1280 px wide), NAME-LANG.pdf and
# NAME-LANG-page-N.png (each PDF page at 80 dpi) per example and language (all six by default).
# Needs chromium and poppler-utils; Korean and Chinese need a CJK font (fonts-noto-cjk), or they show
# as empty boxes.
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 OUTPUT_DIRECTORY [LANGUAGE…]" >&2
    exit 64
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
output="$(cd "$1" && pwd)"
shift
languages=("$@")
if [ ${#languages[@]} -eq 0 ]; then languages=(en fr de pl ko zh); fi

browser=""
for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then browser="$(command -v "$name")"; break; fi
done
if [ -z "$browser" ]; then
    echo "error: needs Chromium: apt-get install chromium" >&2
    exit 69
fi
if ! command -v pdftoppm >/dev/null 2>&1; then
    echo "error: needs pdftoppm: apt-get install poppler-utils" >&2
    exit 69
fi
if ! fc-list :lang=ko | grep -q . || ! fc-list :lang=zh-cn | grep -q .; then
    echo "warning: no Korean or Chinese font; ko and zh will show empty boxes: apt-get install fonts-noto-cjk" >&2
fi

swift build --package-path "$root" --product audit >/dev/null
audit="$(swift build --package-path "$root" --show-bin-path)/audit"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

for csv in "$root"/Reports/examples/*.csv; do
    example="$(basename "$csv" .csv)"
    for lang in "${languages[@]}"; do
        name="$example-$lang"
        rm -f "$output/$name"-page-*.png
        "$audit" "$csv" --quiet --lang "$lang" --agency "Northwind Media" --client "Contoso" \
            --format html --format pdf -o "$output/"
        mv "$output/report.html" "$output/$name.html"
        mv "$output/report.pdf" "$output/$name.pdf"
        "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
            --user-data-dir="$profile" --window-size=1280,10000 \
            --screenshot="$output/$name.png" "file://$output/$name.html" >/dev/null 2>&1
        pdftoppm -png -r 80 "$output/$name.pdf" "$output/$name-page"
        echo "$name: $output/$name.png, $(ls "$output/$name"-page-*.png | wc -l) PDF pages"
    done
done
