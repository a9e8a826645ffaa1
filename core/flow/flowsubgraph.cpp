// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/flowsubgraph.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

namespace {
class FlowText
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::Flow::Subgraph)
};
} // namespace

Subgraph subgraphFrom(const Graph &graph, const QList<int> &roots, int depth)
{
    Subgraph result;
    result.depth = depth;
    QList<int> known;
    for (int root : roots) {
        if (root >= 0 && root < graph.nodeCount() && !known.contains(root))
            known.append(root);
    }
    if (known.isEmpty())
        return result;

    // Roots first, then the others in the order reachableFrom() gives them.
    QHash<int, int> local; // graph node index → index into result.nodes
    auto add = [&](int index) {
        if (local.contains(index))
            return;
        local.insert(index, int(result.nodes.size()));
        SubgraphNode node;
        node.node = graph.node(index);
        node.root = known.contains(index);
        result.nodes.append(node);
    };
    for (int root : std::as_const(known))
        add(root);
    const QList<int> reached = graph.reachableFrom(known, depth);
    for (int index : reached)
        add(index);

    // One component number per node of a cycle; an edge within one component is on a cycle.
    QHash<int, int> component;
    const QList<QList<int>> cycles = graph.cycles();
    for (int c = 0; c < cycles.size(); ++c) {
        for (int index : cycles.at(c)) {
            if (local.contains(index))
                component.insert(index, c);
        }
    }

    for (auto it = local.cbegin(); it != local.cend(); ++it)
        result.nodes[it.value()].inCycle = component.contains(it.key());
    for (int n = 0; n < result.nodes.size(); ++n) {
        const int from = graph.indexOf(result.nodes.at(n).node.objectId);
        for (int e : graph.targetsOf(from)) {
            const Edge &edge = graph.edge(e);
            const auto to = local.constFind(edge.to);
            if (to == local.cend()) {
                result.nodes[n].truncated = true;
                continue;
            }
            SubgraphEdge out;
            out.edge = edge;
            out.edge.from = n;
            out.edge.to = to.value();
            out.inCycle = component.contains(from) && component.contains(edge.to) &&
                          component.value(from) == component.value(edge.to);
            result.edges.append(out);
        }
    }
    return result;
}

QString nodeLabel(const Node &node)
{
    QString name = node.kind == NodeKind::Missing ? FlowText::tr("Missing: %1").arg(node.objectId)
                                                  : nameOf(node);
    if (!node.extension.isEmpty())
        name += u'\n' + node.extension;
    return name;
}

QString edgeLabel(const Edge &edge)
{
    switch (edge.site) {
    case EdgeSite::AfterMessage:
        return FlowText::tr("after message");
    case EdgeSite::AfterGreeting:
        return edge.detail;
    case EdgeSite::MenuKey:
        return FlowText::tr("key %1").arg(edge.detail);
    case EdgeSite::RoutingRule:
        return FlowText::tr("rule");
    }
    Q_ASSERT(false);
    return edge.detail;
}

// In the order of the enumerations (callflowgraph.h).
QString kindName(NodeKind kind)
{
    static const std::array names{u"CallHandler"_s,      u"PrimaryHandler"_s, u"DirectoryHandler"_s,
                                  u"InterviewHandler"_s, u"RoutingRule"_s,    u"Conversation"_s,
                                  u"Missing"_s};
    Q_ASSERT(size_t(kind) < names.size());
    return names.at(size_t(kind));
}

QString siteName(EdgeSite site)
{
    static const std::array names{u"AfterMessage"_s, u"AfterGreeting"_s, u"MenuKey"_s,
                                  u"RoutingRule"_s};
    Q_ASSERT(size_t(site) < names.size());
    return names.at(size_t(site));
}

} // namespace HandlerDesk::Core::Flow
