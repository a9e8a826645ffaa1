// SPDX-License-Identifier: GPL-3.0-or-later
// The fast path of XML reading: CUPI's list and object bodies are flat (a root, items, fields with
// text), so they are read here without QXmlStreamReader's tokens — text without entities is used
// where it stands in the body's text. Anything outside that plain shape (CDATA, a DOCTYPE,
// comments, attributes on items or fields, nested elements, another encoding) and anything
// malformed is left to QXmlStreamReader (xmlcodec.cpp), which reads all of XML and names the line
// and column of an error. So this reader never decides that a body is wrong; it only says "plain,
// and here are its rows" or "not plain".
#include "core/codec/codec_p.h"
#include "core/codec/textcursor.h"

#include <QRegularExpression>

#include <optional>

namespace HandlerDesk::Core::Codec::Detail {

namespace {

class PlainXmlReader : TextCursor
{
public:
    PlainXmlReader(const QByteArray &body, ListPage &page)
        : TextCursor(body)
        , m_page(page)
    {
        m_page.setText(m_source);
    }

    // <Root total="N"><Item><Field>text</Field>…</Item>…</Root>; rows of elements named
    // `itemName` (any case), other children skipped only when they are plain too.
    bool readList(QStringView itemName, bool *haveTotal)
    {
        QStringView root;
        if (!hasOnlyXmlChars() || !readProlog() || !openTag(root, true))
            return false;
        *haveTotal = false;
        if (!m_total.isNull()) {
            bool ok = false;
            const qint64 total = m_total.trimmed().toLongLong(&ok);
            if (!ok || total < 0)
                return false; // said by the full reader
            m_page.setTotal(total);
            *haveTotal = true;
        }
        if (m_selfClosed)
            return atEnd();
        while (true) {
            skipSpace();
            if (startsWith(u"</"))
                return closeTag(root) && atEnd();
            QStringView item;
            if (!openTag(item, false))
                return false;
            const bool isItem = item.compare(itemName, Qt::CaseInsensitive) == 0;
            if (isItem)
                m_page.startRow();
            if (!m_selfClosed && !readFields(item, isItem))
                return false;
        }
    }

    // <Root><Field>text</Field>…</Root>: one row.
    bool readObject()
    {
        QStringView root;
        if (!hasOnlyXmlChars() || !readProlog() || !openTag(root, false))
            return false;
        m_page.startRow();
        if (m_selfClosed)
            return atEnd();
        return readFields(root, true) && atEnd();
    }

private:
    // True when every character may stand in XML 1.0 (no C0 control but TAB, LF and CR, no
    // U+FFFE/U+FFFF) and the UTF-8 decoded cleanly (no U+FFFD put in for a bad sequence). Anything
    // else is left to the full reader, which rejects what XML rejects.
    bool hasOnlyXmlChars() const
    {
        for (const QChar c : m_text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u >= 0xfffd)
                return false;
        }
        return true;
    }

    // An optional <?xml version="1.0" encoding="UTF-8" standalone="yes"?> (encoding and standalone
    // optional, UTF-8 only). Any other declaration (another version, stray text) is left to the
    // full reader, which may reject it: this reader never accepts what that one rejects.
    bool readProlog()
    {
        if (!startsWith(u"<?xml"))
            return true;
        const qsizetype end = m_text.indexOf(u"?>", m_pos);
        if (end < 0)
            return false;
        static const QRegularExpression plain(
            QStringLiteral("^<\\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*([\"'])1\\.0\\1"
                           "([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*([\"'])(?i:UTF-8)\\3)?"
                           "([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*([\"'])(yes|no)\\5)?"
                           "[ \t\r\n]*$"));
        if (!plain.match(m_text.sliced(m_pos, end - m_pos)).hasMatch())
            return false;
        m_pos = end + 2;
        return true;
    }

    static bool isNameChar(char16_t c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_' || c == u'-' || c == u'.';
    }

    QStringView readName()
    {
        const qsizetype start = m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos].isLetter() || m_text[m_pos] == u'_')) {
            while (m_pos < m_text.size() && isNameChar(m_text[m_pos].unicode()))
                ++m_pos;
        }
        return m_text.sliced(start, m_pos - start);
    }

    // <name> or <name/>; the root may carry total="N" (and nothing else).
    bool openTag(QStringView &name, bool isRoot)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != u'<')
            return false;
        ++m_pos;
        name = readName();
        if (name.isEmpty())
            return false;
        skipSpace();
        if (isRoot && startsWith(u"total=\"")) {
            m_pos += 7;
            const qsizetype end = m_text.indexOf(u'"', m_pos);
            if (end < 0)
                return false;
            m_total = m_text.sliced(m_pos, end - m_pos);
            if (m_total.contains(u'&') || m_total.contains(u'<'))
                return false;
            m_pos = end + 1;
            skipSpace();
        }
        m_selfClosed = startsWith(u"/>");
        if (m_selfClosed) {
            m_pos += 2;
            return true;
        }
        if (m_pos >= m_text.size() || m_text[m_pos] != u'>')
            return false;
        ++m_pos;
        return true;
    }

    bool closeTag(QStringView name)
    {
        if (!startsWith(u"</"))
            return false;
        m_pos += 2;
        if (readName() != name)
            return false;
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != u'>')
            return false;
        ++m_pos;
        return true;
    }

    // The fields of an element whose start tag was read, up to and including its end tag.
    bool readFields(QStringView parent, bool keep)
    {
        while (true) {
            skipSpace();
            if (startsWith(u"</"))
                return closeTag(parent);
            QStringView field;
            if (!openTag(field, false))
                return false;
            if (m_selfClosed) {
                if (keep)
                    m_page.addField(field, m_page.textSize(), 0);
                continue;
            }
            if (!readText(field, keep))
                return false;
        }
    }

    // Text up to the field's end tag; entities resolved. A '<' that is not the end tag (a nested
    // element, a comment, CDATA) is not plain.
    bool readText(QStringView field, bool keep)
    {
        const qsizetype start = m_pos;
        const qsizetype end = m_text.indexOf(u'<', m_pos);
        if (end < 0)
            return false;
        const QStringView raw = m_text.sliced(start, end - start);
        m_pos = end;
        if (!closeTag(field))
            return false;
        bool entities = false;
        for (const QChar c : raw) {
            const char16_t u = c.unicode();
            // '>' is legal but "]]>" is not; '\r' is normalised and control characters are
            // refused by XML; U+FFFD may stand for bytes that were not UTF-8: the full reader
            // judges all of these.
            if (u == u'>' || u == u'\r' || (u < 0x20 && u != u'\t' && u != u'\n') || u >= 0xFFFD)
                return false;
            entities = entities || u == u'&';
        }
        if (!entities) {
            if (keep)
                m_page.addField(field, start, raw.size());
            return true;
        }
        // Resolved also in a skipped item: a bad reference there is for the full reader to name.
        QString decoded;
        if (!resolveEntities(raw, decoded))
            return false;
        if (keep)
            m_page.addField(field, decoded);
        return true;
    }

    // A character reference's digits ("233" or, after "x", "E9"): only digits of the base, and a
    // character XML allows (Char in XML 1.0); 0 for anything else.
    static char32_t characterReference(QStringView digits, bool hex)
    {
        if (digits.isEmpty() || digits.size() > 8)
            return 0;
        char32_t code = 0;
        for (const QChar c : digits) {
            const char16_t u = c.unicode();
            int digit = -1;
            if (u >= u'0' && u <= u'9')
                digit = u - u'0';
            else if (hex && u >= u'a' && u <= u'f')
                digit = u - u'a' + 10;
            else if (hex && u >= u'A' && u <= u'F')
                digit = u - u'A' + 10;
            if (digit < 0)
                return 0;
            code = code * (hex ? 16 : 10) + char32_t(digit);
        }
        const bool allowed =
            code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
            (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
        return allowed ? code : 0;
    }

    static bool resolveEntities(QStringView raw, QString &out)
    {
        out.reserve(raw.size());
        static constexpr std::pair<QStringView, char16_t> named[] = {
            {u"amp;", u'&'}, {u"lt;", u'<'}, {u"gt;", u'>'}, {u"quot;", u'"'}, {u"apos;", u'\''}};
        qsizetype i = 0;
        while (i < raw.size()) {
            const qsizetype amp = raw.indexOf(u'&', i);
            if (amp < 0) {
                out.append(raw.sliced(i));
                break;
            }
            out.append(raw.sliced(i, amp - i));
            const QStringView rest = raw.sliced(amp + 1);
            const qsizetype semicolon = rest.indexOf(u';');
            if (semicolon < 1)
                return false;
            bool known = false;
            for (const auto &[name, c] : named) {
                if (rest.startsWith(name)) {
                    out.append(QChar(c));
                    known = true;
                }
            }
            if (!known) {
                if (!rest.startsWith(u'#'))
                    return false;
                const bool hex = rest.size() > 1 && (rest[1] == u'x');
                const char32_t ucs4 =
                    characterReference(rest.sliced(hex ? 2 : 1, semicolon - (hex ? 2 : 1)), hex);
                if (ucs4 == 0)
                    return false;
                out.append(QString::fromUcs4(&ucs4, 1));
            }
            i = amp + 1 + semicolon + 1;
        }
        return true;
    }

    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size();
    }

    ListPage &m_page;
    QStringView m_total;
    bool m_selfClosed = false;
};

} // namespace

std::optional<ListPage> readPlainXmlPage(const QByteArray &body, QStringView itemName)
{
    ListPage page;
    PlainXmlReader reader(body, page);
    bool haveTotal = false;
    if (!reader.readList(itemName, &haveTotal))
        return std::nullopt;
    if (!haveTotal)
        page.setTotal(page.rowCount());
    return page;
}

std::optional<ListPage> readPlainXmlObject(const QByteArray &body)
{
    ListPage page;
    PlainXmlReader reader(body, page);
    if (!reader.readObject())
        return std::nullopt;
    page.setTotal(1);
    return page;
}

} // namespace HandlerDesk::Core::Codec::Detail
