// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the codec: the wire-specific halves behind core/codec.h.
#pragma once

#include "core/codec.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace HandlerDesk::Core::Codec::Detail {

// The translation context of the codecs' messages (lupdate names it after this class).
struct CodecText
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::Codec::Detail::CodecText)
};

// An ordered JSON value. QJsonObject sorts its keys, but CupiObject keeps the server's field order,
// so objects are read into this small tree after QJsonDocument has validated the text.
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Object, Array };
    Type type = Type::Null;
    QString text; // Bool: "true"/"false"; Number: as written; String: decoded
    std::vector<std::pair<QString, JsonNode>> members; // Object, in document order
    std::vector<JsonNode> elements;                    // Array

    const JsonNode *member(QStringView key, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
};

// Parses `body` (UTF-8 JSON). On failure returns a Decode error with line and column.
Result<JsonNode> parseJson(const QByteArray &body);
// Compact JSON text of a node, keys in order (for nested values kept as text).
QString toJsonText(const JsonNode &node);
QByteArray encodeJson(const CupiObject &object);

Result<CupiObject> decodeXmlObject(const QByteArray &body);
Result<CupiList> decodeXmlList(const QByteArray &body, const QString &itemName);
QByteArray encodeXml(const CupiObject &object, const QString &rootName);

Result<CupiObject> decodeJsonObject(const QByteArray &body);
Result<CupiList> decodeJsonList(const QByteArray &body, const QString &itemName);

CupiError decodeFailure(const QString &what);

} // namespace HandlerDesk::Core::Codec::Detail
