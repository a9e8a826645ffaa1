#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Handler Desk's fault soak (issue 11) from a build that exists; builds nothing.
#   tests/soak/run-soak.sh [--build DIR] [--minutes M | --seconds S] [hd-soak options…]
#   --build DIR   the build directory (default: build-ci at the top of the repository)
# Everything else goes to hd-soak (--seed, --handlers, --faults, --journal, --help …); the
# journal and the simulator's log go to the current directory unless named.
# Exit status: hd-soak's (0 only with 0 mismatches, 0 crashes, 0 hangs).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build-ci"
args=()
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    --build=*) build=$(cd "${1#--build=}" && pwd); shift ;;
    *) args+=("$1"); shift ;;
    esac
done

soak="$build/tests/soak/hd-soak"
for f in "$soak" "$build/tests/cupisim/cupi-sim" "$build/app/handlerctl"; do
    if [ ! -x "$f" ]; then
        echo "run-soak.sh: $f is missing: build first (cmake --preset ci && cmake --build build-ci)," \
             "or name the build with --build DIR" >&2
        exit 2
    fi
done
exec "$soak" --sim "$build/tests/cupisim/cupi-sim" --handlerctl "$build/app/handlerctl" \
    ${args[@]+"${args[@]}"}
