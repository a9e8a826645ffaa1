// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON half of the codec's reading: a strict reader that writes CUPI objects straight into a
// ListPage — no document tree, no object per row. String values without escapes are used where they
// stand in the body's text; only escaped strings and nested values are written again.
#include "core/codec/codec_p.h"

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Codec::Detail {

namespace {

constexpr int MaxDepth = 64;

class JsonPageReader
{
public:
    JsonPageReader(const QByteArray &body, ListPage &page)
        : m_page(page)
    {
        QByteArrayView utf8(body);
        if (utf8.startsWith("\xEF\xBB\xBF"))
            utf8 = utf8.sliced(3);
        m_source = QString::fromUtf8(utf8);
        m_text = m_source;
        m_page.setText(m_source); // shared until the first escaped string is appended
    }

    // {"@total":"N","<item>":[{…},…] | {…} | absent}
    bool readList(QStringView itemName)
    {
        if (!openRoot())
            return false;
        bool exactItem = false; // the exact item name wins over one that differs in case
        if (!consume(u'}')) {
            do {
                QStringView key;
                QString keyStorage;
                if (!readKey(key, keyStorage))
                    return false;
                const bool exact = key == itemName;
                if (key == u"@total") {
                    if (!readTotal())
                        return false;
                } else if ((exact ||
                            (!exactItem && key.compare(itemName, Qt::CaseInsensitive) == 0))) {
                    exactItem = exact;
                    const qint64 total = m_page.total();
                    m_page.clear();
                    m_page.setText(m_source);
                    m_page.setTotal(total);
                    if (!readItems(itemName))
                        return false;
                } else if (!skipValue(0)) {
                    return false;
                }
            } while (consume(u','));
            if (!expect(u'}'))
                return false;
        }
        return atEnd();
    }

    // {…}: one object, a page of one row.
    bool readObject()
    {
        if (!openRoot() || !readRow(0))
            return false;
        return atEnd();
    }

    bool haveTotal() const { return m_haveTotal; }
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

private:
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

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
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

    bool openRoot()
    {
        if (peek(u'{')) {
            ++m_pos;
            return true;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == u'[')
            return failShape(CodecText::tr("a JSON object was expected."));
        return failHere();
    }

    // A member name; `key` views the text when it has no escapes, else `storage`.
    bool readKey(QStringView &key, QString &storage)
    {
        if (!peek(u'"'))
            return failHere();
        qsizetype start = 0, length = 0;
        if (!scanString(start, length))
            return false;
        if (start >= 0) {
            key = m_text.sliced(start, length);
        } else {
            storage = m_decoded;
            key = storage;
        }
        return expect(u':');
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

    bool readTotal()
    {
        skipSpace();
        QString text;
        if (peek(u'"')) {
            qsizetype start = 0, length = 0;
            if (!scanString(start, length))
                return false;
            text = start >= 0 ? m_text.sliced(start, length).toString() : m_decoded;
        } else {
            const qsizetype start = m_pos;
            if (!skipValue(0))
                return false;
            text = m_text.sliced(start, m_pos - start).toString();
        }
        bool ok = false;
        const qint64 total = text.trimmed().toLongLong(&ok);
        if (!ok || total < 0)
            return failShape(CodecText::tr("\"@total\" is not a count: %1").arg(text));
        m_page.setTotal(total);
        m_haveTotal = true;
        return true;
    }

    // The item member's value: an array of objects, one bare object, or null.
    bool readItems(QStringView itemName)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return failHere();
        const char16_t c = m_text[m_pos].unicode();
        if (c == u'{') {
            ++m_pos;
            return readRow(1);
        }
        if (c == u'n')
            return scanWord(u"null");
        if (c != u'[') {
            return failShape(
                CodecText::tr("\"%1\" is neither an object nor a list.").arg(itemName.toString()));
        }
        ++m_pos;
        if (consume(u']'))
            return true;
        do {
            if (!consume(u'{')) {
                if (m_pos >= m_text.size())
                    return failHere();
                return failShape(CodecText::tr("an element of \"%1\" is not an object.")
                                     .arg(itemName.toString()));
            }
            if (!readRow(2))
                return false;
        } while (consume(u','));
        return expect(u']');
    }

    // The members of an object whose '{' was read, as one row. Every CUPI scalar is text: numbers
    // and booleans become their text, nested objects and arrays their compact JSON text, and null
    // means "absent" (CUPI omits such fields).
    bool readRow(int depth)
    {
        m_page.startRow();
        if (consume(u'}'))
            return true;
        do {
            QStringView key;
            QString keyStorage;
            if (!readKey(key, keyStorage) || !readField(key, depth))
                return false;
        } while (consume(u','));
        return expect(u'}');
    }

    bool readField(QStringView key, int depth)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return failHere();
        const char16_t c = m_text[m_pos].unicode();
        qsizetype start = 0, length = 0;
        if (c == u'"') {
            if (!scanString(start, length))
                return false;
            if (start >= 0)
                m_page.addField(key, start, length);
            else
                m_page.addField(key, m_decoded);
            return true;
        }
        if (c == u'n')
            return scanWord(u"null");
        if (c == u'{' || c == u'[') {
            QString compact;
            if (!copyCompact(compact, depth + 1))
                return false;
            m_page.addField(key, compact);
            return true;
        }
        if (!scanScalar(start, length))
            return false;
        m_page.addField(key, start, length);
        return true;
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

    ListPage &m_page;
    QString m_source;
    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_decoded; // the last escaped string, decoded
    QString m_error;
    qsizetype m_errorPos = 0;
    bool m_shapeError = false;
    bool m_haveTotal = false;
};

CupiError readFailure(const JsonPageReader &reader)
{
    return decodeFailure(reader.failedOnShape() ? reader.shapeError() : reader.error());
}

} // namespace

CupiError decodeFailure(const QString &what)
{
    return CupiError(CupiError::Kind::Decode,
                     CodecText::tr("The server's reply is not valid: %1").arg(what));
}

Result<ListPage> decodeJsonPage(const QByteArray &body, QStringView itemName)
{
    ListPage page;
    JsonPageReader reader(body, page);
    if (!reader.readList(itemName))
        return readFailure(reader);
    if (!reader.haveTotal())
        page.setTotal(page.rowCount());
    return page;
}

Result<ListPage> decodeJsonObjectPage(const QByteArray &body)
{
    ListPage page;
    JsonPageReader reader(body, page);
    if (!reader.readObject())
        return readFailure(reader);
    page.setTotal(1);
    return page;
}

} // namespace HandlerDesk::Core::Codec::Detail
