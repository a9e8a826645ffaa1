#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets of tests/fuzz, each for SECONDS, on the kept corpus.
# Usage: tests/fuzz/run-fuzz.sh [--keep] [-j N] SECONDS [TARGET...]
#   TARGET   json xml errorbody query csv (default: all), with or without the fuzz_ prefix
#   --keep   merge the new inputs that add coverage into tests/fuzz/corpus/<target>/ (-merge=1)
#   -j N     run N targets at once (default 1; 2 on the 2-core CI machine halves the time)
# Configures and builds the `fuzz` preset (clang, build-fuzz/) when needed. New inputs go to a
# scratch directory (FUZZ_OUT, default build-fuzz/fuzz-out/<target>/corpus), never into git unless
# --keep. Each input may take 10 s (-timeout=10: a slow input is a failure, parsing is linear) and
# 2 GB (-rss_limit_mb=2048). Prints per target: seconds, execs, exec/s, cov, ft, corpus, crashes;
# exits non-zero on any crash, timeout, OOM or leak, the reproducer in
# FUZZ_OUT/<target>/crash-*|timeout-*|oom-*|leak-* (the log next to it: fuzz.log). Reproduce with
#   build-fuzz/tests/fuzz/fuzz_<target> FILE
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
keep=0
jobs=1
while [ $# -gt 0 ]; do
    case "$1" in
    --keep) keep=1; shift ;;
    -j) jobs="$2"; shift 2 ;;
    -h | --help) sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
    esac
done
if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [--keep] [-j N] SECONDS [TARGET...]" >&2
    exit 64
fi
seconds=$1
shift
all=(json xml errorbody query csv flowcache)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
for i in "${!targets[@]}"; do
    targets[$i]=${targets[$i]#fuzz_}
    if [ ! -d "$here/corpus/${targets[$i]}" ]; then
        echo "run-fuzz.sh: no target '${targets[$i]}' (have: ${all[*]})" >&2
        exit 64
    fi
done

build="$root/build-fuzz"
out=${FUZZ_OUT:-$build/fuzz-out}
cd "$root"
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset fuzz >/dev/null || exit 1
fi
nice cmake --build --preset fuzz >/dev/null || { echo "run-fuzz.sh: build failed" >&2; exit 1; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# One target: fuzz for $seconds into a scratch corpus seeded from the kept one.
run_one() {
    local t=$1 dir="$out/$1" dict=()
    rm -rf "$dir"
    mkdir -p "$dir/corpus"
    case $t in
    json) dict=(-dict="$here/json.dict") ;;
    xml) dict=(-dict="$here/xml.dict") ;;
    esac
    nice "$build/tests/fuzz/fuzz_$t" "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1 -artifact_prefix="$dir/" \
        "$dir/corpus" "$here/corpus/$t" >"$dir/fuzz.log" 2>&1
    echo $? >"$dir/status"
    if [ "$keep" = 1 ] && [ "$(cat "$dir/status")" = 0 ]; then
        "$build/tests/fuzz/fuzz_$t" -merge=1 "${dict[@]}" -rss_limit_mb=2048 -timeout=10 \
            "$here/corpus/$t" "$dir/corpus" >"$dir/merge.log" 2>&1 || echo 1 >"$dir/status"
    fi
}

pids=()
for t in "${targets[@]}"; do
    run_one "$t" &
    pids+=($!)
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n
    done
done
wait

failed=0
printf '%-10s %7s %10s %8s %6s %6s %7s %8s  %s\n' target seconds execs exec/s cov ft corpus \
    crashes result
for t in "${targets[@]}"; do
    dir="$out/$t"
    log="$dir/fuzz.log"
    status=$(cat "$dir/status" 2>/dev/null || echo 1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$last")
    found=$(find "$dir" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
        -o -name 'leak-*' -o -name 'slow-unit-*' \) | wc -l)
    result=ok
    if [ "$status" != 0 ] || [ "$found" != 0 ]; then
        failed=1
        result="FAILED: $(find "$dir" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' \
            -o -name 'oom-*' -o -name 'leak-*' \) | head -1) (log: $log)"
    fi
    printf '%-10s %7s %10s %8s %6s %6s %7s %8s  %s\n' "$t" "${secs:-?}" "${execs:-?}" \
        "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corpus:-?}" "$found" "$result"
done
exit $failed
