// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/codec_p.h"

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Codec::Detail {

namespace {

// Every CUPI scalar is a string; numbers and booleans from odd servers become their text, nested
// objects and arrays their compact JSON text, and null means "absent" (CUPI omits such fields).
CupiObject objectFromNode(const JsonNode &node)
{
    CupiObject object;
    for (const auto &[key, value] : node.members) {
        switch (value.type) {
        case JsonNode::Type::Null:
            break;
        case JsonNode::Type::Bool:
        case JsonNode::Type::Number:
        case JsonNode::Type::String:
            object.set(key, value.text);
            break;
        case JsonNode::Type::Object:
        case JsonNode::Type::Array:
            object.set(key, toJsonText(value));
            break;
        }
    }
    return object;
}

// The one place for CUPI's list shapes: the item key holds an array, or a bare object when there
// is exactly one item, or is missing altogether when the list is empty ({"@total":"0"}).
Result<QList<CupiObject>> listItems(const JsonNode *items, const QString &itemName)
{
    QList<CupiObject> result;
    if (!items || items->type == JsonNode::Type::Null)
        return result;
    if (items->type == JsonNode::Type::Object) {
        result.append(objectFromNode(*items));
        return result;
    }
    if (items->type != JsonNode::Type::Array)
        return decodeFailure(
            CodecText::tr("\"%1\" is neither an object nor a list.").arg(itemName));
    result.reserve(qsizetype(items->elements.size()));
    for (const JsonNode &element : items->elements) {
        if (element.type != JsonNode::Type::Object) {
            return decodeFailure(
                CodecText::tr("an element of \"%1\" is not an object.").arg(itemName));
        }
        result.append(objectFromNode(element));
    }
    return result;
}

} // namespace

Result<CupiObject> decodeJsonObject(const QByteArray &body)
{
    Result<JsonNode> root = parseJson(body);
    if (!root)
        return root.error();
    if (root->type != JsonNode::Type::Object)
        return decodeFailure(CodecText::tr("a JSON object was expected."));
    return objectFromNode(*root);
}

Result<CupiList> decodeJsonList(const QByteArray &body, const QString &itemName)
{
    Result<JsonNode> root = parseJson(body);
    if (!root)
        return root.error();
    if (root->type != JsonNode::Type::Object)
        return decodeFailure(CodecText::tr("a JSON object was expected."));

    // The exact key the caller named; servers differ in case (CallHandler / Callhandler).
    const JsonNode *items = root->member(itemName);
    if (!items)
        items = root->member(itemName, Qt::CaseInsensitive);
    Result<QList<CupiObject>> objects = listItems(items, itemName);
    if (!objects)
        return objects.error();

    CupiList list;
    list.items = std::move(objects).value();
    list.total = list.items.size();
    if (const JsonNode *total = root->member(u"@total")) {
        bool ok = false;
        const qint64 value = total->text.trimmed().toLongLong(&ok);
        if (!ok || value < 0)
            return decodeFailure(CodecText::tr("\"@total\" is not a count: %1").arg(total->text));
        list.total = value;
    }
    return list;
}

} // namespace HandlerDesk::Core::Codec::Detail
