#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stands in for cupi-sim under tests/sanitizers/asan-test.sh: runs the real simulator
# (HD_SANITIZER_REAL_BIN) with its standard error going where it went before (the tests discard it
# or keep it as a request log) and a copy in the run's directory (HD_SANITIZER_LOGS), so that a
# UBSan report, which g++'s UBSan runtime only writes to standard error, is not lost.
# exec keeps the process id, so the tests' signals reach the simulator itself.
exec "$HD_SANITIZER_REAL_BIN" "$@" 2> >(tee "$HD_SANITIZER_LOGS/stderr.cupi-sim.$$" >&2)
