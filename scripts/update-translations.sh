#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings translations/*.ts up to date with the sources: lupdate over core/, ui/ and app/ with the
# options of translations/lupdate-options.txt (the same as the update_translations target and
# tests/unit/tst_translations). New texts arrive as type="unfinished"; texts gone from the
# sources are dropped. Then translate them (Qt Linguist, or by hand) and run tst_translations.
# Usage: scripts/update-translations.sh [more lupdate options]
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=""
for candidate in /usr/lib/qt6/bin/lupdate lupdate6 lupdate-qt6 lupdate; do
    if command -v "$candidate" >/dev/null; then
        lupdate=$candidate
        break
    fi
done
if [ -z "$lupdate" ]; then
    echo "update-translations: lupdate is not installed (Debian: qt6-l10n-tools)" >&2
    exit 1
fi
read -r -a options < translations/lupdate-options.txt
for ts in translations/*.ts; do
    "$lupdate" "${options[@]}" "$@" -I . core ui app -ts "$ts"
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$ts: $unfinished text(s) to translate"
done
