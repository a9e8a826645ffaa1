// SPDX-License-Identifier: GPL-3.0-or-later
// STAND-IN (issue 12, part "picture"): the few Graph members the picture uses, until part
// "graph"'s implementation reaches main. Deleted at that merge; never merged itself.
#include "core/flow/callflowgraph.h"

#include <QSet>

namespace HandlerDesk::Core::Flow {

int Graph::addNode(const Node &node)
{
    if (const int i = indexOf(node.objectId); i >= 0) {
        m_nodes[i] = node;
        return i;
    }
    m_index.insert(node.objectId, int(m_nodes.size()));
    m_nodes.append(node);
    m_out.append(QList<int>());
    m_in.append(QList<int>());
    return int(m_nodes.size() - 1);
}

void Graph::setEdgesFrom(const QString &objectId, const QList<EdgeSpec> &edges)
{
    const int from = indexOf(objectId);
    for (const EdgeSpec &spec : edges) {
        int to = indexOf(spec.targetId);
        if (to < 0) {
            Node missing;
            missing.objectId = spec.targetId;
            to = addNode(missing);
        }
        m_out[from].append(int(m_edges.size()));
        m_in[to].append(int(m_edges.size()));
        m_edges.append({from, to, spec.site, spec.detail, spec.conversation, spec.enabled});
    }
}

int Graph::nodeCount() const
{
    return int(m_nodes.size());
}
int Graph::edgeCount() const
{
    return int(m_edges.size());
}
int Graph::indexOf(const QString &objectId) const
{
    return m_index.value(objectId, -1);
}
const Node &Graph::node(int index) const
{
    return m_nodes.at(index);
}
const Edge &Graph::edge(int index) const
{
    return m_edges.at(index);
}
QList<int> Graph::targetsOf(int node) const
{
    return m_out.value(node);
}

QList<int> Graph::reachableFrom(const QList<int> &from, int maxDepth) const
{
    QList<int> order = from;
    QSet<int> seen(from.cbegin(), from.cend());
    QList<int> level = from;
    for (int d = 0; (maxDepth < 0 || d < maxDepth) && !level.isEmpty(); ++d) {
        QList<int> next;
        for (int n : level)
            for (int e : m_out.at(n))
                if (!seen.contains(m_edges.at(e).to)) {
                    seen.insert(m_edges.at(e).to);
                    next.append(m_edges.at(e).to);
                    order.append(m_edges.at(e).to);
                }
        level = next;
    }
    return order;
}

QList<QList<int>> Graph::cycles() const
{
    // Naive: nodes that reach each other.
    QList<QList<int>> result;
    QSet<int> done;
    for (int n = 0; n < nodeCount(); ++n) {
        if (done.contains(n))
            continue;
        const QList<int> fwd = reachableFrom({n});
        QList<int> comp;
        for (int m : fwd)
            if (reachableFrom({m}).contains(n))
                comp.append(m);
        bool self = false;
        for (int e : m_out.at(n))
            self = self || m_edges.at(e).to == n;
        for (int m : comp)
            done.insert(m);
        if (comp.size() > 1 || self)
            result.append(comp);
    }
    return result;
}

} // namespace HandlerDesk::Core::Flow
