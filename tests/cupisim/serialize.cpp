// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialize.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

const QByteArray xmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

void appendXmlText(QByteArray &out, const QString &s)
{
    const QByteArray u = s.toUtf8();
    for (char c : u) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        default:
            out += c;
        }
    }
}

void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray u = s.toUtf8();
    for (char c : u) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", uchar(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QString derivedValue(const Field &f, const Rec &rec)
{
    QString v;
    for (const UriPart &p : f.uri) {
        if (p.field < 0) {
            v += p.literal;
            continue;
        }
        const QString &ref = rec.at(p.field);
        if (ref.isEmpty())
            return {};
        v += p.percentEncode ? QString::fromLatin1(QUrl::toPercentEncoding(ref)) : ref;
    }
    return v;
}

// The members of one object, without braces or enclosing element.
void appendFields(QByteArray &out, const Kind &k, const Rec &rec, bool json)
{
    bool first = true;
    for (int i = 0; i < k.fields.size(); ++i) {
        const Field &f = k.fields.at(i);
        const QString v = f.type == FieldType::Derived ? derivedValue(f, rec) : rec.at(i);
        if (v.isEmpty())
            continue;
        const QByteArray name = f.name.toLatin1();
        if (json) {
            if (!first)
                out += ',';
            out += '"' + name + "\":";
            appendJsonString(out, v);
        } else {
            out += '<' + name + '>';
            appendXmlText(out, v);
            out += "</" + name + '>';
        }
        first = false;
    }
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
    out += xmlDecl + "<ErrorDetails><errors><code>";
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
