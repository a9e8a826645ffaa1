// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/codec_p.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Codec::Detail {

namespace {

CupiError xmlFailure(const QXmlStreamReader &xml)
{
    return decodeFailure(CodecText::tr("XML line %1, column %2: %3")
                             .arg(xml.lineNumber())
                             .arg(xml.columnNumber())
                             .arg(xml.errorString()));
}

// Moves to the document's root element; false (with the reader's error) if there is none.
bool readToRoot(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}

// Serialises the element the reader is on (a nested element inside a field) so nothing is lost.
void copyElement(QXmlStreamReader &xml, QXmlStreamWriter &out)
{
    int depth = 0;
    do {
        out.writeCurrentToken(xml);
        if (xml.isStartElement())
            ++depth;
        else if (xml.isEndElement())
            --depth;
        if (depth == 0)
            return;
        xml.readNext();
    } while (!xml.atEnd() && !xml.hasError());
}

// Reads one field element into the page; the reader is on its start and ends on its end. Text is
// exact: no trimming; entities are already resolved by the reader. Nested elements become XML
// text.
void readField(QXmlStreamReader &xml, ListPage &page)
{
    const qint32 name = page.internName(xml.name());
    const qsizetype offset = page.textSize();
    QString nested;
    std::optional<QXmlStreamWriter> nestedWriter; // only for the rare nested element
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            if (nestedWriter)
                nestedWriter->writeCharacters(xml.text().toString());
            else
                page.appendText(xml.text());
            break;
        case QXmlStreamReader::StartElement:
            if (!nestedWriter) {
                nestedWriter.emplace(&nested);
                const QString text = page.text(offset);
                if (!text.trimmed().isEmpty())
                    nestedWriter->writeCharacters(text);
            }
            copyElement(xml, *nestedWriter);
            break;
        case QXmlStreamReader::EndElement:
            if (nestedWriter) {
                page.truncateText(offset);
                page.addField(name, nested);
            } else {
                page.addField(name, offset, page.textSize() - offset);
            }
            return;
        default:
            break; // comments, processing instructions
        }
    }
}

// Reads the children of the element the reader is on as one row, in document order.
void readRow(QXmlStreamReader &xml, ListPage &page)
{
    page.startRow();
    while (xml.readNextStartElement())
        readField(xml, page);
}

// Reads to the end so that trailing garbage or an unclosed root is reported.
bool readToEnd(QXmlStreamReader &xml)
{
    while (!xml.atEnd())
        xml.readNext();
    return !xml.hasError();
}

} // namespace

Result<ListPage> decodeXmlObjectPage(const QByteArray &body)
{
    if (std::optional<ListPage> plain = readPlainXmlObject(body))
        return std::move(*plain);
    return readXmlObject(body);
}

Result<ListPage> readXmlObject(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    if (!readToRoot(xml))
        return xmlFailure(xml);
    ListPage page;
    page.reserveText(body.size());
    readRow(xml, page);
    if (!readToEnd(xml))
        return xmlFailure(xml);
    page.setTotal(1);
    return page;
}

Result<ListPage> decodeXmlPage(const QByteArray &body, QStringView itemName)
{
    if (std::optional<ListPage> plain = readPlainXmlPage(body, itemName))
        return std::move(*plain);
    return readXmlPage(body, itemName);
}

Result<ListPage> readXmlPage(const QByteArray &body, QStringView itemName)
{
    QXmlStreamReader xml(body);
    if (!readToRoot(xml))
        return xmlFailure(xml);

    ListPage page;
    page.reserveText(body.size() / 2); // markup is about half of a CUPI list
    bool haveTotal = false;
    const QStringView totalText = xml.attributes().value(QLatin1String("total"));
    if (!totalText.isNull()) {
        bool ok = false;
        const qint64 total = totalText.trimmed().toLongLong(&ok);
        if (!ok || total < 0) {
            return decodeFailure(
                CodecText::tr("the list's total is not a count: %1").arg(totalText.toString()));
        }
        page.setTotal(total);
        haveTotal = true;
    }
    while (xml.readNextStartElement()) {
        // The exact item name, tolerating case (Callhandler / CallHandler); others are skipped.
        if (xml.name().compare(itemName, Qt::CaseInsensitive) == 0)
            readRow(xml, page);
        else
            xml.skipCurrentElement();
    }
    if (!readToEnd(xml))
        return xmlFailure(xml);
    if (!haveTotal)
        page.setTotal(page.rowCount());
    return page;
}

QByteArray encodeXml(const CupiObject &object, const QString &rootName)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(); // <?xml version="1.0" encoding="UTF-8"?>
    xml.writeStartElement(rootName);
    for (const auto &[key, value] : object.fields())
        xml.writeTextElement(key, value);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace HandlerDesk::Core::Codec::Detail
