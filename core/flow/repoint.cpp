// SPDX-License-Identifier: GPL-3.0-or-later
// Re-pointing: the plan (what each referrer's PUT changes) and the graph after it.
#include "core/flow/repoint.h"

#include "core/fieldnames.h"
#include "core/fieldtable.h"
#include "core/flow/flowsubgraph.h"
#include "core/flow/repoint_p.h"
#include "core/resources.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::Flow::Repoint)
};

QString pathOf(const QString &objectId, EdgeSite site, const QString &detail)
{
    switch (site) {
    case EdgeSite::AfterMessage:
        return Resources::callHandler(objectId);
    case EdgeSite::AfterGreeting:
        return Resources::greeting(objectId, detail);
    case EdgeSite::MenuKey:
        return Resources::menuEntry(objectId, detail);
    case EdgeSite::RoutingRule:
        return Resources::routingRule(objectId);
    }
    Q_UNREACHABLE();
    return QString();
}

QString rootOf(EdgeSite site)
{
    switch (site) {
    case EdgeSite::AfterMessage:
        return Resources::Root::CallHandler;
    case EdgeSite::AfterGreeting:
        return Resources::Root::Greeting;
    case EdgeSite::MenuKey:
        return Resources::Root::MenuEntry;
    case EdgeSite::RoutingRule:
        return Resources::Root::RoutingRule;
    }
    Q_UNREACHABLE();
    return QString();
}

// The conversation a "Go to" `to` needs; `old` is the referrer's (kept when it fits).
QString conversationFor(NodeKind to, const QString &old)
{
    switch (to) {
    case NodeKind::CallHandler:
    case NodeKind::PrimaryHandler:
        // As the editor's target picker: the conversation stays when it takes a call handler.
        return FieldEnums::targetKind(old) == TargetKind::CallHandler ? old : u"PHTransfer"_s;
    case NodeKind::DirectoryHandler:
        return u"AD"_s;
    case NodeKind::InterviewHandler:
        return u"PHInterview"_s;
    default:
        return {};
    }
}

CupiObject actionFields(const CallActionFields &fields, const QString &conversation,
                        const QString &target)
{
    CupiObject object;
    object.set(fields.action.toString(), QString::number(int(CallAction::Goto)));
    object.set(fields.conversation.toString(), conversation);
    object.set(fields.target.toString(), target);
    return object;
}

Result<RepointPlan> refused(const QString &message)
{
    return CupiError(CupiError::Kind::Usage, message);
}
} // namespace

CallActionFields repointFields(EdgeSite site)
{
    switch (site) {
    case EdgeSite::AfterMessage:
        return *fieldTable(HandlerPart::Handler).callAction();
    case EdgeSite::AfterGreeting:
        return *fieldTable(HandlerPart::Greeting).callAction();
    case EdgeSite::MenuKey:
        return *fieldTable(HandlerPart::MenuEntry).callAction();
    case EdgeSite::RoutingRule: // CUPI-RR "Routing Rule" [DOC]
        return {Field::RouteAction,
                Field::RouteTargetConversation,
                Field::RouteTargetHandlerObjectId,
                {}};
    }
    Q_UNREACHABLE();
    return CallActionFields();
}

QString nodeText(const Node &node)
{
    if (node.kind == NodeKind::Missing)
        return Text::tr("missing object %1").arg(node.objectId);
    return nameOf(node);
}

QString siteText(const Edge &edge)
{
    return edge.site == EdgeSite::AfterGreeting ? Text::tr("%1 greeting").arg(edge.detail)
                                                : edgeLabel(edge);
}

Result<RepointPlan> planRepoint(const Graph &graph, const QString &fromId, const QString &toId)
{
    const int from = graph.indexOf(fromId);
    if (fromId.isEmpty() || from < 0)
        return refused(Text::tr("%1 is not in the call-flow graph.").arg(fromId));
    if (toId.isEmpty())
        return refused(Text::tr("Re-pointing needs a target to send the callers to."));
    if (toId.compare(fromId, Qt::CaseInsensitive) == 0)
        return refused(Text::tr("Cannot re-point %1 to itself.").arg(nodeText(graph.node(from))));
    const int to = graph.indexOf(toId);
    if (to < 0 || graph.node(to).kind == NodeKind::Missing)
        return refused(Text::tr("The target %1 does not exist on the server.").arg(toId));
    const Node &target = graph.node(to);
    if (conversationFor(target.kind, {}).isEmpty()) {
        return refused(Text::tr("%1 cannot be the target of a \"Go to\": choose a call handler, "
                                "a directory handler or an interview handler.")
                           .arg(nodeText(target)));
    }

    RepointPlan plan;
    plan.fromId = graph.node(from).objectId;
    plan.toId = target.objectId;
    plan.fromName = nodeText(graph.node(from));
    plan.toName = nodeText(target);
    // A conversation node's "Go to" names no object: its target field stays as the server has it.
    const QString oldTarget =
        graph.node(from).kind == NodeKind::Conversation ? QString() : plan.fromId;
    for (const int e : graph.referrersOf(from)) {
        const Edge &edge = graph.edge(e);
        const Node &referrer = graph.node(edge.from);
        const CallActionFields fields = repointFields(edge.site);
        RepointChange change;
        change.objectId = referrer.objectId;
        change.objectName = nodeText(referrer);
        change.objectKind = referrer.kind;
        change.site = edge.site;
        change.detail = edge.detail;
        change.path = pathOf(referrer.objectId, edge.site, edge.detail);
        change.root = rootOf(edge.site);
        change.before = actionFields(fields, edge.conversation, oldTarget);
        change.after =
            actionFields(fields, conversationFor(target.kind, edge.conversation), plan.toId);
        change.place = Text::tr("%1 › %2").arg(change.objectName, siteText(edge));
        change.line = Text::tr("%1: %2 → %3").arg(change.place, plan.fromName, plan.toName);
        plan.changes.append(change);
    }
    return plan;
}

void applyRepoint(Graph &graph, const RepointPlan &plan)
{
    QStringList sources;
    for (const RepointChange &change : plan.changes) {
        if (!sources.contains(change.objectId))
            sources.append(change.objectId);
    }
    for (const QString &source : std::as_const(sources)) {
        const int node = graph.indexOf(source);
        if (node < 0)
            continue;
        QList<EdgeSpec> specs;
        for (const int e : graph.targetsOf(node)) {
            const Edge &edge = graph.edge(e);
            EdgeSpec spec;
            spec.targetId = graph.node(edge.to).objectId;
            spec.site = edge.site;
            spec.detail = edge.detail;
            spec.conversation = edge.conversation;
            spec.enabled = edge.enabled;
            for (const RepointChange &change : plan.changes) {
                if (change.objectId == source && change.site == edge.site &&
                    change.detail == edge.detail && spec.targetId == plan.fromId) {
                    spec.targetId = plan.toId;
                    spec.conversation = change.after.value(repointFields(edge.site).conversation);
                }
            }
            specs.append(spec);
        }
        graph.setEdgesFrom(source, specs);
    }
}

} // namespace HandlerDesk::Core::Flow
