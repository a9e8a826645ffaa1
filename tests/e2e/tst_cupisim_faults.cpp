// SPDX-License-Identifier: GPL-3.0-or-later
// cupi-sim's own robustness (a flood of idle or non-TLS connections, oversized bodies) and its
// fault switches for clients' tests (--fail-rate … --churn-ms, X-CupiSim-No-Faults). Rates of 1
// make each fault certain; each test starts the simulator it needs.
#include "tst_cupisim_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

namespace {

const QString &handlers = handlersPath;

struct Got
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    qint64 ms = 0;
};

// One request with Basic credentials (the simulators run with --lenient-sessions) and, when
// `oracle`, the header that exempts it from faults.
Got fetch(Sim &sim, const QByteArray &method, const QString &path, const QByteArray &body = {},
          bool json = false, bool oracle = false)
{
    const auto nam = sim.makeNam(); // a fresh connection per request
    QNetworkRequest req(QUrl(sim.baseUrl + path));
    req.setRawHeader("Accept", json ? "application/json" : "application/xml");
    req.setRawHeader("Authorization", "Basic " + QByteArray("admin:admin").toBase64());
    if (!body.isEmpty())
        req.setRawHeader("Content-Type", json ? "application/json" : "application/xml");
    if (oracle)
        req.setRawHeader("X-CupiSim-No-Faults", "1");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Got got;
    if (!finished.wait(30000))
        return got;
    got.ms = timer.elapsed();
    got.error = reply->error();
    got.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    got.body = reply->readAll();
    reply->deleteLater();
    return got;
}

QString firstHandler(Sim &sim)
{
    const Got got = fetch(sim, "GET", handlers + u"?rowsPerPage=1"_s, {}, true, true);
    return parse(got.body, true).items.value(0).value(u"ObjectId"_s);
}

QString displayName(Sim &sim, const QString &id)
{
    const Got got = fetch(sim, "GET", handlers + u'/' + id, {}, false, true);
    return parse(got.body, false).fields.value(u"DisplayName"_s);
}

qint64 rssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

std::unique_ptr<Sim> startSim(const QStringList &args)
{
    auto sim = std::make_unique<Sim>(QStringList{u"--lenient-sessions"_s} + args);
    QString error;
    if (!sim->start(&error))
        qWarning("%s", qPrintable(error));
    return sim;
}

} // namespace

class TestCupiSimFaults : public QObject
{
    Q_OBJECT
private slots:
    void floodDoesNotWedge();
    void oversizedBodyRefused();
    void failRate_data();
    void failRate();
    void throttleRate();
    void dropRate();
    void stall();
    void garbage_data();
    void garbage();
    void churn();
    void oracleHeaderBypasses();
    void seedRepeats();
};

// 40 connections that send nothing and 10 that speak plain HTTP to the HTTPS port: a normal
// request is still answered at once (Qt 6.4's QSslServer kept 30 handshakes pending and
// accepted nothing more until Qt's 5 s handshake timeout), and the server closes them all after
// the handshake timeout; an established connection without requests goes after the idle one.
void TestCupiSimFaults::floodDoesNotWedge()
{
    auto sim =
        startSim({u"--handshake-timeout-ms"_s, u"1500"_s, u"--idle-timeout-ms"_s, u"4000"_s});
    QVERIFY(!sim->baseUrl.isEmpty());
    const QUrl url(sim->baseUrl);
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 50; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(url.host(), quint16(url.port()));
        QVERIFY(socket->waitForConnected(5000));
        if (i >= 40)
            socket->write("GET /vmrest/tenants HTTP/1.1\r\nHost: x\r\n\r\n");
        flood.push_back(std::move(socket));
    }
    QTest::qWait(200); // the server has seen them all
    const Got got = fetch(*sim, "GET", u"/vmrest/tenants"_s);
    QCOMPARE(got.status, 200);
    QVERIFY2(got.ms < 1000, qPrintable(u"took %1 ms"_s.arg(got.ms)));

    QSslSocket idle;
    idle.setPeerVerifyMode(QSslSocket::VerifyNone);
    idle.connectToHostEncrypted(url.host(), quint16(url.port()));
    QVERIFY(idle.waitForEncrypted(5000));

    auto closedCount = [&flood] {
        int closed = 0;
        for (const auto &s : flood) {
            s->waitForReadyRead(0);
            s->readAll();
            closed += s->state() == QAbstractSocket::UnconnectedState;
        }
        return closed;
    };
    QTRY_COMPARE_WITH_TIMEOUT(closedCount(), 50, 6000);
    QCOMPARE(idle.state(), QAbstractSocket::ConnectedState); // the idle timeout is longer
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 8000);
    QCOMPARE(fetch(*sim, "GET", u"/vmrest/tenants"_s).status, 200);
}

// A 1 GiB Content-Length gets 413 (or the connection closed) at once, and the simulator does not
// grow by what the client manages to send meanwhile.
void TestCupiSimFaults::oversizedBodyRefused()
{
    auto sim = startSim({u"--max-body-kb"_s, u"64"_s});
    QVERIFY(!sim->baseUrl.isEmpty());
    const qint64 rssBefore = rssKb(sim->processId());
    QVERIFY(rssBefore > 0);
    const QUrl url(sim->baseUrl);
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    QVERIFY(socket.waitForEncrypted(5000));
    QElapsedTimer timer;
    timer.start();
    socket.write("PUT " + handlers.toUtf8() +
                 "/x HTTP/1.1\r\nHost: x\r\nAuthorization: Basic YWRtaW46YWRtaW4=\r\n"
                 "Content-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n");
    const QByteArray chunk(1 << 20, 'a');
    QByteArray answer;
    for (int i = 0; i < 64 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(chunk);
        socket.waitForBytesWritten(100);
        socket.waitForReadyRead(10);
        answer += socket.readAll();
    }
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(2000))
        answer += socket.readAll();
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413") || socket.state() != QAbstractSocket::ConnectedState,
             answer.left(80).constData());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    const qint64 rssAfter = rssKb(sim->processId());
    QVERIFY2(rssAfter - rssBefore < 30 * 1024,
             qPrintable(u"VmRSS %1 kB -> %2 kB"_s.arg(rssBefore).arg(rssAfter)));
    // A body within the cap is served as before.
    const QString id = firstHandler(*sim);
    const Got put =
        fetch(*sim, "PUT", handlers + u'/' + id, R"({"DisplayName":"Within the cap"})", true);
    QCOMPARE(put.status, 204);
    QCOMPARE(displayName(*sim, id), u"Within the cap"_s);
}

void TestCupiSimFaults::failRate_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("xml") << false;
    QTest::newRow("json") << true;
}

// 500 with an ErrorDetails body in the request's format; the change is not applied.
void TestCupiSimFaults::failRate()
{
    QFETCH(bool, json);
    auto sim = startSim({u"--fail-rate"_s, u"1"_s});
    const QString id = firstHandler(*sim);
    const QString before = displayName(*sim, id);
    const Got get = fetch(*sim, "GET", handlers + u'/' + id, {}, json);
    QCOMPARE(get.status, 500);
    const Doc doc = parse(get.body, json);
    QVERIFY2(doc.ok, qPrintable(doc.error));
    QCOMPARE(doc.root, json ? u"errors"_s : u"ErrorDetails"_s);
    QVERIFY(!doc.fields.value(u"code"_s).isEmpty());
    QVERIFY(!doc.fields.value(u"message"_s).isEmpty());
    const Got put = fetch(*sim, "PUT", handlers + u'/' + id,
                          json ? R"({"DisplayName":"Failed"})"
                               : "<Callhandler><DisplayName>"
                                 "Failed</DisplayName>"
                                 "</Callhandler>",
                          json);
    QCOMPARE(put.status, 500);
    QCOMPARE(displayName(*sim, id), before);
}

// 503 as the throttle sends it (Tomcat's HTML page); not applied.
void TestCupiSimFaults::throttleRate()
{
    auto sim = startSim({u"--throttle-rate"_s, u"1"_s});
    const QString id = firstHandler(*sim);
    const QString before = displayName(*sim, id);
    const Got put =
        fetch(*sim, "PUT", handlers + u'/' + id, R"({"DisplayName":"Throttled"})", true);
    QCOMPARE(put.status, 503);
    QVERIFY(put.body.contains("server busy"));
    QCOMPARE(displayName(*sim, id), before);
}

// The reply is cut off: the client sees a network error, yet the PUT is on the server.
void TestCupiSimFaults::dropRate()
{
    auto sim = startSim({u"--drop-rate"_s, u"1"_s});
    const QString id = firstHandler(*sim);
    const Got get = fetch(*sim, "GET", handlers + u'/' + id);
    QVERIFY2(get.error != QNetworkReply::NoError, get.body.left(80).constData());
    const Got put = fetch(*sim, "PUT", handlers + u'/' + id, R"({"DisplayName":"Landed"})", true);
    QVERIFY2(put.error != QNetworkReply::NoError, qPrintable(QString::number(put.status)));
    QCOMPARE(displayName(*sim, id), u"Landed"_s);
}

// The reply starts, pauses --stall-ms, then completes intact.
void TestCupiSimFaults::stall()
{
    auto sim = startSim({u"--stall-ms"_s, u"1200"_s, u"--stall-rate"_s, u"1"_s});
    const QString id = firstHandler(*sim);
    const Got get = fetch(*sim, "GET", handlers + u'/' + id, {}, true);
    QCOMPARE(get.status, 200);
    QVERIFY2(get.ms >= 1100, qPrintable(u"%1 ms"_s.arg(get.ms)));
    QVERIFY(parse(get.body, true).ok);
    QCOMPARE(parse(get.body, true).fields.value(u"ObjectId"_s), id);
    const Got put = fetch(*sim, "PUT", handlers + u'/' + id, R"({"DisplayName":"Slow"})", true);
    QCOMPARE(put.status, 204);
    QVERIFY2(put.ms >= 1100, qPrintable(u"%1 ms"_s.arg(put.ms)));
    QCOMPARE(displayName(*sim, id), u"Slow"_s);
}

void TestCupiSimFaults::garbage_data()
{
    failRate_data();
}

// A 200 whose body does not parse; a write is applied all the same.
void TestCupiSimFaults::garbage()
{
    QFETCH(bool, json);
    auto sim = startSim({u"--garbage-rate"_s, u"1"_s});
    const QString id = firstHandler(*sim);
    const Got get = fetch(*sim, "GET", handlers + u'/' + id, {}, json);
    QCOMPARE(get.status, 200);
    QVERIFY(!get.body.isEmpty());
    QVERIFY(!parse(get.body, json).ok);
    const Got list = fetch(*sim, "GET", handlers + u"?rowsPerPage=3"_s, {}, json);
    QCOMPARE(list.status, 200);
    QVERIFY(!parse(list.body, json).ok);
    const Got put = fetch(*sim, "PUT", handlers + u'/' + id, R"({"DisplayName":"Garbled"})", true);
    QCOMPARE(put.status, 200);
    QVERIFY(!parse(put.body, true).ok);
    QCOMPARE(displayName(*sim, id), u"Garbled"_s);
}

// Handlers change behind the client's back.
void TestCupiSimFaults::churn()
{
    auto sim = startSim({u"--churn-ms"_s, u"50"_s, u"--handlers"_s, u"20"_s});
    auto names = [&sim] {
        QStringList out;
        const Got list = fetch(*sim, "GET", handlers + u"?rowsPerPage=100"_s, {}, true, true);
        for (const auto &item : parse(list.body, true).items)
            out.append(item.value(u"DisplayName"_s));
        return out;
    };
    const QStringList before = names();
    QVERIFY(!before.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(names() != before, 5000);
    QVERIFY(names().filter(u"Churned"_s).size() > 0);
}

// X-CupiSim-No-Faults: 1 is never faulted, whatever the rates.
void TestCupiSimFaults::oracleHeaderBypasses()
{
    auto sim = startSim({u"--fail-rate"_s, u"0.25"_s, u"--throttle-rate"_s, u"0.25"_s,
                         u"--drop-rate"_s, u"0.25"_s, u"--garbage-rate"_s, u"0.25"_s});
    for (int i = 0; i < 10; ++i) {
        const Got got = fetch(*sim, "GET", handlers + u"?rowsPerPage=2"_s, {}, i % 2, true);
        QCOMPARE(got.error, QNetworkReply::NoError);
        QCOMPARE(got.status, 200);
        QVERIFY(parse(got.body, i % 2).ok);
    }
    // The rates add up to 1: without the header, every request meets one of the faults.
    for (int i = 0; i < 4; ++i) {
        const Got got = fetch(*sim, "GET", handlers + u"?rowsPerPage=2"_s);
        QVERIFY(got.error != QNetworkReply::NoError || got.status != 200 ||
                !parse(got.body, false).ok);
    }
}

// The same --fault-seed gives the same faults in the same order; another seed other ones.
void TestCupiSimFaults::seedRepeats()
{
    auto statuses = [](const QString &seed) {
        auto sim = startSim({u"--fail-rate"_s, u"0.5"_s, u"--fault-seed"_s, seed});
        QList<int> out;
        for (int i = 0; i < 16; ++i)
            out.append(fetch(*sim, "GET", u"/vmrest/tenants"_s).status);
        return out;
    };
    const QList<int> first = statuses(u"7"_s);
    QCOMPARE(statuses(u"7"_s), first);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(500));
    QVERIFY(statuses(u"8"_s) != first);
}

QTEST_GUILESS_MAIN(TestCupiSimFaults)
#include "tst_cupisim_faults.moc"
