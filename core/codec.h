// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupiobject.h"
#include "core/listpage.h"
#include "core/result.h"

#include <optional>

class QByteArray;

namespace HandlerDesk::Core {

enum class WireFormat { Json, Xml };

// The wire format's name on command lines and in settings: "json" / "xml".
QString wireFormatName(WireFormat format);
// "json" or "xml" in any case, surrounding spaces ignored; std::nullopt for anything else.
std::optional<WireFormat> parseWireFormat(QStringView name);

// The XML and JSON codecs. Both decode to the same types; the JSON one-element-object quirk and
// the empty list ({"@total":"0"}, <Callhandlers total="0"/>) are handled here and nowhere else.
namespace Codec {

// A list body decoded compactly (see ListPage): what list jobs use. Same shapes as decodeList().
Result<ListPage> decodeListPage(const QByteArray &body, WireFormat format, QStringView itemName);
// A list body: XML <Plural total="N"><Item>…</Item>…</Plural>, JSON {"@total":"N","Item":[…]|{…}}.
// `itemName` is the singular element/key ("Callhandler", "LanguageMapping", …).
Result<CupiList> decodeList(const QByteArray &body, WireFormat format, const QString &itemName);
// A single object body: XML <Callhandler>…</Callhandler>, JSON {…}.
// Text is kept exactly (entities resolved, no trimming), fields in the server's order; JSON numbers
// and booleans become their text, null means absent. A malformed body is a Kind::Decode error
// naming line and column.
Result<CupiObject> decodeObject(const QByteArray &body, WireFormat format);
// A request body: XML <root>…</root> (UTF-8, with declaration), JSON {"Field":"text",…} (strings).
QByteArray encodeObject(const CupiObject &object, WireFormat format, const QString &rootName);

// ErrorDetails (XML or JSON) → {code, message}; an HTML page → its readable text (title/body);
// anything else → empty. Never fails.
struct ServerMessage
{
    QString code;
    QString message;
};
ServerMessage decodeError(const QByteArray &body, const QByteArray &contentType);

QByteArray mimeType(WireFormat format);

// `text` as a JSON string, quotes included, escaped as request bodies are.
void appendJsonString(QString &out, QStringView text); // "application/json" / "application/xml"

} // namespace Codec
} // namespace HandlerDesk::Core
