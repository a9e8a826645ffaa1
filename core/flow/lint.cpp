// SPDX-License-Identifier: GPL-3.0-or-later
// The lint rules over the call-flow graph. Each rule reads only the graph, so it runs as well on a
// cached graph as on a fresh one; each is linear in nodes + edges.
#include "core/flow/lint.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

namespace {

// The translation context of the lint messages.
struct Lint
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::Flow::Lint)
};

// Which problems to find: all, or those of one node.
struct Scope
{
    const Graph &graph;
    int only = -1;
    bool covers(int node) const { return only < 0 || only == node; }
};

QString siteText(const Site &site)
{
    switch (site.site) {
    case EdgeSite::AfterMessage:
        return Lint::tr("The after-message action");
    case EdgeSite::AfterGreeting:
        return Lint::tr("The %1 greeting's after-greeting action").arg(site.detail);
    case EdgeSite::MenuKey:
        return Lint::tr("Key %1").arg(site.detail);
    case EdgeSite::RoutingRule:
        return Lint::tr("The routing rule");
    }
    return {};
}

void add(QList<Problem> &out, Problem::Kind kind, int node, std::optional<Site> site,
         const QString &message, const QString &targetId = {})
{
    out.append({kind, node, std::move(site), message, targetId});
}

bool isHandler(NodeKind kind)
{
    return kind == NodeKind::CallHandler || kind == NodeKind::PrimaryHandler ||
           kind == NodeKind::DirectoryHandler || kind == NodeKind::InterviewHandler;
}

// The edge rules: dangling targets, enabled paths into handlers with no greeting on, the
// after-message action to a handler without a recipient.
void edgeRules(const Scope &scope, QList<Problem> &out)
{
    const Graph &graph = scope.graph;
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const Edge &edge = graph.edge(e);
        if (!scope.covers(edge.from))
            continue;
        const Node &target = graph.node(edge.to);
        const Site site{edge.site, edge.detail};
        if (target.kind == NodeKind::Missing) {
            add(out, Problem::Kind::DanglingTarget, edge.from, site,
                Lint::tr("%1 goes to an object that no longer exists (%2).")
                    .arg(siteText(site), target.objectId),
                target.objectId);
            continue;
        }
        const bool callerPath =
            edge.site == EdgeSite::AfterGreeting || edge.site == EdgeSite::MenuKey;
        if (callerPath && edge.enabled && target.detailsRead && target.greetingsOn.isEmpty() &&
            (target.kind == NodeKind::CallHandler || target.kind == NodeKind::PrimaryHandler)) {
            add(out, Problem::Kind::EnabledToDisabled, edge.from, site,
                Lint::tr("%1 sends callers to “%2”, which has no greeting turned on.")
                    .arg(siteText(site), nameOf(target)),
                target.objectId);
        }
        if (edge.site == EdgeSite::AfterMessage && target.kind == NodeKind::CallHandler &&
            !target.hasRecipient) {
            add(out, Problem::Kind::MessageToNoRecipient, edge.from, site,
                Lint::tr("After a message, callers go to “%1”, which has no message recipient.")
                    .arg(nameOf(target)),
                target.objectId);
        }
    }
}

// The node rules: Go-tos with no target, expired Alternate and Holiday greetings.
void nodeRules(const Scope &scope, QList<Problem> &out)
{
    const Graph &graph = scope.graph;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        if (!scope.covers(n))
            continue;
        const Node &node = graph.node(n);
        for (const Site &site : node.noTarget) {
            add(out, Problem::Kind::GotoWithoutTarget, n, site,
                Lint::tr("%1 is “Go to” with no target.").arg(siteText(site)));
        }
        for (const QString &type : node.greetingsExpired) {
            if (type != u"Alternate" && type != u"Holiday")
                continue;
            add(out, Problem::Kind::ExpiredGreeting, n, Site{EdgeSite::AfterGreeting, type},
                Lint::tr("The %1 greeting was switched on until a time that has passed: callers "
                         "no longer hear it.")
                    .arg(type));
        }
    }
}

void unreachableRule(const Scope &scope, QList<Problem> &out)
{
    const Graph &graph = scope.graph;
    QList<int> lost;
    if (scope.only < 0)
        lost = graph.unreachable();
    else if (graph.node(scope.only).kind == NodeKind::CallHandler && !graph.isReachable(scope.only))
        lost = {scope.only};
    for (int n : std::as_const(lost)) {
        add(out, Problem::Kind::Unreachable, n, std::nullopt,
            Lint::tr("No call can reach “%1”: no routing rule, no extension and no other "
                     "handler leads to it.")
                .arg(nameOf(graph.node(n))));
    }
}

void addLoop(QList<Problem> &out, const Graph &graph, int node, const QList<int> &cycle)
{
    QStringList names;
    for (int n : cycle.first(std::min<qsizetype>(cycle.size(), 5)))
        names << u"“"_s + nameOf(graph.node(n)) + u"”"_s;
    if (cycle.size() > 5)
        names << u"…"_s;
    add(out, Problem::Kind::LoopWithoutExit, node, std::nullopt,
        Lint::tr("Callers can never leave this loop (%n handler(s): %1): no key, greeting "
                 "or action in it leads out.",
                 nullptr, int(cycle.size()))
            .arg(names.join(u", "_s)));
}

// The trap `node` is on, if any (the loop rule for one node, without finding every cycle): the
// nodes reachable from it, when none lets the caller out (so no edge leaves them) and all lead
// back to `node`. Stops at the first way out, which is near on most servers.
QList<int> trapThrough(const Graph &graph, int node)
{
    std::vector<char> seen(graph.nodeCount(), 0);
    QList<int> reach{node};
    seen[node] = 1;
    bool returns = false;
    for (qsizetype i = 0; i < reach.size(); ++i) {
        const Node &n = graph.node(reach[i]);
        if (!n.detailsRead || n.hasExit)
            return {};
        for (int e : graph.targetsOf(reach[i])) {
            const int to = graph.edge(e).to;
            returns = returns || to == node;
            if (!seen[to]) {
                seen[to] = 1;
                reach.append(to);
            }
        }
    }
    if (!returns)
        return {};
    std::vector<char> back(graph.nodeCount(), 0);
    QList<int> queue{node};
    back[node] = 1;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        for (int e : graph.referrersOf(queue[i])) {
            const int from = graph.edge(e).from;
            if (seen[from] && !back[from]) {
                back[from] = 1;
                queue.append(from);
            }
        }
    }
    if (queue.size() != reach.size())
        return {};
    std::sort(reach.begin(), reach.end());
    return reach;
}

// A cycle is a trap when none of its nodes lets the caller out and no edge leaves it. Cycles
// with a node whose details were not read are not judged.
void loopRule(const Scope &scope, QList<Problem> &out)
{
    const Graph &graph = scope.graph;
    if (scope.only >= 0) {
        const QList<int> trap = trapThrough(graph, scope.only);
        if (!trap.isEmpty())
            addLoop(out, graph, scope.only, trap);
        return;
    }
    QList<int> member(graph.nodeCount(), -1); // node → cycle number
    const QList<QList<int>> cycles = graph.cycles();
    for (qsizetype c = 0; c < cycles.size(); ++c) {
        for (int n : cycles[c])
            member[n] = int(c);
    }
    for (qsizetype c = 0; c < cycles.size(); ++c) {
        const QList<int> &cycle = cycles[c];
        bool trap = true;
        for (int n : cycle) {
            const Node &node = graph.node(n);
            if (!node.detailsRead || node.hasExit) {
                trap = false;
                break;
            }
            for (int e : graph.targetsOf(n)) {
                if (member[graph.edge(e).to] != c) {
                    trap = false;
                    break;
                }
            }
            if (!trap)
                break;
        }
        if (trap)
            addLoop(out, graph, cycle.first(), cycle);
    }
}

// DtmfAccessId is unique within a partition (PROTOCOL.md §6); without a partition, within the
// tenant.
void extensionRule(const Scope &scope, QList<Problem> &out)
{
    const Graph &graph = scope.graph;
    const auto key = [&](const Node &node) {
        const QString space =
            node.partitionId.isEmpty() ? u"t:"_s + node.tenantId : u"p:"_s + node.partitionId;
        return space + u'\n' + node.extension;
    };
    // One handler: only the nodes with its extension count (no key built for the others).
    const QString *extension = scope.only >= 0 ? &graph.node(scope.only).extension : nullptr;
    QHash<QString, QList<int>> byExtension;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        const Node &node = graph.node(n);
        if (!node.extension.isEmpty() && isHandler(node.kind) &&
            (!extension || node.extension == *extension))
            byExtension[key(node)].append(n);
    }
    QList<Problem> found;
    for (const QList<int> &nodes : std::as_const(byExtension)) {
        if (nodes.size() < 2)
            continue;
        for (int n : nodes) {
            if (!scope.covers(n))
                continue;
            const int other = nodes.first() == n ? nodes[1] : nodes.first();
            add(found, Problem::Kind::ExtensionClash, n, std::nullopt,
                Lint::tr("Extension %1 is also the extension of “%2”.")
                    .arg(graph.node(n).extension, nameOf(graph.node(other))),
                graph.node(other).objectId);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Problem &a, const Problem &b) { return a.node < b.node; });
    out += found;
}

QList<Problem> run(const Scope &scope)
{
    QList<Problem> problems;
    edgeRules(scope, problems);
    nodeRules(scope, problems);
    unreachableRule(scope, problems);
    loopRule(scope, problems);
    extensionRule(scope, problems);
    return problems;
}

} // namespace

QList<Problem> lint(const Graph &graph)
{
    return run({graph, -1});
}

QList<Problem> lint(const Graph &graph, int node)
{
    if (node < 0 || node >= graph.nodeCount())
        return {};
    return run({graph, node});
}

QString problemKindName(Problem::Kind kind)
{
    static constexpr const char *Names[] = {
        "dangling-target",     "unreachable",         "loop-without-exit",
        "enabled-to-disabled", "goto-without-target", "message-to-no-recipient",
        "expired-greeting",    "extension-clash",
    };
    static_assert(std::size(Names) == size_t(Problem::Kind::ExtensionClash) + 1);
    return QLatin1String(Names[int(kind)]);
}

} // namespace HandlerDesk::Core::Flow
