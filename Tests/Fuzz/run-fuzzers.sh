#!/usr/bin/env bash
# Builds and runs Sobriety's libFuzzer targets (issue 9). Not part of `swift build` or `swift test`.
#
#   Tests/Fuzz/run-fuzzers.sh TARGET|all [--runs N | --seconds S] [--build-only] [-- LIBFUZZER_FLAGS...]
#
# Targets: campaign-csv exports mapping budget-spec budget-file factor-tables (sources in Tests/Fuzz/Targets).
# The library modules are built once with `swift build -c release` instrumented for libFuzzer and ASan into
# .build-fuzz (no executable is linked there); each target is then compiled with swiftc against them. Seeds come
# from the test fixtures (and Tests/Fuzz/Seeds), copied into a fresh corpus under .build-fuzz/corpus/TARGET, so
# nothing generated lands in the tree. A crash, a leak, an input taking over TIMEOUT seconds (default 10) or a
# process over RSS_MB megabytes (default 2048) stops the run with a non-zero status and leaves the input under
# .build-fuzz/artifacts/TARGET/. Each run's log is .build-fuzz/logs/TARGET-TIME.log; the last line printed per
# target gives libFuzzer's final execution count and time. Run one at a time on a shared machine (NICE, default 5).
# Leaks in third-party code are suppressed with the sanitizer step's list (Tests/Sanitizers/lsan-suppressions.txt).
# SKIP_BUILD=1 reuses the modules already built.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
fuzz="$root/Tests/Fuzz"
scratch="$root/.build-fuzz"
all_targets=(campaign-csv exports mapping budget-spec budget-file factor-tables)
timeout_seconds=${TIMEOUT:-10}
rss_mb=${RSS_MB:-2048}
niceness=${NICE:-5}

usage() {
    echo "usage: $0 TARGET|all [--runs N | --seconds S] [--build-only] [-- LIBFUZZER_FLAGS...]" >&2
    echo "targets: ${all_targets[*]}" >&2
    exit 64
}

[[ $# -ge 1 ]] || usage
choice=$1
shift
limit=(-runs=100000)
build_only=false
extra=()
while [[ $# -gt 0 ]]; do
    case $1 in
    --runs) limit=("-runs=${2:?}"); shift 2 ;;
    --seconds) limit=("-max_total_time=${2:?}"); shift 2 ;;
    --build-only) build_only=true; shift ;;
    --) shift; extra=("$@"); break ;;
    *) usage ;;
    esac
done
if [[ $choice == all ]]; then
    targets=("${all_targets[@]}")
elif [[ " ${all_targets[*]} " == *" $choice "* ]]; then
    targets=("$choice")
else
    usage
fi

# The modules, instrumented for coverage and ASan. Only library modules: nothing is linked here.
mkdir -p "$scratch"
if [[ ! -d $scratch/checkouts && -d $root/.build/checkouts ]]; then
    cp -r "$root/.build/checkouts" "$root/.build/repositories" "$scratch/" 2>/dev/null || true
fi
# Instrumentation flags by hand: SwiftPM's `--sanitize` passes each sanitizer as its own `-sanitize=`, of which
# swiftc keeps only the last (so Swift code got no coverage), and in an order that changes from build to build.
build_flags=(--scratch-path "$scratch" -c release -Xswiftc -sanitize=fuzzer,address
    -Xcc -fsanitize=fuzzer-no-link,address -Xcxx -fsanitize=fuzzer-no-link,address)
bin=$(swift build "${build_flags[@]}" --show-bin-path)
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    # Sobriety's own modules from scratch: the link below takes every object it finds, and a source file deleted
    # since the last build would otherwise leave its stale object behind (undefined references at link time).
    rm -rf "$bin"/Sobriety*.build
    nice -n "$niceness" swift build "${build_flags[@]}" --target Sobriety
fi

# Every object of the library modules and their dependencies (not the CLI, not the tests).
mapfile -t objects < <(find "$bin" -name '*.o' -path '*.build/*' \
    -not -path '*/audit.build/*' -not -path '*Tests.build/*' | sort)
mapfile -t module_maps < <({
    find "$bin" -maxdepth 2 -name module.modulemap
    find "$scratch"/checkouts/*/Sources -maxdepth 2 -name module.modulemap
} | sort)
clang_flags=()
for map in "${module_maps[@]}"; do clang_flags+=(-Xcc "-fmodule-map-file=$map"); done
for include in "$scratch"/checkouts/*/Sources/*/include; do clang_flags+=(-Xcc "-I$include"); done

build_target() {
    local name=$1
    mkdir -p "$scratch/fuzzers" "$scratch/logs"
    nice -n "$niceness" swiftc -O -parse-as-library -sanitize=fuzzer,address \
        -module-name "Fuzz_${name//-/_}" -I "$bin/Modules" "${clang_flags[@]}" \
        "$fuzz/Support/FuzzInput.swift" "$fuzz/Targets/$name.swift" "${objects[@]}" \
        -lstdc++ -lsqlite3 -o "$scratch/fuzzers/$name" >"$scratch/logs/link-$name.log" 2>&1 \
        || { cat "$scratch/logs/link-$name.log" >&2; return 1; }
}

# Seeds for a target, into an empty corpus folder. A leading selector byte picks the preset or the table.
seed() {
    local name=$1 corpus=$2 file index count
    case $name in
    campaign-csv)
        cp "$root"/Tests/SobrietyIngestTests/Fixtures/valid/*.csv "$root"/Tests/SobrietyIngestTests/Fixtures/malformed/*.csv \
            "$corpus/"
        ;;
    exports)
        # Every export fixture with every selector: each preset by index, then the detector.
        count=$(find "$root/Sources/SobrietyIngest/Exports/Presets/Data" -name '*.toml' | wc -l)
        for file in "$root"/Tests/SobrietyIngestTests/Fixtures/Exports/*.csv; do
            for ((index = 0; index <= count; index++)); do
                { printf "\\x$(printf %02x "$index")"; cat "$file"; } >"$corpus/$(basename "$file" .csv)-$index"
            done
        done
        ;;
    mapping)
        cp "$root"/Sources/SobrietyIngest/Exports/Presets/Data/*.toml "$fuzz/Seeds/mapping"/* "$corpus/"
        ;;
    budget-spec | budget-file)
        cp "$fuzz/Seeds/$name"/* "$corpus/"
        ;;
    factor-tables)
        # Each table of Factors/ (sorted as the target sorts them) behind the selector that replaces it.
        index=0
        for file in $(find "$root/Factors" -maxdepth 1 -name '*.csv' | LC_ALL=C sort); do
            { printf "\\x$(printf %02x "$index")"; cat "$file"; } >"$corpus/$(basename "$file")"
            index=$((index + 1))
        done
        ;;
    esac
    # The inputs under Tests/Fuzz/Open are not seeds: they would stop the run. Those once found (the toml++
    # aborts, before TOML had its own reader) are seeds in Tests/Fuzz/Seeds, so every run retries them.
}

status=0
for name in "${targets[@]}"; do
    build_target "$name"
    $build_only && continue
    corpus="$scratch/corpus/$name"
    artifacts="$scratch/artifacts/$name"
    rm -rf "$corpus"
    mkdir -p "$corpus" "$artifacts" "$scratch/logs"
    seed "$name" "$corpus"
    log="$scratch/logs/$name-$(date -u +%Y%m%dT%H%M%SZ).log"
    command=("$scratch/fuzzers/$name" "${limit[@]}" "-timeout=$timeout_seconds" "-rss_limit_mb=$rss_mb"
        "-malloc_limit_mb=$rss_mb" -detect_leaks=1 -print_final_stats=1 "-artifact_prefix=$artifacts/"
        "${extra[@]}" "$corpus")
    echo "== $name: ${command[*]}" | tee "$log"
    started=$(date +%s)
    result=ok
    (cd "$root" && SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$root/Tests/Sanitizers/lsan-suppressions.txt" SOBRIETY_FACTORS="$root/Factors" nice -n "$niceness" "${command[@]}") >>"$log" 2>&1 || result=failed
    elapsed=$(($(date +%s) - started))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    grep -E '^(==[0-9]+== ?ERROR|SUMMARY|artifact_prefix|Test unit written)' "$log" | head -5 || true
    echo "== $name: ${runs:-?} executions in ${elapsed} s, $result ($(date -u +%F)); log $log"
    [[ $result == ok ]] || status=1
done
exit $status
