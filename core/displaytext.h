// SPDX-License-Identifier: GPL-3.0-or-later
// Server text made safe to show on a terminal (handlerctl's tables, `show`, error messages).
#pragma once

#include <QString>

namespace HandlerDesk::Core {

// `text` with every control character (C0 including TAB, CR and LF, DEL, C1, so no escape
// sequence, cursor move or forged line survives), every line/paragraph separator and every
// bidirectional override replaced by U+FFFD, and capped at `max` UTF-16 units (never splitting a
// surrogate pair) with "… N more bytes" (UTF-8 bytes left out) appended; `max` < 0: no cap.
// Machine formats (JSON, CSV) keep the exact text and never go through this.
QString safeText(QStringView text, qsizetype max = -1);

} // namespace HandlerDesk::Core

namespace HandlerDesk::Core {

// Terminal columns of one code point, like wcwidth(3) but the same everywhere: 2 for East Asian
// Wide and Fullwidth characters and emoji, 0 for combining marks, format characters (ZWJ, …),
// variation selectors and controls, 1 for everything else.
int displayWidth(char32_t codePoint);
// Columns of `text` (an emoji followed by VS16, U+FE0F, counts 2).
qsizetype displayWidth(QStringView text);
// The longest start of `text` that fits in `columns`, cut only between characters: never inside a
// surrogate pair, never between a character and its combining marks.
QString truncateToWidth(QStringView text, qsizetype columns);
// `text` followed by spaces up to `columns` columns (nothing added when it is as wide or wider).
QString padToWidth(QStringView text, qsizetype columns);

} // namespace HandlerDesk::Core
