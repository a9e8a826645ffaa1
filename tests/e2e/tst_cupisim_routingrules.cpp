// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of cupi-sim's call routing rules (/vmrest/routingrules and their
// routingruleconditions) in XML and JSON — list, object, paging, query, tenant scope, the
// re-pointing of a rule's target with the rules of a Go to — and the call flow of the generated
// data, read through HTTP as a client would: a way back (a cycle with an exit), a loop with no
// exit, unreachable handlers, a dangling target, an expired alternate greeting and a routing rule
// to a tenant's main menu, for the system and each tenant.
#include "tst_cupisim_fixture.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

namespace {

const QString rulesPath = u"/vmrest/routingrules"_s;
using Item = QMap<QString, QString>;

} // namespace

class TestCupiSimRoutingRules : public CupiSimFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startFixture();
        if (QTest::currentTestFailed())
            return;
        const Doc tenants = parse(m_sim.get(u"/vmrest/tenants"_s, true).body, true);
        QCOMPARE(tenants.total, u"2"_s);
        m_acme = tenants.items.at(0).value(u"ObjectId"_s);
        for (const Item &t : tenants.items)
            m_tenants.append(t.value(u"ObjectId"_s));
    }

    void list_data() { addFormats(); }
    void list()
    {
        QFETCH(bool, json);
        const Reply r = m_sim.get(rulesPath + u"?sort="_s + q(u"(RuleIndex asc)"_s), json);
        QCOMPARE(r.status, 200);
        const Doc d = parse(r.body, json);
        QVERIFY2(d.ok, qPrintable(d.error));
        if (!json)
            QCOMPARE(d.root, u"RoutingRules"_s);
        QCOMPARE(d.itemName, u"RoutingRule"_s);
        QVERIFY(d.allStrings);
        // The three of a fresh server, each tenant's Opening Greeting rule, a sales line each.
        QCOMPARE(d.total, u"8"_s);
        for (qsizetype i = 0; i < d.items.size(); ++i) {
            const Item &rule = d.items.at(i);
            const QString id = rule.value(u"ObjectId"_s);
            QCOMPARE(rule.value(u"RuleIndex"_s), QString::number(i));
            QCOMPARE(rule.value(u"URI"_s), rulesPath + u'/' + id);
            QCOMPARE(rule.value(u"RoutingRuleConditionsURI"_s),
                     rulesPath + u'/' + id + u"/routingruleconditions"_s);
            QCOMPARE(rule.value(u"RouteAction"_s), u"2"_s);
            QCOMPARE(rule.value(u"State"_s), u"0"_s);
            QCOMPARE(rule.value(u"CallType"_s), u"2"_s);
            QCOMPARE(rule.value(u"CallHandlerURI"_s), u"/vmrest/handlers/callhandlers"_s);
            QVERIFY(!rule.value(u"SearchSpaceObjectId"_s).isEmpty());
        }
        // The defaults at the end, in the guide's order; Opening Greeting last.
        const Item forward = d.items.at(5), signIn = d.items.at(6), opening = d.items.at(7);
        QCOMPARE(forward.value(u"DisplayName"_s), u"Attempt Forward"_s);
        QCOMPARE(forward.value(u"Type"_s), u"2"_s);
        QCOMPARE(forward.value(u"RouteTargetConversation"_s), u"AttemptForward"_s);
        QCOMPARE(forward.value(u"RouteTargetHandlerObjectType"_s), u"0"_s);
        QVERIFY(!forward.contains(u"RouteTargetHandlerObjectId"_s));
        QCOMPARE(signIn.value(u"DisplayName"_s), u"Attempt Sign In"_s);
        QCOMPARE(signIn.value(u"Type"_s), u"1"_s);
        QCOMPARE(signIn.value(u"RouteTargetConversation"_s), u"AttemptSignIn"_s);
        QCOMPARE(opening.value(u"DisplayName"_s), u"Opening Greeting"_s);
        QCOMPARE(opening.value(u"Type"_s), u"3"_s);
        QCOMPARE(opening.value(u"RouteTargetConversation"_s), u"PHTransfer"_s);
        QCOMPARE(opening.value(u"RouteTargetHandlerObjectId"_s), m_opening.value(u"ObjectId"_s));
        QCOMPARE(opening.value(u"RouteTargetHandlerDisplayName"_s), u"Opening Greeting"_s);
        QCOMPARE(opening.value(u"RouteTargetHandlerObjectType"_s), u"3"_s);
        for (const Item &rule : {forward, signIn, opening}) {
            QCOMPARE(rule.value(u"Undeletable"_s), u"true"_s);
            QCOMPARE(rule.value(u"Flags"_s), u"3"_s);
            QVERIFY(!rule.contains(u"TenantObjectId"_s));
        }

        // Paging and query.
        Doc page = parse(m_sim.get(rulesPath + u"?rowsPerPage=3&pageNumber=3"_s, json).body, json);
        QCOMPARE(page.total, u"8"_s);
        QCOMPARE(page.items.size(), 2);
        page =
            parse(m_sim.get(rulesPath + u"?query="_s + q(u"(RuleIndex is 7)"_s), json).body, json);
        QCOMPARE(page.total, u"1"_s);
        QCOMPARE(page.items.at(0).value(u"DisplayName"_s), u"Opening Greeting"_s);
        page = parse(
            m_sim.get(rulesPath + u"?query="_s + q(u"(DisplayName startswith Acme)"_s), json).body,
            json);
        QCOMPARE(page.total, u"2"_s);
    }

    void object_data() { addFormats(); }
    void object()
    {
        QFETCH(bool, json);
        const Doc d = parse(m_sim.get(rulesPath, json).body, json);
        for (const Item &rule : d.items) {
            const Reply r = m_sim.get(rulesPath + u'/' + rule.value(u"ObjectId"_s), json);
            QCOMPARE(r.status, 200);
            const Doc one = parse(r.body, json);
            if (!json)
                QCOMPARE(one.root, u"RoutingRule"_s);
            QCOMPARE(one.fields, rule);
        }
        const Reply missing =
            m_sim.get(rulesPath + u"/00000000-0000-4000-8000-000000000000"_s, json);
        QCOMPARE(missing.status, 404);
        QCOMPARE(parse(missing.body, json).fields.value(u"code"_s), u"NOT_FOUND"_s);
    }

    void conditions_data() { addFormats(); }
    void conditions()
    {
        QFETCH(bool, json);
        const Item sales = rule(u"Acme Sales Line"_s);
        const QString path = sales.value(u"RoutingRuleConditionsURI"_s);
        const Doc d = parse(m_sim.get(path, json).body, json);
        QVERIFY2(d.ok, qPrintable(d.error));
        if (!json)
            QCOMPARE(d.root, u"RoutingRuleConditions"_s);
        QCOMPARE(d.itemName, u"RoutingRuleCondition"_s);
        QCOMPARE(d.total, u"2"_s);
        const QList<Item> phones =
            items(u"/vmrest/phonesystems?query="_s + q(u"(TenantObjectId is "_s + m_acme + u')'));
        QCOMPARE(phones.size(), 1);
        QMap<QString, QString> operands; // Parameter → OperandValue
        for (const Item &c : d.items) {
            const QString id = c.value(u"ObjectId"_s);
            QCOMPARE(c.value(u"RoutingRuleObjectId"_s), sales.value(u"ObjectId"_s));
            QCOMPARE(c.value(u"RoutingRuleURI"_s), sales.value(u"URI"_s));
            QCOMPARE(c.value(u"URI"_s), path + u'/' + id);
            QCOMPARE(c.value(u"Operator"_s), u"2"_s); // Equals
            operands.insert(c.value(u"Parameter"_s), c.value(u"OperandValue"_s));
            const Reply one = m_sim.get(path + u'/' + id, json);
            QCOMPARE(one.status, 200);
            QCOMPARE(parse(one.body, json).fields, c);
        }
        QCOMPARE(operands.value(u"2"_s), u"5550101"_s);                      // Dialed Number
        QCOMPARE(operands.value(u"9"_s), phones.at(0).value(u"ObjectId"_s)); // Phone System
        // The defaults have none.
        const Doc none = parse(
            m_sim.get(rule(u"Opening Greeting"_s).value(u"RoutingRuleConditionsURI"_s), json).body,
            json);
        QCOMPARE(none.total, u"0"_s);
    }

    void tenantScope()
    {
        Sim::Options t = Sim::withJson(true);
        t.user = m_sim.accounts.at(1).first; // Acme's administrator
        t.password = m_sim.accounts.at(1).second;
        const Doc mine = parse(m_sim.send("GET", rulesPath, {}, t).body, true);
        QCOMPARE(mine.total, u"2"_s);
        for (const Item &r : mine.items)
            QCOMPARE(r.value(u"TenantObjectId"_s), m_acme);
        const QString system = rule(u"Attempt Sign In"_s).value(u"ObjectId"_s);
        QCOMPARE(m_sim.send("GET", rulesPath + u'/' + system, {}, t).status, 404);
    }

    void putTarget_data() { addFormats(); }
    void putTarget()
    {
        QFETCH(bool, json);
        const Item before = rule(u"Sales Line"_s);
        const QString path = rulesPath + u'/' + before.value(u"ObjectId"_s);
        auto put = [&](const QList<QPair<QString, QString>> &fields) {
            return m_sim.send("PUT", path, body(json, fields, u"RoutingRule"_s), opts(json));
        };
        // To a call handler: the name and kind follow.
        QCOMPARE(put({{u"RouteTargetConversation"_s, u"PHTransfer"_s},
                      {u"RouteTargetHandlerObjectId"_s, m_goodbye.value(u"ObjectId"_s)},
                      {u"RuleIndex"_s, u"0"_s}}) // read-only: ignored
                     .status,
                 204);
        Item now = one(path);
        QCOMPARE(now.value(u"RouteTargetHandlerObjectId"_s), m_goodbye.value(u"ObjectId"_s));
        QCOMPARE(now.value(u"RouteTargetHandlerDisplayName"_s), u"Goodbye"_s);
        QCOMPARE(now.value(u"RouteTargetHandlerObjectType"_s), u"3"_s);
        QCOMPARE(now.value(u"RuleIndex"_s), u"4"_s);
        // To a directory handler (AD): kind 6.
        const QString directory = parse(m_sim
                                            .get(u"/vmrest/handlers/directoryhandlers?query="_s +
                                                     q(u"(DisplayName is Company Directory)"_s),
                                                 true)
                                            .body,
                                        true)
                                      .items.value(0)
                                      .value(u"ObjectId"_s);
        QVERIFY(!directory.isEmpty());
        QCOMPARE(put({{u"RouteTargetConversation"_s, u"AD"_s},
                      {u"RouteTargetHandlerObjectId"_s, directory}})
                     .status,
                 204);
        now = one(path);
        QCOMPARE(now.value(u"RouteTargetHandlerDisplayName"_s), u"Company Directory"_s);
        QCOMPARE(now.value(u"RouteTargetHandlerObjectType"_s), u"6"_s);

        // Refused, and nothing changes: an unknown ObjectId, a target of the wrong kind, an
        // unknown conversation, a Go to without its target.
        const QList<QList<QPair<QString, QString>>> refused = {
            {{u"RouteTargetHandlerObjectId"_s, u"00000000-0000-4000-8000-000000000000"_s}},
            {{u"RouteTargetConversation"_s, u"PHInterview"_s},
             {u"RouteTargetHandlerObjectId"_s, m_goodbye.value(u"ObjectId"_s)}},
            {{u"RouteTargetConversation"_s, u"NoSuchConversation"_s}},
            {{u"RouteTargetConversation"_s, u"PHGreeting"_s},
             {u"RouteTargetHandlerObjectId"_s, QString()}},
        };
        for (const auto &fields : refused) {
            const Reply r = put(fields);
            QCOMPARE(r.status, 400);
            QCOMPARE(parse(r.body, json).fields.value(u"code"_s), u"DATA_EXCEPTION"_s);
            QCOMPARE(one(path), now);
        }
        QCOMPARE(m_sim
                     .send("PUT", rulesPath + u"/00000000-0000-4000-8000-000000000000"_s,
                           body(json, {{u"DisplayName"_s, u"x"_s}}, u"RoutingRule"_s), opts(json))
                     .status,
                 400);
        QCOMPARE(m_sim.send("DELETE", path, {}, opts(json)).status, 405);
        // Back to the main menu, for the tests that follow.
        QCOMPARE(
            put({{u"RouteTargetConversation"_s, u"PHGreeting"_s},
                 {u"RouteTargetHandlerObjectId"_s, before.value(u"RouteTargetHandlerObjectId"_s)}})
                .status,
            204);
        QCOMPARE(one(path), before);
    }

    // A handler a routing rule sends calls to cannot be deleted, as one a key routes to.
    void routedHandlerNotDeletable()
    {
        const QString handler = create(true);
        QVERIFY(!handler.isEmpty());
        const QString path = rulesPath + u'/' + rule(u"Globex Sales Line"_s).value(u"ObjectId"_s);
        const Item before = one(path);
        QCOMPARE(m_sim
                     .send("PUT", path,
                           body(true, {{u"RouteTargetConversation"_s, u"PHGreeting"_s},
                                       {u"RouteTargetHandlerObjectId"_s, handler}}),
                           opts(true))
                     .status,
                 204);
        Reply r = m_sim.send("DELETE", handlers + u'/' + handler, {}, opts(true));
        QCOMPARE(r.status, 400);
        QVERIFY2(parse(r.body, true).fields.value(u"message"_s).contains(u"(routing rule)"_s),
                 r.body.constData());
        // Re-pointed back, it can go.
        QCOMPARE(m_sim
                     .send("PUT", path,
                           body(true, {{u"RouteTargetHandlerObjectId"_s,
                                        before.value(u"RouteTargetHandlerObjectId"_s)}}),
                           opts(true))
                     .status,
                 204);
        QCOMPARE(m_sim.send("DELETE", handlers + u'/' + handler, {}, opts(true)).status, 204);
    }

    void generatedFlow();

    // With more handlers: the tree of main menus and the departments' sub-menus.
    void menuTreeAndSubMenus()
    {
        Sim big({u"--handlers"_s, u"1000"_s, u"--tenants"_s, u"0"_s});
        QString error;
        QVERIFY2(big.start(&error), qPrintable(error));
        auto find = [&big](const QString &name) {
            return parse(big.get(handlers + u"?query="_s + q(u"(DisplayName is "_s + name + u')'),
                                 true)
                             .body,
                         true)
                .items.value(0)
                .value(u"ObjectId"_s);
        };
        auto keys = [&big](const QString &id) {
            QMap<QString, Item> byKey;
            for (const Item &k :
                 parse(big.get(handlers + u'/' + id + u"/menuentries"_s, true).body, true).items)
                byKey.insert(k.value(u"TouchtoneKey"_s), k);
            return byKey;
        };
        const QString sales = find(u"Sales Main Menu"_s), sub = find(u"Sales Directory"_s);
        QVERIFY(!sales.isEmpty() && !sub.isEmpty());
        QCOMPARE(keys(sales).value(u"5"_s).value(u"TargetHandlerObjectId"_s), sub);
        const auto menu = keys(sub);
        QCOMPARE(menu.value(u"9"_s).value(u"TargetHandlerObjectId"_s), sales); // back
        // Main menus 5 and 6 (of the Opening Greeting's first) on keys 7 and 8.
        QCOMPARE(menu.value(u"7"_s).value(u"TargetHandlerObjectId"_s),
                 find(u"Human Resources Main Menu"_s));
        QCOMPARE(menu.value(u"8"_s).value(u"TargetHandlerObjectId"_s),
                 find(u"Shipping Main Menu"_s));
        const QStringList purposes = {u"Overflow"_s,  u"Spanish Menu"_s,     u"Emergency"_s,
                                      u"Info Line"_s, u"Callback Request"_s, u"Closed Message"_s};
        int toDepartment = 0;
        for (int k = 1; k <= 6; ++k) {
            const Item key = menu.value(QString::number(k));
            toDepartment +=
                key.value(u"Action"_s) == u"2"_s && key.value(u"TargetHandlerObjectId"_s) ==
                                                        find(u"Sales "_s + purposes.at(k - 1))
                    ? 1
                    : 0;
        }
        QVERIFY2(toDepartment >= 5, qPrintable(QString::number(toDepartment)));
        big.stop();
    }

private:
    Item rule(const QString &name)
    {
        return parse(
                   m_sim
                       .get(rulesPath + u"?query="_s + q(u"(DisplayName is "_s + name + u')'), true)
                       .body,
                   true)
            .items.value(0);
    }
    QList<Item> items(const QString &path) { return parse(m_sim.get(path, true).body, true).items; }

    QString m_acme;
    QStringList m_tenants;
};

// Every edge of the call flow read through HTTP (keys, greetings, after-message actions), then
// the promised features per owner (the system and each tenant).
void TestCupiSimRoutingRules::generatedFlow()
{
    struct Node
    {
        Item handler;
        QList<QString> targets; // Go to targets (any kind)
        bool exit = false;      // an action that leaves the handler other than a Go to
        QString standardTarget; // the Standard greeting's Go to
    };
    QHash<QString, Node> nodes;
    for (const Item &h : items(handlers))
        nodes.insert(h.value(u"ObjectId"_s), Node{h, {}, false, {}});
    QSet<QString> others; // directory and interview handlers
    for (const QString &p :
         {u"/vmrest/handlers/directoryhandlers"_s, u"/vmrest/handlers/interviewhandlers"_s}) {
        for (const Item &o : items(p))
            others.insert(o.value(u"ObjectId"_s));
    }
    QMap<QString, QStringList> expired; // owner → handlers with an expired alternate greeting
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        Node &n = it.value();
        const QString base = handlers + u'/' + it.key();
        auto edge = [&n](const QString &action, const QString &target) {
            if (action == u"2"_s && !target.isEmpty())
                n.targets.append(target);
            else if (action != u"0"_s && action != u"5"_s && action != u"6"_s)
                n.exit = true; // hang up, take a message, transfer …
        };
        for (const Item &k : items(base + u"/menuentries"_s))
            edge(k.value(u"Action"_s), k.value(u"TargetHandlerObjectId"_s));
        for (const Item &g : items(base + u"/greetings"_s)) {
            const QString expires = g.value(u"TimeExpires"_s);
            if (g.value(u"GreetingType"_s) == u"Alternate"_s && !expires.startsWith(u"1972"_s) &&
                !expires.isEmpty() &&
                QDateTime::fromString(expires.left(19), u"yyyy-MM-dd HH:mm:ss"_s) < now)
                expired[n.handler.value(u"TenantObjectId"_s)].append(it.key());
            if (g.value(u"Enabled"_s) != u"true"_s)
                continue;
            edge(g.value(u"AfterGreetingAction"_s),
                 g.value(u"AfterGreetingTargetHandlerObjectId"_s));
            if (g.value(u"GreetingType"_s) == u"Standard"_s &&
                g.value(u"AfterGreetingAction"_s) == u"2"_s)
                n.standardTarget = g.value(u"AfterGreetingTargetHandlerObjectId"_s);
        }
        // The after-message action counts only when a message can be left (not a Go to greeting).
        edge(n.handler.value(u"AfterMessageAction"_s),
             n.handler.value(u"AfterMessageTargetHandlerObjectId"_s));
    }
    QHash<QString, int> referrers;
    QMap<QString, int> dangling; // owner → count
    for (const Node &n : std::as_const(nodes)) {
        for (const QString &t : n.targets) {
            ++referrers[t];
            if (!nodes.contains(t) && !others.contains(t))
                ++dangling[n.handler.value(u"TenantObjectId"_s)];
        }
    }
    const QList<Item> rules = items(rulesPath);
    QMap<QString, QString> ruleToMainMenu; // owner → rule name
    QStringList roots;
    for (const Item &r : rules) {
        const QString t = r.value(u"RouteTargetHandlerObjectId"_s);
        if (t.isEmpty())
            continue;
        roots.append(t);
        ++referrers[t];
        const QString name = nodes.value(t).handler.value(u"DisplayName"_s);
        if (name.contains(u"Main Menu"_s))
            ruleToMainMenu.insert(r.value(u"TenantObjectId"_s), r.value(u"DisplayName"_s));
    }
    // Reachable from the routing rules' targets.
    QSet<QString> reached(roots.cbegin(), roots.cend());
    QStringList queue = roots;
    while (!queue.isEmpty()) {
        for (const QString &t : nodes.value(queue.takeLast()).targets) {
            if (!reached.contains(t) && nodes.contains(t)) {
                reached.insert(t);
                queue.append(t);
            }
        }
    }

    for (const QString &owner : QStringList{QString()} + m_tenants) {
        // A way back (a cycle with an exit): the Opening Greeting offers a main menu, which
        // offers a handler that leads back to it.
        QString opening;
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            const Item &h = it.value().handler;
            if (h.value(u"TenantObjectId"_s) == owner &&
                h.value(u"DisplayName"_s).endsWith(u"Opening Greeting"_s))
                opening = it.key();
        }
        QVERIFY(!opening.isEmpty());
        bool back = false;
        for (const QString &menu : nodes.value(opening).targets) {
            for (const QString &t : nodes.value(menu).targets)
                back = back || (t != menu && nodes.value(t).targets.contains(menu));
        }
        QVERIFY2(back, "no way back to a main menu");
        int unreachable = 0, loops = 0, applications = 0;
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            const Item &h = it.value().handler;
            if (h.value(u"TenantObjectId"_s) != owner || h.value(u"IsPrimary"_s) == u"true"_s ||
                h.value(u"Undeletable"_s) == u"true"_s)
                continue;
            ++applications;
            if (!referrers.contains(it.key())) {
                ++unreachable;
                QVERIFY(!reached.contains(it.key()));
            }
            // A loop with no exit: two handlers whose Standard greetings go to each other and
            // whose every action stays between them.
            const Node &a = it.value();
            const Node &b = nodes.value(a.standardTarget);
            const auto inside = [&](const Node &n) {
                return !n.exit &&
                       std::all_of(n.targets.cbegin(), n.targets.cend(), [&](const QString &t) {
                           return t == it.key() || t == a.standardTarget;
                       });
            };
            if (!a.standardTarget.isEmpty() && b.standardTarget == it.key() && inside(a) &&
                inside(b))
                ++loops;
        }
        const QByteArray who = owner.isEmpty() ? "system" : owner.toLatin1();
        QVERIFY2(applications > 50, who);
        QVERIFY2(unreachable >= 1 && unreachable <= applications / 10, who);
        QCOMPARE(loops, 2); // both handlers of the one loop
        QVERIFY2(dangling.value(owner) >= 1, who);
        QVERIFY2(!expired.value(owner).isEmpty(), who);
        QVERIFY2(ruleToMainMenu.contains(owner), who);
    }
    // Most of the handlers a caller can reach from the routing rules.
    QVERIFY2(reached.size() > nodes.size() / 2,
             qPrintable(u"%1 of %2"_s.arg(reached.size()).arg(nodes.size())));
}

QTEST_MAIN(TestCupiSimRoutingRules)
#include "tst_cupisim_routingrules.moc"
