#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, checks the formatting, builds (preset "ci": -Werror) and runs every
# test headless through CTest.
# Exits non-zero on any failure. Extra arguments go to ctest (e.g. -L unit, -R codec).
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh
scripts/check-format.sh # the code as clang-format writes it (scripts/check-format.sh --fix)

export QT_QPA_PLATFORM=offscreen
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci --timeout 600 "$@"
