// SPDX-License-Identifier: GPL-3.0-or-later
// cupi-sim's accounts and sign-ins as real servers behave (issue 8), in XML and JSON: strict
// sessions by default (503 for Basic sign-ins three times a second without the cookie), account
// lockout after failed sign-ins, tenant administrators whose Alias is alias@smtpdomain, and a
// system administrator who is a full user with a mailbox.
#include "tst_cupisim_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

namespace {

const QStringList smallData = {u"--handlers"_s, u"20"_s, u"--tenants"_s, u"1"_s};
// Lockout tests sign in many times a second on purpose: strict sessions would answer 503 first.
const QStringList lenient = QStringList{u"--lenient-sessions"_s} + smallData;

void addFormats()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("xml") << false;
    QTest::newRow("json") << true;
}

} // namespace

class TestCupiSimAccounts : public QObject
{
    Q_OBJECT
private:
    Sim m_sim{QStringList{u"--handlers"_s, u"60"_s, u"--tenants"_s, u"2"_s}};

    // A sign-in: Basic credentials on a connection of its own, without a session cookie.
    static Reply signIn(Sim &sim, const QString &user, const QString &password, bool json)
    {
        auto nam = sim.makeNam();
        Sim::Options o = Sim::withJson(json);
        o.user = user;
        o.password = password;
        o.nam = nam.get();
        return sim.send("GET", u"/vmrest/version"_s, {}, o);
    }
    static bool start(Sim &sim)
    {
        QString error;
        if (!sim.start(&error))
            qWarning("%s", qPrintable(error));
        return error.isEmpty();
    }

private slots:
    void initTestCase() { QVERIFY(start(m_sim)); }
    void strictSessionsByDefault_data() { addFormats(); }
    void strictSessionsByDefault();
    void lenientSessions();
    void lockout_data() { addFormats(); }
    void lockout();
    void lockoutEnds_data() { addFormats(); }
    void lockoutEnds();
    void failureCountResets();
    void lockoutOff();
    void tenantAdministratorAlias_data() { addFormats(); }
    void tenantAdministratorAlias();
    void administratorIsFullUser_data() { addFormats(); }
    void administratorIsFullUser();
    void olderStateIsUpgraded();
};

void TestCupiSimAccounts::strictSessionsByDefault()
{
    QFETCH(bool, json);
    Sim sim(smallData);
    QVERIFY(start(sim));
    // Three Basic sign-ins at once, each without a session cookie: the third is 503.
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    QList<Reply> replies(3);
    int pending = 0;
    for (Reply &r : replies) {
        nams.push_back(sim.makeNam());
        Sim::Options o = Sim::withJson(json);
        o.nam = nams.back().get();
        sim.sendAsync("GET", u"/vmrest/version"_s, {}, o, &r, &pending);
    }
    QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 30000);
    QList<int> statuses;
    for (const Reply &r : replies)
        statuses.append(r.status);
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 200, 503}));
    const auto busy = std::find_if(replies.cbegin(), replies.cend(),
                                   [](const Reply &r) { return r.status == 503; });
    QVERIFY(busy->body.contains("server busy"));
    // Basic together with the session cookie of a successful reply is no new sign-in.
    const auto ok = std::find_if(replies.cbegin(), replies.cend(),
                                 [](const Reply &r) { return r.status == 200; });
    Sim::Options o = Sim::withJson(json);
    o.cookie = "JSESSIONIDSSO=" + cookieValue(ok->setCookies, "JSESSIONIDSSO");
    for (int i = 0; i < 4; ++i)
        QCOMPARE(sim.send("GET", u"/vmrest/version"_s, {}, o).status, 200);
}

void TestCupiSimAccounts::lenientSessions()
{
    Sim sim(lenient);
    QVERIFY(start(sim));
    const QList<Reply> replies = sim.concurrentGets(u"/vmrest/version"_s, 5, false);
    for (const Reply &r : replies)
        QCOMPARE(r.status, 200);
}

// 7 failed sign-ins lock the account (CUPI's default authentication rule); the right password
// then gets 401 too; other accounts and existing sessions are not affected.
void TestCupiSimAccounts::lockout()
{
    QFETCH(bool, json);
    Sim sim(lenient);
    QVERIFY(start(sim));
    const auto [tenant, tenantPassword] = sim.accounts.at(1);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(signIn(sim, u"admin"_s, u"wrong"_s, json).status, 401);
    QCOMPARE(signIn(sim, u"admin"_s, u"admin"_s, json).status, 200); // and the count restarts
    auto nam = sim.makeNam();
    Sim::Options session = Sim::withJson(json);
    session.nam = nam.get();
    QCOMPARE(sim.send("GET", u"/vmrest/version"_s, {}, session).status, 200);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(signIn(sim, u"ADMIN"_s, u"wrong"_s, json).status, 401); // the login's case: any
    const Reply locked = signIn(sim, u"admin"_s, u"admin"_s, json);
    QCOMPARE(locked.status, 401);
    QCOMPARE(locked.header("WWW-Authenticate"),
             QByteArray(R"(Basic realm="Cisco Unity Connection")"));
    QVERIFY(locked.setCookies.isEmpty());
    QCOMPARE(signIn(sim, tenant, tenantPassword, json).status, 200);
    session.basic = false; // the session made before the lockout: its cookie alone [INF]
    QCOMPARE(sim.send("GET", u"/vmrest/version"_s, {}, session).status, 200);
}

void TestCupiSimAccounts::lockoutEnds()
{
    QFETCH(bool, json);
    Sim sim(lenient + QStringList{u"--lockout-after"_s, u"2"_s, u"--lockout-minutes"_s, u"0.02"_s});
    QVERIFY(start(sim));
    QCOMPARE(signIn(sim, u"admin"_s, u"wrong"_s, json).status, 401);
    QCOMPARE(signIn(sim, u"admin"_s, u"wrong"_s, json).status, 401);
    QElapsedTimer lockedFor;
    lockedFor.start();
    QCOMPARE(signIn(sim, u"admin"_s, u"admin"_s, json).status, 401);
    // Locked for 0.02 minutes (1.2 s), then the right password works again.
    QTRY_COMPARE_WITH_TIMEOUT(signIn(sim, u"admin"_s, u"admin"_s, json).status, 200, 10000);
    QVERIFY2(lockedFor.elapsed() >= 1000, qPrintable(QString::number(lockedFor.elapsed())));
}

// The failure count is forgotten after --hack-reset-minutes without a failure.
void TestCupiSimAccounts::failureCountResets()
{
    Sim sim(lenient +
            QStringList{u"--lockout-after"_s, u"2"_s, u"--hack-reset-minutes"_s, u"0.02"_s});
    QVERIFY(start(sim));
    const auto [tenant, tenantPassword] = sim.accounts.at(1);
    QCOMPARE(signIn(sim, u"admin"_s, u"wrong"_s, false).status, 401);
    QElapsedTimer quiet;
    quiet.start();
    QVERIFY(QTest::qWaitFor([&] { return quiet.elapsed() > 1500; }, 5000));
    QCOMPARE(signIn(sim, u"admin"_s, u"wrong"_s, false).status, 401);
    QCOMPARE(signIn(sim, u"admin"_s, u"admin"_s, false).status, 200); // 1 failure, not 2
    // Without the quiet time, two failures lock (the tenant's account, counted on its own).
    QCOMPARE(signIn(sim, tenant, u"wrong"_s, true).status, 401);
    QCOMPARE(signIn(sim, tenant, u"wrong"_s, true).status, 401);
    QCOMPARE(signIn(sim, tenant, tenantPassword, true).status, 401);
    QCOMPARE(signIn(sim, u"admin"_s, u"admin"_s, true).status, 200);
}

void TestCupiSimAccounts::lockoutOff()
{
    Sim sim(lenient + QStringList{u"--lockout-after"_s, u"0"_s});
    QVERIFY(start(sim));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(signIn(sim, u"admin"_s, u"wrong"_s, i % 2).status, 401);
    QCOMPARE(signIn(sim, u"admin"_s, u"admin"_s, false).status, 200);
}

// A tenant administrator's stored Alias is its sign-in name, alias@smtpdomain.
void TestCupiSimAccounts::tenantAdministratorAlias()
{
    QFETCH(bool, json);
    QCOMPARE(m_sim.accounts.size(), 3);
    for (int i = 1; i < 3; ++i) {
        const auto [login, password] = m_sim.accounts.at(i);
        QVERIFY2(login.contains(u'@'), qPrintable(login));
        const Doc users = parse(
            m_sim.get(u"/vmrest/users?query="_s + percent(u"(Alias is "_s + login + u')'), json)
                .body,
            json);
        QCOMPARE(users.total, u"1"_s);
        const QString tenantId = users.items.at(0).value(u"TenantObjectId"_s);
        QCOMPARE(users.items.at(0).value(u"Alias"_s), login);
        const Doc tenant = parse(m_sim.get(u"/vmrest/tenants/"_s + tenantId, json).body, json);
        QCOMPARE(login.section(u'@', 1), tenant.fields.value(u"SmtpDomain"_s));
        // The short form is no alias of anybody's.
        QCOMPARE(parse(m_sim
                           .get(u"/vmrest/users?query="_s +
                                    percent(u"(Alias is "_s + login.section(u'@', 0, 0) + u')'),
                                json)
                           .body,
                       json)
                     .total,
                 u"0"_s);
        // It signs in with it and sees its tenant.
        auto nam = m_sim.makeNam();
        Sim::Options o = Sim::withJson(json);
        o.user = login;
        o.password = password;
        o.nam = nam.get();
        const Doc mine = parse(m_sim.send("GET", u"/vmrest/tenants"_s, {}, o).body, json);
        QCOMPARE(mine.total, u"1"_s);
        QCOMPARE(mine.items.at(0).value(u"ObjectId"_s), tenantId);
    }
}

// The system administrator is a user with an extension and a primary call handler [INF].
void TestCupiSimAccounts::administratorIsFullUser()
{
    QFETCH(bool, json);
    const Doc users = parse(
        m_sim.get(u"/vmrest/users?query="_s + percent(u"(Alias is admin)"_s), json).body, json);
    QCOMPARE(users.total, u"1"_s);
    const auto user = users.items.at(0);
    QVERIFY(!user.contains(u"TenantObjectId"_s));
    const QString extension = user.value(u"DtmfAccessId"_s);
    QCOMPARE(extension, u"1000"_s);
    const Reply r = m_sim.get(handlersPath + u'/' + user.value(u"CallHandlerObjectId"_s), json);
    QCOMPARE(r.status, 200);
    const auto handler = parse(r.body, json).fields;
    QCOMPARE(handler.value(u"IsPrimary"_s), u"true"_s);
    QCOMPARE(handler.value(u"Undeletable"_s), u"true"_s);
    QCOMPARE(handler.value(u"DtmfAccessId"_s), extension);
    QCOMPARE(handler.value(u"RecipientSubscriberObjectId"_s), user.value(u"ObjectId"_s));
    QCOMPARE(handler.value(u"PartitionObjectId"_s), user.value(u"PartitionObjectId"_s));
    // Still exactly --handlers rows.
    QCOMPARE(parse(m_sim.get(handlersPath + u"?pageNumber=0"_s, json).body, json).total, u"60"_s);
}

// A state file written before issue 8 (short tenant aliases, an administrator without a mailbox)
// comes back as the server is now.
void TestCupiSimAccounts::olderStateIsUpgraded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"state.json"_s);
    const QStringList args = QStringList{u"--state"_s, path} + smallData;
    QString login;
    {
        Sim sim(args);
        QVERIFY(start(sim));
        login = sim.accounts.at(1).first;
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject tables = root.value(u"tables"_s).toObject();
    QJsonArray users = tables.value(u"User"_s).toArray();
    QString adminHandler;
    for (auto &&v : users) {
        QJsonObject u = v.toObject();
        if (u.value(u"Alias"_s) == login)
            u.insert(u"Alias"_s, login.section(u'@', 0, 0));
        if (u.value(u"Alias"_s) == u"admin"_s) {
            adminHandler = u.take(u"CallHandlerObjectId"_s).toString();
            u.remove(u"DtmfAccessId"_s);
        }
        v = u;
    }
    QVERIFY(!adminHandler.isEmpty());
    QJsonArray handlers = tables.value(u"Callhandler"_s).toArray();
    const qsizetype before = handlers.size();
    for (qsizetype i = handlers.size() - 1; i >= 0; --i) {
        if (handlers.at(i).toObject().value(u"ObjectId"_s) == adminHandler)
            handlers.removeAt(i);
    }
    QCOMPARE(handlers.size(), before - 1);
    tables.insert(u"User"_s, users);
    tables.insert(u"Callhandler"_s, handlers);
    root.insert(u"tables"_s, tables);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    Sim again(args);
    QVERIFY(start(again));
    QCOMPARE(again.accounts.at(1).first, login);
    QCOMPARE(
        parse(again.get(u"/vmrest/users?query="_s + percent(u"(Alias is "_s + login + u')'), true)
                  .body,
              true)
            .total,
        u"1"_s);
    const auto admin =
        parse(again.get(u"/vmrest/users?query="_s + percent(u"(Alias is admin)"_s), true).body,
              true)
            .items.value(0);
    QCOMPARE(admin.value(u"DtmfAccessId"_s), u"1000"_s);
    QCOMPARE(again.get(handlersPath + u'/' + admin.value(u"CallHandlerObjectId"_s)).status, 200);
}

QTEST_GUILESS_MAIN(TestCupiSimAccounts)
#include "tst_cupisim_accounts.moc"
