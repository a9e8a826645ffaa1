// SPDX-License-Identifier: GPL-3.0-or-later
// The call-flow picture's core side: the subgraph of a depth, its DOT and JSON text, and the
// Graphviz layout and SVG (library hdflowlayout).
#include "core/flow/flowsubgraph.h"
#include "core/flow/graphviz/flowlayout.h"
#include "tst_flowsample.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace HandlerDesk::Core::Flow;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestFlowLayout : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void subgraphDepth_data();
    void subgraphDepth();
    void subgraphMarks();
    void unknownRoots();
    void dotText();
    void json();
    void layoutSmall();
    void layoutMenuTree();
    void svg();
};

void TestFlowLayout::subgraphDepth_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("edges");
    QTest::newRow("0") << 0 << QStringList{u"og"_s} << 0;
    QTest::newRow("1") << 1 << QStringList{u"og"_s, u"op"_s, u"sales"_s, u"support"_s} << 5;
    QTest::newRow("2") << 2 << QStringList{u"og"_s, u"op"_s, u"sales"_s, u"support"_s, u"gone"_s}
                       << 6;
    QTest::newRow("unlimited") << -1
                               << QStringList{u"og"_s, u"op"_s, u"sales"_s, u"support"_s, u"gone"_s}
                               << 6;
}

void TestFlowLayout::subgraphDepth()
{
    QFETCH(int, depth);
    QFETCH(QStringList, ids);
    QFETCH(int, edges);
    const Graph g = smallFlow();
    const Subgraph s = subgraphFrom(g, {g.indexOf(u"og"_s)}, depth);
    QStringList got;
    for (const SubgraphNode &n : s.nodes)
        got << n.node.objectId;
    QCOMPARE(got, ids);
    QCOMPARE(s.edges.size(), edges);
    QCOMPARE(s.depth, depth);
    for (const SubgraphEdge &e : s.edges) {
        QVERIFY(e.edge.from >= 0 && e.edge.from < s.nodes.size());
        QVERIFY(e.edge.to >= 0 && e.edge.to < s.nodes.size());
    }
}

void TestFlowLayout::subgraphMarks()
{
    const Graph g = smallFlow();
    const Subgraph s = subgraphFrom(g, {g.indexOf(u"og"_s)}, 1);
    QVERIFY(s.nodes.at(0).root);
    QVERIFY(!s.nodes.at(1).root);
    // og → sales → og and og → support → sales → og are cycles (a disabled edge counts: the
    // greeting can be switched on); the operator is on none.
    QVERIFY(s.nodes.at(0).inCycle);
    QVERIFY(s.nodes.at(2).inCycle);
    QVERIFY(s.nodes.at(3).inCycle);
    QVERIFY(!s.nodes.at(1).inCycle);
    // Depth 1 leaves out sales' missing after-message target, and nothing of support's (it only
    // points back to sales): sales is truncated, support is not.
    QVERIFY(s.nodes.at(2).truncated);
    QVERIFY(!s.nodes.at(3).truncated);
    QVERIFY(!s.nodes.at(0).truncated);
    int cycleEdges = 0;
    for (const SubgraphEdge &e : s.edges)
        cycleEdges += e.inCycle ? 1 : 0;
    QCOMPARE(cycleEdges, 4); // all but og's Standard greeting → operator
}

void TestFlowLayout::unknownRoots()
{
    const Graph g = smallFlow();
    QVERIFY(subgraphFrom(g, {-1, 99}, 3).nodes.isEmpty());
    const Subgraph s = subgraphFrom(g, {g.indexOf(u"op"_s), g.indexOf(u"op"_s), 99}, 3);
    QCOMPARE(s.nodes.size(), 1);
    QVERIFY(s.edges.isEmpty());
}

void TestFlowLayout::dotText()
{
    const Graph g = smallFlow();
    const Subgraph s = subgraphFrom(g, {g.indexOf(u"rule-1"_s)}, -1);
    const QByteArray expected = R"(digraph callflow {
    rankdir=LR;
    node [shape=box, style="rounded,filled", fillcolor="#fafafa", fontname="Helvetica", fontsize=10, margin="0.15,0.06"];
    edge [fontname="Helvetica", fontsize=9];
    n0 [label="Opening Greeting rule", penwidth=2, fillcolor="#e3f2fd"];
    n1 [label="Opening Greeting\n1000", color="#e65100"];
    n2 [label="Operator\n0"];
    n3 [label="Sales \"East\"\n2000", color="#e65100"];
    n4 [label="Support\n3000", color="#e65100"];
    n5 [label="Missing: gone", color=red, fontcolor=red, fillcolor="#fdecea"];
    n0 -> n1 [id=e0, label="rule"];
    n1 -> n2 [id=e1, label="Standard"];
    n1 -> n3 [id=e2, label="key 1", color="#e65100", penwidth=2];
    n1 -> n4 [id=e3, label="key 2", color="#e65100", penwidth=2];
    n3 -> n1 [id=e4, label="key 9", color="#e65100", penwidth=2];
    n3 -> n5 [id=e5, label="after message"];
    n4 -> n3 [id=e6, label="Alternate", style=dashed, color="#e65100", penwidth=2];
}
)";
    QCOMPARE(toDot(s), expected);

    // Server text cannot break out of a label or use Graphviz's escapes; a truncated node says so.
    Graph odd;
    odd.addNode(flowNode(u"x"_s, u"a\\N \"b\"\r\nc"_s, {}));
    odd.setEdgesFrom(u"x"_s, {flowEdge(u"y"_s, EdgeSite::MenuKey, u"#"_s)});
    const QByteArray oddDot = toDot(subgraphFrom(odd, {0}, 0));
    QVERIFY2(oddDot.contains(R"(n0 [label="a\\N \"b\"\nc\n…", penwidth=2];)"), oddDot.constData());
}

void TestFlowLayout::json()
{
    const Graph g = smallFlow();
    const Subgraph s = subgraphFrom(g, {g.indexOf(u"og"_s)}, 2);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(toJson(s), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"depth"_s).toInt(), 2);
    const QJsonArray nodes = root.value(u"nodes"_s).toArray();
    const QJsonArray edges = root.value(u"edges"_s).toArray();
    QCOMPARE(nodes.size(), 5);
    QCOMPARE(edges.size(), 6);
    const QJsonObject sales = nodes.at(2).toObject();
    QCOMPARE(sales.value(u"objectId"_s).toString(), u"sales"_s);
    QCOMPARE(sales.value(u"name"_s).toString(), u"Sales \"East\""_s);
    QCOMPARE(sales.value(u"extension"_s).toString(), u"2000"_s);
    QCOMPARE(sales.value(u"kind"_s).toString(), u"CallHandler"_s);
    QCOMPARE(sales.value(u"inCycle"_s).toBool(), true);
    QCOMPARE(nodes.at(4).toObject().value(u"kind"_s).toString(), u"Missing"_s);
    QCOMPARE(nodes.at(0).toObject().value(u"root"_s).toBool(), true);
    const QJsonObject alternate = edges.at(5).toObject();
    QCOMPARE(alternate.value(u"from"_s).toInt(), 3);
    QCOMPARE(alternate.value(u"to"_s).toInt(), 2);
    QCOMPARE(alternate.value(u"site"_s).toString(), u"AfterGreeting"_s);
    QCOMPARE(alternate.value(u"detail"_s).toString(), u"Alternate"_s);
    QCOMPARE(alternate.value(u"label"_s).toString(), u"Alternate"_s);
    QCOMPARE(alternate.value(u"enabled"_s).toBool(), false);
    QCOMPARE(edges.at(1).toObject().value(u"label"_s).toString(), u"key 1"_s);
}

namespace {
// Every box and every edge of `layout` lies in its bounds, boxes have a size, edges a spline.
void checkLayout(const Subgraph &s, const FlowLayout &layout)
{
    QCOMPARE(layout.nodes.size(), s.nodes.size());
    QCOMPARE(layout.edges.size(), s.edges.size());
    const QRectF bounds = layout.bounds.adjusted(-1, -1, 1, 1);
    for (const NodeBox &box : layout.nodes) {
        QVERIFY(box.size.width() > 20 && box.size.height() > 10);
        QVERIFY(bounds.contains(
            QRectF(box.center - QPointF(box.size.width(), box.size.height()) / 2, box.size)));
    }
    for (int i = 0; i < layout.edges.size(); ++i) {
        const EdgePath &path = layout.edges.at(i);
        QVERIFY(path.points.size() >= 4);
        QCOMPARE((path.points.size() - 1) % 3, 0);
        QVERIFY(path.arrowTip.has_value());
        QVERIFY(path.labelCenter.has_value());
        for (int p = 0; p < path.points.size(); p += 3) // the points on the curve
            QVERIFY(bounds.contains(path.points.at(p)));
        // The arrow ends at its target's box (within the arrowhead's length).
        const NodeBox &to = layout.nodes.at(s.edges.at(i).edge.to);
        const QRectF target(to.center - QPointF(to.size.width(), to.size.height()) / 2, to.size);
        QVERIFY(target.adjusted(-2, -2, 2, 2).contains(*path.arrowTip));
    }
}
} // namespace

void TestFlowLayout::layoutSmall()
{
    const Graph g = smallFlow();
    const Subgraph s = subgraphFrom(g, {g.indexOf(u"rule-1"_s)}, -1);
    const std::optional<FlowLayout> layout = layoutFlow(s);
    QVERIFY(layout);
    checkLayout(s, *layout);
    // rankdir=LR: the routing rule (the root) is left of everything else.
    for (int i = 1; i < layout->nodes.size(); ++i)
        QVERIFY(layout->nodes.at(0).center.x() < layout->nodes.at(i).center.x());
}

void TestFlowLayout::layoutMenuTree()
{
    // The target is ≤ 1 s for a 200-node flow; tests/bench/flowlayout measures it (a test only
    // checks sanity: this machine's timings are noise).
    const Graph g = menuTree(200);
    const Subgraph s = subgraphFrom(g, {g.indexOf(u"h0"_s)}, -1);
    QCOMPARE(s.nodes.size(), 200);
    QElapsedTimer timer;
    timer.start();
    const std::optional<FlowLayout> layout = layoutFlow(s);
    qInfo("200 nodes, %d edges laid out in %lld ms", int(s.edges.size()), timer.elapsed());
    QVERIFY(layout);
    checkLayout(s, *layout);
}

void TestFlowLayout::svg()
{
    const Graph g = smallFlow();
    const QByteArray svg = toSvg(subgraphFrom(g, {g.indexOf(u"og"_s)}, -1));
    QVERIFY2(svg.startsWith("<?xml"), svg.left(100).constData());
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.trimmed().endsWith("</svg>"));
    QVERIFY(svg.contains(">Opening Greeting</text>"));
    QVERIFY(svg.contains(">Sales &quot;East&quot;</text>"));
    QVERIFY(svg.contains("id=\"e5\"")); // the disabled Alternate greeting's edge
    QVERIFY(svg.contains("stroke-dasharray"));
}

QTEST_GUILESS_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
