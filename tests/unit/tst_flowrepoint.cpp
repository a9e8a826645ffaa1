// SPDX-License-Identifier: GPL-3.0-or-later
// Re-pointing's plan (core/flow/repoint.h) on a hand-made graph: one change per referrer with
// its path, body root, fields before and after and its preview line; the conversation following
// the new target's kind; refusals; and the graph after the plan was written (applyRepoint).
// Writing it against a server is tests/e2e/tst_flowrepoint.cpp.
#include "core/fieldnames.h"
#include "core/flow/repoint.h"
#include "core/resources.h"

#include <QTest>

using namespace HandlerDesk::Core;
using namespace HandlerDesk::Core::Flow;
using namespace Qt::Literals::StringLiterals;

namespace {

Node node(const QString &id, const QString &name, NodeKind kind)
{
    Node n;
    n.objectId = id;
    n.name = name;
    n.kind = kind;
    return n;
}

EdgeSpec edge(const QString &target, EdgeSite site, const QString &detail,
              const QString &conversation, bool enabled = true)
{
    EdgeSpec spec;
    spec.targetId = target;
    spec.site = site;
    spec.detail = detail;
    spec.conversation = conversation;
    spec.enabled = enabled;
    return spec;
}

// Sales (s) sends key 3 (PHGreeting) and its after-message action (PHTransfer) to Support (f),
// key 4 to Billing (b); Billing's Off Hours greeting (off now) goes to Support; the routing
// rule (r) routes to Support; key 5 of Sales goes to a deleted object (gone); key 6 to the
// sign-in conversation. Also a directory handler (d), an interview handler (i) and a user's
// primary handler (p).
Graph sample()
{
    Graph g;
    g.addNode(node(u"s"_s, u"Sales"_s, NodeKind::CallHandler));
    g.addNode(node(u"f"_s, u"Support"_s, NodeKind::CallHandler));
    g.addNode(node(u"b"_s, u"Billing"_s, NodeKind::CallHandler));
    g.addNode(node(u"d"_s, u"Company Directory"_s, NodeKind::DirectoryHandler));
    g.addNode(node(u"i"_s, u"Survey"_s, NodeKind::InterviewHandler));
    g.addNode(node(u"p"_s, u"Alice Anderson"_s, NodeKind::PrimaryHandler));
    g.addNode(node(u"r"_s, u"Opening Greeting rule"_s, NodeKind::RoutingRule));
    g.setEdgesFrom(u"s"_s, {edge(u"f"_s, EdgeSite::MenuKey, u"3"_s, u"PHGreeting"_s),
                            edge(u"b"_s, EdgeSite::MenuKey, u"4"_s, u"PHTransfer"_s),
                            edge(u"gone"_s, EdgeSite::MenuKey, u"5"_s, u"PHTransfer"_s),
                            edge(u"conv:SubSignIn"_s, EdgeSite::MenuKey, u"6"_s, u"SubSignIn"_s),
                            edge(u"f"_s, EdgeSite::AfterMessage, {}, u"PHTransfer"_s)});
    g.setEdgesFrom(u"b"_s,
                   {edge(u"f"_s, EdgeSite::AfterGreeting, u"Off Hours"_s, u"PHTransfer"_s, false)});
    g.setEdgesFrom(u"r"_s, {edge(u"f"_s, EdgeSite::RoutingRule, {}, u"PHTransfer"_s)});
    return g;
}

const RepointChange *changeAt(const RepointPlan &plan, EdgeSite site, const QString &detail)
{
    for (const RepointChange &change : plan.changes) {
        if (change.site == site && change.detail == detail)
            return &change;
    }
    return nullptr;
}

// Who points to `id`: "source:site:detail:conversation", sorted.
QStringList referrers(const Graph &graph, const QString &id)
{
    QStringList result;
    for (const int e : graph.referrersOf(graph.indexOf(id))) {
        const Edge &edge = graph.edge(e);
        result << u"%1:%2:%3:%4"_s.arg(graph.node(edge.from).objectId)
                      .arg(int(edge.site))
                      .arg(edge.detail, edge.conversation);
    }
    result.sort();
    return result;
}

} // namespace

class TestFlowRepoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planHasOneChangePerReferrer()
    {
        const Graph graph = sample();
        const Result<RepointPlan> plan = planRepoint(graph, u"f"_s, u"b"_s);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().fromName, u"Support"_s);
        QCOMPARE(plan.value().toName, u"Billing"_s);
        QCOMPARE(plan.value().changes.size(), 4);

        const RepointChange *key = changeAt(plan.value(), EdgeSite::MenuKey, u"3"_s);
        QVERIFY(key);
        QCOMPARE(key->objectId, u"s"_s);
        QCOMPARE(key->path, Resources::menuEntry(u"s"_s, u"3"_s));
        QCOMPARE(key->root, QString(Resources::Root::MenuEntry));
        QCOMPARE(key->before.value(Field::Action), u"2"_s);
        QCOMPARE(key->before.value(Field::TargetConversation), u"PHGreeting"_s);
        QCOMPARE(key->before.value(Field::TargetHandlerObjectId), u"f"_s);
        QCOMPARE(key->after.value(Field::Action), u"2"_s);
        QCOMPARE(key->after.value(Field::TargetConversation), u"PHGreeting"_s); // kept
        QCOMPARE(key->after.value(Field::TargetHandlerObjectId), u"b"_s);
        QCOMPARE(key->after.size(), 3);
        QCOMPARE(key->line, u"Sales › key 3: Support → Billing"_s);

        const RepointChange *after = changeAt(plan.value(), EdgeSite::AfterMessage, {});
        QVERIFY(after);
        QCOMPARE(after->path, Resources::callHandler(u"s"_s));
        QCOMPARE(after->root, QString(Resources::Root::CallHandler));
        QCOMPARE(after->after.value(Field::AfterMessageAction), u"2"_s);
        QCOMPARE(after->after.value(Field::AfterMessageTargetConversation), u"PHTransfer"_s);
        QCOMPARE(after->after.value(Field::AfterMessageTargetHandlerObjectId), u"b"_s);
        QCOMPARE(after->line, u"Sales › after message: Support → Billing"_s);

        // A greeting that is off now is re-pointed too: it may be on tomorrow.
        const RepointChange *greeting =
            changeAt(plan.value(), EdgeSite::AfterGreeting, u"Off Hours"_s);
        QVERIFY(greeting);
        QCOMPARE(greeting->path, Resources::greeting(u"b"_s, u"Off Hours"_s));
        QVERIFY(greeting->path.contains(u"Off%20Hours"_s));
        QCOMPARE(greeting->root, QString(Resources::Root::Greeting));
        QCOMPARE(greeting->after.value(Field::AfterGreetingTargetHandlerObjectId), u"b"_s);
        QCOMPARE(greeting->line, u"Billing › Off Hours greeting: Support → Billing"_s);

        const RepointChange *rule = changeAt(plan.value(), EdgeSite::RoutingRule, {});
        QVERIFY(rule);
        QCOMPARE(rule->objectKind, NodeKind::RoutingRule);
        QCOMPARE(rule->path, Resources::routingRule(u"r"_s));
        QCOMPARE(rule->root, QString(Resources::Root::RoutingRule));
        QCOMPARE(rule->before.value(Field::RouteTargetHandlerObjectId), u"f"_s);
        QCOMPARE(rule->after.value(Field::RouteAction), u"2"_s);
        QCOMPARE(rule->after.value(Field::RouteTargetConversation), u"PHTransfer"_s);
        QCOMPARE(rule->after.value(Field::RouteTargetHandlerObjectId), u"b"_s);
    }

    void conversationFollowsTheTarget_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("keyConversation");  // key 3 had PHGreeting
        QTest::addColumn<QString>("ruleConversation"); // the rule had PHTransfer
        QTest::newRow("call handler") << u"b"_s << u"PHGreeting"_s << u"PHTransfer"_s;
        QTest::newRow("user's handler") << u"p"_s << u"PHGreeting"_s << u"PHTransfer"_s;
        QTest::newRow("directory handler") << u"d"_s << u"AD"_s << u"AD"_s;
        QTest::newRow("interview handler") << u"i"_s << u"PHInterview"_s << u"PHInterview"_s;
    }
    void conversationFollowsTheTarget()
    {
        QFETCH(QString, to);
        QFETCH(QString, keyConversation);
        QFETCH(QString, ruleConversation);
        const Result<RepointPlan> plan = planRepoint(sample(), u"f"_s, to);
        QVERIFY(plan.ok());
        QCOMPARE(changeAt(plan.value(), EdgeSite::MenuKey, u"3"_s)
                     ->after.value(Field::TargetConversation),
                 keyConversation);
        QCOMPARE(changeAt(plan.value(), EdgeSite::RoutingRule, {})
                     ->after.value(Field::RouteTargetConversation),
                 ruleConversation);
    }

    void fromADirectoryHandlerToACallHandler()
    {
        // A referrer with AD gets a call handler's conversation, not AD.
        Graph graph = sample();
        graph.setEdgesFrom(u"b"_s, {edge(u"d"_s, EdgeSite::MenuKey, u"9"_s, u"AD"_s)});
        const Result<RepointPlan> plan = planRepoint(graph, u"d"_s, u"s"_s);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().changes.size(), 1);
        QCOMPARE(plan.value().changes[0].before.value(Field::TargetConversation), u"AD"_s);
        QCOMPARE(plan.value().changes[0].after.value(Field::TargetConversation), u"PHTransfer"_s);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("itself") << u"f"_s << u"f"_s << u"to itself"_s;
        QTest::newRow("itself, other case") << u"f"_s << u"F"_s << u"to itself"_s;
        QTest::newRow("nothing") << u"f"_s << QString() << u"needs a target"_s;
        QTest::newRow("missing") << u"f"_s << u"gone"_s << u"does not exist"_s;
        QTest::newRow("unknown") << u"f"_s << u"nowhere"_s << u"does not exist"_s;
        QTest::newRow("a routing rule") << u"f"_s << u"r"_s << u"cannot be the target"_s;
        QTest::newRow("a conversation") << u"f"_s << u"conv:SubSignIn"_s << u"cannot be the"_s;
        QTest::newRow("unknown source") << u"nowhere"_s << u"b"_s << u"not in the call-flow"_s;
        QTest::newRow("no source") << QString() << u"b"_s << u"not in the call-flow"_s;
    }
    void refused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        const Result<RepointPlan> plan = planRepoint(sample(), from, to);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind(), CupiError::Kind::Usage);
        QVERIFY2(plan.error().message().contains(message), qPrintable(plan.error().message()));
    }

    void nothingPointsThere()
    {
        const Result<RepointPlan> plan = planRepoint(sample(), u"i"_s, u"b"_s);
        QVERIFY(plan.ok());
        QVERIFY(plan.value().changes.isEmpty());
    }

    void danglingTargetIsRepointed()
    {
        Graph graph = sample();
        const Result<RepointPlan> plan = planRepoint(graph, u"gone"_s, u"b"_s);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().changes.size(), 1);
        QCOMPARE(plan.value().changes[0].line, u"Sales › key 5: missing object gone → Billing"_s);
        applyRepoint(graph, plan.value());
        QCOMPARE(graph.indexOf(u"gone"_s), -1); // nothing points to it: the Missing node goes
        QCOMPARE(referrers(graph, u"b"_s),
                 QStringList({u"s:2:4:PHTransfer"_s, u"s:2:5:PHTransfer"_s}));
    }

    void conversationSourceHasNoTarget()
    {
        const Result<RepointPlan> plan = planRepoint(sample(), u"conv:SubSignIn"_s, u"d"_s);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().changes.size(), 1);
        const RepointChange &change = plan.value().changes[0];
        QCOMPARE(change.before.value(Field::TargetConversation), u"SubSignIn"_s);
        QVERIFY(change.before.value(Field::TargetHandlerObjectId).isEmpty());
        QCOMPARE(change.after.value(Field::TargetConversation), u"AD"_s);
        QCOMPARE(change.after.value(Field::TargetHandlerObjectId), u"d"_s);
        QCOMPARE(change.line, u"Sales › key 6: SubSignIn → Company Directory"_s);
    }

    void applyMovesOnlyThePlannedEdges()
    {
        Graph graph = sample();
        const Result<RepointPlan> plan = planRepoint(graph, u"f"_s, u"d"_s);
        QVERIFY(plan.ok());
        const int edges = graph.edgeCount();
        applyRepoint(graph, plan.value());
        QCOMPARE(graph.edgeCount(), edges);
        QVERIFY(graph.referrersOf(graph.indexOf(u"f"_s)).isEmpty());
        QCOMPARE(referrers(graph, u"d"_s),
                 QStringList({u"b:1:Off Hours:AD"_s, u"r:3::AD"_s, u"s:0::AD"_s, u"s:2:3:AD"_s}));
        // The rest stays as it was: key 4 to Billing, the dangling key 5, the greeting still off.
        QCOMPARE(referrers(graph, u"b"_s), QStringList({u"s:2:4:PHTransfer"_s}));
        QCOMPARE(graph.referrersOf(graph.indexOf(u"gone"_s)).size(), 1);
        for (const int e : graph.targetsOf(graph.indexOf(u"b"_s)))
            QVERIFY(!graph.edge(e).enabled);
        // The graph answers the same plan with nothing left to do.
        QVERIFY(planRepoint(graph, u"f"_s, u"d"_s).value().changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlowRepoint)
#include "tst_flowrepoint.moc"
