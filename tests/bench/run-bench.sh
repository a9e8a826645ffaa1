#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Handler Desk's benchmark (issue 10) from a build that exists; builds nothing.
#   tests/bench/run-bench.sh [--build DIR] [--quick] [hd-bench options…]
#   --build DIR   the build directory (default: build-ci at the top of the repository)
#   --quick       1,000 and 10,000 handlers, 3 runs (any --sizes/--runs given after it win)
# Everything else goes to hd-bench (--sizes, --runs, --wires, --only, --python, --help …).
# The table goes to standard output (markdown), progress to standard error.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build-ci"
args=()
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    --build=*) build=$(cd "${1#--build=}" && pwd); shift ;;
    --quick) args+=(--sizes 1000,10000 --runs 3); shift ;;
    *) args+=("$1"); shift ;;
    esac
done

bench="$build/tests/bench/hd-bench"
for f in "$bench" "$build/tests/cupisim/cupi-sim" "$build/app/handlerctl"; do
    if [ ! -x "$f" ]; then
        echo "run-bench.sh: $f is missing: build first (cmake --preset ci && cmake --build build-ci)," \
             "or name the build with --build DIR" >&2
        exit 2
    fi
done
if ! command -v curl >/dev/null; then
    echo "run-bench.sh: curl is missing (scripts/install-deps.sh installs it)" >&2
    exit 2
fi
python=python3
for a in "${args[@]}"; do
    if [ "${prev:-}" = --python ]; then python=$a; fi
    prev=$a
done
if ! "$python" -c 'import requests' 2>/dev/null; then
    echo "run-bench.sh: $python has no 'requests' module; install python3-requests" \
         "(scripts/install-deps.sh does) or name another interpreter with --python PATH" >&2
    exit 2
fi

exec "$bench" --cupi-sim "$build/tests/cupisim/cupi-sim" --handlerctl "$build/app/handlerctl" \
    --script "$here/list_handlers.py" "${args[@]}"
