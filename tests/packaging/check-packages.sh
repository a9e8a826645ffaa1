#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging test (ctest -L packaging): builds the two Debian packages from the build directory
# with cpack (which builds what is out of date first), unpacks both into a scratch root with dpkg -x
# and checks what a packager and a user would: handlerctl runs and pulls in no Qt Widgets, Qt Gui or
# X library; both man pages render with EXIT STATUS and ENVIRONMENT; the desktop entry and the
# AppStream metainfo validate; lintian (when installed) reports no error and no warning.
# Usage: tests/packaging/check-packages.sh BUILD_DIR [TARGET…]   (the targets are built first)
set -uo pipefail

build=$(cd "${1:?usage: check-packages.sh BUILD_DIR [TARGET…]}" && pwd)
shift
targets=("$@")
work=$(mktemp -d "${TMPDIR:-/tmp}/hd-packaging.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
need() {
    if ! command -v "$1" >/dev/null; then
        echo "FAIL: $1 is missing (scripts/install-deps.sh installs it)" >&2
        exit 1
    fi
}
for tool in cpack dpkg-deb man desktop-file-validate appstreamcli; do
    need "$tool"
done

echo "== build (what the packages hold) and cpack -G DEB"
if [ ${#targets[@]} -gt 0 ] &&
    ! cmake --build "$build" --target "${targets[@]}" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    fail "the build failed"
    exit 1
fi
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack failed"
    exit 1
fi
ctl=$(ls "$work"/out/handlerctl_*.deb 2>/dev/null)
desk=$(ls "$work"/out/handlerdesk_*.deb 2>/dev/null)
[ -f "$ctl" ] || fail "no handlerctl package: $(ls "$work/out")"
[ -f "$desk" ] || fail "no handlerdesk package: $(ls "$work/out")"
[ $failures -eq 0 ] || exit 1
ls -l "$work"/out/*.deb | sed "s|$work/out/||"
# An install() that names neither package's component lands in "Unspecified", which no package
# carries.
cmake --install "$build" --component Unspecified --prefix "$work/unspecified" >/dev/null 2>&1
if [ -d "$work/unspecified" ] && [ -n "$(find "$work/unspecified" -type f)" ]; then
    fail "installed files in no package (install() without COMPONENT handlerctl|handlerdesk):" \
        "$(cd "$work/unspecified" && find . -type f | sort | tr '\n' ' ')"
fi

echo "== dpkg-deb -I $(basename "$ctl")"
dpkg-deb -I "$ctl" | sed -n '/^ [A-Z][A-Za-z-]*:/,$p'
# handlerctl is for headless hosts: nothing of Qt Gui/Widgets or of X in its dependencies.
gui_libs='libqt6(gui|widgets|openglwidgets)|libx11|libxcb|libgl1|libegl|libwayland'
if dpkg-deb -f "$ctl" Depends | grep -Eiq "$gui_libs"; then
    fail "handlerctl depends on GUI libraries: $(dpkg-deb -f "$ctl" Depends)"
fi
dpkg-deb -f "$desk" Depends | grep -q 'libqt6widgets6' ||
    fail "handlerdesk's Depends lack libqt6widgets6 (shlibdeps?): $(dpkg-deb -f "$desk" Depends)"

root="$work/root"
dpkg -x "$ctl" "$root" && dpkg -x "$desk" "$root" || fail "dpkg -x failed"

echo "== handlerctl --version"
if ! "$root/usr/bin/handlerctl" --version; then
    fail "handlerctl --version failed"
fi
if ldd "$root/usr/bin/handlerctl" | grep -Ei "$gui_libs"; then
    fail "handlerctl loads GUI libraries (above)"
fi

for program in handlerctl handlerdesk; do
    page="$root/usr/share/man/man1/$program.1.gz"
    echo "== man -l $program.1.gz"
    if [ ! -f "$page" ]; then
        fail "no man page $program(1) in the package (is help2man installed?)"
        continue
    fi
    if ! text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>"$work/man.err") ||
        [ -s "$work/man.err" ]; then
        cat "$work/man.err" >&2
        fail "man -l $program.1.gz did not render cleanly"
    fi
    for section in NAME SYNOPSIS DESCRIPTION "EXIT STATUS" ENVIRONMENT; do
        grep -q "^$section" <<<"$text" || fail "$program(1) has no $section section"
    done
    grep -E -A1 '^(NAME|EXIT STATUS)' <<<"$text"
done

echo "== desktop-file-validate"
desktop=("$root"/usr/share/applications/*.desktop)
if [ -f "${desktop[0]}" ]; then
    desktop-file-validate "${desktop[@]}" || fail "desktop-file-validate: ${desktop[*]##*/}"
else
    fail "no desktop entry in handlerdesk"
fi

echo "== appstreamcli validate --no-net --pedantic"
metainfo=("$root"/usr/share/metainfo/*.xml)
if [ -f "${metainfo[0]}" ]; then
    # Clean: not even an info or a pedantic hint (--strict fails on infos and above).
    if ! out=$(appstreamcli validate --no-net --pedantic --strict "${metainfo[@]}" 2>&1) ||
        grep -qE '^[EWIP]: ' <<<"$out"; then
        echo "$out"
        fail "appstreamcli validate: ${metainfo[*]##*/}"
    fi
    echo "$out"
else
    fail "no AppStream metainfo in handlerdesk"
fi

echo "== lintian"
if command -v lintian >/dev/null; then
    # --fail-on error,warning: exit non-zero on any E: or W: line (info and pedantic are shown).
    lintian --allow-root --fail-on error,warning --display-info "$ctl" "$desk" ||
        fail "lintian reported errors or warnings (above)"
else
    echo "lintian is not installed: not run (scripts/install-deps.sh installs it)"
fi

if [ $failures -ne 0 ]; then
    echo "packaging: $failures check(s) failed" >&2
    exit 1
fi
echo "packaging: both packages pass"
