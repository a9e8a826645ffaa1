// SPDX-License-Identifier: GPL-3.0-or-later
// The CUPI client's behaviour against a real in-process HTTP server on a loopback port
// (sessions, re-auth, retries, throttling, paging, cancel, error texts), in both wire formats.
#include "tst_client_fixture.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/resources.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core;
namespace Res = HandlerDesk::Core::Resources;
using Kind = CupiError::Kind;
using Answer = FakeCupiServer::Answer;
using Seen = FakeCupiServer::Seen;

Q_DECLARE_METATYPE(HandlerDesk::Core::WireFormat)
Q_DECLARE_METATYPE(HandlerDesk::Core::CupiError::Kind)

namespace {

QByteArray mime(WireFormat wire)
{
    return wire == WireFormat::Json ? "application/json" : "application/xml";
}

// A list body as CUPI writes it: handlers "Handler <n>" with ObjectId "id-<n>".
QByteArray listBody(WireFormat wire, int first, int count, int total)
{
    QByteArray body;
    if (wire == WireFormat::Json) {
        body = "{\"@total\":\"" + QByteArray::number(total) + "\"";
        if (count > 0) {
            body += ",\"Callhandler\":[";
            for (int i = first; i < first + count; ++i) {
                if (i > first)
                    body += ',';
                body += "{\"ObjectId\":\"id-" + QByteArray::number(i) +
                        "\",\"DisplayName\":\"Handler " + QByteArray::number(i) + "\"}";
            }
            body += ']';
        }
        return body + '}';
    }
    body = "<Callhandlers total=\"" + QByteArray::number(total) + "\">";
    for (int i = first; i < first + count; ++i) {
        body += "<Callhandler><ObjectId>id-" + QByteArray::number(i) +
                "</ObjectId><DisplayName>Handler " + QByteArray::number(i) +
                "</DisplayName></Callhandler>";
    }
    return body + "</Callhandlers>";
}

QByteArray objectBody(WireFormat wire, const QByteArray &id)
{
    if (wire == WireFormat::Json)
        return "{\"ObjectId\":\"" + id + "\",\"DisplayName\":\"Sales\"}";
    return "<Callhandler><ObjectId>" + id +
           "</ObjectId><DisplayName>Sales</DisplayName>"
           "</Callhandler>";
}

Answer ok(WireFormat wire, const QByteArray &body)
{
    Answer a;
    a.body = body;
    a.contentType = mime(wire);
    return a;
}

const QByteArray sessionCookies[] = {
    "JSESSIONIDSSO=sso1; Path=/; Secure; HttpOnly",
    "JSESSIONID=js1; Path=/vmrest/; Secure; HttpOnly",
    "REQUEST_TOKEN_KEY=tok1; Path=/; Secure; HttpOnly",
};

} // namespace

class TestClientLoopback : public QObject, protected LoopbackFixture
{
    Q_OBJECT

private:
    CupiClient *client(WireFormat wire, int busyRetries = 4)
    {
        return makeClient(this, wire, u"secret"_s, busyRetries);
    }

    void addWireRows()
    {
        QTest::addColumn<WireFormat>("wire");
        QTest::newRow("json") << WireFormat::Json;
        QTest::newRow("xml") << WireFormat::Xml;
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(startLoopback());
    }

    void cleanup() { stopLoopback(this); }

    // ---- against the loopback server

    void sessionCookiesReused_data() { addWireRows(); }
    void sessionCookiesReused()
    {
        QFETCH(WireFormat, wire);
        int replies = 0;
        m_server->handler = [&](const Seen &s) {
            Answer a = ok(wire, objectBody(wire, "h1"));
            if (!s.authorization.isEmpty()) {
                for (const QByteArray &c : sessionCookies)
                    a.header("Set-Cookie", c);
            }
            // Rotate the request token on the third reply.
            if (++replies == 3) {
                a.header("Set-Cookie", "REQUEST_TOKEN_KEY=tok1; Path=/; Expires=Thu, "
                                       "01 Jan 1970 00:00:10 GMT");
                a.header("Set-Cookie", "REQUEST_TOKEN_KEY=tok2; Path=/");
            }
            return a;
        };
        CupiClient *c = client(wire);
        QList<ObjectJob *> jobs;
        for (int i = 0; i < 5; ++i) {
            jobs << c->get(Res::callHandler(u"h1"_s));
            jobs.last()->setAutoDelete(false);
        }
        for (ObjectJob *job : jobs) {
            QTRY_VERIFY(job->isFinished());
            QCOMPARE(job->error().kind(), Kind::None);
            QCOMPARE(job->object().objectId(), u"h1"_s);
        }
        QCOMPARE(waitFor(c->get(Res::callHandler(u"h1"_s))).kind(), Kind::None);
        QCOMPARE(m_server->seen.size(), 6);
        int basic = 0;
        for (const Seen &s : std::as_const(m_server->seen)) {
            QCOMPARE(s.accept, mime(wire));
            if (!s.authorization.isEmpty()) {
                ++basic;
                QVERIFY(s.cookie.isEmpty());
            } else {
                QVERIFY2(s.cookie.contains("JSESSIONID=js1"), s.cookie.constData());
                QVERIFY(s.cookie.contains("JSESSIONIDSSO=sso1"));
            }
        }
        QCOMPARE(basic, 1);
        QVERIFY(!m_server->seen.first().authorization.isEmpty());
        QVERIFY2(m_server->seen.last().cookie.contains("REQUEST_TOKEN_KEY=tok2"),
                 m_server->seen.last().cookie.constData());
        QVERIFY(!m_server->seen.last().cookie.contains("tok1"));
    }

    void reauthAfter401()
    {
        int generation = 0;
        m_server->handler = [&](const Seen &s) {
            Answer a = ok(WireFormat::Json, objectBody(WireFormat::Json, "h1"));
            if (!s.authorization.isEmpty()) {
                ++generation;
                a.header("Set-Cookie",
                         "JSESSIONID=s" + QByteArray::number(generation) + "; Path=/vmrest/");
                return a;
            }
            // The server forgets session s1 (expired).
            if (s.cookie.contains("JSESSIONID=s1")) {
                a.status = 401;
                a.contentType = "text/html";
                a.body = "<html><title>401</title></html>";
            }
            return a;
        };
        CupiClient *c = client(WireFormat::Json);
        QSignalSpy authFailed(c, &CupiClient::authenticationFailed);
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::None); // Basic → s1
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::None); // s1 → 401 → Basic
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::None); // s2
        QCOMPARE(m_server->seen.size(), 4);
        QVERIFY(!m_server->seen[0].authorization.isEmpty());
        QCOMPARE(m_server->seen[1].cookie, QByteArray("JSESSIONID=s1"));
        QVERIFY(!m_server->seen[2].authorization.isEmpty());
        QVERIFY(m_server->seen[2].cookie.isEmpty());
        QCOMPARE(m_server->seen[3].cookie, QByteArray("JSESSIONID=s2"));
        QCOMPARE(authFailed.count(), 0);
    }

    void wrongPassword()
    {
        m_server->handler = [](const Seen &) {
            Answer a;
            a.status = 401;
            a.contentType = "text/html";
            a.body = "<html><head><title>HTTP Status 401 - Unauthorized</title></head></html>";
            a.header("WWW-Authenticate", "Basic realm=\"Cisco Unity Connection\"");
            return a;
        };
        CupiClient *c = client(WireFormat::Xml);
        QSignalSpy authFailed(c, &CupiClient::authenticationFailed);
        const CupiError error = waitFor(c->get(Res::version()));
        QCOMPARE(error.kind(), Kind::Auth);
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(m_server->seen.size(), 1); // Basic was used: no second try
        QCOMPARE(authFailed.count(), 1);
    }

    void retries_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("failures");
        QTest::addColumn<CupiError::Kind>("kind");
        QTest::addColumn<int>("requests");
        QTest::newRow("GET recovers") << QByteArray("GET") << 2 << Kind::None << 3;
        QTest::newRow("GET gives up") << QByteArray("GET") << 100 << Kind::Busy << 4;
        QTest::newRow("PUT never retried") << QByteArray("PUT") << 1 << Kind::Busy << 1;
        QTest::newRow("POST never retried") << QByteArray("POST") << 1 << Kind::Busy << 1;
        QTest::newRow("DELETE never retried") << QByteArray("DELETE") << 1 << Kind::Busy << 1;
    }
    void retries()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, failures);
        QFETCH(CupiError::Kind, kind);
        QFETCH(int, requests);
        int count = 0;
        m_server->handler = [&](const Seen &s) {
            if (count++ < failures) {
                Answer busy;
                busy.status = 503;
                busy.contentType = "text/plain";
                busy.body = "server busy";
                return busy;
            }
            Answer a = ok(WireFormat::Json,
                          s.method == "GET" ? objectBody(WireFormat::Json, "h") : QByteArray());
            a.status = s.method == "GET" ? 200 : 204;
            return a;
        };
        CupiClient *c = client(WireFormat::Json, 3);
        CupiObject change;
        change.set(u"DisplayName"_s, u"x"_s);
        CupiJob *job =
            method == "GET"    ? static_cast<CupiJob *>(c->get(Res::version()))
            : method == "PUT"  ? c->put(Res::callHandler(u"h"_s), change, u"Callhandler"_s)
            : method == "POST" ? c->post(Res::createCallHandler(u"t"_s), change, u"Callhandler"_s)
                               : c->remove(Res::callHandler(u"h"_s));
        QCOMPARE(waitFor(job).kind(), kind);
        QCOMPARE(m_server->seen.size(), requests);
    }

    void connectionResetRetriedForGetOnly()
    {
        int drops = 0;
        m_server->handler = [&](const Seen &s) {
            Answer a = ok(WireFormat::Json, objectBody(WireFormat::Json, "h"));
            a.status = s.method == "GET" ? 200 : 204;
            if (s.method == "PUT" || drops < 2) {
                ++drops;
                a.drop = true;
            }
            return a;
        };
        CupiClient *c = client(WireFormat::Json, 4);
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::None);
        QVERIFY(m_server->seen.size() >= 3);
        const qsizetype before = m_server->seen.size();
        CupiObject change;
        change.set(u"DisplayName"_s, u"x"_s);
        const CupiError error = waitFor(c->put(Res::callHandler(u"h"_s), change, u"Callhandler"_s));
        QCOMPARE(error.kind(), Kind::Network);
        // Ours never resend a write (Qt itself may resend once on a reused idle connection).
        QVERIFY(m_server->seen.size() - before <= 2);
    }

    void maxThreeInFlight()
    {
        bool hold = false;
        m_server->handler = [&](const Seen &) {
            Answer a = ok(WireFormat::Json, objectBody(WireFormat::Json, "h"));
            a.header("Set-Cookie", "JSESSIONID=s; Path=/vmrest/");
            a.hold = hold;
            return a;
        };
        CupiClient *c = client(WireFormat::Json);
        QCOMPARE(waitFor(c->get(Res::version())).kind(), Kind::None);
        hold = true;
        QList<ObjectJob *> jobs;
        for (int i = 0; i < 7; ++i) {
            jobs << c->get(Res::callHandler(QString::number(i)));
            jobs.last()->setAutoDelete(false);
        }
        int finished = 0;
        while (finished < 7) {
            QTRY_VERIFY(m_server->heldCount() == qMin(3, 7 - finished));
            QCOMPARE(c->inFlight(), m_server->heldCount());
            finished += m_server->heldCount();
            m_server->releaseAll();
        }
        for (ObjectJob *job : jobs)
            QTRY_VERIFY(job->isFinished());
        QCOMPARE(m_server->maxConcurrent, 3);
        // FIFO: the requests reached the server in the order they were made.
        for (int i = 0; i < 7; ++i)
            QCOMPARE(m_server->seen[i + 1].path,
                     u"/vmrest/handlers/callhandlers/"_s + QString::number(i));
    }

    void pagingThroughServerCap_data() { addWireRows(); }
    void pagingThroughServerCap()
    {
        QFETCH(WireFormat, wire);
        const int total = 250, cap = 40;
        m_server->handler = [&](const Seen &s) {
            const int rows = qMin(cap, s.query.queryItemValue(u"rowsPerPage"_s).toInt());
            const int page = s.query.queryItemValue(u"pageNumber"_s).toInt();
            const int first = (page - 1) * rows;
            return ok(wire, listBody(wire, first, qBound(0, total - first, rows), total));
        };
        CupiClient *c = client(wire);
        ListRequest request;
        request.resource = Res::callHandlers();
        request.itemName = Res::Item::CallHandler;
        request.query = u"(IsPrimary is 0)"_s;
        request.rowsPerPage = 100;
        request.pagesInFlight = 2;
        ListJob *job = c->list(request);
        QSignalSpy pages(job, &ListJob::pageLoaded);
        QCOMPARE(waitFor(job).kind(), Kind::None);
        QCOMPARE(job->total(), 250);
        QCOMPARE(job->items().size(), 250);
        for (int i = 0; i < 250; ++i)
            QCOMPARE(job->items().at(i).objectId(), u"id-"_s + QString::number(i));
        QCOMPARE(pages.count(), 7);
        qint64 previous = 0;
        for (const auto &args : std::as_const(pages)) {
            const qint64 loaded = args.at(1).toLongLong();
            QCOMPARE(loaded, previous + args.at(0).value<ListPage>().rowCount());
            QCOMPARE(args.at(2).toLongLong(), 250);
            previous = loaded;
        }
        QCOMPARE(previous, 250);
        QCOMPARE(m_server->seen.size(), 7);
        QCOMPARE(m_server->seen[0].query.queryItemValue(u"rowsPerPage"_s), u"100"_s);
        QCOMPARE(m_server->seen[1].query.queryItemValue(u"rowsPerPage"_s), u"40"_s);
        QCOMPARE(m_server->seen[0].query.queryItemValue(u"query"_s, QUrl::FullyDecoded),
                 u"(IsPrimary is 0)"_s);

        // Rows only through pageLoaded(): nothing kept in the job, the count still right.
        request.keepItems = false;
        ListJob *streaming = c->list(request);
        QSignalSpy streamed(streaming, &ListJob::pageLoaded);
        QCOMPARE(waitFor(streaming).kind(), Kind::None);
        QVERIFY(streaming->items().isEmpty());
        QCOMPARE(streaming->loaded(), 250);
        QCOMPARE(streamed.count(), 7);
        const auto lastPage = streamed.last().at(0).value<ListPage>();
        QCOMPARE(lastPage.value(lastPage.rowCount() - 1, u"ObjectId"), u"id-249"_s);
    }

    void failedPageKeepsDeliveredRows()
    {
        m_server->handler = [&](const Seen &s) {
            const int page = s.query.queryItemValue(u"pageNumber"_s).toInt();
            if (page == 3) {
                Answer a;
                a.status = 500;
                a.contentType = "text/html";
                a.body = "<html><head><title>Internal error</title></head></html>";
                return a;
            }
            return ok(WireFormat::Json, listBody(WireFormat::Json, (page - 1) * 10, 10, 50));
        };
        CupiClient *c = client(WireFormat::Json);
        ListRequest request{Res::callHandlers(), Res::Item::CallHandler, {}, {}, 0, 10, 2};
        ListJob *job = c->list(request);
        QSignalSpy pages(job, &ListJob::pageLoaded);
        const CupiError error = waitFor(job);
        QCOMPARE(error.kind(), Kind::Server);
        QCOMPARE(error.httpStatus(), 500);
        QVERIFY(error.message().contains(u"Internal error"_s));
        QCOMPARE(job->items().size(), 20);
        QCOMPARE(pages.count(), 2);
    }

    // A count no list can have: refused with the value named, at once, with no row delivered
    // (before: the page count overflowed, nothing was requested and the job never finished).
    void absurdTotalRefused_data()
    {
        QTest::addColumn<WireFormat>("wire");
        QTest::addColumn<QByteArray>("total");
        QTest::newRow("json 2^31 pages") << WireFormat::Json << QByteArray("21474836480");
        QTest::newRow("xml 2^31 pages") << WireFormat::Xml << QByteArray("21474836480");
        QTest::newRow("json int64 max") << WireFormat::Json << QByteArray("9223372036854775807");
        QTest::newRow("json 2^40") << WireFormat::Json << QByteArray("1099511627776");
    }
    void absurdTotalRefused()
    {
        QFETCH(WireFormat, wire);
        QFETCH(QByteArray, total);
        m_server->handler = [&](const Seen &) {
            QByteArray body = listBody(wire, 0, 10, 12345);
            body.replace("12345", total);
            return ok(wire, body);
        };
        CupiClient *c = client(wire);
        ListJob *job = c->list({Res::callHandlers(), Res::Item::CallHandler, {}, {}, 0, 10, 2});
        QSignalSpy pages(job, &ListJob::pageLoaded);
        const CupiError error = waitFor(job);
        QCOMPARE(error.kind(), Kind::Decode);
        QVERIFY2(error.message().contains(QString::fromLatin1(total)), qPrintable(error.message()));
        QCOMPARE(pages.count(), 0);
        QCOMPARE(m_server->seen.size(), 1);
    }

    // A list that ends before `total` is an error naming what came; delivered rows stay.
    void shortListIsAnError_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("emptyFrom"); // first page with no rows (0: none)
        QTest::addColumn<int>("lastRows");  // rows on the last page (10 rows a page)
        QTest::addColumn<int>("got");
        QTest::newRow("empty page") << 50 << 3 << 10 << 20;
        QTest::newRow("short last page") << 50 << 0 << 5 << 45;
        QTest::newRow("empty first page") << 5 << 1 << 10 << 0;
    }
    void shortListIsAnError()
    {
        QFETCH(int, total);
        QFETCH(int, emptyFrom);
        QFETCH(int, lastRows);
        QFETCH(int, got);
        m_server->handler = [&](const Seen &s) {
            const int page = s.query.queryItemValue(u"pageNumber"_s).toInt();
            const int lastPage = (total + 9) / 10;
            const int rows = (emptyFrom > 0 && page >= emptyFrom) ? 0
                             : page == lastPage                   ? lastRows
                                                                  : 10;
            return ok(WireFormat::Json, listBody(WireFormat::Json, (page - 1) * 10, rows, total));
        };
        CupiClient *c = client(WireFormat::Json);
        ListJob *job = c->list({Res::callHandlers(), Res::Item::CallHandler, {}, {}, 0, 10, 2});
        const CupiError error = waitFor(job);
        QCOMPARE(error.kind(), Kind::Server);
        const QString expected = u"got %1 of %2"_s.arg(got).arg(total);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QCOMPARE(job->items().size(), got);
        QCOMPARE(job->loaded(), got);
    }

    // A body that never ends stops at the cap with a clear error (before: it grew until
    // std::bad_alloc).
    void replySizeCapped()
    {
        m_server->handler = [](const Seen &) {
            Answer a;
            a.streamChunk = QByteArray(16 * 1024, 'x');
            a.streamEveryMs = 1;
            return a;
        };
        ConnectionSettings settings;
        settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
        settings.maxReplyBytes = 1024 * 1024;
        CupiClient c(settings, m_nam.get());
        const CupiError error = waitFor(c.get(Res::version()));
        QCOMPARE(error.kind(), Kind::Server);
        QVERIFY2(error.message().contains(u"larger than 1 MB"_s), qPrintable(error.message()));
        QCOMPARE(c.inFlight(), 0);
    }

    // A server that drips a byte now and then is cut off at the whole-transfer deadline, though
    // the inactivity timeout never fires.
    void transferDeadline()
    {
        m_server->handler = [](const Seen &) {
            Answer a;
            a.streamChunk = "x";
            a.streamEveryMs = 50;
            return a;
        };
        ConnectionSettings settings;
        settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
        settings.transferTimeoutMs = 2000;
        settings.transferDeadlineMs = 400;
        CupiClient c(settings, m_nam.get());
        QElapsedTimer clock;
        clock.start();
        const CupiError error = waitFor(c.get(Res::version()));
        QCOMPARE(error.kind(), Kind::Network);
        QVERIFY2(error.message().contains(u"0.4 s"_s), qPrintable(error.message()));
        QVERIFY2(clock.elapsed() < 1900, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(c.inFlight(), 0);
    }

    void emptyAndSinglePage_data() { addWireRows(); }
    void emptyAndSinglePage()
    {
        QFETCH(WireFormat, wire);
        m_server->handler = [&](const Seen &s) {
            if (s.path.endsWith(u"users"_s))
                return ok(wire, listBody(wire, 0, 0, 0));
            return ok(wire, listBody(wire, 20, 5, 99));
        };
        CupiClient *c = client(wire);
        ListJob *empty = c->list({Res::users(), Res::Item::User, {}, {}, 0, 0, 2});
        QCOMPARE(waitFor(empty).kind(), Kind::None);
        QCOMPARE(empty->items().size(), 0);
        QCOMPARE(empty->total(), 0);
        ListJob *page = c->list({Res::callHandlers(), Res::Item::CallHandler, {}, {}, 5, 5, 2});
        QCOMPARE(waitFor(page).kind(), Kind::None);
        QCOMPARE(page->items().size(), 5);
        QCOMPARE(page->total(), 99);
        QCOMPARE(m_server->seen.last().query.queryItemValue(u"pageNumber"_s), u"5"_s);
    }

    void cancelEmitsOnce()
    {
        m_server->handler = [&](const Seen &s) {
            Answer a = ok(WireFormat::Json, objectBody(WireFormat::Json, "h"));
            a.header("Set-Cookie", "JSESSIONID=s; Path=/vmrest/"); // several at once need one
            a.hold = s.path.endsWith(u"/slow"_s);
            return a;
        };
        CupiClient *c = client(WireFormat::Json);
        ObjectJob *job = c->get(Res::callHandler(u"slow"_s));
        job->setAutoDelete(false);
        QSignalSpy finished(job, &CupiJob::finished);
        QTRY_COMPARE(m_server->heldCount(), 1);
        job->cancel();
        job->cancel();
        QCOMPARE(finished.count(), 0); // asynchronously
        QVERIFY(finished.wait());
        QCOMPARE(job->error().kind(), Kind::Cancelled);
        QCOMPARE(c->inFlight(), 0);
        // Another full exchange afterwards: the cancelled job stays silent.
        QCOMPARE(waitFor(c->get(Res::callHandler(u"fast"_s))).kind(), Kind::None);
        m_server->releaseAll();
        QCOMPARE(waitFor(c->get(Res::callHandler(u"fast"_s))).kind(), Kind::None);
        QCOMPARE(finished.count(), 1);

        // cancelAll() reaches every job, queued or on the wire.
        QList<ObjectJob *> jobs;
        for (int i = 0; i < 5; ++i) {
            jobs << c->get(Res::callHandler(u"slow"_s));
            jobs.last()->setAutoDelete(false);
        }
        QTRY_COMPARE(m_server->heldCount(), 3);
        c->cancelAll();
        for (ObjectJob *j : jobs) {
            QTRY_VERIFY(j->isFinished());
            QCOMPARE(j->error().kind(), Kind::Cancelled);
        }
    }

    void badInputFinishesAsynchronously()
    {
        CupiClient *c = client(WireFormat::Json);
        ObjectJob *job = c->get(Res::callHandler(QString()));
        job->setAutoDelete(false);
        QSignalSpy finished(job, &CupiJob::finished);
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind(), Kind::Usage);
        ListJob *list = c->list({});
        QCOMPARE(waitFor(list).kind(), Kind::Usage);
        QCOMPARE(m_server->seen.size(), 0);

        ConnectionSettings remote;
        remote.serverUrl = QUrl(u"http://cuc.example.com"_s);
        CupiClient plain(remote, m_nam.get());
        QCOMPARE(waitFor(plain.get(Res::version())).kind(), Kind::Usage);
    }

    void serverErrorTexts_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<CupiError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("xml ErrorDetails")
            << 400 << QByteArray("application/xml")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ErrorDetails><errors><code>"
                          "DATA_EXCEPTION</code><message>DisplayName is already in use"
                          "</message></errors></ErrorDetails>")
            << Kind::Validation << u"DATA_EXCEPTION"_s << u"DisplayName is already in use"_s;
        QTest::newRow("json ErrorDetails")
            << 400 << QByteArray("application/json")
            << QByteArray("{\"errors\":{\"code\":\"DATA_EXCEPTION\",\"message\":\"MaxMsgLen out "
                          "of range\"}}")
            << Kind::Validation << u"DATA_EXCEPTION"_s << u"MaxMsgLen out of range"_s;
        QTest::newRow("html page")
            << 500 << QByteArray("text/html")
            << QByteArray("<html><head><title>Apache Tomcat/7.0 - Error report</title></head>"
                          "<body><h1>HTTP Status 500</h1></body></html>")
            << Kind::Server << QString() << u"Apache Tomcat/7.0 - Error report"_s;
    }
    void serverErrorTexts()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(CupiError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        m_server->handler = [&](const Seen &) {
            Answer a;
            a.status = status;
            a.contentType = contentType;
            a.body = body;
            return a;
        };
        CupiClient *c = client(WireFormat::Json);
        CupiObject change;
        change.set(u"DisplayName"_s, u"Taken"_s);
        const CupiError error =
            waitFor(c->put(Res::callHandler(u"h1"_s), change, u"Callhandler"_s));
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.serverCode(), code);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QCOMPARE(error.request(), u"PUT /vmrest/handlers/callhandlers/h1"_s);
        QVERIFY(!error.request().contains(u"secret"_s));
    }

    void writes_data() { addWireRows(); }
    void writes()
    {
        QFETCH(WireFormat, wire);
        m_server->handler = [&](const Seen &s) {
            Answer a;
            if (s.method == "POST") {
                a.status = 201;
                a.contentType = "text/plain";
                a.body = "/vmrest/handlers/callhandlers/new-id";
                a.header("Location", "https://127.0.0.1/vmrest/handlers/callhandlers/new-id");
            } else {
                a.status = 204;
            }
            return a;
        };
        CupiClient *c = client(wire);
        CupiObject body;
        body.set(u"DisplayName"_s, u"Sales & Support"_s);
        WriteJob *post = c->post(Res::createCallHandler(u"tmpl"_s), body, u"Callhandler"_s);
        QCOMPARE(waitFor(post).kind(), Kind::None);
        QCOMPARE(post->httpStatus(), 201);
        QCOMPARE(post->createdId(), u"new-id"_s);
        const Seen &s = m_server->seen.last();
        QCOMPARE(s.method, QByteArray("POST"));
        QCOMPARE(s.query.queryItemValue(u"templateObjectId"_s), u"tmpl"_s);
        QCOMPARE(s.contentType, mime(wire));
        const auto decoded = Codec::decodeObject(s.body, wire);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->displayName(), u"Sales & Support"_s);

        WriteJob *put = c->put(Res::callHandler(u"new-id"_s), body, u"Callhandler"_s);
        QCOMPARE(waitFor(put).kind(), Kind::None);
        QCOMPARE(put->httpStatus(), 204);
        WriteJob *del = c->remove(Res::callHandler(u"new-id"_s));
        QCOMPARE(waitFor(del).kind(), Kind::None);
        QCOMPARE(m_server->seen.last().method, QByteArray("DELETE"));
        QVERIFY(m_server->seen.last().body.isEmpty());
    }

    void transferTimeout()
    {
        m_server->handler = [](const Seen &) {
            Answer a;
            a.hold = true; // never answered
            return a;
        };
        ConnectionSettings settings;
        settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
        settings.transferTimeoutMs = 200;
        CupiClient c(settings, m_nam.get());
        const CupiError error = waitFor(c.get(Res::version()));
        QCOMPARE(error.kind(), Kind::Network);
        QVERIFY2(error.message().contains(u"in time"_s), qPrintable(error.message()));
        QCOMPARE(c.inFlight(), 0);
    }

    void connectionRefused()
    {
        m_server.reset(); // nothing listens on m_port any more
        CupiClient *c = client(WireFormat::Json);
        const CupiError error = waitFor(c->get(Res::version()));
        QCOMPARE(error.kind(), Kind::Network);
        QVERIFY(!error.userMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientLoopback)
#include "tst_client_loopback.moc"
