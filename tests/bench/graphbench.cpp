// SPDX-License-Identifier: GPL-3.0-or-later
// hd-graphbench: the call-flow graph's figures (issue 12) on a synthetic server: N call handlers
// with about E edges each (keys, greetings, after-message; some to missing objects and to
// conversations), half with an extension, routing rules to a few of them. Prints one markdown
// table: median (min–max) of the runs for building, the queries, lint and the cache form, with
// the issue's targets (queries ≤ 50 ms, cache load ≤ 1 s).
//   hd-graphbench [--handlers 40000] [--edges 12] [--runs 5]
#include "core/flow/callflowgraph.h"
#include "core/flow/lint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace HandlerDesk::Core::Flow;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Server
{
    QList<Node> nodes;
    QList<QList<EdgeSpec>> edges; // per node
};

QString handlerId(int i)
{
    return u"ch-%1"_s.arg(i, 8, 10, QLatin1Char('0'));
}

// Deterministic: the same server for the same sizes. Targets favour nearby handlers (menus
// point into their own subtree) with some long jumps and a few hubs (the operator, the Opening
// Greeting), so the graph has cycles, hubs and unreachable handlers as real servers do.
Server makeServer(int handlers, int edgesPerHandler)
{
    QRandomGenerator random(12);
    Server server;
    const QStringList keys{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s,
                           u"6"_s, u"7"_s, u"8"_s, u"9"_s, u"*"_s, u"#"_s};
    const QStringList greetings{u"Standard"_s, u"Off Hours"_s, u"Alternate"_s, u"Busy"_s};
    for (int i = 0; i < handlers; ++i) {
        Node node;
        node.objectId = handlerId(i);
        node.name = u"Handler %1"_s.arg(i);
        node.kind = NodeKind::CallHandler;
        node.extension = i % 2 == 0 ? QString::number(100000 + i) : QString();
        node.hasRecipient = i % 50 != 0;
        node.detailsRead = true;
        node.hasExit = i % 7 != 0;
        node.greetingsOn = QStringList{u"Standard"_s};
        if (i % 100 == 0)
            node.greetingsExpired = QStringList{u"Holiday"_s};
        server.nodes.append(node);
        QList<EdgeSpec> edges;
        for (int e = 0; e < edgesPerHandler; ++e) {
            QString target;
            const quint32 pick = random.bounded(100);
            if (pick < 3)
                target = handlerId(random.bounded(3)); // hubs
            else if (pick < 4)
                target = u"missing-%1"_s.arg(random.bounded(handlers));
            else if (pick < 6)
                target = u"conv:SubSignIn"_s;
            else if (pick < 20)
                target = handlerId(random.bounded(handlers));
            else
                target = handlerId(std::clamp(i + int(random.bounded(41)) - 20, 0, handlers - 1));
            EdgeSpec spec{target, EdgeSite::MenuKey, keys[e % keys.size()], u"PHGreeting"_s, true};
            if (e == edgesPerHandler - 1) {
                spec.site = EdgeSite::AfterMessage;
                spec.detail.clear();
            } else if (e >= keys.size()) {
                spec.site = EdgeSite::AfterGreeting;
                spec.detail = greetings[e % greetings.size()];
                spec.enabled = e % 2 == 0;
            }
            edges.append(spec);
        }
        server.edges.append(edges);
    }
    for (int r = 0; r < 20; ++r) {
        Node rule;
        rule.objectId = u"rule-%1"_s.arg(r);
        rule.name = u"Rule %1"_s.arg(r);
        rule.kind = NodeKind::RoutingRule;
        server.nodes.append(rule);
        server.edges.append({{handlerId(r * (handlers / 20)),
                              EdgeSite::RoutingRule,
                              {},
                              u"PHTransfer"_s,
                              r % 5 != 4}});
    }
    return server;
}

Graph build(const Server &server)
{
    Graph graph;
    for (const Node &node : server.nodes)
        graph.addNode(node);
    for (qsizetype i = 0; i < server.nodes.size(); ++i)
        graph.setEdgesFrom(server.nodes[i].objectId, server.edges[i]);
    graph.setExtraRoots({handlerId(0)});
    return graph;
}

struct Row
{
    QString what;
    QList<double> ms;
    double targetMs = 0; // 0: no target
    QString note;
};

QString figure(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto f = [](double v) { return QString::number(v, 'f', v < 10 ? 2 : 1); };
    return u"%1 (%2–%3)"_s.arg(f(ms[ms.size() / 2]), f(ms.first()), f(ms.last()));
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The call-flow graph's benchmark (issue 12)."_s);
    parser.addHelpOption();
    const QCommandLineOption handlersOption(u"handlers"_s, u"Call handlers (40000)."_s, u"N"_s,
                                            u"40000"_s);
    const QCommandLineOption edgesOption(u"edges"_s, u"Edges per handler (12)."_s, u"E"_s, u"12"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (5)."_s, u"R"_s, u"5"_s);
    parser.addOptions({handlersOption, edgesOption, runsOption});
    parser.process(app);
    const int handlers = std::max(100, parser.value(handlersOption).toInt());
    const int edgesPer = std::max(1, parser.value(edgesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const Server server = makeServer(handlers, edgesPer);
    QList<Row> rows{{u"build (addNode + setEdgesFrom)"_s, {}, 0, {}},
                    {u"referrersOf, the busiest node"_s, {}, 50, {}},
                    {u"referrersOf + targetsOf, every node"_s, {}, 0, {}},
                    {u"reachableFrom(roots)"_s, {}, 50, {}},
                    {u"unreachable()"_s, {}, 50, {}},
                    {u"cycles()"_s, {}, 50, {}},
                    {u"pathsTo(a far handler, 5)"_s, {}, 50, {}},
                    {u"lint, whole graph"_s, {}, 0, {}},
                    {u"lint, one handler"_s, {}, 50, {}},
                    {u"refresh one handler (setEdgesFrom)"_s, {}, 50, {}},
                    {u"serialize"_s, {}, 0, {}},
                    {u"deserialize (cache load)"_s, {}, 1000, {}}};
    QByteArray bytes;
    for (int run = 0; run < runs; ++run) {
        Graph graph;
        rows[0].ms << timeMs([&] { graph = build(server); });
        int busiest = 0;
        for (int n = 0; n < graph.nodeCount(); ++n) {
            if (graph.referrersOf(n).size() > graph.referrersOf(busiest).size())
                busiest = n;
        }
        qsizetype sink = 0;
        rows[1].ms << timeMs([&] { sink += graph.referrersOf(busiest).size(); });
        rows[1].note = u"%1 referrers"_s.arg(graph.referrersOf(busiest).size());
        rows[2].ms << timeMs([&] {
            for (int n = 0; n < graph.nodeCount(); ++n)
                sink += graph.referrersOf(n).size() + graph.targetsOf(n).size();
        });
        rows[2].note = u"%1 nodes"_s.arg(graph.nodeCount());
        QList<int> reached;
        rows[3].ms << timeMs([&] { reached = graph.reachableFrom(graph.roots()); });
        rows[3].note = u"%1 reached from %2 roots"_s.arg(reached.size()).arg(graph.roots().size());
        QList<int> lost;
        rows[4].ms << timeMs([&] { lost = graph.unreachable(); });
        rows[4].note = u"%1 handlers"_s.arg(lost.size());
        QList<QList<int>> cycles;
        rows[5].ms << timeMs([&] { cycles = graph.cycles(); });
        qsizetype largest = 0;
        for (const QList<int> &c : std::as_const(cycles))
            largest = std::max(largest, c.size());
        rows[5].note = u"%1 cycles, the largest %2 nodes"_s.arg(cycles.size()).arg(largest);
        const int far = graph.indexOf(handlerId(handlers - 1));
        QList<Path> paths;
        rows[6].ms << timeMs([&] { paths = graph.pathsTo(far, 5); });
        rows[6].note = u"%1 paths, the first %2 edges"_s.arg(paths.size())
                           .arg(paths.isEmpty() ? 0 : paths.first().size());
        QList<Problem> problems;
        rows[7].ms << timeMs([&] { problems = lint(graph); });
        rows[7].note = u"%1 problems"_s.arg(problems.size());
        rows[8].ms << timeMs([&] { problems = lint(graph, far); });
        rows[8].note = u"%1 problems"_s.arg(problems.size());
        const int middle = handlers / 2;
        rows[9].ms << timeMs([&] { graph.setEdgesFrom(handlerId(middle), server.edges[middle]); });
        rows[10].ms << timeMs([&] { bytes = graph.serialize(); });
        rows[10].note = u"%1 MB"_s.arg(double(bytes.size()) / 1e6, 0, 'f', 1);
        std::optional<Graph> back;
        rows[11].ms << timeMs([&] { back = Graph::deserialize(bytes); });
        if (!back || back->edgeCount() != graph.edgeCount()) {
            QTextStream(stderr) << "hd-graphbench: the cache did not read back\n";
            return 1;
        }
        if (sink < 0)
            return 1;
    }

    QTextStream out(stdout);
    out << "Call-flow graph: " << handlers << " handlers, " << edgesPer
        << " edges each (+ 20 routing rules); median (min–max) of " << runs << " runs, ms.\n\n"
        << "| what | ms | target | |\n|---|---|---|---|\n";
    for (const Row &row : std::as_const(rows)) {
        QList<double> sorted = row.ms;
        std::sort(sorted.begin(), sorted.end());
        const QString target =
            row.targetMs > 0 ? u"≤ %1 ms %2"_s.arg(row.targetMs)
                                   .arg(sorted[sorted.size() / 2] <= row.targetMs ? u"✓"_s : u"✗"_s)
                             : QString();
        out << "| " << row.what << " | " << figure(row.ms) << " | " << target << " | " << row.note
            << " |\n";
    }
    return 0;
}
