// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/displaytext.h"

#include <QCoreApplication>

namespace HandlerDesk::Core {

namespace {

bool isUnsafe(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control: // C0, DEL, C1
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    const char16_t u = c.unicode();
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069); // bidi embeddings
}

qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 || c.isSurrogate() ? 2 : 3; // a pair: 2 + 2
    }
    return bytes;
}

} // namespace

QString safeText(QStringView text, qsizetype max)
{
    qsizetype keep = text.size();
    if (max >= 0 && keep > max) {
        keep = max;
        if (keep > 0 && text.at(keep - 1).isHighSurrogate())
            --keep;
    }
    QString result;
    result.reserve(keep + 32);
    for (const QChar c : text.first(keep))
        result.append(isUnsafe(c) ? QChar(QChar::ReplacementCharacter) : c);
    if (keep < text.size()) {
        // Counted before the call: lupdate 6.4 hangs on a template argument list inside it.
        const qsizetype more = qMin(utf8Size(text.sliced(keep)), qsizetype(INT_MAX));
        result += QCoreApplication::translate("HandlerDesk::Core::DisplayText", "… %n more bytes",
                                              nullptr, int(more));
    }
    return result;
}

} // namespace HandlerDesk::Core
