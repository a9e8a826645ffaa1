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
