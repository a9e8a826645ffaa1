// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the JSON reader: the tokens of JSON over a body's text (strings, numbers, words,
// nested values copied compactly), with the first error and where it happened.
#pragma once

#include "core/codec/codec_p.h"
#include "core/codec/textcursor.h"

namespace HandlerDesk::Core::Codec::Detail {

class JsonScanner : protected TextCursor
{
public:
    explicit JsonScanner(const QByteArray &body)
        : TextCursor(body)
    {
    }

    QString error() const
    {
        // Line and column of the character the reader stopped at, counted as a person would.
        const QStringView before = m_text.first(qMin(m_errorPos, m_text.size()));
        const qsizetype line = before.count(u'\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf(u'\n') + 1) + 1;
        return CodecText::tr("JSON line %1, column %2: %3").arg(line).arg(column).arg(m_error);
    }
    bool failedOnShape() const { return m_shapeError; }
    QString shapeError() const { return m_error; }

protected:
    static constexpr int MaxDepth = 64;

    bool fail(const QString &what)
    {
        if (m_error.isEmpty()) {
            m_error = what;
            m_errorPos = m_pos;
        }
        return false;
    }
    bool failShape(const QString &what)
    {
        m_shapeError = true;
        return fail(what);
    }
    bool failHere()
    {
        if (m_pos >= m_text.size())
            return fail(CodecText::tr("the text ends too early"));
        return fail(CodecText::tr("unexpected character '%1'").arg(m_text[m_pos]));
    }
    bool peek(char16_t c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }
    bool consume(char16_t c)
    {
        if (!peek(c))
            return false;
        ++m_pos;
        return true;
    }
    bool expect(char16_t c) { return consume(c) || failHere(); }
    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size() || failHere();
    }

    // The string at m_pos: its unescaped content as [start, start + length) of the text, or
    // start = -1 and the decoded content in m_decoded when it has escapes.
    bool scanString(qsizetype &start, qsizetype &length)
    {
        ++m_pos; // opening quote
        const qsizetype first = m_pos;
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'"') {
                start = first;
                length = m_pos - first;
                ++m_pos;
                return true;
            }
            if (c == u'\\')
                break;
            ++m_pos; // control characters are kept, as Qt's own JSON parser does
        }
        if (m_pos >= m_text.size())
            return failHere();
        m_decoded = m_text.sliced(first, m_pos - first).toString();
        start = -1;
        return decodeEscapedRest();
    }

    bool decodeEscapedRest()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos++].unicode();
            if (c == u'"')
                return true;
            if (c != u'\\') {
                m_decoded.append(QChar(c));
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            if (!decodeEscape(m_text[m_pos++].unicode()))
                return false;
        }
        return failHere();
    }

    bool decodeEscape(char16_t e)
    {
        static constexpr std::pair<char16_t, char16_t> simple[] = {
            {u'"', u'"'},  {u'\\', u'\\'}, {u'/', u'/'},  {u'b', u'\b'},
            {u'f', u'\f'}, {u'n', u'\n'},  {u'r', u'\r'}, {u't', u'\t'}};
        for (const auto &[escape, unit] : simple) {
            if (e == escape) {
                m_decoded.append(QChar(unit));
                return true;
            }
        }
        if (e != u'u') {
            m_decoded.append(QChar(e)); // "\x" is "x", as Qt's own JSON parser reads it
            return true;
        }
        bool ok = false;
        const ushort unit =
            m_pos + 4 <= m_text.size() ? m_text.sliced(m_pos, 4).toUShort(&ok, 16) : 0;
        if (!ok)
            return fail(CodecText::tr("a \\u escape needs four hexadecimal digits"));
        m_pos += 4;
        m_decoded.append(QChar(unit)); // surrogate pairs arrive as two escapes, in order
        return true;
    }

    // A JSON number: -?(0|[1-9][0-9]*)(.[0-9]*)?([eE][+-]?[0-9]+)? — as liberal as Qt's own
    // JSON parser, which also takes "1." and ".5".
    bool scanNumber()
    {
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9')
                ++m_pos;
            return m_pos > from;
        };
        auto at = [this](char16_t c) { return m_pos < m_text.size() && m_text[m_pos] == c; };
        if (at(u'-'))
            ++m_pos;
        bool whole = true;
        if (at(u'0'))
            ++m_pos;
        else
            whole = digits();
        if (at(u'.')) {
            ++m_pos;
            if (!digits() && !whole)
                return failHere();
        } else if (!whole) {
            return failHere();
        }
        if (at(u'e') || at(u'E')) {
            ++m_pos;
            if (at(u'+') || at(u'-'))
                ++m_pos;
            if (!digits())
                return failHere();
        }
        return true;
    }

    bool scanWord(QStringView word)
    {
        if (!m_text.sliced(m_pos).startsWith(word))
            return failHere();
        m_pos += word.size();
        return true;
    }

    // A scalar's text span (number, true, false); false with an error for anything else.
    bool scanScalar(qsizetype &start, qsizetype &length)
    {
        start = m_pos;
        const char16_t c = m_text[m_pos].unicode();
        const bool ok = c == u't'   ? scanWord(u"true")
                        : c == u'f' ? scanWord(u"false")
                                    : scanNumber();
        length = m_pos - start;
        return ok;
    }

    // Validates the value at m_pos and writes it as compact JSON (keys in order) to `out`.
    bool copyCompact(QString &out, int depth)
    {
        if (depth > MaxDepth)
            return fail(CodecText::tr("values are nested too deeply"));
        skipSpace();
        if (m_pos >= m_text.size())
            return failHere();
        const char16_t c = m_text[m_pos].unicode();
        if (c == u'{' || c == u'[') {
            const char16_t close = c == u'{' ? u'}' : u']';
            ++m_pos;
            out.append(QChar(c));
            if (consume(close)) {
                out.append(QChar(close));
                return true;
            }
            do {
                if (c == u'{') {
                    if (!peek(u'"'))
                        return failHere();
                    if (!copyCompact(out, depth + 1) || !expect(u':'))
                        return false;
                    out.append(u':');
                }
                if (!copyCompact(out, depth + 1))
                    return false;
                out.append(u',');
            } while (consume(u','));
            out.chop(1);
            out.append(QChar(close));
            return expect(close);
        }
        qsizetype start = 0, length = 0;
        if (c == u'"') {
            if (!scanString(start, length))
                return false;
            appendQuoted(out, start >= 0 ? m_text.sliced(start, length) : QStringView(m_decoded));
            return true;
        }
        if (c == u'n') {
            start = m_pos;
            if (!scanWord(u"null"))
                return false;
            out.append(u"null");
            return true;
        }
        if (!scanScalar(start, length))
            return false;
        out.append(m_text.sliced(start, length));
        return true;
    }

    bool skipValue(int depth)
    {
        QString ignored;
        return copyCompact(ignored, depth + 1);
    }

    QString m_decoded; // the last escaped string, decoded
    QString m_error;
    qsizetype m_errorPos = 0;
    bool m_shapeError = false;
};

} // namespace HandlerDesk::Core::Codec::Detail
