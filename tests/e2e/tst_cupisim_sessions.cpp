// SPDX-License-Identifier: GPL-3.0-or-later
// cupi-sim: authentication, session cookies, tenant isolation, throttling and --state.
#include "tst_cupisim_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

namespace {

const QString &handlers = handlersPath;

QString q(const QString &s)
{
    return percent(s);
}

} // namespace

class TestCupiSimSessions : public QObject
{
    Q_OBJECT
private:
    // These tests send Basic credentials without a session cookie on purpose, several times a
    // second; strict sessions (the default) are tested in tst_cupisim_accounts.
    Sim m_sim{QStringList{u"--lenient-sessions"_s}};

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
    }
    void unauthorized_data();
    void unauthorized();
    void sessionCookies();
    void tokenRotation();
    void tenantIsolation_data();
    void tenantIsolation();
    void accountDiscovery();
    void throttlingQueues();
    void throttlingTimesOut();
    void statePersists();
    void seedIsDeterministic();
};

void TestCupiSimSessions::unauthorized_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("basic");
    QTest::newRow("no credentials") << QString() << QString() << false;
    QTest::newRow("wrong password") << u"admin"_s << u"wrong"_s << true;
    QTest::newRow("unknown user") << u"nobody"_s << u"admin"_s << true;
}

void TestCupiSimSessions::unauthorized()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, basic);
    auto nam = m_sim.makeNam();
    Sim::Options o;
    o.user = user;
    o.password = password;
    o.basic = basic;
    o.nam = nam.get();
    for (bool json : {false, true}) {
        o.json = json;
        const Reply r = m_sim.send("GET", u"/vmrest/version"_s, {}, o);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"),
                 QByteArray(R"(Basic realm="Cisco Unity Connection")"));
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.body.contains("HTTP Status 401"));
        QVERIFY(r.setCookies.isEmpty());
    }
}

void TestCupiSimSessions::sessionCookies()
{
    auto nam = m_sim.makeNam();
    Sim::Options o;
    o.nam = nam.get();
    Reply r = m_sim.send("GET", u"/vmrest/version"_s, {}, o);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.setCookies.size(), 3);
    const QByteArray all = r.setCookies.join('\n');
    for (const QByteArray &c : r.setCookies) {
        QVERIFY2(c.contains("; Secure") && c.contains("HttpOnly"), c.constData());
    }
    QVERIFY(all.contains("JSESSIONID=") && all.contains("Path=/vmrest/"));
    const QByteArray sso = cookieValue(r.setCookies, "JSESSIONIDSSO");
    const QByteArray js = cookieValue(r.setCookies, "JSESSIONID");
    QVERIFY(!sso.isEmpty() && !js.isEmpty() &&
            !cookieValue(r.setCookies, "REQUEST_TOKEN_KEY").isEmpty());

    // Cookie only, no Basic: accepted, and no new session.
    auto fresh = m_sim.makeNam();
    Sim::Options c;
    c.nam = fresh.get();
    c.basic = false;
    c.cookie = "JSESSIONIDSSO=" + sso + "; JSESSIONID=" + js;
    r = m_sim.send("GET", handlers + u"?rowsPerPage=1"_s, {}, c);
    QCOMPARE(r.status, 200);
    QVERIFY(r.setCookies.isEmpty());
    // The cookie jar of the first manager does the same.
    Sim::Options jar;
    jar.nam = nam.get();
    jar.basic = false;
    QCOMPARE(m_sim.send("GET", u"/vmrest/version"_s, {}, jar).status, 200);
    // A made-up session is not one.
    c.cookie = "JSESSIONIDSSO=0000; JSESSIONID=1111";
    QCOMPARE(m_sim.send("GET", u"/vmrest/version"_s, {}, c).status, 401);
}

void TestCupiSimSessions::tokenRotation()
{
    Sim sim({u"--token-rotation-s"_s, u"1"_s, u"--handlers"_s, u"20"_s, u"--tenants"_s, u"0"_s});
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    Reply first = sim.get(u"/vmrest/version"_s);
    const QByteArray token = cookieValue(first.setCookies, "REQUEST_TOKEN_KEY");
    QVERIFY(!token.isEmpty());
    // Within a few seconds a normal reply carries an expired old token and a new one.
    Reply rotated;
    QElapsedTimer waited;
    waited.start();
    for (rotated = sim.get(u"/vmrest/version"_s);
         rotated.setCookies.size() != 2 && waited.elapsed() < 5000;
         rotated = sim.get(u"/vmrest/version"_s))
        QTest::qWait(100); // poll: rotation is due one second after the session began
    QCOMPARE(rotated.setCookies.size(), 2);
    QCOMPARE(rotated.status, 200);
    QVERIFY(rotated.setCookies.at(0).startsWith("REQUEST_TOKEN_KEY=" + token));
    QVERIFY(rotated.setCookies.at(0).contains("Expires=Thu, 01-Jan-1970"));
    const QByteArray next = cookieValue({rotated.setCookies.at(1)}, "REQUEST_TOKEN_KEY");
    QVERIFY(!next.isEmpty() && next != token);
}

void TestCupiSimSessions::tenantIsolation_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("xml") << false;
    QTest::newRow("json") << true;
}

void TestCupiSimSessions::tenantIsolation()
{
    QFETCH(bool, json);
    QCOMPARE(m_sim.accounts.size(), 3);
    const auto [login, password] = m_sim.accounts.at(1);
    auto nam = m_sim.makeNam();
    Sim::Options t;
    t.user = login;
    t.password = password;
    t.json = json;
    t.nam = nam.get();

    Reply r = m_sim.send("GET", u"/vmrest/tenants"_s, {}, t);
    QCOMPARE(r.status, 200);
    Doc d = parse(r.body, json);
    QCOMPARE(d.total, u"1"_s);
    const QString mine = d.items.at(0).value(u"ObjectId"_s);
    QVERIFY(login.endsWith(d.items.at(0).value(u"SmtpDomain"_s)));

    const Doc all = parse(m_sim.get(handlers, true).body, true); // as system administrator
    QString othersHandler;
    int mineCount = 0;
    for (const auto &h : all.items) {
        if (h.value(u"TenantObjectId"_s) == mine)
            ++mineCount;
        else
            othersHandler = h.value(u"ObjectId"_s);
    }
    d = parse(m_sim.send("GET", handlers, {}, t).body, json);
    QCOMPARE(d.total.toInt(), mineCount);
    for (const auto &h : d.items)
        QCOMPARE(h.value(u"TenantObjectId"_s), mine);
    QCOMPARE(m_sim.send("GET", handlers + u'/' + othersHandler, {}, t).status, 404);
    Sim::Options put = t;
    put.contentType = json ? "application/json" : "application/xml";
    const QByteArray body =
        json ? QByteArray(R"({"MaxMsgLen":"100"})")
             : QByteArray("<Callhandler><MaxMsgLen>100</MaxMsgLen></Callhandler>");
    QCOMPARE(m_sim.send("PUT", handlers + u'/' + othersHandler, body, put).status, 400);
    QCOMPARE(m_sim.send("DELETE", handlers + u'/' + othersHandler, {}, t).status, 404);
    const QString otherTenant =
        parse(m_sim.get(u"/vmrest/tenants"_s, true).body, true).items.at(1).value(u"ObjectId"_s);
    QVERIFY(otherTenant != mine);
    d = parse(m_sim
                  .send("GET",
                        handlers + u"?query="_s + q(u"(TenantObjectId is "_s + otherTenant + u')'),
                        {}, t)
                  .body,
              json);
    QCOMPARE(d.total, u"0"_s);
    // Its own template only; creating from it lands in its tenant.
    d = parse(m_sim.send("GET", u"/vmrest/callhandlertemplates"_s, {}, t).body, json);
    QCOMPARE(d.total, u"1"_s);
    QCOMPARE(d.items.at(0).value(u"TenantObjectId"_s), mine);
    const QString name = u"Tenant Created %1"_s.arg(json);
    r = m_sim.send(
        "POST", handlers + u"?templateObjectId="_s + d.items.at(0).value(u"ObjectId"_s),
        json
            ? (u"{\"DisplayName\":\""_s + name + u"\"}"_s).toUtf8()
            : (u"<Callhandler><DisplayName>"_s + name + u"</DisplayName></Callhandler>"_s).toUtf8(),
        put);
    QCOMPARE(r.status, 201);
    QCOMPARE(parse(m_sim.get(QString::fromUtf8(r.body), true).body, true)
                 .fields.value(u"TenantObjectId"_s),
             mine);
}

void TestCupiSimSessions::accountDiscovery()
{
    // Every login is a user: the tenant administrator's alias is its login, alias@smtpdomain.
    const QString login = m_sim.accounts.at(1).first;
    const Doc d = parse(
        m_sim.get(u"/vmrest/users?query="_s + q(u"(Alias is "_s + login + u')'), true).body, true);
    QCOMPARE(d.total, u"1"_s);
    QVERIFY(!d.items.at(0).value(u"TenantObjectId"_s).isEmpty());
}

void TestCupiSimSessions::throttlingQueues()
{
    Sim sim({u"--latency-ms"_s, u"400"_s, u"--handlers"_s, u"20"_s, u"--tenants"_s, u"0"_s,
             u"--lenient-sessions"_s}); // 8 sign-ins at once
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    // 8 connections, TLS warmed up first so that the timing is the server's.
    qint64 start = 0;
    const QList<Reply> replies = sim.concurrentGets(u"/vmrest/version"_s, 8, true, &start);
    QList<qint64> done;
    for (const Reply &r : replies) {
        QCOMPARE(r.status, 200);
        done.append(r.finishedAtMs - start);
    }
    std::sort(done.begin(), done.end());
    // 5 are processed at once; the other 3 wait for a slot, so take at least two latencies.
    QVERIFY2(done.at(0) >= 400, qPrintable(QString::number(done.at(0))));
    QVERIFY2(done.at(5) >= 800, qPrintable(QString::number(done.at(5))));
}

void TestCupiSimSessions::throttlingTimesOut()
{
    Sim sim({u"--latency-ms"_s, u"1500"_s, u"--queue-timeout-ms"_s, u"200"_s, u"--handlers"_s,
             u"20"_s, u"--tenants"_s, u"0"_s, u"--lenient-sessions"_s});
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    // The first round opens the connections (and gets its own 503s); the second is measured.
    const QList<Reply> replies = sim.concurrentGets(u"/vmrest/version"_s, 8, true);
    int ok = 0, busy = 0;
    for (const Reply &r : replies) {
        if (r.status == 200)
            ++ok;
        if (r.status == 503) {
            ++busy;
            QVERIFY(r.header("Retry-After").isEmpty());
            QVERIFY(r.body.contains("server busy"));
        }
    }
    QCOMPARE(ok, 5);
    QCOMPARE(busy, 3);
}

void TestCupiSimSessions::statePersists()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath(u"state.json"_s);
    const QStringList args{u"--state"_s, state, u"--handlers"_s, u"40"_s, u"--tenants"_s, u"1"_s};
    QString created;
    {
        Sim sim(args);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        const QString tmpl =
            parse(sim.get(u"/vmrest/callhandlertemplates?query="_s +
                              q(u"(DisplayName is System Call Handler Template)"_s),
                          true)
                      .body,
                  true)
                .items.value(0)
                .value(u"ObjectId"_s);
        Sim::Options o;
        o.contentType = "application/json";
        const Reply r = sim.send("POST", handlers + u"?templateObjectId="_s + tmpl,
                                 R"({"DisplayName":"Survives Restarts"})", o);
        QCOMPARE(r.status, 201);
        created = QString::fromUtf8(r.body);
        QCOMPARE(sim.send("PUT", created + u"/greetings/Alternate"_s,
                          R"({"Enabled":"true","TimeExpires":""})", o)
                     .status,
                 204);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile f(state);
                return f.open(QIODevice::ReadOnly) && f.readAll().contains("Survives Restarts");
            }(),
            10000);
    }
    Sim again(args);
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
    const Reply r = again.get(created, true);
    QCOMPARE(r.status, 200);
    QCOMPARE(parse(r.body, true).fields.value(u"DisplayName"_s), u"Survives Restarts"_s);
    QCOMPARE(parse(again.get(created + u"/greetings/Alternate"_s, true).body, true)
                 .fields.value(u"Enabled"_s),
             u"true"_s);
}

void TestCupiSimSessions::seedIsDeterministic()
{
    auto listFor = [](const QString &seed) {
        Sim sim({u"--seed"_s, seed, u"--handlers"_s, u"80"_s, u"--tenants"_s, u"1"_s});
        QString error;
        if (!sim.start(&error))
            return QByteArray();
        return sim.get(handlers, true).body;
    };
    const QByteArray a = listFor(u"7"_s);
    QVERIFY(parse(a, true).total == u"80"_s);
    QCOMPARE(listFor(u"7"_s), a);
    QVERIFY(listFor(u"8"_s) != a);
}

QTEST_GUILESS_MAIN(TestCupiSimSessions)
#include "tst_cupisim_sessions.moc"
