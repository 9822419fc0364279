#!/usr/bin/env bash
# Renders the HTML and PDF report of each Reports/examples/*.csv and takes pictures of them with
# headless Chromium and pdftoppm, to review the look by eye:
#   Reports/render-screenshots.sh OUTPUT_DIRECTORY
# Writes NAME.html, NAME.png (the page at 1280 px wide), NAME.pdf and NAME-page-N.png per example.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTPUT_DIRECTORY" >&2
    exit 64
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
output="$(cd "$1" && pwd)"

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

swift build --package-path "$root" --product audit >/dev/null
audit="$(swift build --package-path "$root" --show-bin-path)/audit"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

for csv in "$root"/Reports/examples/*.csv; do
    name="$(basename "$csv" .csv)"
    "$audit" "$csv" --quiet --agency "Northwind Media" --client "Contoso" --format html -o "$output/$name.html"
    "$audit" "$csv" --quiet --agency "Northwind Media" --client "Contoso" --format pdf -o "$output/$name.pdf"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$profile" --window-size=1280,4000 \
        --screenshot="$output/$name.png" "file://$output/$name.html" >/dev/null 2>&1
    pdftoppm -png -r 80 "$output/$name.pdf" "$output/$name-page"
    echo "$name: $output/$name.png, $(ls "$output/$name"-page-*.png | wc -l) PDF pages"
done
