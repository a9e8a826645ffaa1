// SPDX-License-Identifier: GPL-3.0-or-later
// Codec::decodeError: whatever a server sends with an error status becomes {code, message}.
#include "core/codec/codec_p.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Codec {

namespace {

constexpr qsizetype MaxMessageLength = 300;

QString collapseWhitespace(const QString &text)
{
    return text.simplified();
}

QString capped(QString text)
{
    if (text.size() > MaxMessageLength) {
        text.truncate(MaxMessageLength - 1);
        text = text.trimmed() + u'…';
    }
    return text;
}

// Joins the messages of several errors; the code is the first one's.
Codec::ServerMessage joined(const QStringList &codes, const QStringList &messages)
{
    Codec::ServerMessage result;
    result.code = codes.value(0);
    result.message = messages.join(u"; "_s);
    return result;
}

std::optional<Codec::ServerMessage> fromJson(const QByteArray &body)
{
    // {"errors":{"code":…,"message":…}} or {"errors":[{…},{…}]}: the list shapes.
    const Result<ListPage> errors = Detail::decodeJsonPage(body, u"errors");
    if (!errors)
        return std::nullopt;
    QStringList codes, messages;
    for (qsizetype row = 0; row < errors->rowCount(); ++row) {
        for (qsizetype field = 0; field < errors->fieldCount(row); ++field) {
            const QStringView name = errors->name(row, field);
            if (name.compare(u"code", Qt::CaseInsensitive) == 0)
                codes.append(errors->value(row, field).toString());
            else if (name.compare(u"message", Qt::CaseInsensitive) == 0)
                messages.append(errors->value(row, field).toString());
        }
    }
    if (codes.isEmpty() && messages.isEmpty())
        return std::nullopt;
    return joined(codes, messages);
}

std::optional<Codec::ServerMessage> fromXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name().compare(u"ErrorDetails", Qt::CaseInsensitive))
        return std::nullopt;
    QStringList codes, messages;
    while (xml.readNextStartElement()) { // <errors>, one per error
        while (xml.readNextStartElement()) {
            if (xml.name().compare(u"code", Qt::CaseInsensitive) == 0)
                codes.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            else if (xml.name().compare(u"message", Qt::CaseInsensitive) == 0)
                messages.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            else
                xml.skipCurrentElement();
        }
    }
    if (codes.isEmpty() && messages.isEmpty())
        return std::nullopt;
    return joined(codes, messages);
}

QString decodeHtmlEntities(const QString &text)
{
    static const QRegularExpression entity(u"&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(QStringView(text).mid(last, m.capturedStart() - last));
        const QString name = m.captured(1);
        QString replacement = m.captured(0);
        if (name.startsWith(u"#x", Qt::CaseInsensitive)) {
            replacement =
                QString::fromUcs4(std::array{char32_t(name.mid(2).toUInt(nullptr, 16))}.data(), 1);
        } else if (name.startsWith(u'#')) {
            replacement = QString::fromUcs4(std::array{char32_t(name.mid(1).toUInt())}.data(), 1);
        } else {
            static const QHash<QString, QString> named = {
                {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},    {u"gt"_s, u">"_s},
                {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s},  {u"nbsp"_s, u" "_s},
                {u"ndash"_s, u"–"_s}, {u"mdash"_s, u"—"_s}, {u"copy"_s, u"©"_s},
            };
            replacement = named.value(name.toLower(), replacement);
        }
        out.append(replacement);
        last = m.capturedEnd();
    }
    out.append(QStringView(text).mid(last));
    return out;
}

QString htmlText(const QString &html)
{
    static const QRegularExpression invisible(u"<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->"_s,
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QString text = html;
    text.remove(invisible);
    text.replace(tag, u" "_s);
    return collapseWhitespace(decodeHtmlEntities(text));
}

QString firstElementText(const QString &html, QStringView name)
{
    const QRegularExpression element(u"<%1\\b[^>]*>(.*?)</%1\\s*>"_s.arg(name),
                                     QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = element.match(html);
    return m.hasMatch() ? htmlText(m.captured(1)) : QString();
}

// A Tomcat or proxy page: its title (or first heading), then the readable rest of the body.
Codec::ServerMessage fromHtml(const QByteArray &body)
{
    const QString html = QString::fromUtf8(body);
    QString heading = firstElementText(html, u"title");
    if (heading.isEmpty())
        heading = firstElementText(html, u"h1");
    QString rest = htmlText(html);
    if (!heading.isEmpty() && rest.startsWith(heading))
        rest = rest.mid(heading.size()).trimmed();
    if (!heading.isEmpty() && rest.startsWith(heading)) // <title> and <h1> often repeat
        rest = rest.mid(heading.size()).trimmed();
    Codec::ServerMessage result;
    if (heading.isEmpty())
        result.message = capped(rest);
    else if (rest.isEmpty())
        result.message = capped(heading);
    else
        result.message = capped(heading + u": "_s + rest);
    return result;
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") ||
           start.contains("<html");
}

} // namespace

ServerMessage decodeError(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QByteArray type = contentType.toLower();
    if (type.contains("json") || trimmed.startsWith('{')) {
        if (auto message = fromJson(trimmed))
            return *message;
    }
    if (looksLikeHtml(trimmed, type))
        return fromHtml(trimmed);
    if (type.contains("xml") || trimmed.startsWith('<')) {
        if (auto message = fromXml(trimmed))
            return *message;
        return fromHtml(trimmed); // some other markup: its text is still the best we have
    }
    // Plain text (or an unlabelled body): its words, if it is text at all.
    const QString text = QString::fromUtf8(trimmed);
    if (text.contains(QChar::ReplacementCharacter) || text.contains(QChar(0)))
        return {};
    ServerMessage result;
    result.message = capped(collapseWhitespace(text));
    return result;
}

} // namespace HandlerDesk::Core::Codec
