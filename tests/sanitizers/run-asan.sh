#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole CTest suite under AddressSanitizer + UndefinedBehaviorSanitizer: configures and builds
# the preset asan (build-asan/) and runs `ctest --preset asan` (every test but the benchmark's
# smoke run). Each test runs through tests/sanitizers/asan-test.sh, which sets ASAN_OPTIONS,
# LSAN_OPTIONS (with lsan.supp) and UBSAN_OPTIONS and fails the test on any report of the test or
# of a process it started. Exits non-zero on any failure. Extra arguments go to ctest
# (e.g. -R handlerctl, --repeat until-fail:3).
set -euo pipefail
cd "$(dirname "$0")/../.."

export QT_QPA_PLATFORM=offscreen
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan "$@"
