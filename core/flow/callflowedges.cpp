// SPDX-License-Identifier: GPL-3.0-or-later
// Nodes and edges from CUPI objects: the one place that reads call actions for the graph. The
// action fields of handlers, greetings and menu entries come from the field tables
// (FieldTable::callAction()); the conversations' target kinds from FieldEnums::targetKind().
#include "core/activation.h"
#include "core/cupiobject.h"
#include "core/cupitime.h"
#include "core/fieldtable.h"
#include "core/flow/callflowgraph.h"
#include "core/flow/schedule.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

namespace {

// One call action as read from its object.
struct ActionRead
{
    int action = -1; // -1: absent or not a number
    QString conversation;
    QString target;
};

ActionRead readAction(const CupiObject &object, QStringView actionField,
                      QStringView conversationField, QStringView targetField)
{
    bool ok = false;
    const int action = object.value(actionField).toInt(&ok);
    return {ok ? action : -1, object.value(conversationField), object.value(targetField)};
}

ActionRead readAction(const CupiObject &object, HandlerPart part)
{
    const CallActionFields *fields = fieldTable(part).callAction();
    Q_ASSERT(fields);
    return readAction(object, fields->action, fields->conversation, fields->target);
}

QString targetOf(const ActionRead &read)
{
    return targetId(read.action, read.conversation, read.target);
}

bool isGotoWithoutTarget(const ActionRead &read)
{
    return read.action == int(CallAction::Goto) && targetOf(read).isEmpty();
}

// Leaves the flow: the system hangs up, transfers out, hands the call back to the routing rules
// or to a conversation that is not a handler.
bool isExit(const ActionRead &read)
{
    switch (read.action) {
    case int(CallAction::Hangup):
    case int(CallAction::TransferAltContact):
    case int(CallAction::RouteFromNextRule):
        return true;
    case int(CallAction::Goto):
        return targetOf(read).startsWith(u"conv:");
    default:
        return false;
    }
}

// Adds one action's exit and no-target state to `node`.
void noteAction(Node &node, const ActionRead &read, EdgeSite site, const QString &detail)
{
    node.hasExit = node.hasExit || isExit(read);
    if (isGotoWithoutTarget(read))
        node.noTarget.append({site, detail});
}

void appendEdge(QList<EdgeSpec> &edges, const ActionRead &read, EdgeSite site,
                const QString &detail, bool enabled)
{
    const QString target = targetOf(read);
    if (!target.isEmpty())
        edges.append({target, site, detail, read.conversation, enabled});
}

} // namespace

QString targetId(int action, const QString &conversation, const QString &targetObjectId)
{
    if (action != int(CallAction::Goto) || conversation.isEmpty())
        return {};
    if (FieldEnums::targetKind(conversation) != TargetKind::None)
        return targetObjectId;
    const auto known = FieldEnums::conversations();
    const bool isKnown = std::any_of(known.begin(), known.end(), [&](const EnumValue &value) {
        return conversation == QLatin1String(value.value);
    });
    if (!isKnown && !targetObjectId.isEmpty())
        return targetObjectId;
    return u"conv:"_s + conversation;
}

QString nameOf(const Node &node)
{
    if (!node.name.isEmpty())
        return node.name;
    if (node.kind == NodeKind::Conversation && node.objectId.startsWith(u"conv:"))
        return node.objectId.mid(5);
    return node.objectId;
}

Node objectNode(const CupiObject &object, NodeKind kind)
{
    Node node;
    node.objectId = object.objectId();
    node.name = object.displayName();
    node.extension = object.value(Field::DtmfAccessId);
    node.tenantId = object.value(Field::TenantObjectId);
    node.partitionId = object.value(Field::PartitionObjectId);
    node.kind = kind;
    node.undeletable = object.boolValue(Field::Undeletable);
    return node;
}

Node handlerNode(const CupiObject &handler)
{
    Node node = objectNode(handler, handler.boolValue(Field::IsPrimary) ? NodeKind::PrimaryHandler
                                                                        : NodeKind::CallHandler);
    node.hasRecipient = !handler.value(Field::RecipientSubscriberObjectId).isEmpty() ||
                        !handler.value(Field::RecipientDistributionListObjectId).isEmpty();
    noteAction(node, readAction(handler, HandlerPart::Handler), EdgeSite::AfterMessage, {});
    return node;
}

Node handlerNode(const CupiObject &handler, const QList<CupiObject> &greetings,
                 const QList<CupiObject> &menuEntries, const QDateTime &now)
{
    Node node = handlerNode(handler);
    node.detailsRead = true;
    for (const CupiObject &greeting : greetings) {
        const QString type = greeting.value(Field::GreetingType);
        if (isExpired(greeting, now))
            node.greetingsExpired.append(type);
        if (!isOn(greeting, now))
            continue;
        node.greetingsOn.append(type);
        noteAction(node, readAction(greeting, HandlerPart::Greeting), EdgeSite::AfterGreeting,
                   type);
    }
    for (const CupiObject &entry : menuEntries) {
        noteAction(node, readAction(entry, HandlerPart::MenuEntry), EdgeSite::MenuKey,
                   entry.value(Field::TouchtoneKey));
    }
    return node;
}

QList<EdgeSpec> handlerEdges(const CupiObject &handler, const QList<CupiObject> &greetings,
                             const QList<CupiObject> &menuEntries, const QDateTime &now)
{
    QList<EdgeSpec> edges;
    appendEdge(edges, readAction(handler, HandlerPart::Handler), EdgeSite::AfterMessage, {}, true);
    for (const CupiObject &greeting : greetings) {
        appendEdge(edges, readAction(greeting, HandlerPart::Greeting), EdgeSite::AfterGreeting,
                   greeting.value(Field::GreetingType), isOn(greeting, now));
    }
    for (const CupiObject &entry : menuEntries) {
        appendEdge(edges, readAction(entry, HandlerPart::MenuEntry), EdgeSite::MenuKey,
                   entry.value(Field::TouchtoneKey), true);
    }
    return edges;
}

namespace {

ActionRead readRoute(const CupiObject &rule)
{
    return readAction(rule, Field::RouteAction, Field::RouteTargetConversation,
                      Field::RouteTargetHandlerObjectId);
}

} // namespace

Node routingRuleNode(const CupiObject &rule)
{
    Node node = objectNode(rule, NodeKind::RoutingRule);
    noteAction(node, readRoute(rule), EdgeSite::RoutingRule, {});
    return node;
}

QList<EdgeSpec> routingRuleEdges(const CupiObject &rule)
{
    const QString state = rule.value(Field::State);
    QList<EdgeSpec> edges;
    appendEdge(edges, readRoute(rule), EdgeSite::RoutingRule, {}, state.isEmpty() || state == u"0");
    return edges;
}

} // namespace HandlerDesk::Core::Flow
