// SPDX-License-Identifier: GPL-3.0-or-later
// The call-flow graph (core/flow/callflowgraph.h) on hand-made graphs: building and refreshing,
// the queries (roots, targets, referrers, reachability, unreachable handlers, cycles, paths) and
// the cache form, which must read back what it wrote and refuse anything else without crashing.
#include "core/flow/callflowgraph.h"

#include <QRandomGenerator>
#include <QTest>

using namespace HandlerDesk::Core::Flow;
using namespace Qt::Literals::StringLiterals;

namespace {

Node handler(const QString &id, const QString &extension = {})
{
    Node node;
    node.objectId = id;
    node.name = u"Handler "_s + id;
    node.extension = extension;
    node.kind = NodeKind::CallHandler;
    return node;
}

Node rule(const QString &id)
{
    Node node;
    node.objectId = id;
    node.name = u"Rule "_s + id;
    node.kind = NodeKind::RoutingRule;
    return node;
}

EdgeSpec key(const QString &target, const QString &digit)
{
    return {target, EdgeSite::MenuKey, digit, u"PHGreeting"_s, true};
}

EdgeSpec routeTo(const QString &target)
{
    return {target, EdgeSite::RoutingRule, {}, u"PHGreeting"_s, true};
}

// Builds handlers "a", "b", … and their edges from a compact description: "a>b a>c b>a".
Graph chain(const QString &description)
{
    Graph graph;
    QHash<QString, QList<EdgeSpec>> edges;
    QStringList order;
    for (const QString &arc : description.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList ends = arc.split(u'>');
        for (const QString &end : ends) {
            if (graph.indexOf(end) < 0) {
                graph.addNode(end.startsWith(u'r') ? rule(end) : handler(end));
                order << end;
            }
        }
        edges[ends[0]].append(key(ends[1], QString::number(edges[ends[0]].size())));
    }
    for (const QString &id : std::as_const(order))
        graph.setEdgesFrom(id, edges.value(id));
    return graph;
}

QStringList ids(const Graph &graph, const QList<int> &nodes)
{
    QStringList result;
    for (int node : nodes)
        result << graph.node(node).objectId;
    return result;
}

QStringList sortedIds(const Graph &graph, const QList<int> &nodes)
{
    QStringList result = ids(graph, nodes);
    result.sort();
    return result;
}

// "a>b b>c" for a path (edge indexes).
QString pathText(const Graph &graph, const Path &path)
{
    QStringList arcs;
    for (int edge : path)
        arcs << graph.node(graph.edge(edge).from).objectId + u'>' +
                    graph.node(graph.edge(edge).to).objectId;
    return arcs.join(u' ');
}

// The adjacency lists and the index agree with the edge and node tables.
void checkConsistent(const Graph &graph)
{
    qsizetype outs = 0;
    qsizetype ins = 0;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        QCOMPARE(graph.indexOf(graph.node(n).objectId), n);
        for (int e : graph.targetsOf(n))
            QCOMPARE(graph.edge(e).from, n);
        for (int e : graph.referrersOf(n))
            QCOMPARE(graph.edge(e).to, n);
        outs += graph.targetsOf(n).size();
        ins += graph.referrersOf(n).size();
    }
    QCOMPARE(outs, graph.edgeCount());
    QCOMPARE(ins, graph.edgeCount());
}

// The same graph: nodes by id with equal fields, each node's edges in the same order.
void checkSame(const Graph &a, const Graph &b)
{
    QCOMPARE(a.nodeCount(), b.nodeCount());
    QCOMPARE(a.edgeCount(), b.edgeCount());
    QCOMPARE(a.readAt(), b.readAt());
    QCOMPARE(ids(a, a.roots()), ids(b, b.roots()));
    for (int n = 0; n < a.nodeCount(); ++n) {
        const int m = b.indexOf(a.node(n).objectId);
        QVERIFY(m >= 0);
        QVERIFY(a.node(n) == b.node(m));
        const QList<int> outA = a.targetsOf(n);
        const QList<int> outB = b.targetsOf(m);
        QCOMPARE(outA.size(), outB.size());
        for (qsizetype i = 0; i < outA.size(); ++i) {
            Edge ea = a.edge(outA[i]);
            Edge eb = b.edge(outB[i]);
            QCOMPARE(a.node(ea.to).objectId, b.node(eb.to).objectId);
            ea.from = eb.from = ea.to = eb.to = 0;
            QVERIFY(ea == eb);
        }
    }
}

} // namespace

class TestFlowGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addNodeKeepsIndex()
    {
        Graph graph;
        QCOMPARE(graph.addNode(handler(u"a"_s)), 0);
        QCOMPARE(graph.addNode(handler(u"b"_s)), 1);
        Node renamed = handler(u"a"_s, u"100"_s);
        renamed.name = u"Renamed"_s;
        QCOMPARE(graph.addNode(renamed), 0);
        QCOMPARE(graph.nodeCount(), 2);
        QCOMPARE(graph.node(0).name, u"Renamed"_s);
        QCOMPARE(graph.node(0).extension, u"100"_s);
        QCOMPARE(graph.indexOf(u"b"_s), 1);
        QCOMPARE(graph.indexOf(u"nope"_s), -1);
    }

    void danglingTargetIsMissingUntilAdded()
    {
        Graph graph;
        graph.addNode(handler(u"a"_s));
        graph.setEdgesFrom(u"a"_s, {key(u"gone"_s, u"1"_s), key(u"conv:SubSignIn"_s, u"2"_s)});
        QCOMPARE(graph.nodeCount(), 3);
        const int gone = graph.indexOf(u"gone"_s);
        QCOMPARE(graph.node(gone).kind, NodeKind::Missing);
        const int conv = graph.indexOf(u"conv:SubSignIn"_s);
        QCOMPARE(graph.node(conv).kind, NodeKind::Conversation);
        QCOMPARE(graph.node(conv).name, u"SubSignIn"_s);
        QCOMPARE(graph.referrersOf(gone).size(), 1);
        QCOMPARE(graph.edge(graph.referrersOf(gone).first()).detail, u"1"_s);

        // The object shows up: the same node, now real, its referrers kept.
        QCOMPARE(graph.addNode(handler(u"gone"_s)), gone);
        QCOMPARE(graph.node(gone).kind, NodeKind::CallHandler);
        QCOMPARE(graph.referrersOf(gone).size(), 1);
        checkConsistent(graph);
    }

    void setEdgesFromReplaces()
    {
        Graph graph = chain(u"a>b a>c a>x b>c"_s);
        const int a = graph.indexOf(u"a"_s);
        QCOMPARE(
            ids(graph, {graph.edge(graph.targetsOf(a)[0]).to, graph.edge(graph.targetsOf(a)[1]).to,
                        graph.edge(graph.targetsOf(a)[2]).to}),
            (QStringList{u"b"_s, u"c"_s, u"x"_s}));
        // x is a handler here (chain() adds every name); make a dangling one and refresh.
        graph.setEdgesFrom(u"a"_s, {key(u"c"_s, u"5"_s), key(u"ghost"_s, u"6"_s)});
        QCOMPARE(graph.targetsOf(a).size(), 2);
        QCOMPARE(graph.edge(graph.targetsOf(a)[0]).detail, u"5"_s);
        QCOMPARE(graph.referrersOf(graph.indexOf(u"b"_s)).size(), 0);
        QCOMPARE(graph.referrersOf(graph.indexOf(u"c"_s)).size(), 2);
        QVERIFY(graph.indexOf(u"ghost"_s) >= 0);
        checkConsistent(graph);
        // The dangling target no longer referenced goes away; real handlers stay.
        graph.setEdgesFrom(u"a"_s, {});
        QCOMPARE(graph.indexOf(u"ghost"_s), -1);
        QVERIFY(graph.indexOf(u"x"_s) >= 0);
        QCOMPARE(graph.edgeCount(), 1);
        checkConsistent(graph);
        // Empty targets make no edge.
        graph.setEdgesFrom(u"a"_s, {key({}, u"1"_s)});
        QCOMPARE(graph.targetsOf(graph.indexOf(u"a"_s)).size(), 0);
    }

    void removeNodeLeavesMissing()
    {
        Graph graph = chain(u"a>b b>c c>d"_s);
        graph.removeNode(u"b"_s);
        const int b = graph.indexOf(u"b"_s);
        QVERIFY(b >= 0);
        QCOMPARE(graph.node(b).kind, NodeKind::Missing);
        QCOMPARE(graph.node(b).name, QString());
        QCOMPARE(graph.targetsOf(b).size(), 0);
        QCOMPARE(sortedIds(graph, {graph.edge(graph.referrersOf(b).first()).from}),
                 QStringList{u"a"_s});
        QCOMPARE(graph.referrersOf(graph.indexOf(u"c"_s)).size(), 0);
        checkConsistent(graph);
        // Nothing points to d: removing it drops the node.
        graph.setEdgesFrom(u"c"_s, {});
        graph.removeNode(u"d"_s);
        QCOMPARE(graph.indexOf(u"d"_s), -1);
        // The referrer refreshed: the Missing b goes too.
        graph.setEdgesFrom(u"a"_s, {});
        QCOMPARE(graph.indexOf(u"b"_s), -1);
        QCOMPARE(sortedIds(graph, {0, 1}), (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(graph.edgeCount(), 0);
        checkConsistent(graph);
        graph.removeNode(u"unknown"_s); // no-op
        QCOMPARE(graph.nodeCount(), 2);
    }

    void randomEditsStayConsistent()
    {
        // Many refreshes and removals in a row keep the swap-removals' bookkeeping right.
        QRandomGenerator random(12);
        Graph graph;
        for (int round = 0; round < 2000; ++round) {
            const QString id = QString::number(random.bounded(60));
            switch (random.bounded(4)) {
            case 0:
                graph.removeNode(id);
                break;
            case 1:
                graph.addNode(handler(id));
                break;
            default: {
                QList<EdgeSpec> edges;
                for (int k = random.bounded(5); k > 0; --k)
                    edges.append(key(QString::number(random.bounded(70)), QString::number(k)));
                graph.setEdgesFrom(id, edges);
            }
            }
        }
        checkConsistent(graph);
        checkSame(graph, *Graph::deserialize(graph.serialize()));
    }

    void roots()
    {
        Graph graph = chain(u"r1>a r2>b a>c"_s);
        graph.setExtraRoots({u"c"_s, u"r1"_s, u"unknown"_s});
        QCOMPARE(ids(graph, graph.roots()), (QStringList{u"r1"_s, u"r2"_s, u"c"_s}));
    }

    void reachableFrom()
    {
        const Graph graph = chain(u"a>b b>c c>d d>b a>e x>a"_s);
        const int a = graph.indexOf(u"a"_s);
        QCOMPARE(sortedIds(graph, graph.reachableFrom({a})),
                 (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
        QCOMPARE(ids(graph, graph.reachableFrom({a}, 0)), QStringList{u"a"_s});
        QCOMPARE(sortedIds(graph, graph.reachableFrom({a}, 1)),
                 (QStringList{u"a"_s, u"b"_s, u"e"_s}));
        QCOMPARE(sortedIds(graph, graph.reachableFrom({a}, 2)),
                 (QStringList{u"a"_s, u"b"_s, u"c"_s, u"e"_s}));
        QCOMPARE(graph.reachableFrom({-1, 99}), QList<int>());
        QCOMPARE(graph.reachableFrom({a, a}).count(a), 1);
    }

    void unreachable()
    {
        Graph graph = chain(u"r1>a a>b c>d e>e"_s);
        // A primary handler and a directory handler nobody reaches are not "unreachable"
        // call handlers.
        Node primary = handler(u"p"_s);
        primary.kind = NodeKind::PrimaryHandler;
        graph.addNode(primary);
        graph.setEdgesFrom(u"b"_s, {key(u"gone"_s, u"1"_s)});
        QCOMPARE(sortedIds(graph, graph.unreachable()), (QStringList{u"c"_s, u"d"_s, u"e"_s}));
        // c has an extension: callers can dial it, and it reaches d.
        Node c = graph.node(graph.indexOf(u"c"_s));
        c.extension = u"5000"_s;
        graph.addNode(c);
        QCOMPARE(sortedIds(graph, graph.unreachable()), QStringList{u"e"_s});
        QCOMPARE(sortedIds(graph, graph.unreachable(Graph::Entry::RootsOnly)),
                 (QStringList{u"c"_s, u"d"_s, u"e"_s}));
        // The Opening Greeting as an extra root.
        graph.setExtraRoots({u"e"_s});
        QCOMPARE(sortedIds(graph, graph.unreachable(Graph::Entry::RootsOnly)),
                 (QStringList{u"c"_s, u"d"_s}));
        // Disabled edges still count (a greeting off now may be on tomorrow).
        graph.setEdgesFrom(
            u"e"_s, {{u"c"_s, EdgeSite::AfterGreeting, u"Holiday"_s, u"PHGreeting"_s, false}});
        QCOMPARE(graph.unreachable(Graph::Entry::RootsOnly), QList<int>());
    }

    void cycles()
    {
        const Graph graph = chain(u"a>b b>c c>a c>d d>d e>f f>e f>g g>h"_s);
        QList<QStringList> found;
        for (const QList<int> &cycle : graph.cycles())
            found << ids(graph, cycle);
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s}, {u"e"_s, u"f"_s}}));
        QCOMPARE(chain(u"a>b b>c a>c"_s).cycles(), QList<QList<int>>());
    }

    void cyclesOnLongChain()
    {
        // 40,000 nodes in one ring and a 40,000-node tail: recursion would overflow the stack.
        Graph graph;
        const int n = 40000;
        for (int i = 0; i < 2 * n; ++i)
            graph.addNode(handler(QString::number(i)));
        for (int i = 0; i < 2 * n; ++i) {
            const int next = i == n - 1 ? 0 : i + 1;
            if (i < 2 * n - 1)
                graph.setEdgesFrom(QString::number(i), {key(QString::number(next), u"1"_s)});
        }
        const QList<QList<int>> cycles = graph.cycles();
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles.first().size(), n);
        QCOMPARE(graph.reachableFrom({graph.indexOf(u"0"_s)}).size(), n);
        const int last = graph.indexOf(QString::number(2 * n - 1));
        QCOMPARE(graph.pathsTo(last, 1).size(), 0); // no root
        graph.addNode(rule(u"r"_s));
        graph.setEdgesFrom(u"r"_s, {routeTo(QString::number(n))});
        const QList<Path> paths = graph.pathsTo(last, 3);
        QCOMPARE(paths.size(), 1);
        QCOMPARE(paths.first().size(), n);
    }

    void pathsTo()
    {
        Graph graph = chain(u"r1>a r1>b a>t b>c c>t r2>t a>b r3>x x>t t>t"_s);
        const int t = graph.indexOf(u"t"_s);
        QStringList found;
        for (const Path &path : graph.pathsTo(t, 10))
            found << pathText(graph, path);
        // r2 first (one step), then r1's two two-step paths, then r3's; never the longer
        // r1>b>c>t nor the self-edge.
        QCOMPARE(found, (QStringList{u"r2>t"_s, u"r1>a a>t"_s, u"r3>x x>t"_s}));
        QCOMPARE(graph.pathsTo(t, 2).size(), 2);
        QCOMPARE(graph.pathsTo(t, 0).size(), 0);
        QCOMPARE(graph.pathsTo(-1).size(), 0);
        // Several shortest paths from one root.
        const Graph diamond = chain(u"r>a r>b a>t b>t"_s);
        QStringList both;
        for (const Path &path : diamond.pathsTo(diamond.indexOf(u"t"_s)))
            both << pathText(diamond, path);
        QCOMPARE(both, (QStringList{u"r>a a>t"_s, u"r>b b>t"_s}));
        // A root's own answer: one empty path.
        const QList<Path> atRoot = diamond.pathsTo(diamond.indexOf(u"r"_s));
        QCOMPARE(atRoot.size(), 1);
        QVERIFY(atRoot.first().isEmpty());
        // Nothing reaches it.
        QCOMPARE(chain(u"r>a b>c"_s).pathsTo(2).size(), 0);
    }

    void cacheRoundTrip()
    {
        Graph graph = chain(u"r1>a a>b b>a b>c"_s);
        Node a = graph.node(graph.indexOf(u"a"_s));
        a.extension = u"100"_s;
        a.tenantId = u"tenant-1"_s;
        a.partitionId = u"part-1"_s;
        a.undeletable = true;
        a.hasRecipient = true;
        a.detailsRead = true;
        a.hasExit = true;
        a.greetingsOn = QStringList{u"Standard"_s, u"Closed"_s};
        a.greetingsExpired = QStringList{u"Holiday"_s};
        a.noTarget = {{EdgeSite::MenuKey, u"3"_s}, {EdgeSite::AfterMessage, {}}};
        graph.addNode(a);
        graph.setEdgesFrom(u"c"_s, {{u"gone"_s, EdgeSite::AfterMessage, {}, u"PHTransfer"_s, true},
                                    {u"conv:SubSignIn"_s, EdgeSite::AfterGreeting, u"Busy"_s,
                                     u"SubSignIn"_s, false}});
        graph.setExtraRoots({u"b"_s, u"not-there"_s});
        graph.setReadAt(QDateTime(QDate(2026, 12, 3), QTime(1, 2, 3, 456), Qt::UTC));
        const QByteArray bytes = graph.serialize();
        const std::optional<Graph> back = Graph::deserialize(bytes);
        QVERIFY(back);
        checkSame(graph, *back);
        checkConsistent(*back);
        QCOMPARE(back->serialize(), bytes);
        // No read time.
        const std::optional<Graph> empty = Graph::deserialize(Graph().serialize());
        QVERIFY(empty);
        QCOMPARE(empty->nodeCount(), 0);
        QVERIFY(!empty->readAt().isValid());
    }

    void cacheRefusesMalformed()
    {
        Graph graph = chain(u"r1>a a>b b>a b>c c>gone"_s);
        graph.setReadAt(QDateTime::currentDateTimeUtc());
        const QByteArray bytes = graph.serialize();
        QVERIFY(!Graph::deserialize({}));
        QVERIFY(!Graph::deserialize("not a cache at all"));
        // Every truncation, and anything appended.
        for (qsizetype n = 0; n < bytes.size(); ++n)
            QVERIFY2(!Graph::deserialize(bytes.left(n)), qPrintable(QString::number(n)));
        QVERIFY(!Graph::deserialize(bytes + '\0'));
        // Another version.
        QByteArray other = bytes;
        other[5] = char(2);
        QVERIFY(!Graph::deserialize(other));
        // A huge count right after the header: refused before anything is allocated.
        QByteArray huge = bytes.left(14) + QByteArray("\xff\xff\xff\xf0", 4) + bytes.mid(18);
        QVERIFY(!Graph::deserialize(huge));
        // Random damage: either refused or a consistent graph, never a crash.
        QRandomGenerator random(7);
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray damaged = bytes;
            for (int k = random.bounded(1, 4); k > 0; --k)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            if (const std::optional<Graph> g = Graph::deserialize(damaged)) {
                checkConsistent(*g);
                g->cycles();
                g->unreachable();
            } else {
                ++refused;
            }
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestFlowGraph)
#include "tst_flowgraph.moc"
