// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8, against a real in-process HTTP server on a loopback port: a wrong password is tried
// once (real servers lock an account after 7 failures for 30 minutes), never again on the
// client's own — not by parallel requests, not after an expired session, not by a later request —
// until a person enters it again; and a 201's body, never its Location header, says what was
// created (10.x servers double Location's path).
#include "tst_client_fixture.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/resources.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core;
namespace Res = HandlerDesk::Core::Resources;
using Kind = CupiError::Kind;
using Answer = FakeCupiServer::Answer;
using Seen = FakeCupiServer::Seen;

namespace {

QByteArray basic(const QByteArray &password)
{
    return "Basic " + QByteArray("admin:" + password).toBase64();
}

Answer object()
{
    Answer a;
    a.body = "{\"ObjectId\":\"h1\",\"DisplayName\":\"Sales\"}";
    return a;
}

Answer unauthorized()
{
    Answer a;
    a.status = 401;
    a.contentType = "text/html";
    a.body = "<html><head><title>HTTP Status 401 - Unauthorized</title></head></html>";
    a.header("WWW-Authenticate", "Basic realm=\"Cisco Unity Connection\"");
    return a;
}

} // namespace

class TestClientAuth : public QObject, protected LoopbackFixture
{
    Q_OBJECT

private:
    CupiClient *client(const QString &password)
    {
        return makeClient(this, WireFormat::Json, password);
    }

    int count(const std::function<bool(const Seen &)> &which) const
    {
        return int(std::count_if(m_server->seen.cbegin(), m_server->seen.cend(), which));
    }
    int basicRequests() const
    {
        return count([](const Seen &s) { return !s.authorization.isEmpty(); });
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(startLoopback());
    }

    void cleanup() { stopLoopback(this); }

    // The first request is refused; neither the requests made together with it nor any made
    // later send the same password: they fail at once, unsent. A password entered again goes.
    void refusedPasswordIsNotSentAgain()
    {
        m_server->handler = [](const Seen &s) {
            if (s.authorization != basic("right"))
                return unauthorized();
            Answer a = object();
            a.header("Set-Cookie", "JSESSIONID=s1; Path=/vmrest/");
            return a;
        };
        CupiClient *c = client(u"wrong"_s);
        QSignalSpy authFailed(c, &CupiClient::authenticationFailed);
        QList<CupiJob *> jobs;
        for (int i = 0; i < 4; ++i)
            jobs << c->get(Res::callHandler(QString::number(i)));
        for (CupiJob *job : jobs) {
            const CupiError error = waitFor(job);
            QCOMPARE(error.kind(), Kind::Auth);
        }
        QCOMPARE(m_server->seen.size(), 1);
        QCOMPARE(authFailed.count(), 1);

        // Later, on the client's own (a retry, a lookup, the next page): still not sent.
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::Auth);
        ListRequest handlers;
        handlers.resource = Res::callHandlers();
        handlers.itemName = u"Callhandler"_s;
        QCOMPARE(waitFor(c->list(handlers)).kind(), Kind::Auth);
        QCOMPARE(m_server->seen.size(), 1);
        QCOMPARE(authFailed.count(), 1);

        // A person enters the password again (the right one): it is sent, once.
        c->setPasswordProvider([] { return u"right"_s; });
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::None);
        QCOMPARE(m_server->seen.size(), 2);
        QCOMPARE(m_server->seen.last().authorization, basic("right"));
    }

    // A person may enter the same password again (the account may have been unlocked): that is
    // their decision, and it is sent once.
    void samePasswordEnteredAgainIsSentOnce()
    {
        m_server->handler = [](const Seen &) { return unauthorized(); };
        CupiClient *c = client(u"wrong"_s);
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::Auth);
        c->setPasswordProvider([] { return u"wrong"_s; });
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::Auth);
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::Auth);
        QCOMPARE(m_server->seen.size(), 2);
    }

    // The session expires while the password changed on the server (or the account locked):
    // the requests on the wire all get a 401 for their session; Basic is tried by one only.
    void expiredSessionRetriesBasicOnce()
    {
        bool expired = false;
        m_server->handler = [&](const Seen &s) {
            if (expired || (s.authorization.isEmpty() && !s.cookie.contains("JSESSIONID=s1")))
                return unauthorized();
            Answer a = object();
            a.hold = !s.cookie.isEmpty(); // the session requests: answered together, below
            if (!s.authorization.isEmpty())
                a.header("Set-Cookie", "JSESSIONID=s1; Path=/vmrest/");
            return a;
        };
        CupiClient *c = client(u"secret"_s);
        QSignalSpy authFailed(c, &CupiClient::authenticationFailed);
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::None); // Basic → session s1
        QList<CupiJob *> jobs;
        for (int i = 0; i < 3; ++i) {
            jobs << c->get(Res::callHandler(QString::number(i)));
            jobs.last()->setAutoDelete(false);
        }
        QTRY_COMPARE(m_server->heldCount(), 3); // three on the wire with the session
        // The server forgets s1 and refuses the password from now on; the held ones get 401.
        expired = true;
        m_server->releaseAllWith(unauthorized());
        for (CupiJob *job : jobs)
            QCOMPARE(waitFor(job).kind(), Kind::Auth);
        QCOMPARE(basicRequests(), 2); // the first sign-in, and one retry after the expiry
        QCOMPARE(count([](const Seen &s) { return s.authorization == basic("secret"); }), 2);
        QCOMPARE(authFailed.count(), 1);
    }

    // Requests made before the first answer wait for it: one sign-in, then the session.
    void oneSignInForParallelRequests()
    {
        m_server->handler = [](const Seen &) {
            Answer a = object();
            a.header("Set-Cookie", "JSESSIONID=s1; Path=/vmrest/");
            return a;
        };
        CupiClient *c = client(u"secret"_s);
        QList<CupiJob *> jobs;
        for (int i = 0; i < 5; ++i)
            jobs << c->get(Res::callHandler(QString::number(i)));
        for (CupiJob *job : jobs)
            QCOMPARE(waitFor(job).kind(), Kind::None);
        QCOMPARE(m_server->seen.size(), 5);
        QCOMPARE(basicRequests(), 1);
    }

    void createdIdFromTheBody_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("id");
        const QByteArray doubled = "https://127.0.0.1:8443/vmrest/handlers/callhandlers/vmrest/"
                                   "handlers/callhandlers/992a3272-7a3b-4a4b-9e1c-7d4b5e0a1f00";
        QTest::newRow("10.x: doubled Location, body")
            << QByteArray("application/xml")
            << QByteArray("/vmrest/handlers/callhandlers/992a3272-7a3b-4a4b-9e1c-7d4b5e0a1f00")
            << doubled << u"992a3272-7a3b-4a4b-9e1c-7d4b5e0a1f00"_s;
        QTest::newRow("text/plain body, trailing newline")
            << QByteArray("text/plain") << QByteArray("/vmrest/handlers/callhandlers/abc-1\r\n")
            << QByteArray() << u"abc-1"_s;
        QTest::newRow("absolute URL body")
            << QByteArray("text/plain")
            << QByteArray("https://cuc.example.com/vmrest/handlers/callhandlers/abc-2")
            << QByteArray() << u"abc-2"_s;
        QTest::newRow("Location only: not relied on")
            << QByteArray("text/plain") << QByteArray()
            << QByteArray("https://127.0.0.1/vmrest/handlers/callhandlers/from-location")
            << QString();
    }
    void createdIdFromTheBody()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, location);
        QFETCH(QString, id);
        m_server->handler = [&](const Seen &) {
            Answer a;
            a.status = 201;
            a.contentType = contentType;
            a.body = body;
            if (!location.isEmpty())
                a.header("Location", location);
            return a;
        };
        CupiClient *c = client(u"secret"_s);
        CupiObject change;
        change.set(u"DisplayName"_s, u"New"_s);
        WriteJob *post = c->post(Res::createCallHandler(u"tmpl"_s), change, u"Callhandler"_s);
        QCOMPARE(waitFor(post).kind(), Kind::None);
        QCOMPARE(post->createdId(), id);
    }
};

QTEST_GUILESS_MAIN(TestClientAuth)
#include "tst_client_auth.moc"
