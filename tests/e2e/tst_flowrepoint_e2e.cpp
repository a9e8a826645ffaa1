// SPDX-License-Identifier: GPL-3.0-or-later
// RepointRun (core/flow/repoint.h) against a real cupi-sim: handlers of the test's own whose keys,
// greeting and after-message action go to one handler are re-pointed to another and read back
// (XML and JSON); a refused middle PUT puts back what was written, and the server is as before;
// a referrer changed behind the graph's back stops the run before anything is written; a routing
// rule's route is re-pointed too.
#include "tst_models_sim.h"

#include "core/fieldnames.h"
#include "core/flow/callflowgraph.h"
#include "core/flow/repoint.h"

#include <QUuid>

using namespace HandlerDesk::Core;
using namespace HandlerDesk::Core::Flow;
using namespace HandlerDesk::Test;

namespace {

// The scratch handlers of one case: `menu` sends keys 1 and 2 to `old`, `other` sends its
// after-message action and its Standard greeting to `old`; `target` is where they go next.
struct Scene
{
    QString menu, other, old, target;
};

Node handlerNode(const QString &id, const QString &name)
{
    Node node;
    node.objectId = id;
    node.name = name;
    node.kind = NodeKind::CallHandler;
    return node;
}

EdgeSpec edgeTo(const QString &target, EdgeSite site, const QString &detail,
                const QString &conversation)
{
    EdgeSpec spec;
    spec.targetId = target;
    spec.site = site;
    spec.detail = detail;
    spec.conversation = conversation;
    return spec;
}

// The graph as a builder would read the scene.
Graph graphOf(const Scene &s)
{
    Graph graph;
    graph.addNode(handlerNode(s.menu, u"Repoint menu"_s));
    graph.addNode(handlerNode(s.other, u"Repoint other"_s));
    graph.addNode(handlerNode(s.old, u"Repoint old"_s));
    graph.addNode(handlerNode(s.target, u"Repoint target"_s));
    graph.setEdgesFrom(s.menu, {edgeTo(s.old, EdgeSite::MenuKey, u"1"_s, u"PHGreeting"_s),
                                edgeTo(s.old, EdgeSite::MenuKey, u"2"_s, u"PHTransfer"_s)});
    graph.setEdgesFrom(s.other,
                       {edgeTo(s.old, EdgeSite::AfterMessage, {}, u"PHTransfer"_s),
                        edgeTo(s.old, EdgeSite::AfterGreeting, u"Standard"_s, u"PHTransfer"_s)});
    return graph;
}

CupiObject goTo(QStringView action, QStringView conversation, QStringView target,
                const QString &conv, const QString &id)
{
    CupiObject body;
    body.set(action.toString(), u"2"_s);
    body.set(conversation.toString(), conv);
    body.set(target.toString(), id);
    return body;
}

} // namespace

class TestFlowRepointE2e : public QObject
{
    Q_OBJECT

    CupiSim m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CupiClient> m_checker;
    int m_scenes = 0;

    bool put(const QString &path, const CupiObject &body, const QString &root)
    {
        std::unique_ptr<WriteJob> job(m_checker->put(path, body, root));
        return waitFor(job.get()) && job->ok();
    }

    // Four new handlers wired as Scene says; empty ids on failure.
    Scene makeScene()
    {
        const QString n = QString::number(++m_scenes);
        Scene s{createScratchHandler(m_checker.get(), u"Repoint menu "_s + n),
                createScratchHandler(m_checker.get(), u"Repoint other "_s + n),
                createScratchHandler(m_checker.get(), u"Repoint old "_s + n),
                createScratchHandler(m_checker.get(), u"Repoint target "_s + n)};
        const bool wired =
            !s.target.isEmpty() &&
            put(Resources::menuEntry(s.menu, u"1"_s),
                goTo(Field::Action, Field::TargetConversation, Field::TargetHandlerObjectId,
                     u"PHGreeting"_s, s.old),
                Resources::Root::MenuEntry) &&
            put(Resources::menuEntry(s.menu, u"2"_s),
                goTo(Field::Action, Field::TargetConversation, Field::TargetHandlerObjectId,
                     u"PHTransfer"_s, s.old),
                Resources::Root::MenuEntry) &&
            put(Resources::callHandler(s.other),
                goTo(Field::AfterMessageAction, Field::AfterMessageTargetConversation,
                     Field::AfterMessageTargetHandlerObjectId, u"PHTransfer"_s, s.old),
                Resources::Root::CallHandler) &&
            put(Resources::greeting(s.other, u"Standard"_s),
                goTo(Field::AfterGreetingAction, Field::AfterGreetingTargetConversation,
                     Field::AfterGreetingTargetHandlerObjectId, u"PHTransfer"_s, s.old),
                Resources::Root::Greeting);
        return wired ? s : Scene{};
    }

    // Where each of the scene's four actions goes on the server now: "key1 key2 message greeting"
    // as "conversation:target" words.
    QStringList serverTargets(const Scene &s)
    {
        const CupiObject key1 = fetch(m_checker.get(), Resources::menuEntry(s.menu, u"1"_s));
        const CupiObject key2 = fetch(m_checker.get(), Resources::menuEntry(s.menu, u"2"_s));
        const CupiObject handler = fetch(m_checker.get(), Resources::callHandler(s.other));
        const CupiObject greeting =
            fetch(m_checker.get(), Resources::greeting(s.other, u"Standard"_s));
        const auto word = [](const CupiObject &o, QStringView action, QStringView conversation,
                             QStringView target) {
            return o.value(action) + u':' + o.value(conversation) + u':' + o.value(target);
        };
        return {word(key1, Field::Action, Field::TargetConversation, Field::TargetHandlerObjectId),
                word(key2, Field::Action, Field::TargetConversation, Field::TargetHandlerObjectId),
                word(handler, Field::AfterMessageAction, Field::AfterMessageTargetConversation,
                     Field::AfterMessageTargetHandlerObjectId),
                word(greeting, Field::AfterGreetingAction, Field::AfterGreetingTargetConversation,
                     Field::AfterGreetingTargetHandlerObjectId)};
    }

    static QStringList expected(const QString &key1Conversation, const QString &id)
    {
        return {u"2:"_s + key1Conversation + u':' + id, u"2:PHTransfer:"_s + id,
                u"2:PHTransfer:"_s + id, u"2:PHTransfer:"_s + id};
    }

    // Runs `plan` with `client` (and `graph`), waiting for its one finished().
    static bool runPlan(RepointRun &run)
    {
        QSignalSpy finished(&run, &RepointRun::finished);
        run.start();
        if (!finished.isEmpty())
            return false; // never synchronously from start()
        return finished.wait(60000) && finished.size() == 1 && !finished.wait(200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.start());
        m_checker = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
    }

    void repointsEveryReferrer_data() { addWireData(); }
    void repointsEveryReferrer()
    {
        QFETCH(WireFormat, wire);
        const Scene s = makeScene();
        QVERIFY(!s.target.isEmpty());
        QCOMPARE(serverTargets(s), expected(u"PHGreeting"_s, s.old));
        Graph graph = graphOf(s);
        const Result<RepointPlan> plan = planRepoint(graph, s.old, s.target);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().changes.size(), 4);

        const auto client = m_sim.makeClient(&m_nam, wire, m_sim.admin());
        RepointRun run(client.get(), plan.value());
        run.setGraph(&graph);
        QSignalSpy progress(&run, &RepointRun::progress);
        QVERIFY(runPlan(run));
        QVERIFY2(!run.outcome().error, qPrintable(run.outcome().message));
        QCOMPARE(run.outcome().written, QList<int>({0, 1, 2, 3}));
        QVERIFY(run.outcome().putBack.isEmpty());
        QCOMPARE(progress.size(), 8); // four checks, four writes
        QVERIFY(run.outcome().message.contains(u"Repoint target"_s));

        QCOMPARE(serverTargets(s), expected(u"PHGreeting"_s, s.target));
        // The graph follows.
        QVERIFY(graph.referrersOf(graph.indexOf(s.old)).isEmpty());
        QCOMPARE(graph.referrersOf(graph.indexOf(s.target)).size(), 4);
    }

    // The second write names a target the server does not have: it is refused (400), the first
    // is put back, the last two are never sent, and the server has what it had.
    void refusedMiddleWriteIsPutBack()
    {
        const Scene s = makeScene();
        QVERIFY(!s.target.isEmpty());
        Graph graph = graphOf(s);
        Result<RepointPlan> plan = planRepoint(graph, s.old, s.target);
        QVERIFY(plan.ok());
        RepointPlan bad = plan.value();
        const QString nowhere = QUuid::createUuid().toString(QUuid::WithoutBraces);
        bad.changes[1].after.set(Field::TargetHandlerObjectId.toString(), nowhere);

        RepointRun run(m_checker.get(), bad);
        run.setGraph(&graph);
        QVERIFY(runPlan(run));
        const RepointRun::Outcome &outcome = run.outcome();
        QCOMPARE(outcome.stage, RepointRun::Stage::Write);
        QCOMPARE(outcome.error.kind(), CupiError::Kind::Validation);
        QCOMPARE(outcome.error.httpStatus(), 400);
        QCOMPARE(outcome.failedChange, 1);
        QCOMPARE(outcome.putBack, QList<int>({0}));
        QVERIFY(outcome.notPutBack.isEmpty());
        QVERIFY(outcome.written.isEmpty());
        QVERIFY2(outcome.message.contains(u"Repoint menu › key 2 was refused"_s),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"does not exist. Put back: Repoint menu › key 1."_s),
                 qPrintable(outcome.message));

        QCOMPARE(serverTargets(s), expected(u"PHGreeting"_s, s.old));
        // The graph is left as it was.
        QCOMPARE(graph.referrersOf(graph.indexOf(s.old)).size(), 4);
    }

    // A referrer that no longer points to FROM (someone changed it since the graph was read):
    // nothing is written.
    void changedReferrerStopsBeforeWriting()
    {
        const Scene s = makeScene();
        QVERIFY(!s.target.isEmpty());
        Graph graph = graphOf(s);
        const Result<RepointPlan> plan = planRepoint(graph, s.old, s.target);
        QVERIFY(plan.ok());
        QVERIFY(put(Resources::callHandler(s.other),
                    goTo(Field::AfterMessageAction, Field::AfterMessageTargetConversation,
                         Field::AfterMessageTargetHandlerObjectId, u"PHTransfer"_s, s.menu),
                    Resources::Root::CallHandler));

        RepointRun run(m_checker.get(), plan.value());
        QVERIFY(runPlan(run));
        QCOMPARE(run.outcome().stage, RepointRun::Stage::Check);
        QCOMPARE(run.outcome().error.kind(), CupiError::Kind::Conflict);
        QVERIFY(run.outcome().written.isEmpty());
        QVERIFY(run.outcome().putBack.isEmpty());
        QVERIFY2(run.outcome().message.contains(u"Nothing was changed"_s),
                 qPrintable(run.outcome().message));
        QStringList now = expected(u"PHGreeting"_s, s.old);
        now[2] = u"2:PHTransfer:"_s + s.menu;
        QCOMPARE(serverTargets(s), now);
    }

    // A routing rule's route (the simulator's "Sales Line" rule, to the first main menu).
    void repointsARoutingRule()
    {
        QString rule;
        QString menu;
        QString conversation;
        for (const CupiObject &r : fetchList(m_checker.get(), Resources::routingRules(),
                                             QString(Resources::Item::RoutingRule))) {
            if (r.displayName() == u"Sales Line"_s) {
                rule = r.objectId();
                menu = r.value(Field::RouteTargetHandlerObjectId);
                conversation = r.value(Field::RouteTargetConversation);
            }
        }
        QVERIFY(!rule.isEmpty() && !menu.isEmpty());
        const QString target = createScratchHandler(m_checker.get(), u"Repoint rule target"_s);
        QVERIFY(!target.isEmpty());
        Graph graph;
        Node ruleNode;
        ruleNode.objectId = rule;
        ruleNode.name = u"Sales Line"_s;
        ruleNode.kind = NodeKind::RoutingRule;
        graph.addNode(ruleNode);
        graph.addNode(handlerNode(menu, u"Sales Main Menu"_s));
        graph.addNode(handlerNode(target, u"Repoint rule target"_s));
        graph.setEdgesFrom(rule, {edgeTo(menu, EdgeSite::RoutingRule, {}, conversation)});
        const Result<RepointPlan> plan = planRepoint(graph, menu, target);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().changes.size(), 1);
        QCOMPARE(plan.value().changes[0].line,
                 u"Sales Line › rule: Sales Main Menu → Repoint rule target"_s);

        RepointRun run(m_checker.get(), plan.value());
        QVERIFY(runPlan(run));
        QVERIFY2(!run.outcome().error, qPrintable(run.outcome().message));
        const CupiObject now = fetch(m_checker.get(), Resources::routingRule(rule));
        QCOMPARE(now.value(Field::RouteAction), u"2"_s);
        QCOMPARE(now.value(Field::RouteTargetConversation), conversation); // a call handler's
        QCOMPARE(now.value(Field::RouteTargetHandlerObjectId), target);
        QCOMPARE(now.value(u"RouteTargetHandlerDisplayName"), u"Repoint rule target"_s);
    }

    // Without a client: one finished(), with an error, and nothing written.
    void noClientFailsOnce()
    {
        const Scene s = makeScene();
        QVERIFY(!s.target.isEmpty());
        const Result<RepointPlan> plan = planRepoint(graphOf(s), s.old, s.target);
        QVERIFY(plan.ok());
        RepointRun run(nullptr, plan.value());
        QVERIFY(runPlan(run));
        QCOMPARE(run.outcome().stage, RepointRun::Stage::Check);
        QCOMPARE(run.outcome().error.kind(), CupiError::Kind::Usage);
        QCOMPARE(serverTargets(s), expected(u"PHGreeting"_s, s.old));
    }

    void emptyPlanFinishesOnce()
    {
        RepointRun run(m_checker.get(), RepointPlan());
        QVERIFY(runPlan(run));
        QVERIFY(!run.outcome().error);
    }
};

QTEST_GUILESS_MAIN(TestFlowRepointE2e)
#include "tst_flowrepoint_e2e.moc"
