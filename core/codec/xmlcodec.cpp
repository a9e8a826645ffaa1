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

// Reads one field element; the reader is on its start and ends on its end. Text is exact: no
// trimming; entities are already resolved by the reader. Nested elements become XML text.
QString readField(QXmlStreamReader &xml)
{
    QString text;
    QString nested;
    std::optional<QXmlStreamWriter> nestedWriter; // only for the rare nested element
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            if (nestedWriter)
                nestedWriter->writeCharacters(xml.text().toString());
            else
                text.append(xml.text());
            break;
        case QXmlStreamReader::StartElement:
            if (!nestedWriter) {
                nestedWriter.emplace(&nested);
                if (!text.trimmed().isEmpty())
                    nestedWriter->writeCharacters(text);
            }
            copyElement(xml, *nestedWriter);
            break;
        case QXmlStreamReader::EndElement:
            return nestedWriter ? nested : text;
        default:
            break; // comments, processing instructions
        }
    }
    return text;
}

// Reads the children of the element the reader is on into an object, in document order.
CupiObject readObject(QXmlStreamReader &xml)
{
    CupiObject object;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        object.set(name, readField(xml));
    }
    return object;
}

} // namespace

Result<CupiObject> decodeXmlObject(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    if (!readToRoot(xml))
        return xmlFailure(xml);
    CupiObject object = readObject(xml);
    // Read to the end so that trailing garbage or an unclosed root is reported.
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return xmlFailure(xml);
    return object;
}

Result<CupiList> decodeXmlList(const QByteArray &body, const QString &itemName)
{
    QXmlStreamReader xml(body);
    if (!readToRoot(xml))
        return xmlFailure(xml);

    CupiList list;
    bool haveTotal = false;
    const QStringView totalText = xml.attributes().value(QLatin1String("total"));
    if (!totalText.isNull()) {
        bool ok = false;
        list.total = totalText.trimmed().toLongLong(&ok);
        if (!ok || list.total < 0) {
            return decodeFailure(
                CodecText::tr("the list's total is not a count: %1").arg(totalText.toString()));
        }
        haveTotal = true;
    }
    while (xml.readNextStartElement()) {
        // The exact item name, tolerating case (Callhandler / CallHandler); others are skipped.
        if (xml.name().compare(itemName, Qt::CaseInsensitive) == 0)
            list.items.append(readObject(xml));
        else
            xml.skipCurrentElement();
    }
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return xmlFailure(xml);
    if (!haveTotal)
        list.total = list.items.size();
    return list;
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
