// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON half of the codec's writing: request bodies, and the compact text of nested values.
#include "core/codec/codec_p.h"

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Codec::Detail {

void appendQuoted(QString &out, QStringView text)
{
    // The short escapes JSON has; other control characters become \u00XX.
    static constexpr std::pair<char16_t, const char16_t *> shortEscapes[] = {
        {u'"', u"\\\""}, {u'\\', u"\\\\"}, {u'\n', u"\\n"}, {u'\r', u"\\r"},
        {u'\t', u"\\t"}, {u'\b', u"\\b"},  {u'\f', u"\\f"}};
    out.append(u'"');
    qsizetype plain = 0; // start of the run that needs no escape, appended in one piece
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(text.sliced(plain, i - plain));
        plain = i + 1;
        const auto *escape = std::find_if(std::begin(shortEscapes), std::end(shortEscapes),
                                          [c](const auto &e) { return e.first == c; });
        if (escape != std::end(shortEscapes))
            out.append(QStringView(escape->second));
        else
            out.append(u"\\u%1"_s.arg(int(c), 4, 16, QLatin1Char('0')));
    }
    out.append(text.sliced(plain));
    out.append(u'"');
}

QByteArray encodeJson(const CupiObject &object)
{
    QString out = u"{"_s;
    bool first = true;
    for (const auto &[key, value] : object.fields()) {
        if (!std::exchange(first, false))
            out.append(u',');
        appendQuoted(out, key);
        out.append(u':');
        appendQuoted(out, value);
    }
    out.append(u'}');
    return out.toUtf8();
}

} // namespace HandlerDesk::Core::Codec::Detail
