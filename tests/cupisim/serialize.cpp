// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialize.h"

#include "extrafields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

// Successful replies declare no standalone; only ErrorDetails add standalone="yes" ([DOC] the
// examples of Cisco's CUPI guide: Schedules, Routing Rules, Language Map).
const QByteArray xmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
const QByteArray errorXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

// Escapes for XML text or a JSON string body. ASCII, by far the common case, is copied char by
// char; from the first non-ASCII character on, the rest goes through UTF-8 (whose multi-byte
// sequences never contain ASCII bytes, so the same escaping applies).
void appendEscapedByte(QByteArray &out, char c, bool json)
{
    if (json) {
        switch (c) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default:
            if (uchar(c) < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", uchar(c));
                out += buf;
                return;
            }
        }
    } else {
        switch (c) {
        case '&':
            out += "&amp;";
            return;
        case '<':
            out += "&lt;";
            return;
        case '>':
            out += "&gt;";
            return;
        default:
            break;
        }
    }
    out += c;
}

void appendText(QByteArray &out, QStringView s, bool json)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u >= 0x80) {
            const QByteArray rest = s.mid(i).toUtf8();
            for (char c : rest)
                appendEscapedByte(out, c, json);
            return;
        }
        const char c = char(u);
        const bool plain =
            json ? (c >= 0x20 && c != '"' && c != '\\') : (c != '&' && c != '<' && c != '>');
        if (plain)
            out += c;
        else
            appendEscapedByte(out, c, json);
    }
}

void appendXmlText(QByteArray &out, const QString &s)
{
    appendText(out, s, false);
}

void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    appendText(out, s, true);
    out += '"';
}

bool derivedPresent(const Field &f, const Rec &rec)
{
    for (const UriPart &p : f.uri) {
        if (p.field >= 0 && rec.at(p.field).isEmpty())
            return false;
    }
    return true;
}

void appendDerived(QByteArray &out, const Field &f, const Rec &rec, bool json)
{
    for (const UriPart &p : f.uri) {
        if (p.field < 0)
            appendText(out, p.literal, json);
        else if (p.percentEncode)
            out += QUrl::toPercentEncoding(rec.at(p.field)); // only safe characters remain
        else
            appendText(out, rec.at(p.field), json);
    }
}

QString derivedValue(const Field &f, const Rec &rec)
{
    if (!derivedPresent(f, rec))
        return {};
    QString v;
    for (const UriPart &p : f.uri) {
        if (p.field < 0)
            v += p.literal;
        else
            v += p.percentEncode ? QString::fromLatin1(QUrl::toPercentEncoding(rec.at(p.field)))
                                 : rec.at(p.field);
    }
    return v;
}

// The members of one object, without braces or enclosing element.
void appendFields(QByteArray &out, const Kind &k, const Rec &rec, bool json)
{
    bool first = true;
    for (int i = 0; i < k.fields.size(); ++i) {
        const Field &f = k.fields.at(i);
        const bool derived = f.type == FieldType::Derived;
        if (derived ? !derivedPresent(f, rec) : rec.at(i).isEmpty())
            continue;
        if (json) {
            if (!first)
                out += ',';
            out += '"';
            out += f.latin1Name;
            out += "\":\"";
        } else {
            out += '<';
            out += f.latin1Name;
            out += '>';
        }
        if (derived)
            appendDerived(out, f, rec, json);
        else
            appendText(out, rec.at(i), json);
        if (json) {
            out += '"';
        } else {
            out += "</";
            out += f.latin1Name;
            out += '>';
        }
        first = false;
    }
    forEachExtraField(k.id, rec, [&](const QString &name, const QString &value) {
        const QByteArray key = name.toUtf8();
        out += json ? QByteArray(first ? "\"" : ",\"") + key + "\":\"" : '<' + key + '>';
        appendText(out, value, json);
        out += json ? QByteArray("\"") : "</" + key + '>';
        first = false;
    });
}

} // namespace

QByteArray writeObject(KindId id, const Rec &rec, bool json)
{
    const Kind &k = kind(id);
    QByteArray out;
    out.reserve(3000);
    if (json) {
        out += '{';
        appendFields(out, k, rec, true);
        out += '}';
    } else {
        const QByteArray item = k.item.toLatin1();
        out += xmlDecl + '<' + item + '>';
        appendFields(out, k, rec, false);
        out += "</" + item + '>';
    }
    return out;
}

QByteArray writeList(KindId id, const QList<const Rec *> &rows, qsizetype total, bool json)
{
    const Kind &k = kind(id);
    const QByteArray item = k.item.toLatin1();
    const QByteArray totalText = QByteArray::number(total);
    QByteArray out;
    out.reserve(64 + rows.size() * 2600);
    if (json) {
        out += "{\"@total\":\"" + totalText + '"';
        if (!rows.isEmpty()) {
            out += ",\"" + item + "\":";
            const bool array = rows.size() > 1; // one element: an object, not an array
            if (array)
                out += '[';
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (i > 0)
                    out += ',';
                out += '{';
                appendFields(out, k, *rows.at(i), true);
                out += '}';
            }
            if (array)
                out += ']';
        }
        out += '}';
    } else {
        const QByteArray root = k.listRoot.toLatin1();
        out += xmlDecl + '<' + root + " total=\"" + totalText + '"';
        if (rows.isEmpty())
            return out + "/>";
        out += '>';
        for (const Rec *r : rows) {
            out += '<' + item + '>';
            appendFields(out, k, *r, false);
            out += "</" + item + '>';
        }
        out += "</" + root + '>';
    }
    return out;
}

QByteArray writeFlat(const QString &root, const FieldValues &values, bool json)
{
    QByteArray out;
    if (json) {
        out += '{';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonString(out, values.at(i).first);
            out += ':';
            appendJsonString(out, values.at(i).second);
        }
        return out + '}';
    }
    out += xmlDecl + '<' + root.toLatin1() + '>';
    for (const auto &[name, value] : values) {
        out += '<' + name.toLatin1() + '>';
        appendXmlText(out, value);
        out += "</" + name.toLatin1() + '>';
    }
    return out + "</" + root.toLatin1() + '>';
}

QString uriOf(KindId id, const Rec &rec)
{
    const Kind &k = kind(id);
    return derivedValue(k.fields.at(k.mustField(u"URI"_s)), rec);
}

QByteArray writeError(const QString &code, const QString &message, bool json)
{
    QByteArray out;
    if (json) {
        out += "{\"errors\":{\"code\":";
        appendJsonString(out, code);
        out += ",\"message\":";
        appendJsonString(out, message);
        return out + "}}";
    }
    out += errorXmlDecl + "<ErrorDetails><errors><code>";
    appendXmlText(out, code);
    out += "</code><message>";
    appendXmlText(out, message);
    return out + "</message></errors></ErrorDetails>";
}

bool parseBody(const QByteArray &body, bool json, FieldValues *out, QString *error)
{
    out->clear();
    if (body.trimmed().isEmpty())
        return true;
    if (json) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = pe.error != QJsonParseError::NoError ? pe.errorString()
                                                          : u"a JSON object is expected"_s;
            return false;
        }
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isBool())
                text = v.toBool() ? u"true"_s : u"false"_s;
            else if (v.isDouble())
                text = QString::number(v.toDouble(), 'g', 15);
            else if (v.isNull())
                text = QString();
            else
                continue; // nested objects and arrays are not fields of the object
            out->append({it.key(), text});
        }
        return true;
    }
    QXmlStreamReader xml(body);
    int depth = 0;
    QString name;
    QString text;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 2) {
                name = xml.name().toString();
                text.clear();
            }
            break;
        case QXmlStreamReader::Characters:
            if (depth == 2)
                text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 2)
                out->append({name, text});
            --depth;
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

} // namespace CupiSim
