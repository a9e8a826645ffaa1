#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs Handler Desk's fault soak (issue 11) from a build that exists; builds nothing.
#   tests/soak/run-soak.sh [--build DIR] [--minutes M | --seconds S] [hd-soak options…]
#   --build DIR   the build directory, first if given (default: build-ci at the top of the
#                 repository)
# Everything else goes to hd-soak (--seed, --handlers, --faults, --journal, --help …); the
# journal and the simulator's log go to the current directory unless named.
# Exit status: hd-soak's (0 only with 0 mismatches, 0 crashes, 0 hangs; 2: it could not start).
set -euo pipefail

build="$(cd "$(dirname "$0")/../.." && pwd)/build-ci"
if [ "${1:-}" = --build ]; then
    build=$2
    shift 2
fi
if [ ! -x "$build/tests/soak/hd-soak" ]; then
    echo "run-soak.sh: no hd-soak in $build: build first (cmake --preset ci &&" \
         "cmake --build build-ci), or name the build with --build DIR" >&2
    exit 2
fi
exec "$build/tests/soak/hd-soak" --sim "$build/tests/cupisim/cupi-sim" \
    --handlerctl "$build/app/handlerctl" "$@"
