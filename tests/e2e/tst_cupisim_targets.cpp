// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of cupi-sim's other "Go to" targets, in XML and JSON: directory handlers
// (/vmrest/handlers/directoryhandlers) and interview handlers (/vmrest/handlers/interviewhandlers)
// — lists with paging and query, objects, tenant scope, read-only; the rule that a conversation's
// target is an object of its kind; users found by their primary handler (CallHandlerObjectId);
// and the demo data that routes keys to them.
#include "tst_cupisim_fixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

namespace {

struct Resource
{
    QString path;
    QString root;
    QString item;
};

const Resource Directory{u"/vmrest/handlers/directoryhandlers"_s, u"DirectoryHandlers"_s,
                         u"DirectoryHandler"_s};
const Resource Interview{u"/vmrest/handlers/interviewhandlers"_s, u"InterviewHandlers"_s,
                         u"InterviewHandler"_s};

} // namespace

class TestCupiSimTargets : public CupiSimFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startFixture();
        if (QTest::currentTestFailed()) // no simulator: nothing below can run
            return;
        const Doc tenants = parse(m_sim.get(u"/vmrest/tenants"_s, true).body, true);
        QCOMPARE(tenants.total, u"2"_s); // the default data: 2 tenants
        m_acme = tenants.items.at(0).value(u"ObjectId"_s);
        QCOMPARE(tenants.items.at(0).value(u"Alias"_s), u"Acme"_s);
    }

    void lists_data() { addResources(); }
    void lists()
    {
        QFETCH(bool, json);
        QFETCH(QString, path);
        QFETCH(QString, root);
        QFETCH(QString, item);
        // Two per tenant and two of the system.
        const Reply all = m_sim.get(path, json);
        QCOMPARE(all.status, 200);
        Doc d = parse(all.body, json);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.total, u"6"_s);
        QCOMPARE(d.itemName, item);
        if (!json)
            QCOMPARE(d.root, root);
        QVERIFY(d.allStrings);
        for (const auto &h : d.items) {
            for (const QString &f : {u"ObjectId"_s, u"DisplayName"_s, u"PartitionObjectId"_s,
                                     u"URI"_s, u"LocationObjectId"_s, u"CreationTime"_s})
                QVERIFY2(!h.value(f).isEmpty(), qPrintable(f));
            QCOMPARE(h.value(u"URI"_s), path + u'/' + h.value(u"ObjectId"_s));
        }

        // Paging: total stays the count of all.
        d = parse(m_sim.get(path + u"?rowsPerPage=4&pageNumber=2"_s, json).body, json);
        QCOMPARE(d.total, u"6"_s);
        QCOMPARE(d.items.size(), 2);

        // Query by name, by extension, by tenant; compound clauses.
        d = parse(m_sim.get(path + u"?query="_s + q(u"(DisplayName startswith acme)"_s), json).body,
                  json);
        QCOMPARE(d.total, u"2"_s);
        for (const auto &h : d.items)
            QCOMPARE(h.value(u"TenantObjectId"_s), m_acme);
        d = parse(
            m_sim.get(path + u"?query="_s + q(u"(TenantObjectId is "_s + m_acme + u')'), json).body,
            json);
        QCOMPARE(d.total, u"2"_s);
        const QString ext = path == Directory.path ? u"2050"_s : u"2060"_s; // Acme's extensions
        d = parse(
            m_sim
                .get(path + u"?query="_s +
                         q(u"(TenantObjectId is "_s + m_acme + u" & DtmfAccessId startswith 20)"_s),
                     json)
                .body,
            json);
        QCOMPARE(d.total, u"1"_s);
        if (json)
            QVERIFY(d.jsonItemIsObject); // one item: an object, not an array
        QCOMPARE(d.items.at(0).value(u"DtmfAccessId"_s), ext);
        d = parse(
            m_sim.get(path + u"?query="_s + q(u"(DisplayName startswith nobody)"_s), json).body,
            json);
        QCOMPARE(d.total, u"0"_s);
        QCOMPARE(m_sim.get(path + u"?query="_s + q(u"(NoSuchColumn is 1)"_s), json).status, 400);
    }

    void objects_data() { addResources(); }
    void objects()
    {
        QFETCH(bool, json);
        QFETCH(QString, path);
        QFETCH(QString, item);
        const Doc list = parse(m_sim.get(path, json).body, json);
        const auto first = list.items.at(0);
        const QString id = first.value(u"ObjectId"_s);
        Reply r = m_sim.get(path + u'/' + id, json);
        QCOMPARE(r.status, 200);
        const Doc one = parse(r.body, json);
        if (!json)
            QCOMPARE(one.root, item);
        QCOMPARE(one.fields, first);
        QCOMPARE(one.fields.value(u"DisplayName"_s),
                 path == Directory.path ? u"Company Directory"_s : u"Customer Survey"_s);
        QVERIFY(!one.fields.contains(u"TenantObjectId"_s)); // the system's own

        r = m_sim.get(path + u"/00000000-0000-4000-8000-000000000000"_s, json);
        QCOMPARE(r.status, 404);
        QCOMPARE(parse(r.body, json).fields.value(u"code"_s), u"NOT_FOUND"_s);
        // Served read-only.
        QCOMPARE(m_sim
                     .send("PUT", path + u'/' + id, body(json, {{u"DisplayName"_s, u"x"_s}}, item),
                           opts(json))
                     .status,
                 405);
        QCOMPARE(m_sim.send("DELETE", path + u'/' + id, {}, opts(json)).status, 405);
    }

    void tenantScope_data() { addResources(); }
    void tenantScope()
    {
        QFETCH(bool, json);
        QFETCH(QString, path);
        Sim::Options t = Sim::withJson(json);
        t.user = m_sim.accounts.at(1).first; // Acme's administrator
        t.password = m_sim.accounts.at(1).second;
        // One cookie jar for the tenant across rows: Basic sign-ins without the session cookie
        // three times a second get 503.
        if (!m_tenantNam)
            m_tenantNam = m_sim.makeNam();
        t.nam = m_tenantNam.get();
        const Doc mine = parse(m_sim.send("GET", path, {}, t).body, json);
        QCOMPARE(mine.total, u"2"_s);
        for (const auto &h : mine.items)
            QCOMPARE(h.value(u"TenantObjectId"_s), m_acme);
        const QString systemOne =
            parse(m_sim.get(path, true).body, true).items.at(0).value(u"ObjectId"_s);
        QCOMPARE(m_sim.send("GET", path + u'/' + systemOne, {}, t).status, 404);
    }

    void targetOfItsKind_data();
    void targetOfItsKind();

    void usersByPrimaryHandler_data() { addFormats(); }
    void usersByPrimaryHandler()
    {
        QFETCH(bool, json);
        const QString mailbox = primaryHandler();
        const Doc d = parse(
            m_sim
                .get(u"/vmrest/users?query="_s + q(u"(CallHandlerObjectId is "_s + mailbox + u')'),
                     json)
                .body,
            json);
        QCOMPARE(d.total, u"1"_s);
        QCOMPARE(d.items.at(0).value(u"CallHandlerObjectId"_s), mailbox);
        QVERIFY(!d.items.at(0).value(u"DisplayName"_s).isEmpty());
    }

    void demoDataRoutesToThem()
    {
        const QString base = handlers + u'/' + m_opening.value(u"ObjectId"_s) + u"/menuentries/"_s;
        const auto key6 = one(base + u"6"_s);
        QCOMPARE(key6.value(u"TargetConversation"_s), u"PHGreeting"_s);
        const auto mailbox = one(handlers + u'/' + key6.value(u"TargetHandlerObjectId"_s));
        QCOMPARE(mailbox.value(u"IsPrimary"_s), u"true"_s);
        const auto key8 = one(base + u"8"_s);
        QCOMPARE(key8.value(u"TargetConversation"_s), u"PHInterview"_s);
        QCOMPARE(one(Interview.path + u'/' + key8.value(u"TargetHandlerObjectId"_s))
                     .value(u"DisplayName"_s),
                 u"Customer Survey"_s);
        const auto key9 = one(base + u"9"_s);
        QCOMPARE(key9.value(u"TargetConversation"_s), u"AD"_s);
        QCOMPARE(one(Directory.path + u'/' + key9.value(u"TargetHandlerObjectId"_s))
                     .value(u"DisplayName"_s),
                 u"Company Directory"_s);
    }

private:
    QString m_acme;
    std::unique_ptr<QNetworkAccessManager> m_tenantNam;

    static void addResources()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("item");
        for (bool json : {false, true}) {
            for (const Resource &r : {Directory, Interview})
                QTest::addRow("%s %s", json ? "json" : "xml", qPrintable(r.item))
                    << json << r.path << r.root << r.item;
        }
    }
    QString firstOf(const Resource &r)
    {
        return parse(m_sim.get(r.path, true).body, true).items.at(0).value(u"ObjectId"_s);
    }
    QString primaryHandler()
    {
        const Doc d = parse(
            m_sim
                .get(handlers + u"?query="_s + q(u"(IsPrimary is 1)"_s) + u"&rowsPerPage=1"_s, true)
                .body,
            true);
        return d.items.value(0).value(u"ObjectId"_s);
    }
};

void TestCupiSimTargets::targetOfItsKind_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("target"); // directory, interview, handler, mailbox, none
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // a part of the 400 message
    for (bool json : {false, true}) {
        const char *f = json ? "json" : "xml";
        QTest::addRow("%s AD directory", f)
            << json << u"AD"_s << u"directory"_s << 204 << QString();
        QTest::addRow("%s AD handler", f)
            << json << u"AD"_s << u"handler"_s << 400 << u"directory handler"_s;
        QTest::addRow("%s AD none", f)
            << json << u"AD"_s << u"none"_s << 400 << u"requires TargetHandlerObjectId"_s;
        QTest::addRow("%s PHInterview interview", f)
            << json << u"PHInterview"_s << u"interview"_s << 204 << QString();
        QTest::addRow("%s PHInterview handler", f)
            << json << u"PHInterview"_s << u"handler"_s << 400 << u"interview handler"_s;
        QTest::addRow("%s PHGreeting mailbox", f)
            << json << u"PHGreeting"_s << u"mailbox"_s << 204 << QString();
        QTest::addRow("%s PHTransfer handler", f)
            << json << u"PHTransfer"_s << u"handler"_s << 204 << QString();
        QTest::addRow("%s PHGreeting directory", f)
            << json << u"PHGreeting"_s << u"directory"_s << 400 << u"call handler"_s;
        QTest::addRow("%s SubSignIn none", f)
            << json << u"SubSignIn"_s << u"none"_s << 204 << QString();
    }
}

void TestCupiSimTargets::targetOfItsKind()
{
    QFETCH(bool, json);
    QFETCH(QString, conversation);
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString id = create(json);
    QVERIFY(!id.isEmpty());
    const QMap<QString, QString> ids{{u"directory"_s, firstOf(Directory)},
                                     {u"interview"_s, firstOf(Interview)},
                                     {u"handler"_s, m_goodbye.value(u"ObjectId"_s)},
                                     {u"mailbox"_s, primaryHandler()}};
    QList<QPair<QString, QString>> fields{{u"Action"_s, u"2"_s},
                                          {u"TargetConversation"_s, conversation}};
    if (target != u"none"_s)
        fields.append({u"TargetHandlerObjectId"_s, ids.value(target)});
    const QString key = handlers + u'/' + id + u"/menuentries/7"_s;
    const Reply r = m_sim.send("PUT", key, body(json, fields, u"MenuEntry"_s), opts(json));
    QCOMPARE(r.status, status);
    const auto now = one(key);
    if (status == 204) {
        QCOMPARE(now.value(u"TargetConversation"_s), conversation);
        QCOMPARE(now.value(u"TargetHandlerObjectId"_s), ids.value(target));
    } else {
        const Doc error = parse(r.body, json);
        QCOMPARE(error.fields.value(u"code"_s), u"DATA_EXCEPTION"_s);
        QVERIFY2(error.fields.value(u"message"_s).contains(message),
                 qPrintable(error.fields.value(u"message"_s)));
        QCOMPARE(now.value(u"Action"_s), u"0"_s); // nothing of a refused PUT applied
    }
}

QTEST_GUILESS_MAIN(TestCupiSimTargets)
#include "tst_cupisim_targets.moc"
