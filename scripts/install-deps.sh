#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Handler Desk needs to build, test and run, only those missing.
# Usage: scripts/install-deps.sh [--gui-demo]   (--gui-demo adds nothing today; kept for clarity)
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git clang-format
    # cupi-sim makes its certificate with openssl; tests/bench compares with curl and a Python
    # script (tests/bench/list_handlers.py: requests)
    openssl curl python3-requests
    # Qt: moc/rcc (base-dev-tools), the offscreen and xcb platforms (qpa-plugins); HttpServer's
    # CMake package needs WebSockets, which qt6-httpserver-dev does not pull in
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    # translations: qt_add_translations (Qt6LinguistTools in qt6-tools-dev), lupdate/lrelease, and
    # Qt's own German .qm files loaded at run time
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # the call-flow picture's layout and SVG (core/flow/graphviz: gvc + cgraph)
    libgraphviz-dev
    # screenshots of the running GUI (DEVELOPERS.md): a virtual display, capture, clicks
    xvfb xauth imagemagick xdotool
    # packaging (packaging/, tests/packaging): man pages, CPack's shlibdeps (file), and the checks
    # of the built packages
    help2man file man-db lintian desktop-file-utils appstream
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
