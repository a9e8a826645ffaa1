// SPDX-License-Identifier: GPL-3.0-or-later
// Codec::decodeError: whatever a server sends with an error status becomes {code, message}.
#include "core/codec/codec_p.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Codec {

namespace {

constexpr qsizetype MaxMessageLength = 300;
// ErrorDetails may join several errors' messages; a hostile one is still capped at the source.
constexpr qsizetype MaxDetailsLength = 2000;
constexpr qsizetype MaxCodeLength = 100;

QString collapseWhitespace(const QString &text)
{
    return text.simplified();
}

QString capped(QString text, qsizetype max = MaxMessageLength)
{
    if (text.size() > max) {
        text.truncate(max - 1);
        if (text.back().isHighSurrogate())
            text.chop(1);
        text = text.trimmed() + u'…';
    }
    return text;
}

// Joins the messages of several errors; the code is the first one's.
Codec::ServerMessage joined(const QStringList &codes, const QStringList &messages)
{
    Codec::ServerMessage result;
    result.code = capped(codes.value(0), MaxCodeLength);
    result.message = capped(messages.join(u"; "_s), MaxDetailsLength);
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

// Linear: the pattern has no nested repetition, a failed match costs at most its run of letters.
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

// A hostile page is read in linear time: only its first MaxHtmlBytes are looked at, and every
// search below either moves the scan past what it found or, when it finds nothing, is remembered
// so that it is never repeated.
constexpr qsizetype MaxHtmlBytes = 256 * 1024;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// `html` at `pos` starts with "<name" followed by a word boundary.
bool opensElement(QStringView html, qsizetype pos, QStringView name)
{
    const qsizetype end = pos + 1 + name.size();
    return html.mid(pos + 1, name.size()).compare(name, Qt::CaseInsensitive) == 0 &&
           (end >= html.size() || !isWordChar(html.at(end)));
}

// The end of the first "</name\s*>" at or after `from`, or -1.
qsizetype closingTagEnd(QStringView html, qsizetype from, QStringView name)
{
    const QString open = u"</"_s + name.toString();
    for (qsizetype at = html.indexOf(open, from, Qt::CaseInsensitive); at >= 0;
         at = html.indexOf(open, at + 1, Qt::CaseInsensitive)) {
        qsizetype i = at + open.size();
        while (i < html.size() && html.at(i).isSpace())
            ++i;
        if (i < html.size() && html.at(i) == u'>')
            return i + 1;
    }
    return -1;
}

// The readable text of markup: <script>, <style>, <head> and comments dropped, every other tag a
// space, entities resolved, whitespace collapsed.
QString htmlText(QStringView html)
{
    static constexpr std::array<QStringView, 3> invisible = {u"script", u"style", u"head"};
    std::array<bool, invisible.size()> unclosed = {}; // no "</name>" after the scan any more
    bool commentsUnclosed = false;
    bool tagsUnclosed = false;
    QString text;
    text.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c != u'<') {
            text.append(c);
            ++i;
            continue;
        }
        if (!commentsUnclosed && html.mid(i, 4) == u"<!--") {
            const qsizetype close = html.indexOf(u"-->", i + 4);
            if (close >= 0) {
                i = close + 3;
                continue;
            }
            commentsUnclosed = true;
        }
        bool skipped = false;
        for (size_t n = 0; n < invisible.size() && !skipped; ++n) {
            if (unclosed[n] || !opensElement(html, i, invisible[n]))
                continue;
            const qsizetype end = closingTagEnd(html, i + 1, invisible[n]);
            if (end < 0) {
                unclosed[n] = true;
                break;
            }
            i = end;
            skipped = true;
        }
        if (skipped)
            continue;
        const qsizetype tagEnd = tagsUnclosed ? -1 : html.indexOf(u'>', i + 1);
        if (tagEnd < 0) { // a '<' that never closes is text
            tagsUnclosed = true;
            text.append(c);
            ++i;
            continue;
        }
        text.append(u' ');
        i = tagEnd + 1;
    }
    return collapseWhitespace(decodeHtmlEntities(text));
}

// The text of the first <name …>…</name> element, or an empty string.
QString firstElementText(QStringView html, QStringView name)
{
    const QString open = u"<"_s + name.toString();
    for (qsizetype at = html.indexOf(open, 0, Qt::CaseInsensitive); at >= 0;
         at = html.indexOf(open, at + 1, Qt::CaseInsensitive)) {
        if (!opensElement(html, at, name))
            continue;
        const qsizetype contentStart = html.indexOf(u'>', at) + 1;
        if (contentStart == 0)
            return {}; // no later one closes either
        const QString close = u"</"_s + name.toString();
        const qsizetype end = closingTagEnd(html, contentStart, name);
        if (end < 0)
            return {};
        const qsizetype contentEnd = html.lastIndexOf(close, end - 1, Qt::CaseInsensitive);
        return htmlText(html.mid(contentStart, contentEnd - contentStart));
    }
    return {};
}

// `text` without a leading `heading` and the spaces after it (a whole-word prefix only).
QString withoutHeading(const QString &text, const QString &heading)
{
    if (heading.isEmpty() || !text.startsWith(heading))
        return text;
    if (text.size() > heading.size() && !text.at(heading.size()).isSpace())
        return text;
    return text.mid(heading.size()).trimmed();
}

// A Tomcat or proxy page: its title (or first heading), then the readable rest of the body.
Codec::ServerMessage fromHtml(const QByteArray &body)
{
    const QString html = QString::fromUtf8(body.left(MaxHtmlBytes));
    QString heading = firstElementText(html, u"title");
    if (heading.isEmpty())
        heading = firstElementText(html, u"h1");
    QString rest = htmlText(html);
    rest = withoutHeading(rest, heading);
    rest = withoutHeading(rest, heading); // <title> and <h1> often repeat
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
