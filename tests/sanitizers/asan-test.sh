#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one test of the sanitizer build (HD_SANITIZE=ON, preset asan): CTest starts every test
# through this script (cmake/HdTesting.cmake). Usage: asan-test.sh TEST-EXECUTABLE [ARGS…]
#
# The sanitizer options are set here so that they reach the test and every process it starts
# (cupi-sim, handlerctl): those inherit the environment. ASan and LSan reports go to per-process
# files in a directory of this run rather than to standard error, because the tests discard or
# parse the standard error of their children. After the test the script prints every file and
# fails the test when one of them holds a report, whatever the test's own result was.
#
# Extra options may be given in ASAN_OPTIONS, LSAN_OPTIONS or UBSAN_OPTIONS; they come after ours
# and win (e.g. LSAN_OPTIONS=report_objects=1 to see the leaked objects).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
logs=$(mktemp -d "${TMPDIR:-/tmp}/hd-sanitizers.XXXXXX")
trap 'rm -rf "$logs"' EXIT

# halt_on_error: the first error ends the process (the build has -fno-sanitize-recover=all too).
# detect_leaks: LeakSanitizer at exit, against lsan.supp (OpenSSL's own state only; see there).
export ASAN_OPTIONS="suppressions=$here/asan.supp:halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_exe_name=1:log_path=$logs/asan${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# UBSan is a second runtime with g++ and writes to standard error whatever log_path says: the test's
# own and handlerctl's (which the tests capture and show) stay visible; cupi-sim's, which the tests
# discard, is copied by stderr-copy.sh.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
if [ -n "${CUPISIM_BIN:-}" ]; then
    export HD_SANITIZER_LOGS=$logs HD_SANITIZER_REAL_BIN=$CUPISIM_BIN
    export CUPISIM_BIN=$here/stderr-copy.sh
fi

"$@"
rc=$?

reported=0
for f in "$logs"/*; do
    [ -e "$f" ] || continue
    name=${f##*/} # asan.EXECUTABLE.PID, or stderr.cupi-sim.PID (all its standard error)
    kind=${name%%.*}
    name=${name#*.}
    if [ "$kind" = stderr ]; then
        grep -q 'runtime error:' "$f" || continue
        echo "==== UBSan in the standard error of ${name%.*} (process ${name##*.}) ====" >&2
        sed -n '/runtime error:/,$p' "$f" | head -n 60 >&2
        reported=1
        continue
    fi
    echo "==== sanitizer output of ${name%.*} (process ${name##*.}) ====" >&2
    cat "$f" >&2
    if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:|^SUMMARY: ' "$f"; then
        reported=1
    fi
done
if [ "$reported" = 1 ]; then
    echo "asan-test: a sanitizer reported an error in $(basename "$1") or a process it started (above)" >&2
    [ "$rc" = 0 ] && rc=1
fi
exit "$rc"
