// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): CallHandlerListModel and HandlerFilterProxyModel with 40,000 handlers.
//   bench_listmodel                      offline: rows built in memory
//   bench_listmodel /path/to/cupi-sim    also loads 40,000 handlers from a cupi-sim it starts
// Prints rows/s, bytes/row (model estimate and process RSS growth) and filter/sort times.
#include "tst_models_sim.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/handlerfilterproxymodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUuid>

#include <cstdio>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Rows = 40000;

qint64 rssBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return 0;
}

QList<CupiObject> makeHandlers()
{
    const QStringList words{u"Sales"_s,       u"Billing"_s, u"Support"_s,  u"Main Menu"_s,
                            u"After Hours"_s, u"Holiday"_s, u"Operator"_s, u"Directory"_s};
    QStringList scheduleSets, tenants;
    for (int i = 0; i < 6; ++i)
        scheduleSets << QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int i = 0; i < 3; ++i)
        tenants << QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<CupiObject> handlers;
    handlers.reserve(Rows);
    for (int i = 0; i < Rows; ++i) {
        CupiObject o;
        o.set(u"ObjectId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        o.set(u"DisplayName"_s, words.at(i % words.size()) + u' ' +
                                    words.at((i / 8) % words.size()) + u' ' + QString::number(i));
        o.set(u"DtmfAccessId"_s, QString::number(100000 + i));
        o.set(u"TenantObjectId"_s, tenants.at(i % 3));
        o.set(u"ScheduleSetObjectId"_s, scheduleSets.at(i % 6));
        o.set(u"RecipientDistributionListObjectId"_s, tenants.at((i + 1) % 3));
        o.set(u"Language"_s, u"1033"_s);
        o.set(u"UseDefaultLanguage"_s, u"true"_s);
        o.set(u"UseCallLanguage"_s, u"false"_s);
        o.set(u"TimeZone"_s, u"35"_s);
        o.set(u"UseDefaultTimeZone"_s, u"true"_s);
        o.set(u"Undeletable"_s, u"false"_s);
        o.set(u"IsPrimary"_s, u"false"_s);
        handlers.append(o);
    }
    return handlers;
}

void measureProxy(CallHandlerListModel &model)
{
    HandlerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QElapsedTimer timer;
    timer.start();
    proxy.sort(CallHandlerListModel::NameColumn);
    std::printf("  sort by name (natural):  %lld ms\n", timer.elapsed());
    for (const QString &text : {u"s"_s, u"sales main"_s, u"12345"_s, u"zzz"_s, QString()}) {
        timer.restart();
        proxy.setFilterText(text);
        std::printf("  setFilterText(\"%s\"):  %lld ms, %d rows\n", qPrintable(text),
                    timer.elapsed(), proxy.rowCount());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("CallHandlerListModel, %d rows\n", Rows);
    {
        const QList<CupiObject> handlers = makeHandlers();
        CallHandlerListModel model(nullptr);
        const qint64 before = rssBytes();
        QElapsedTimer timer;
        timer.start();
        for (const CupiObject &h : handlers)
            model.addHandler(h);
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        std::printf("offline (addHandler one by one): %lld ms, %.0f rows/s\n", ms,
                    Rows * 1000.0 / ms);
        std::printf("  bytes/row: model estimate %lld, RSS growth %lld\n",
                    model.approximateBytesPerRow(), (rssBytes() - before) / Rows);
        measureProxy(model);
    }
    if (argc > 1) {
        qputenv("CUPISIM_BIN", argv[1]);
        Test::CupiSim sim;
        if (!sim.start({u"--handlers"_s, QString::number(Rows)})) {
            std::printf("cupi-sim did not start\n");
            return 1;
        }
        QNetworkAccessManager nam;
        for (const auto wire : {WireFormat::Json, WireFormat::Xml}) {
            auto client = sim.makeClient(&nam, wire, sim.admin());
            CallHandlerListModel model(client.get());
            model.setIncludePrimaryHandlers(true);
            QSignalSpy done(&model, &CallHandlerListModel::loadFinished);
            QSignalSpy failed(&model, &CallHandlerListModel::loadFailed);
            qint64 longestGapMs = 0;
            QElapsedTimer gap;
            gap.start();
            QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                             [&] { longestGapMs = qMax(longestGapMs, gap.restart()); });
            const qint64 before = rssBytes();
            QElapsedTimer timer;
            timer.start();
            model.refresh();
            while (done.isEmpty() && failed.isEmpty())
                done.wait(120000);
            const qint64 ms = qMax<qint64>(1, timer.elapsed());
            std::printf("from cupi-sim (%s, pages of %d): %d rows in %lld ms, %.0f rows/s, "
                        "longest wait between pages %lld ms\n",
                        wire == WireFormat::Json ? "JSON" : "XML", client->settings().pageSize,
                        model.rowCount(), ms, model.rowCount() * 1000.0 / ms, longestGapMs);
            std::printf("  bytes/row: model estimate %lld, RSS growth %lld\n",
                        model.approximateBytesPerRow(),
                        (rssBytes() - before) / qMax(1, model.rowCount()));
        }
    }
    return 0;
}
