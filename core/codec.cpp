// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec.h"

#include "core/codec/codec_p.h"

#include <QByteArray>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

QString wireFormatName(WireFormat format)
{
    return format == WireFormat::Json ? u"json"_s : u"xml"_s;
}

std::optional<WireFormat> parseWireFormat(QStringView name)
{
    for (const WireFormat format : {WireFormat::Json, WireFormat::Xml}) {
        if (name.trimmed().compare(wireFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

} // namespace HandlerDesk::Core

namespace HandlerDesk::Core::Codec {

Result<ListPage> decodeListPage(const QByteArray &body, WireFormat format, QStringView itemName)
{
    return format == WireFormat::Json ? Detail::decodeJsonPage(body, itemName)
                                      : Detail::decodeXmlPage(body, itemName);
}

Result<CupiList> decodeList(const QByteArray &body, WireFormat format, const QString &itemName)
{
    Result<ListPage> page = decodeListPage(body, format, itemName);
    if (!page)
        return page.error();
    return CupiList{page->total(), page->objects()};
}

Result<CupiObject> decodeObject(const QByteArray &body, WireFormat format)
{
    Result<ListPage> page = format == WireFormat::Json ? Detail::decodeJsonObjectPage(body)
                                                       : Detail::decodeXmlObjectPage(body);
    if (!page)
        return page.error();
    return page->object(0);
}

QByteArray encodeObject(const CupiObject &object, WireFormat format, const QString &rootName)
{
    return format == WireFormat::Json ? Detail::encodeJson(object)
                                      : Detail::encodeXml(object, rootName);
}

void appendJsonString(QString &out, QStringView text)
{
    Detail::appendQuoted(out, text);
}

QByteArray mimeType(WireFormat format)
{
    return format == WireFormat::Json ? QByteArrayLiteral("application/json")
                                      : QByteArrayLiteral("application/xml");
}

} // namespace HandlerDesk::Core::Codec
