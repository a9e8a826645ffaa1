// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/codec_p.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Codec::Detail {

namespace {

constexpr int MaxDepth = 64;

// Reads text that QJsonDocument has already accepted; it still refuses anything unexpected
// instead of trusting that.
class OrderedReader
{
public:
    explicit OrderedReader(QStringView text)
        : m_text(text)
    {
    }

    bool parseDocument(JsonNode &out)
    {
        skipSpace();
        if (!parseValue(out, 0))
            return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
    }

    bool consume(char16_t c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool parseValue(JsonNode &out, int depth)
    {
        if (depth > MaxDepth)
            return false;
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char16_t c = m_text[m_pos].unicode();
        if (c == u'{')
            return parseObject(out, depth);
        if (c == u'[')
            return parseArray(out, depth);
        if (c == u'"') {
            out.type = JsonNode::Type::String;
            return parseString(out.text);
        }
        if (matchWord(u"true") || matchWord(u"false")) {
            out.type = JsonNode::Type::Bool;
            out.text = m_word.toString();
            return true;
        }
        if (matchWord(u"null")) {
            out.type = JsonNode::Type::Null;
            return true;
        }
        return parseNumber(out);
    }

    bool matchWord(QStringView word)
    {
        if (m_text.mid(m_pos).startsWith(word)) {
            m_word = m_text.mid(m_pos, word.size());
            m_pos += word.size();
            return true;
        }
        return false;
    }

    bool parseNumber(JsonNode &out)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            const bool numberChar = (c >= u'0' && c <= u'9') || c == u'-' || c == u'+' ||
                                    c == u'.' || c == u'e' || c == u'E';
            if (!numberChar)
                break;
            ++m_pos;
        }
        if (m_pos == start)
            return false;
        out.type = JsonNode::Type::Number;
        out.text = m_text.mid(start, m_pos - start).toString();
        return true;
    }

    bool parseHex4(char16_t &unit)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        bool ok = false;
        unit = char16_t(m_text.mid(m_pos, 4).toUShort(&ok, 16));
        m_pos += 4;
        return ok;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        out.clear();
        while (m_pos < m_text.size()) {
            // Copy the run up to the next quote or escape in one piece.
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != u'"' && m_text[m_pos] != u'\\')
                ++m_pos;
            out.append(m_text.mid(start, m_pos - start));
            if (m_pos >= m_text.size())
                return false;
            if (m_text[m_pos++] == u'"')
                return true;
            if (m_pos >= m_text.size())
                return false;
            const char16_t e = m_text[m_pos++].unicode();
            switch (e) {
            case u'"':
                out.append(u'"');
                break;
            case u'\\':
                out.append(u'\\');
                break;
            case u'/':
                out.append(u'/');
                break;
            case u'b':
                out.append(u'\b');
                break;
            case u'f':
                out.append(u'\f');
                break;
            case u'n':
                out.append(u'\n');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'u': {
                char16_t unit = 0;
                if (!parseHex4(unit))
                    return false;
                out.append(QChar(unit)); // surrogate pairs arrive as two escapes, in order
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    bool parseObject(JsonNode &out, int depth)
    {
        ++m_pos; // {
        out.type = JsonNode::Type::Object;
        if (consume(u'}'))
            return true;
        do {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
                return false;
            QString key;
            if (!parseString(key) || !consume(u':'))
                return false;
            JsonNode value;
            if (!parseValue(value, depth + 1))
                return false;
            out.members.emplace_back(std::move(key), std::move(value));
        } while (consume(u','));
        return consume(u'}');
    }

    bool parseArray(JsonNode &out, int depth)
    {
        ++m_pos; // [
        out.type = JsonNode::Type::Array;
        if (consume(u']'))
            return true;
        do {
            JsonNode value;
            if (!parseValue(value, depth + 1))
                return false;
            out.elements.push_back(std::move(value));
        } while (consume(u','));
        return consume(u']');
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QStringView m_word;
};

void appendQuoted(QString &out, const QString &text)
{
    out.append(u'"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out.append(u"\\\"");
            break;
        case u'\\':
            out.append(u"\\\\");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        case u'\b':
            out.append(u"\\b");
            break;
        case u'\f':
            out.append(u"\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out.append(u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(u'"');
}

// Appends {"key":value,…} in the members' order, each value written by appendValue(out, value).
template <typename Members, typename AppendValue>
void appendObject(QString &out, const Members &members, AppendValue appendValue)
{
    out.append(u'{');
    bool first = true;
    for (const auto &[key, value] : members) {
        if (!std::exchange(first, false))
            out.append(u',');
        appendQuoted(out, key);
        out.append(u':');
        appendValue(out, value);
    }
    out.append(u'}');
}

void appendJson(QString &out, const JsonNode &node)
{
    switch (node.type) {
    case JsonNode::Type::Null:
        out.append(u"null");
        return;
    case JsonNode::Type::Bool:
    case JsonNode::Type::Number:
        out.append(node.text);
        return;
    case JsonNode::Type::String:
        appendQuoted(out, node.text);
        return;
    case JsonNode::Type::Object:
        appendObject(out, node.members, appendJson);
        return;
    case JsonNode::Type::Array: {
        out.append(u'[');
        bool first = true;
        for (const JsonNode &value : node.elements) {
            if (!std::exchange(first, false))
                out.append(u',');
            appendJson(out, value);
        }
        out.append(u']');
        return;
    }
    }
}

} // namespace

const JsonNode *JsonNode::member(QStringView key, Qt::CaseSensitivity cs) const
{
    for (const auto &[name, value] : members) {
        if (QStringView(name).compare(key, cs) == 0)
            return &value;
    }
    return nullptr;
}

CupiError decodeFailure(const QString &what)
{
    return CupiError(CupiError::Kind::Decode,
                     CodecText::tr("The server's reply is not valid: %1").arg(what));
}

Result<JsonNode> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people and logs want line and column.
        const QByteArray before = body.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        return decodeFailure(CodecText::tr("JSON line %1, column %2: %3")
                                 .arg(line)
                                 .arg(column)
                                 .arg(error.errorString()));
    }
    QByteArray utf8 = body;
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8.remove(0, 3);
    const QString text = QString::fromUtf8(utf8);
    JsonNode root;
    OrderedReader reader(text);
    if (!reader.parseDocument(root))
        return decodeFailure(CodecText::tr("JSON could not be read."));
    return root;
}

QString toJsonText(const JsonNode &node)
{
    QString out;
    appendJson(out, node);
    return out;
}

QByteArray encodeJson(const CupiObject &object)
{
    QString out;
    appendObject(out, object.fields(), appendQuoted);
    return out.toUtf8();
}

} // namespace HandlerDesk::Core::Codec::Detail
