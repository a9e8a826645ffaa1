// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec.h"

#include "core/codec/codec_p.h"

#include <QByteArray>

namespace HandlerDesk::Core::Codec {

Result<CupiList> decodeList(const QByteArray &body, WireFormat format, const QString &itemName)
{
    return format == WireFormat::Json ? Detail::decodeJsonList(body, itemName)
                                      : Detail::decodeXmlList(body, itemName);
}

Result<CupiObject> decodeObject(const QByteArray &body, WireFormat format)
{
    return format == WireFormat::Json ? Detail::decodeJsonObject(body)
                                      : Detail::decodeXmlObject(body);
}

QByteArray encodeObject(const CupiObject &object, WireFormat format, const QString &rootName)
{
    return format == WireFormat::Json ? Detail::encodeJson(object)
                                      : Detail::encodeXml(object, rootName);
}

QByteArray mimeType(WireFormat format)
{
    return format == WireFormat::Json ? QByteArrayLiteral("application/json")
                                      : QByteArrayLiteral("application/xml");
}

} // namespace HandlerDesk::Core::Codec
