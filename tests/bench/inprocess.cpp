// SPDX-License-Identifier: GPL-3.0-or-later
#include "inprocess.h"

#include "core/codec.h"
#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handlereditor.h"
#include "core/models/handlerfilterproxymodel.h"
#include "core/models/lookupcache.h"
#include "core/models/serversession.h"
#include "core/operations/handlerquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

namespace HandlerDesk::Bench {

using namespace Qt::Literals::StringLiterals;
using Core::CallHandlerListModel;

namespace {

constexpr int TimeoutMs = 600000;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

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

// Runs the event loop until `done()` (checked after every signal of `sender` that the caller
// names, and every 10 ms) or the timeout; true when done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = TimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

int fail(const QString &why)
{
    std::fprintf(stderr, "hd-bench: %s\n", qPrintable(why));
    return 1;
}

void print(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

// An open Connection, or null (with a message) — as the desktop signs in.
Core::Connection *openConnection(const InProcessOptions &o, const QString &password,
                                 QNetworkAccessManager *nam)
{
    Core::ConnectionSettings settings;
    settings.serverUrl = QUrl(o.server);
    settings.user = o.user;
    settings.wire = Core::parseWireFormat(o.wire).value_or(Core::WireFormat::Json);
    settings.pinnedSha256 = o.fingerprint;
    auto *connection = new Core::Connection(settings, nam);
    connection->setPasswordProvider([password] { return password; });
    bool failed = false;
    QObject::connect(connection, &Core::Connection::failed, connection,
                     [&failed] { failed = true; });
    connection->open();
    if (!waitUntil([&] { return connection->isOpen() || failed; }, 60000) || failed) {
        delete connection;
        return nullptr;
    }
    return connection;
}

// The desktop's list: the session's model behind the filter proxy, sorted by name as the view
// is, loading every handler (primary ones too: the same pages as curl).
int measureModel(Core::ServerSession &session)
{
    waitUntil([&] { return session.lookups()->isReady(); }, 60000);
    CallHandlerListModel *model = session.handlers();
    model->setIncludePrimaryHandlers(true);
    Core::HandlerFilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.sort(CallHandlerListModel::NameColumn, Qt::AscendingOrder);

    QElapsedTimer clock;
    double firstRowsMs = -1, allRowsMs = -1, longestStallMs = 0;
    bool finished = false, failed = false;
    QString error;
    const auto seeRows = [&] {
        if (firstRowsMs < 0 && proxy.rowCount() > 0)
            firstRowsMs = msSince(clock);
    };
    QObject::connect(&proxy, &QAbstractItemModel::rowsInserted, &proxy, seeRows);
    QObject::connect(&proxy, &QAbstractItemModel::modelReset, &proxy, seeRows);
    QObject::connect(&proxy, &QAbstractItemModel::layoutChanged, &proxy, seeRows);
    QObject::connect(model, &CallHandlerListModel::loadFinished, &proxy, [&] {
        allRowsMs = msSince(clock);
        finished = true;
    });
    QObject::connect(model, &CallHandlerListModel::loadFailed, &proxy,
                     [&](const Core::CupiError &e) {
                         error = e.message();
                         failed = true;
                     });
    // A 10 ms timer measuring its own lateness: how long the event loop was busy elsewhere.
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QElapsedTimer sinceTick;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longestStallMs = qMax(longestStallMs, msSince(sinceTick) - 10);
        sinceTick.start();
    });

    const qint64 rssBefore = rssBytes();
    clock.start();
    sinceTick.start();
    ticker.start();
    model->refresh();
    waitUntil([&] { return finished || failed; });
    ticker.stop();
    if (!finished)
        return fail(u"the list did not load: "_s + error);
    const int rows = model->rowCount();
    const qint64 rssGrowth = rssBytes() - rssBefore;

    QJsonObject result{{u"rows"_s, rows},
                       {u"firstRowsMs"_s, firstRowsMs},
                       {u"allRowsMs"_s, allRowsMs},
                       {u"stallMs"_s, longestStallMs},
                       {u"rssPerRow"_s, double(rssGrowth) / qMax(1, rows)},
                       {u"estimatePerRow"_s, double(model->approximateBytesPerRow())}};
    QElapsedTimer step;
    for (const QString &text : {u"s"_s, u"sa"_s, u"sal"_s, u"sale"_s}) {
        step.start();
        proxy.setFilterText(text);
        QCoreApplication::processEvents(); // what the change posted, e.g. queued signals
        // What a view asks at once (a proxy may build its mapping lazily, on first use).
        (void)proxy.index(0, 0);
        (void)proxy.rowCount();
        result.insert(u"filter."_s + text, msSince(step));
    }
    proxy.setFilterText(QString());
    QCoreApplication::processEvents();
    // Name last: the proxy is sorted by name already, so it comes after Flags.
    const QStringList names{u"Name"_s,     u"Extension"_s, u"Tenant"_s,    u"ScheduleSet"_s,
                            u"Language"_s, u"TimeZone"_s,  u"Recipient"_s, u"Flags"_s};
    for (int i = 1; i <= CallHandlerListModel::ColumnCount; ++i) {
        const int column = i % CallHandlerListModel::ColumnCount;
        step.start();
        proxy.sort(column, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        (void)proxy.index(0, 0);
        (void)proxy.rowCount();
        result.insert(u"sort."_s + names.at(column), msSince(step));
    }
    print(result);
    return 0;
}

// Opens `runs` different handlers one after another in the session's editor, as a person
// clicking through the list does (after one opening that is not counted: the first also sets up
// the client's connections).
int measureOpen(Core::ServerSession &session, int runs)
{
    Core::ListRequest request = Core::handlerListRequest(Core::HandlerListFilter{});
    request.pageNumber = 1;
    request.rowsPerPage = runs + 1;
    Core::ListJob *job = session.connection()->client()->list(request);
    job->setAutoDelete(false);
    bool listed = false;
    QObject::connect(job, &Core::CupiJob::finished, job, [&] { listed = true; });
    waitUntil([&] { return listed; }, 60000);
    const QList<Core::CupiObject> handlers = job->items();
    delete job;
    if (handlers.size() < runs + 1)
        return fail(
            u"the server listed %1 handlers, fewer than %2"_s.arg(handlers.size()).arg(runs + 1));

    Core::HandlerEditor *editor = session.editor();
    QJsonArray times;
    for (int i = 0; i <= runs; ++i) {
        bool loaded = false, failed = false;
        const auto a =
            QObject::connect(editor, &Core::HandlerEditor::loaded, editor, [&] { loaded = true; });
        const auto b = QObject::connect(editor, &Core::HandlerEditor::loadFailed, editor,
                                        [&] { failed = true; });
        QElapsedTimer timer;
        timer.start();
        editor->load(handlers.at(i).objectId());
        waitUntil([&] { return loaded || failed; }, 60000);
        const double ms = msSince(timer);
        QObject::disconnect(a);
        QObject::disconnect(b);
        if (!loaded)
            return fail(u"opening %1 failed"_s.arg(handlers.at(i).objectId()));
        if (i > 0)
            times.append(ms);
    }
    print({{u"openMs"_s, times}});
    return 0;
}

} // namespace

int runInProcess(const InProcessOptions &options)
{
    std::string line;
    std::getline(std::cin, line);
    const QString password = QString::fromStdString(line);
    QNetworkAccessManager nam;
    Core::Connection *connection = openConnection(options, password, &nam);
    if (!connection)
        return fail(u"could not sign in to "_s + options.server);
    Core::ServerSession session(connection); // takes the connection
    if (options.part == u"model"_s)
        return measureModel(session);
    return measureOpen(session, options.runs);
}

} // namespace HandlerDesk::Bench
