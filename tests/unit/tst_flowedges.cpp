// SPDX-License-Identifier: GPL-3.0-or-later
// Nodes and edges of the call-flow graph from CUPI objects (core/flow/callflowedges.cpp): call
// actions to targets, greetings on and expired at a given time, exits, Go-tos with no target,
// routing rules and their state.
#include "core/cupiobject.h"
#include "core/flow/callflowgraph.h"

#include <QTest>

using namespace HandlerDesk::Core;
using namespace HandlerDesk::Core::Flow;
using namespace Qt::Literals::StringLiterals;

namespace {

CupiObject object(const QList<std::pair<QString, QString>> &fields)
{
    CupiObject o;
    for (const auto &[key, value] : fields)
        o.set(key, value);
    return o;
}

CupiObject greeting(const QString &type, const QString &enabled, const QString &expires,
                    const QString &action, const QString &conversation = {},
                    const QString &target = {})
{
    return object({{u"GreetingType"_s, type},
                   {u"Enabled"_s, enabled},
                   {u"TimeExpires"_s, expires},
                   {u"AfterGreetingAction"_s, action},
                   {u"AfterGreetingTargetConversation"_s, conversation},
                   {u"AfterGreetingTargetHandlerObjectId"_s, target}});
}

CupiObject menuKey(const QString &key, const QString &action, const QString &conversation = {},
                   const QString &target = {})
{
    return object({{u"TouchtoneKey"_s, key},
                   {u"Action"_s, action},
                   {u"TargetConversation"_s, conversation},
                   {u"TargetHandlerObjectId"_s, target}});
}

CupiObject handlerRow(const QString &afterMessage, const QString &conversation = {},
                      const QString &target = {})
{
    return object({{u"ObjectId"_s, u"h1"_s},
                   {u"DisplayName"_s, u"Sales"_s},
                   {u"DtmfAccessId"_s, u"5000"_s},
                   {u"IsPrimary"_s, u"false"_s},
                   {u"TenantObjectId"_s, u"t1"_s},
                   {u"PartitionObjectId"_s, u"p1"_s},
                   {u"Undeletable"_s, u"false"_s},
                   {u"RecipientSubscriberObjectId"_s, {}},
                   {u"RecipientDistributionListObjectId"_s, u"list-1"_s},
                   {u"AfterMessageAction"_s, afterMessage},
                   {u"AfterMessageTargetConversation"_s, conversation},
                   {u"AfterMessageTargetHandlerObjectId"_s, target}});
}

const QDateTime Now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

QString edgeText(const EdgeSpec &e)
{
    static const char *sites[] = {"after-message", "after-greeting", "key", "rule"};
    return u"%1 %2 -> %3 (%4)%5"_s.arg(QLatin1String(sites[int(e.site)]), e.detail, e.targetId,
                                       e.conversation, e.enabled ? QString() : u" off"_s);
}

QStringList edgeTexts(const QList<EdgeSpec> &edges)
{
    QStringList texts;
    for (const EdgeSpec &e : edges)
        texts << edgeText(e).simplified();
    return texts;
}

} // namespace

class TestFlowEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetId_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("conversation");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("transfer") << 2 << u"PHTransfer"_s << u"h2"_s << u"h2"_s;
        QTest::newRow("greeting") << 2 << u"PHGreeting"_s << u"h2"_s << u"h2"_s;
        QTest::newRow("directory") << 2 << u"AD"_s << u"d1"_s << u"d1"_s;
        QTest::newRow("interview") << 2 << u"PHInterview"_s << u"i1"_s << u"i1"_s;
        QTest::newRow("handler, no target") << 2 << u"PHGreeting"_s << QString() << QString();
        QTest::newRow("conversation") << 2 << u"SubSignIn"_s << QString() << u"conv:SubSignIn"_s;
        QTest::newRow("conversation, stray target")
            << 2 << u"SystemTransfer"_s << u"h2"_s << u"conv:SystemTransfer"_s;
        QTest::newRow("unknown conversation, target") << 2 << u"FutureConv"_s << u"x1"_s << u"x1"_s;
        QTest::newRow("unknown conversation")
            << 2 << u"FutureConv"_s << QString() << u"conv:FutureConv"_s;
        QTest::newRow("no conversation") << 2 << QString() << u"h2"_s << QString();
        QTest::newRow("hang up") << 1 << u"PHTransfer"_s << u"h2"_s << QString();
        QTest::newRow("ignore") << 0 << u"PHTransfer"_s << u"h2"_s << QString();
        QTest::newRow("take message") << 4 << QString() << QString() << QString();
        QTest::newRow("unknown action") << 12 << u"PHTransfer"_s << u"h2"_s << QString();
        QTest::newRow("not a number") << -1 << u"PHTransfer"_s << u"h2"_s << QString();
    }
    void targetId()
    {
        QFETCH(int, action);
        QFETCH(QString, conversation);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        QCOMPARE(Flow::targetId(action, conversation, target), expected);
    }

    void handlerNodeFromRow()
    {
        Node node = handlerNode(handlerRow(u"1"_s));
        QCOMPARE(node.objectId, u"h1"_s);
        QCOMPARE(node.name, u"Sales"_s);
        QCOMPARE(node.extension, u"5000"_s);
        QCOMPARE(node.tenantId, u"t1"_s);
        QCOMPARE(node.partitionId, u"p1"_s);
        QCOMPARE(node.kind, NodeKind::CallHandler);
        QVERIFY(!node.undeletable);
        QVERIFY(node.hasRecipient);
        QVERIFY(node.hasExit); // after message: hang up
        QVERIFY(!node.detailsRead);
        QVERIFY(node.noTarget.isEmpty());

        CupiObject primary = handlerRow(u"2"_s, u"PHTransfer"_s);
        primary.set(u"IsPrimary"_s, u"true"_s);
        primary.set(u"RecipientDistributionListObjectId"_s, {});
        node = handlerNode(primary);
        QCOMPARE(node.kind, NodeKind::PrimaryHandler);
        QVERIFY(!node.hasRecipient);
        QVERIFY(!node.hasExit);
        QCOMPARE(node.noTarget, (QList<Site>{{EdgeSite::AfterMessage, {}}}));
        // A conversation that is not a handler is a way out.
        QVERIFY(handlerNode(handlerRow(u"2"_s, u"SubSignIn"_s)).hasExit);
        QVERIFY(!handlerNode(handlerRow(u"4"_s)).hasExit); // take message: not out
    }

    void handlerNodeWithDetails()
    {
        const QList<CupiObject> greetings{
            // Standard cannot be off, whatever Enabled says.
            greeting(u"Standard"_s, u"false"_s, {}, u"2"_s, u"PHGreeting"_s, u"h2"_s),
            greeting(u"Alternate"_s, u"true"_s, {}, u"4"_s),
            greeting(u"Holiday"_s, u"true"_s, u"2026-12-01 00:00:00.0"_s, u"1"_s),
            greeting(u"Off Hours"_s, u"false"_s, u"1972-01-01 00:00:00.0"_s, u"2"_s,
                     u"PHGreeting"_s),
            greeting(u"Busy"_s, u"true"_s, u"2026-12-24 17:00:00.0"_s, u"2"_s, u"AD"_s),
        };
        const QList<CupiObject> keys{menuKey(u"1"_s, u"2"_s, u"PHTransfer"_s, u"h3"_s),
                                     menuKey(u"3"_s, u"2"_s, u"PHGreeting"_s),
                                     menuKey(u"*"_s, u"2"_s, u"SubSignIn"_s),
                                     menuKey(u"9"_s, u"0"_s)};
        const Node node = handlerNode(handlerRow(u"4"_s), greetings, keys, Now);
        QVERIFY(node.detailsRead);
        QCOMPARE(node.greetingsOn, (QStringList{u"Standard"_s, u"Alternate"_s, u"Busy"_s}));
        QCOMPARE(node.greetingsExpired, QStringList{u"Holiday"_s});
        // Key * (sign-in) is a way out; the expired Holiday greeting's hang-up is not.
        QVERIFY(node.hasExit);
        // The on Busy greeting and key 3 go nowhere; the off greeting's Go-to does not count.
        QCOMPARE(node.noTarget,
                 (QList<Site>{{EdgeSite::AfterGreeting, u"Busy"_s}, {EdgeSite::MenuKey, u"3"_s}}));
        const Node closed =
            handlerNode(handlerRow(u"4"_s), {greetings[2]}, {menuKey(u"1"_s, u"0"_s)}, Now);
        QVERIFY(!closed.hasExit);

        QCOMPARE(
            edgeTexts(
                handlerEdges(handlerRow(u"2"_s, u"PHTransfer"_s, u"h9"_s), greetings, keys, Now)),
            (QStringList{u"after-message -> h9 (PHTransfer)"_s,
                         u"after-greeting Standard -> h2 (PHGreeting)"_s,
                         u"key 1 -> h3 (PHTransfer)"_s, u"key * -> conv:SubSignIn (SubSignIn)"_s}));
        // The same greeting with a target, at a time it is off.
        const CupiObject later =
            greeting(u"Busy"_s, u"true"_s, u"2026-12-24 17:00:00.0"_s, u"2"_s, u"AD"_s, u"dir-1"_s);
        QCOMPARE(edgeTexts(handlerEdges(handlerRow(u"4"_s), {later}, {}, Now)),
                 QStringList{u"after-greeting Busy -> dir-1 (AD)"_s});
        QCOMPARE(edgeTexts(handlerEdges(handlerRow(u"4"_s), {later}, {}, Now.addDays(30))),
                 QStringList{u"after-greeting Busy -> dir-1 (AD) off"_s});
        // Unknown action values make no edge (and are not errors).
        QCOMPARE(handlerEdges(handlerRow(u"12"_s, u"PHTransfer"_s, u"h9"_s), {},
                              {menuKey(u"5"_s, u"x"_s, u"PHTransfer"_s, u"h9"_s)}, Now)
                     .size(),
                 0);
    }

    void routingRules()
    {
        CupiObject rule = object({{u"ObjectId"_s, u"r1"_s},
                                  {u"DisplayName"_s, u"Opening Greeting"_s},
                                  {u"State"_s, u"0"_s},
                                  {u"RouteTargetConversation"_s, u"PHTransfer"_s},
                                  {u"RouteTargetHandlerObjectId"_s, u"og"_s},
                                  {u"RouteAction"_s, u"2"_s},
                                  {u"Undeletable"_s, u"true"_s}});
        const Node node = routingRuleNode(rule);
        QCOMPARE(node.kind, NodeKind::RoutingRule);
        QCOMPARE(node.name, u"Opening Greeting"_s);
        QVERIFY(node.undeletable);
        QVERIFY(node.noTarget.isEmpty());
        QCOMPARE(edgeTexts(routingRuleEdges(rule)), QStringList{u"rule -> og (PHTransfer)"_s});
        rule.set(u"State"_s, u"1"_s); // inactive
        QCOMPARE(edgeTexts(routingRuleEdges(rule)), QStringList{u"rule -> og (PHTransfer) off"_s});
        rule.set(u"RouteTargetConversation"_s, u"AttemptSignIn"_s);
        rule.set(u"RouteTargetHandlerObjectId"_s, {});
        QCOMPARE(edgeTexts(routingRuleEdges(rule)),
                 QStringList{u"rule -> conv:AttemptSignIn (AttemptSignIn) off"_s});
        rule.set(u"RouteTargetConversation"_s, u"PHGreeting"_s);
        QCOMPARE(routingRuleEdges(rule).size(), 0);
        QCOMPARE(routingRuleNode(rule).noTarget, (QList<Site>{{EdgeSite::RoutingRule, {}}}));
    }
};

QTEST_GUILESS_MAIN(TestFlowEdges)
#include "tst_flowedges.moc"
