// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/handlersort.h"

#include <QString>
#include <QStringView>

namespace HandlerDesk::Core::HandlerSort {

namespace {

// Case folding with an ASCII fast path: sorting 40,000 names compares a lot of characters.
inline char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    return c.toCaseFolded().unicode();
}

inline bool isDigit(QChar c)
{
    return c.unicode() < 0x80 ? (c.unicode() >= u'0' && c.unicode() <= u'9') : c.isDigit();
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a.at(i);
        const QChar cb = b.at(j);
        if (isDigit(ca) && isDigit(cb)) {
            // Compare the digit runs by value: skip leading zeros, then longer is bigger, then
            // the first differing digit decides.
            qsizetype ea = i;
            qsizetype eb = j;
            while (ea < a.size() && isDigit(a.at(ea)))
                ++ea;
            while (eb < b.size() && isDigit(b.at(eb)))
                ++eb;
            qsizetype sa = i;
            qsizetype sb = j;
            while (sa + 1 < ea && a.at(sa) == u'0')
                ++sa;
            while (sb + 1 < eb && b.at(sb) == u'0')
                ++sb;
            if (ea - sa != eb - sb)
                return ea - sa < eb - sb ? -1 : 1;
            for (; sa < ea; ++sa, ++sb) {
                if (a.at(sa) != b.at(sb))
                    return a.at(sa) < b.at(sb) ? -1 : 1;
            }
            i = ea;
            j = eb;
            continue;
        }
        const char16_t fa = fold(ca);
        const char16_t fb = fold(cb);
        if (fa != fb)
            return fa < fb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return 0;
}

bool naturalPrefix(QStringView text, quint64 *prefix)
{
    quint64 packed = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        char16_t lane = 0; // past the end: shorter sorts first, as in naturalCompare()
        if (i < text.size()) {
            if (isDigit(text.at(i)))
                return false;
            lane = fold(text.at(i));
        }
        packed = (packed << 16) | lane;
    }
    *prefix = packed;
    return true;
}

} // namespace HandlerDesk::Core::HandlerSort
