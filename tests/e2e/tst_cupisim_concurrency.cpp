// SPDX-License-Identifier: GPL-3.0-or-later
// cupi-sim serves requests in parallel, up to its 5 processing slots: the latency of 5 requests
// at once is spent once, not 5 times; a 6th waits for a slot; concurrent reads and a change see
// whole objects, before or after the change, never a mix.
#include "tst_cupisim_support.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

namespace {

const QString &handlers = handlersPath;

// Sends every request of `batch` at once, each on its own connection, and waits for all.
struct Call
{
    QByteArray method;
    QString path;
    QByteArray body;
    Reply reply;
};

void sendAll(Sim &sim, QList<Call> &batch,
             const std::vector<std::unique_ptr<QNetworkAccessManager>> &nams)
{
    int pending = 0;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        RequestOptions o;
        o.json = true;
        o.contentType = batch[i].body.isEmpty() ? QByteArray() : "application/json";
        o.nam = nams.at(size_t(i)).get();
        batch[i].reply = Reply();
        sim.sendAsync(batch[i].method, batch[i].path, batch[i].body, o, &batch[i].reply, &pending);
    }
    QTRY_VERIFY_WITH_TIMEOUT(pending == 0, 30000);
}

} // namespace

class TestCupiSimConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void slotsRunInParallel();
    void readsSeeWholeChanges();
    void defaultsMadeOnce();
};

void TestCupiSimConcurrency::slotsRunInParallel()
{
    const int latency = 300;
    Sim sim({u"--latency-ms"_s, QString::number(latency), u"--handlers"_s, u"40"_s, u"--tenants"_s,
             u"0"_s, u"--lenient-sessions"_s}); // 6 sign-ins at once
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    // A page of the list: Api and the serialisation run in the slots. TLS is warmed up first.
    qint64 start = 0;
    const QList<Reply> replies =
        sim.concurrentGets(handlers + u"?rowsPerPage=20&pageNumber=1"_s, 6, true, &start);
    QList<qint64> done;
    for (const Reply &r : replies) {
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r.body, false).total, u"40"_s); // concurrentGets asks for XML
        done.append(r.finishedAtMs - start);
    }
    std::sort(done.begin(), done.end());
    const auto times = [&done] {
        QStringList s;
        for (qint64 t : done)
            s.append(QString::number(t));
        return s.join(u' ');
    };
    // The first 5 share the slots: about one latency each, not 5 one after the other
    // (generous: 2.5 latencies). The 6th gets a slot only when one is free again.
    QVERIFY2(done.at(0) >= latency, qPrintable(times()));
    QVERIFY2(done.at(4) < latency * 5 / 2, qPrintable(times()));
    QVERIFY2(done.at(5) >= 2 * latency, qPrintable(times()));
}

// A handler's name and extension change together in one PUT, again and again, while GETs of the
// handler and of the list read it: every read sees one of the pairs, never one field of each.
void TestCupiSimConcurrency::readsSeeWholeChanges()
{
    Sim sim({u"--handlers"_s, u"2000"_s, u"--tenants"_s, u"1"_s, u"--lenient-sessions"_s});
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    const QList<QPair<QString, QString>> pairs = {{u"Concurrency Left"_s, u"79001"_s},
                                                  {u"Concurrency Right"_s, u"79002"_s}};
    for (const auto &[name, ext] : pairs) {
        const Doc taken = parse(
            sim.get(handlers + u"?query="_s + percent(u"(DtmfAccessId is "_s + ext + u')'), true)
                .body,
            true);
        QCOMPARE(taken.total, u"0"_s);
    }
    const Doc page =
        parse(sim.get(handlers + u"?rowsPerPage=1&pageNumber=1500"_s, true).body, true);
    QCOMPARE(page.items.size(), 1);
    const QString id = page.items.at(0).value(u"ObjectId"_s);
    const QString one = handlers + u'/' + id;
    const QString inList = handlers + u"?query="_s + percent(u"(ObjectId is "_s + id + u')');
    auto putBody = [&pairs](int i) {
        return (u"{\"DisplayName\":\""_s + pairs[i].first + u"\",\"DtmfAccessId\":\""_s +
                pairs[i].second + u"\"}"_s)
            .toUtf8();
    };

    const int readers = 6;
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < readers + 1; ++i)
        nams.push_back(sim.makeNam());
    QList<Call> batch(readers + 1);
    for (int i = 0; i < readers; ++i)
        batch[i] = {"GET", i % 2 ? inList : one, {}, {}};
    int seen[2] = {0, 0};
    for (int round = 0; round < 30; ++round) {
        batch[readers] = {"PUT", one, putBody(round % 2), {}};
        sendAll(sim, batch, nams);
        QCOMPARE(batch[readers].reply.status, 204);
        for (int i = 0; i < readers; ++i) {
            const Reply &r = batch[i].reply;
            QCOMPARE(r.status, 200);
            const Doc d = parse(r.body, true);
            const QMap<QString, QString> h = i % 2 ? d.items.value(0) : d.fields;
            QCOMPARE(h.value(u"ObjectId"_s), id);
            const QPair<QString, QString> got{h.value(u"DisplayName"_s),
                                              h.value(u"DtmfAccessId"_s)};
            if (round == 0 && got != pairs[0] && got != pairs[1])
                continue; // read before the first change: the generated values
            QVERIFY2(got == pairs[0] || got == pairs[1],
                     qPrintable(got.first + u" / "_s + got.second));
            ++seen[got == pairs[1]];
        }
    }
    QVERIFY(seen[0] > 0 && seen[1] > 0);
    const QMap<QString, QString> last = parse(sim.get(one, true).body, true).fields;
    QCOMPARE(last.value(u"DisplayName"_s), pairs[1].first); // round 29 wrote the right pair
    QCOMPARE(last.value(u"DtmfAccessId"_s), pairs[1].second);
}

// The first reads of a handler's greetings store them from the defaults (a change, made alone):
// several at once all get the same list, and a change to one greeting is kept by all reads after.
void TestCupiSimConcurrency::defaultsMadeOnce()
{
    Sim sim({u"--handlers"_s, u"100"_s, u"--tenants"_s, u"0"_s, u"--lenient-sessions"_s});
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    const Doc page = parse(sim.get(handlers + u"?rowsPerPage=1&pageNumber=60"_s, true).body, true);
    QCOMPARE(page.items.size(), 1);
    const QString greetings =
        handlers + u'/' + page.items.at(0).value(u"ObjectId"_s) + u"/greetings"_s;
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < 6; ++i)
        nams.push_back(sim.makeNam());
    QList<Call> batch(6);
    for (int i = 0; i < 5; ++i)
        batch[i] = {"GET", greetings, {}, {}};
    batch[5] = {"PUT", greetings + u"/Alternate"_s, R"({"PlayWhat":"1"})", {}};
    sendAll(sim, batch, nams);
    QCOMPARE(batch[5].reply.status, 204);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(batch[i].reply.status, 200);
        const Doc d = parse(batch[i].reply.body, true);
        QCOMPARE(d.total, u"7"_s);
    }
    const Reply after = sim.get(greetings + u"/Alternate"_s, true);
    QCOMPARE(after.status, 200);
    QCOMPARE(parse(after.body, true).fields.value(u"PlayWhat"_s), u"1"_s);
}

QTEST_GUILESS_MAIN(TestCupiSimConcurrency)
#include "tst_cupisim_concurrency.moc"
