// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the codec: the wire-specific halves behind core/codec.h.
#pragma once

#include "core/codec.h"
#include "core/listpage.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace HandlerDesk::Core::Codec::Detail {

// The translation context of the codecs' messages (lupdate names it after this class).
struct CodecText
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::Codec::Detail::CodecText)
};

// Readers: a list body into a page, or one object into a page of one row (total 1).
Result<ListPage> decodeJsonPage(const QByteArray &body, QStringView itemName);
Result<ListPage> decodeJsonObjectPage(const QByteArray &body);
Result<ListPage> decodeXmlPage(const QByteArray &body, QStringView itemName);
Result<ListPage> decodeXmlObjectPage(const QByteArray &body);

// The full XML readers (QXmlStreamReader: all of XML, errors with line and column).
Result<ListPage> readXmlPage(const QByteArray &body, QStringView itemName);
Result<ListPage> readXmlObject(const QByteArray &body);
// The fast path of the XML readers: the page when the body has CUPI's plain shape, std::nullopt
// for anything else (the full reader then decides, and names any error).
std::optional<ListPage> readPlainXmlPage(const QByteArray &body, QStringView itemName);
std::optional<ListPage> readPlainXmlObject(const QByteArray &body);

// Writers.
QByteArray encodeJson(const CupiObject &object);
QByteArray encodeXml(const CupiObject &object, const QString &rootName);
// `text` as a JSON string, quotes included.
void appendQuoted(QString &out, QStringView text);

CupiError decodeFailure(const QString &what);

} // namespace HandlerDesk::Core::Codec::Detail
