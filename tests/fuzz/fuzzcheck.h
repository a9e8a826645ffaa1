// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: an invariant that fails is a crash (libFuzzer keeps the input).
#pragma once

#include "core/listpage.h"

#include <QString>

#include <cstdio>
#include <cstdlib>

// Checked in every build type (no NDEBUG): prints what failed and aborts.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s) at %s:%d\n", what, #condition,    \
                         __FILE__, __LINE__);                                                      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace HandlerDesk::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text that survives a trip through UTF-8 and a request body: no unpaired surrogate, and (for
// XML, which cannot carry them) no character outside XML 1.0's Char production.
inline bool isEncodable(QStringView text, bool xml)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
            continue;
        }
        if (c.isLowSurrogate())
            return false;
        if (xml && ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') ||
                    c.unicode() == 0xfffe || c.unicode() == 0xffff))
            return false;
    }
    return true;
}

// Every field name and value of `object` is isEncodable().
inline bool isEncodable(const Core::CupiObject &object, bool xml)
{
    for (const auto &[key, value] : object.fields()) {
        if (!isEncodable(key, xml) || !isEncodable(value, xml))
            return false;
    }
    return true;
}

// Two pages hold the same rows: total, row count, and every field's name and value in order.
inline bool samePage(const Core::ListPage &a, const Core::ListPage &b)
{
    if (a.total() != b.total() || a.rowCount() != b.rowCount())
        return false;
    for (qsizetype row = 0; row < a.rowCount(); ++row) {
        if (a.fieldCount(row) != b.fieldCount(row))
            return false;
        for (qsizetype field = 0; field < a.fieldCount(row); ++field) {
            if (a.name(row, field) != b.name(row, field) ||
                a.value(row, field) != b.value(row, field))
                return false;
        }
    }
    return true;
}

} // namespace HandlerDesk::Fuzz
