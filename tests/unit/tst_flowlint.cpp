// SPDX-License-Identifier: GPL-3.0-or-later
// Lint over the call-flow graph (core/flow/lint.h), one rule at a time on hand-made graphs, plus
// a clean graph that has no problem and the per-handler variant.
#include "core/flow/lint.h"

#include <QTest>

using namespace HandlerDesk::Core::Flow;
using namespace Qt::Literals::StringLiterals;

namespace {

Node handler(const QString &id, const QString &extension = {})
{
    Node node;
    node.objectId = id;
    node.name = id.toUpper();
    node.extension = extension;
    node.kind = NodeKind::CallHandler;
    node.hasRecipient = true;
    node.detailsRead = true;
    node.greetingsOn = QStringList{u"Standard"_s};
    node.hasExit = true;
    return node;
}

Node rule(const QString &id)
{
    Node node;
    node.objectId = id;
    node.name = id;
    node.kind = NodeKind::RoutingRule;
    return node;
}

EdgeSpec keyTo(const QString &target, const QString &key = u"1"_s)
{
    return {target, EdgeSite::MenuKey, key, u"PHGreeting"_s, true};
}

// A clean server: a routing rule to the opening greeting "og", which has keys to "a" and "b";
// "b" takes messages and then goes back to "og".
Graph clean()
{
    Graph graph;
    graph.addNode(rule(u"r"_s));
    graph.addNode(handler(u"og"_s, u"100"_s));
    graph.addNode(handler(u"a"_s, u"101"_s));
    graph.addNode(handler(u"b"_s));
    graph.setEdgesFrom(u"r"_s, {{u"og"_s, EdgeSite::RoutingRule, {}, u"PHTransfer"_s, true}});
    graph.setEdgesFrom(u"og"_s, {keyTo(u"a"_s, u"1"_s), keyTo(u"b"_s, u"2"_s)});
    graph.setEdgesFrom(u"b"_s, {{u"og"_s, EdgeSite::AfterMessage, {}, u"PHGreeting"_s, true}});
    return graph;
}

QStringList kinds(const QList<Problem> &problems)
{
    QStringList names;
    for (const Problem &p : problems)
        names << problemKindName(p.kind);
    return names;
}

QList<Problem> only(const QList<Problem> &problems, Problem::Kind kind)
{
    QList<Problem> result;
    for (const Problem &p : problems) {
        if (p.kind == kind)
            result << p;
    }
    return result;
}

} // namespace

class TestFlowLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanGraphHasNoProblem() { QCOMPARE(kinds(lint(clean())), QStringList()); }

    void danglingTarget()
    {
        Graph graph = clean();
        graph.setEdgesFrom(u"a"_s, {keyTo(u"deleted-id"_s, u"3"_s)});
        const QList<Problem> problems = lint(graph);
        QCOMPARE(kinds(problems), QStringList{u"dangling-target"_s});
        const Problem &p = problems.first();
        QCOMPARE(graph.node(p.node).objectId, u"a"_s);
        QCOMPARE(p.site, (Site{EdgeSite::MenuKey, u"3"_s}));
        QCOMPARE(p.targetId, u"deleted-id"_s);
        QVERIFY(p.message.contains(u"Key 3"_s));
        QVERIFY(p.message.contains(u"deleted-id"_s));
        // The same after a delete on the server.
        Graph deleted = clean();
        deleted.removeNode(u"a"_s);
        QCOMPARE(only(lint(deleted), Problem::Kind::DanglingTarget).size(), 1);
    }

    void unreachable()
    {
        Graph graph = clean();
        graph.addNode(handler(u"lost"_s));
        graph.addNode(handler(u"dialled"_s, u"555"_s));
        const QList<Problem> problems = lint(graph);
        QCOMPARE(kinds(problems), QStringList{u"unreachable"_s});
        QCOMPARE(graph.node(problems.first().node).objectId, u"lost"_s);
        QVERIFY(!problems.first().site);
        QVERIFY(problems.first().message.contains(u"LOST"_s));
    }

    void loopWithoutExit()
    {
        Graph graph = clean();
        Node x = handler(u"x"_s, u"200"_s);
        x.hasExit = false;
        Node y = handler(u"y"_s);
        y.hasExit = false;
        graph.addNode(x);
        graph.addNode(y);
        graph.setEdgesFrom(u"x"_s, {keyTo(u"y"_s)});
        graph.setEdgesFrom(u"y"_s, {keyTo(u"x"_s)});
        QList<Problem> problems = lint(graph);
        QCOMPARE(kinds(problems), QStringList{u"loop-without-exit"_s});
        QVERIFY(problems.first().message.contains(u"“X”"_s));
        QVERIFY(problems.first().message.contains(u"“Y”"_s));
        // Both handlers see it at save time; others do not.
        QCOMPARE(kinds(lint(graph, graph.indexOf(u"y"_s))), QStringList{u"loop-without-exit"_s});
        QCOMPARE(lint(graph, graph.indexOf(u"y"_s)).first().node, graph.indexOf(u"y"_s));
        QCOMPARE(lint(graph, graph.indexOf(u"a"_s)).size(), 0);
        // An edge out of the loop is a way out.
        graph.setEdgesFrom(u"y"_s, {keyTo(u"x"_s), keyTo(u"a"_s, u"2"_s)});
        QCOMPARE(lint(graph).size(), 0);
        // So is a handler in it with an exit (a hang-up, a transfer out, …).
        graph.setEdgesFrom(u"y"_s, {keyTo(u"x"_s)});
        y.hasExit = true;
        graph.addNode(y);
        QCOMPARE(lint(graph).size(), 0);
        // A self-loop is a loop; one whose details were not read is not judged.
        Node z = handler(u"z"_s, u"300"_s);
        z.hasExit = false;
        graph.addNode(z);
        graph.setEdgesFrom(u"z"_s, {keyTo(u"z"_s)});
        QCOMPARE(kinds(lint(graph)), QStringList{u"loop-without-exit"_s});
        z.detailsRead = false;
        graph.addNode(z);
        QCOMPARE(lint(graph).size(), 0);
    }

    void enabledToDisabled()
    {
        Graph graph = clean();
        Node a = graph.node(graph.indexOf(u"a"_s));
        a.greetingsOn.clear();
        graph.addNode(a);
        const QList<Problem> problems = lint(graph);
        QCOMPARE(kinds(problems), QStringList{u"enabled-to-disabled"_s});
        QCOMPARE(graph.node(problems.first().node).objectId, u"og"_s);
        QCOMPARE(problems.first().site, (Site{EdgeSite::MenuKey, u"1"_s}));
        QCOMPARE(problems.first().targetId, u"a"_s);
        // Not when the path itself is off (its greeting is off now), nor when a's details are
        // unknown.
        graph.setEdgesFrom(
            u"og"_s, {{u"a"_s, EdgeSite::AfterGreeting, u"Alternate"_s, u"PHGreeting"_s, false},
                      keyTo(u"b"_s, u"2"_s)});
        QCOMPARE(lint(graph).size(), 0);
        graph.setEdgesFrom(u"og"_s, {keyTo(u"a"_s, u"1"_s), keyTo(u"b"_s, u"2"_s)});
        a.detailsRead = false;
        graph.addNode(a);
        QCOMPARE(lint(graph).size(), 0);
    }

    void gotoWithoutTarget()
    {
        Graph graph = clean();
        Node a = graph.node(graph.indexOf(u"a"_s));
        a.noTarget = {{EdgeSite::MenuKey, u"4"_s}, {EdgeSite::AfterGreeting, u"Busy"_s}};
        graph.addNode(a);
        const QList<Problem> problems = lint(graph);
        QCOMPARE(kinds(problems),
                 (QStringList{u"goto-without-target"_s, u"goto-without-target"_s}));
        QCOMPARE(problems[0].site, (Site{EdgeSite::MenuKey, u"4"_s}));
        QVERIFY(problems[1].message.contains(u"Busy"_s));
    }

    void messageToNoRecipient()
    {
        Graph graph = clean();
        Node og = graph.node(graph.indexOf(u"og"_s));
        og.hasRecipient = false;
        graph.addNode(og);
        const QList<Problem> problems = lint(graph);
        QCOMPARE(kinds(problems), QStringList{u"message-to-no-recipient"_s});
        QCOMPARE(graph.node(problems.first().node).objectId, u"b"_s);
        QCOMPARE(problems.first().site, (Site{EdgeSite::AfterMessage, {}}));
        QCOMPARE(problems.first().targetId, u"og"_s);
        // A key to it is not an after-message action.
        graph.setEdgesFrom(u"b"_s, {keyTo(u"og"_s)});
        QCOMPARE(lint(graph).size(), 0);
    }

    void expiredGreeting()
    {
        Graph graph = clean();
        Node a = graph.node(graph.indexOf(u"a"_s));
        a.greetingsExpired = QStringList{u"Holiday"_s, u"Busy"_s, u"Alternate"_s};
        graph.addNode(a);
        const QList<Problem> problems = lint(graph);
        QCOMPARE(kinds(problems), (QStringList{u"expired-greeting"_s, u"expired-greeting"_s}));
        QCOMPARE(problems[0].site, (Site{EdgeSite::AfterGreeting, u"Holiday"_s}));
        QCOMPARE(problems[1].site, (Site{EdgeSite::AfterGreeting, u"Alternate"_s}));
    }

    void extensionClash()
    {
        Graph graph = clean();
        Node c = handler(u"c"_s, u"101"_s); // a's extension, same (empty) partition
        graph.addNode(c);
        Node d = handler(u"d"_s, u"101"_s);
        d.partitionId = u"other"_s;
        graph.addNode(d);
        Node e = handler(u"e"_s, u"100"_s);
        e.tenantId = u"tenant-2"_s; // og's extension, another tenant
        graph.addNode(e);
        graph.setEdgesFrom(u"og"_s,
                           {keyTo(u"a"_s, u"1"_s), keyTo(u"b"_s, u"2"_s), keyTo(u"c"_s, u"3"_s),
                            keyTo(u"d"_s, u"4"_s), keyTo(u"e"_s, u"5"_s)});
        const QList<Problem> problems = lint(graph);
        QCOMPARE(kinds(problems), (QStringList{u"extension-clash"_s, u"extension-clash"_s}));
        QCOMPARE(graph.node(problems[0].node).objectId, u"a"_s);
        QCOMPARE(problems[0].targetId, u"c"_s);
        QCOMPARE(graph.node(problems[1].node).objectId, u"c"_s);
        QCOMPARE(problems[1].targetId, u"a"_s);
        QCOMPARE(kinds(lint(graph, graph.indexOf(u"c"_s))), QStringList{u"extension-clash"_s});
        QCOMPARE(lint(graph, graph.indexOf(u"d"_s)).size(), 0);
    }

    void perHandler()
    {
        Graph graph = clean();
        graph.setEdgesFrom(u"a"_s, {keyTo(u"deleted-id"_s, u"3"_s)});
        graph.addNode(handler(u"lost"_s));
        QCOMPARE(kinds(lint(graph)), (QStringList{u"dangling-target"_s, u"unreachable"_s}));
        QCOMPARE(kinds(lint(graph, graph.indexOf(u"a"_s))), QStringList{u"dangling-target"_s});
        QCOMPARE(kinds(lint(graph, graph.indexOf(u"lost"_s))), QStringList{u"unreachable"_s});
        QCOMPARE(lint(graph, graph.indexOf(u"og"_s)).size(), 0);
        QCOMPARE(lint(graph, -1).size(), 0);
        QCOMPARE(lint(graph, 999).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFlowLint)
#include "tst_flowlint.moc"
