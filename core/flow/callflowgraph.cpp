// SPDX-License-Identifier: GPL-3.0-or-later
// The call-flow graph: building and queries. Every query is linear in nodes + edges at most;
// targetsOf()/referrersOf() are the adjacency lists themselves.
#include "core/flow/callflowgraph.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

namespace {

constexpr QStringView ConversationPrefix = u"conv:";

void replaceOne(QList<int> &list, int from, int to)
{
    const qsizetype at = list.lastIndexOf(from);
    Q_ASSERT(at >= 0);
    list[at] = to;
}

// The node of a target no object carries: a Conversation for "conv:<name>", else Missing.
Node placeholder(const QString &objectId)
{
    Node node;
    node.objectId = objectId;
    if (objectId.startsWith(ConversationPrefix)) {
        node.kind = NodeKind::Conversation;
        node.name = objectId.mid(ConversationPrefix.size());
    }
    return node;
}

void removeOne(QList<int> &list, int value)
{
    const qsizetype at = list.lastIndexOf(value);
    Q_ASSERT(at >= 0);
    list.remove(at);
}

} // namespace

bool operator==(const Node &a, const Node &b)
{
    return a.objectId == b.objectId && a.name == b.name && a.extension == b.extension &&
           a.tenantId == b.tenantId && a.partitionId == b.partitionId && a.kind == b.kind &&
           a.undeletable == b.undeletable && a.hasRecipient == b.hasRecipient &&
           a.detailsRead == b.detailsRead && a.greetingsOn == b.greetingsOn &&
           a.greetingsExpired == b.greetingsExpired && a.hasExit == b.hasExit &&
           a.noTarget == b.noTarget;
}

bool operator==(const Edge &a, const Edge &b)
{
    return a.from == b.from && a.to == b.to && a.site == b.site && a.detail == b.detail &&
           a.conversation == b.conversation && a.enabled == b.enabled;
}

// ---- building ----

int Graph::addNode(const Node &node)
{
    Q_ASSERT(!node.objectId.isEmpty());
    const auto found = m_index.constFind(node.objectId);
    if (found != m_index.constEnd()) {
        m_nodes[*found] = node;
        return *found;
    }
    const int index = int(m_nodes.size());
    m_nodes.append(node);
    m_out.append(QList<int>());
    m_in.append(QList<int>());
    m_index.insert(node.objectId, index);
    return index;
}

int Graph::internTarget(const QString &objectId)
{
    const auto found = m_index.constFind(objectId);
    if (found != m_index.constEnd())
        return *found;
    return addNode(placeholder(objectId));
}

void Graph::setEdgesFrom(const QString &objectId, const QList<EdgeSpec> &edges)
{
    if (objectId.isEmpty())
        return;
    const int from = internTarget(objectId);
    QStringList oldTargets;
    while (!m_out[from].isEmpty()) {
        const int edge = m_out[from].constLast();
        oldTargets.append(m_nodes[m_edges[edge].to].objectId);
        removeEdge(edge);
    }
    for (const EdgeSpec &spec : edges) {
        if (spec.targetId.isEmpty())
            continue;
        const int to = internTarget(spec.targetId);
        const int index = int(m_edges.size());
        m_edges.append({from, to, spec.site, spec.detail, spec.conversation, spec.enabled});
        m_out[from].append(index);
        m_in[to].append(index);
    }
    oldTargets.append(objectId); // a source the graph did not know and that has no edges
    for (const QString &target : std::as_const(oldTargets))
        dropIfOrphan(target);
}

void Graph::removeNode(const QString &objectId)
{
    const int index = indexOf(objectId);
    if (index < 0)
        return;
    QStringList oldTargets;
    while (!m_out[index].isEmpty()) {
        const int edge = m_out[index].constLast();
        oldTargets.append(m_nodes[m_edges[edge].to].objectId);
        removeEdge(edge);
    }
    m_nodes[index] = placeholder(objectId);
    oldTargets.append(objectId);
    for (const QString &target : std::as_const(oldTargets))
        dropIfOrphan(target);
}

void Graph::removeEdge(int edge)
{
    const Edge &gone = m_edges[edge];
    removeOne(m_out[gone.from], edge);
    removeOne(m_in[gone.to], edge);
    const int last = int(m_edges.size()) - 1;
    if (edge != last) {
        m_edges[edge] = std::move(m_edges[last]);
        replaceOne(m_out[m_edges[edge].from], last, edge);
        replaceOne(m_in[m_edges[edge].to], last, edge);
    }
    m_edges.removeLast();
}

void Graph::dropIfOrphan(const QString &objectId)
{
    const int index = indexOf(objectId);
    if (index < 0 || !m_in[index].isEmpty() || !m_out[index].isEmpty())
        return;
    const NodeKind kind = m_nodes[index].kind;
    if (kind == NodeKind::Missing || kind == NodeKind::Conversation)
        removeNodeAt(index);
}

void Graph::removeNodeAt(int node)
{
    Q_ASSERT(m_in[node].isEmpty() && m_out[node].isEmpty());
    m_index.remove(m_nodes[node].objectId);
    const int last = int(m_nodes.size()) - 1;
    if (node != last) {
        m_nodes[node] = std::move(m_nodes[last]);
        m_out[node] = std::move(m_out[last]);
        m_in[node] = std::move(m_in[last]);
        for (int edge : std::as_const(m_out[node]))
            m_edges[edge].from = node;
        for (int edge : std::as_const(m_in[node]))
            m_edges[edge].to = node;
        m_index.insert(m_nodes[node].objectId, node);
    }
    m_nodes.removeLast();
    m_out.removeLast();
    m_in.removeLast();
}

void Graph::setExtraRoots(const QStringList &objectIds)
{
    m_extraRoots = objectIds;
}

void Graph::setReadAt(const QDateTime &when)
{
    m_readAt = when;
}

QDateTime Graph::readAt() const
{
    return m_readAt;
}

// ---- queries ----

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
    Q_ASSERT(index >= 0 && index < m_nodes.size());
    return m_nodes[index];
}

const Edge &Graph::edge(int index) const
{
    Q_ASSERT(index >= 0 && index < m_edges.size());
    return m_edges[index];
}

QList<int> Graph::roots() const
{
    QList<int> result;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == NodeKind::RoutingRule)
            result.append(i);
    }
    for (const QString &id : m_extraRoots) {
        const int index = indexOf(id);
        if (index >= 0 && m_nodes[index].kind != NodeKind::RoutingRule && !result.contains(index))
            result.append(index);
    }
    return result;
}

QList<int> Graph::targetsOf(int node) const
{
    return node >= 0 && node < m_out.size() ? m_out[node] : QList<int>();
}

QList<int> Graph::referrersOf(int node) const
{
    return node >= 0 && node < m_in.size() ? m_in[node] : QList<int>();
}

QList<int> Graph::reachableFrom(const QList<int> &from, int maxDepth) const
{
    QList<bool> seen(m_nodes.size(), false);
    QList<int> order;
    for (int start : from) {
        if (start >= 0 && start < m_nodes.size() && !seen[start]) {
            seen[start] = true;
            order.append(start);
        }
    }
    // Breadth-first: `order` is the queue; [levelStart, levelEnd) is the current depth.
    qsizetype levelStart = 0;
    for (int depth = 0; levelStart < order.size() && (maxDepth < 0 || depth < maxDepth); ++depth) {
        const qsizetype levelEnd = order.size();
        for (qsizetype i = levelStart; i < levelEnd; ++i) {
            for (int edge : m_out[order[i]]) {
                const int to = m_edges[edge].to;
                if (!seen[to]) {
                    seen[to] = true;
                    order.append(to);
                }
            }
        }
        levelStart = levelEnd;
    }
    return order;
}

QList<int> Graph::unreachable(Entry entry) const
{
    QList<int> starts = roots();
    if (entry == Entry::RootsAndExtensions) {
        for (int i = 0; i < m_nodes.size(); ++i) {
            if (!m_nodes[i].extension.isEmpty())
                starts.append(i);
        }
    }
    QList<bool> reached(m_nodes.size(), false);
    for (int index : reachableFrom(starts))
        reached[index] = true;
    QList<int> result;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == NodeKind::CallHandler && !reached[i])
            result.append(i);
    }
    return result;
}

QList<QList<int>> Graph::cycles() const
{
    // Tarjan's algorithm with an explicit stack (a 40,000-node chain would overflow recursion).
    const int n = int(m_nodes.size());
    QList<int> order(n, -1); // discovery index
    QList<int> low(n, 0);
    QList<bool> onStack(n, false);
    QList<int> stack;
    struct Frame
    {
        int node;
        int next; // position in m_out[node]
    };
    QList<Frame> frames;
    QList<QList<int>> result;
    int counter = 0;
    const auto visit = [&](int v) {
        order[v] = low[v] = counter++;
        stack.append(v);
        onStack[v] = true;
        frames.append({v, 0});
    };
    for (int root = 0; root < n; ++root) {
        if (order[root] >= 0)
            continue;
        visit(root);
        while (!frames.isEmpty()) {
            const int v = frames.last().node;
            const QList<int> &out = m_out[v];
            if (frames.last().next < out.size()) {
                const int w = m_edges[out[frames.last().next++]].to;
                if (order[w] < 0)
                    visit(w);
                else if (onStack[w])
                    low[v] = std::min(low[v], order[w]);
                continue;
            }
            frames.removeLast();
            if (!frames.isEmpty()) {
                const int parent = frames.last().node;
                low[parent] = std::min(low[parent], low[v]);
            }
            if (low[v] != order[v])
                continue;
            QList<int> component;
            int w;
            do {
                w = stack.takeLast();
                onStack[w] = false;
                component.append(w);
            } while (w != v);
            const bool selfEdge = std::any_of(out.cbegin(), out.cend(),
                                              [&](int edge) { return m_edges[edge].to == v; });
            if (component.size() > 1 || selfEdge) {
                std::sort(component.begin(), component.end());
                result.append(component);
            }
        }
    }
    return result;
}

QList<Path> Graph::pathsTo(int node, int maxPaths) const
{
    QList<Path> result;
    if (node < 0 || node >= m_nodes.size() || maxPaths <= 0)
        return result;
    // Distance of every node to `node`, breadth-first along referrers.
    QList<int> distance(m_nodes.size(), -1);
    QList<int> queue{node};
    distance[node] = 0;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        for (int edge : m_in[queue[i]]) {
            const int from = m_edges[edge].from;
            if (distance[from] < 0) {
                distance[from] = distance[queue[i]] + 1;
                queue.append(from);
            }
        }
    }
    QList<int> starts;
    for (int root : roots()) {
        if (distance[root] >= 0)
            starts.append(root);
    }
    std::stable_sort(starts.begin(), starts.end(),
                     [&](int a, int b) { return distance[a] < distance[b]; });
    // From each root, every edge that brings the caller one step nearer is on a shortest path;
    // depth-first along those edges, which all lead to `node`, so no branch is a dead end.
    struct Step
    {
        int node;
        int next;
    };
    for (int root : std::as_const(starts)) {
        Path path;
        QList<Step> steps{{root, 0}};
        while (!steps.isEmpty() && result.size() < maxPaths) {
            Step &step = steps.last();
            if (step.node == node) {
                result.append(path);
                steps.removeLast();
                if (!path.isEmpty())
                    path.removeLast();
                continue;
            }
            const QList<int> &out = m_out[step.node];
            while (step.next < out.size() &&
                   distance[m_edges[out[step.next]].to] != distance[step.node] - 1)
                ++step.next;
            if (step.next == out.size()) {
                steps.removeLast();
                if (!path.isEmpty())
                    path.removeLast();
                continue;
            }
            const int edge = out[step.next++];
            path.append(edge);
            steps.append({m_edges[edge].to, 0});
        }
        if (result.size() >= maxPaths)
            break;
    }
    return result;
}

} // namespace HandlerDesk::Core::Flow
