// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON half of the codec's reading: a strict reader that writes CUPI objects straight into a
// ListPage — no document tree, no object per row. String values without escapes are used where they
// stand in the body's text; only escaped strings and nested values are written again.
#include "core/codec/jsonscanner.h"

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Codec::Detail {

namespace {

class JsonPageReader : public JsonScanner
{
public:
    JsonPageReader(const QByteArray &body, ListPage &page)
        : JsonScanner(body)
        , m_page(page)
    {
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

private:
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

    ListPage &m_page;
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
