#!/usr/bin/env bash
# Benchmark: audit a generated 1,000,000-row canonical CSV with a release build, and print
# rows/s and peak memory. Usage: Tests/Benchmarks/run-benchmark.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product audit >/dev/null
python3 Tests/Benchmarks/generate-campaign.py "$rows" > "$work/campaign.csv"
size=$(stat -c %s "$work/campaign.csv")
echo "input: $rows rows, $((size / 1000000)) MB"

measure() {
    local label=$1; shift
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null
    read -r seconds kilobytes < "$work/time"
    python3 - "$label" "$rows" "$seconds" "$kilobytes" <<'PY'
import sys
label, rows, seconds, kib = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"{label}: {seconds:.2f} s, {rows / seconds:,.0f} rows/s, peak RSS {kib / 1024:.0f} MiB")
PY
}
measure "cat (reading floor)" cat "$work/campaign.csv"
measure "audit --summary --format json" .build/release/audit "$work/campaign.csv" --summary --format json --output "$work/summary.json"
measure "audit --summary --format text" .build/release/audit "$work/campaign.csv" --summary --quiet
