#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Handler Desk needs to build, test and run, only those missing.
# Usage: scripts/install-deps.sh [--gui-demo]   (--gui-demo adds nothing today; kept for clarity)
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git openssl curl clang-format
    python3-requests
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libgl-dev
    qt6-qpa-plugins
    # the call-flow picture's layout and SVG (core/flow/graphviz: gvc + cgraph)
    libgraphviz-dev
    xvfb xauth imagemagick xdotool
    # tests/fuzz (the fuzz preset): clang and its libFuzzer + sanitizer runtimes
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
