#!/usr/bin/env bash
# Benchmark: wall time of auditing a small plan with a release build, as a pre-commit hook runs it,
# loading the built-in factor set included. Prints hyperfine's mean ± σ and min for text and JSON reports.
# Usage: Tests/Benchmarks/startup-benchmark.sh [LINES] (default 20, taken from Reports/examples/*.csv)
set -euo pipefail
cd "$(dirname "$0")/../.."
lines=${1:-20}
warmup_runs=5
min_runs=30
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 1; }
swift build -c release --product audit >/dev/null

# The examples share one header: keep it once, then their lines in turn, repeated if more are asked for.
examples=(Reports/examples/*.csv)
head -n 1 "${examples[0]}" > "$work/plan.csv"
examples_lines=$(tail -q -n +2 "${examples[@]}")
while [ "$(wc -l < "$work/plan.csv")" -le "$lines" ]; do echo "$examples_lines" >> "$work/plan.csv"; done
head -n $((lines + 1)) "$work/plan.csv" > "$work/plan-$lines.csv"
echo "plan: $lines lines; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

hyperfine --shell=none --warmup "$warmup_runs" --min-runs "$min_runs" --style basic --export-json "$work/times.json" \
    --command-name "audit (text)" ".build/release/audit $work/plan-$lines.csv -o $work/report.txt" \
    --command-name "audit -f json" ".build/release/audit $work/plan-$lines.csv -f json -o $work/report.json" \
    >/dev/null
python3 - "$work/times.json" <<'PY'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    ms = {key: result[key] * 1000 for key in ("mean", "stddev", "min")}
    print(f"{result['command']}: {ms['mean']:.1f} ms ± {ms['stddev']:.1f} ms (min {ms['min']:.1f} ms)")
PY
