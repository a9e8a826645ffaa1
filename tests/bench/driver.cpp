// SPDX-License-Identifier: GPL-3.0-or-later
#include "driver.h"

#include "childprocess.h"
#include "results.h"

#include "../unit/tst_models_sim.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>

namespace HandlerDesk::Bench {

using namespace Qt::Literals::StringLiterals;

void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

namespace {

constexpr int RowsPerPage = 100;

// What the simulator's log (one "GET /path 200 3ms" line per request) says about the requests
// since `offset`.
struct ServerLog
{
    int requests = 0;
    int refused = 0; // status other than 200
    double seconds = 0;
};

ServerLog readLog(const QString &path, qint64 offset)
{
    static const QRegularExpression line(u"^[A-Z]+ \\S+ (\\d{3}) (\\d+)ms$"_s,
                                         QRegularExpression::MultilineOption);
    ServerLog log;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return log;
    const QString text = QString::fromUtf8(file.readAll());
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        ++log.requests;
        if (m.captured(1) != u"200"_s)
            ++log.refused;
        log.seconds += m.captured(2).toDouble() / 1000;
    }
    return log;
}

QString pageUrl(const QString &server, int page, int rows = RowsPerPage)
{
    return u"%1/vmrest/handlers/callhandlers?rowsPerPage=%2&pageNumber=%3"_s.arg(server)
        .arg(rows)
        .arg(page);
}

QString accept(const QString &wire)
{
    return wire == u"xml"_s ? u"application/xml"_s : u"application/json"_s;
}

} // namespace

Driver::Driver(const Options &options, Results *results)
    : m_options(options)
    , m_results(results)
{
    m_clock.start();
}

Driver::~Driver() = default;

void Driver::paceSignIn()
{
    if (m_options.lenientSessions)
        return;
    // A client may send a request or two without the cookie before the first answer: one
    // client's start per window, so that only a client's own behaviour can meet the limit.
    const qint64 wait = m_lastSignIn + 1200 - m_clock.elapsed();
    if (m_lastSignIn >= 0 && wait > 0)
        QThread::msleep(quint64(wait));
    m_lastSignIn = m_clock.elapsed();
}

ChildRun Driver::run(const ChildSpec &spec, const Server *signsIn, const QString &what)
{
    if (!signsIn)
        return runChild(spec);
    paceSignIn();
    const qint64 offset = QFileInfo(signsIn->log).size();
    const ChildRun r = runChild(spec);
    // What the server refused shows (a client that gets 503 waits and retries: slower).
    if (const int refused = readLog(signsIn->log, offset).refused; refused > 0)
        m_results->warn(
            u"%1: the server refused %2 of its requests (see cupi-sim's log rules)"_s.arg(what).arg(
                refused));
    return r;
}

bool Driver::startServer(Server &server, int size, int latencyMs)
{
    server.log = m_dir.filePath(u"cupi-sim-%1-%2.log"_s.arg(size).arg(latencyMs));
    server.jar = m_dir.filePath(u"jar-%1-%2"_s.arg(size).arg(latencyMs));
    qputenv("CUPISIM_BIN", m_options.simBin.toLocal8Bit());
    server.sim = std::make_unique<Test::CupiSim>();
    server.sim->setLogFile(server.log);
    QStringList args{u"--handlers"_s,   QString::number(size),
                     u"--tenants"_s,    QString::number(m_options.tenants),
                     u"--latency-ms"_s, QString::number(latencyMs)};
    if (m_options.lenientSessions)
        args << u"--lenient-sessions"_s;
    QElapsedTimer timer;
    timer.start();
    if (!server.sim->start(args, 120000)) { // 100,000 handlers take a while
        note(u"cupi-sim %1 did not start"_s.arg(args.join(u' ')));
        return false;
    }
    server.url = server.sim->url().toString();
    server.fingerprint = server.sim->sha256();
    server.user = server.sim->admin().user;
    server.password = server.sim->admin().password;
    // One sign-in for curl's cookie jar; its first page also says how many handlers there are.
    const QString body = m_dir.filePath(u"first-page"_s);
    const ChildRun first =
        run({m_options.curlBin,
             {u"-sSkf"_s, u"-u"_s, server.user + u':' + server.password, u"-c"_s, server.jar,
              u"-H"_s, u"Accept: application/json"_s, u"-o"_s, body, pageUrl(server.url, 1, 1)},
             {},
             {},
             {}},
            &server, u"curl's sign-in"_s);
    QFile file(body);
    static const QRegularExpression total(u"\"@total\"\\s*:\\s*\"?(\\d+)"_s);
    const auto m = file.open(QIODevice::ReadOnly) ? total.match(QString::fromUtf8(file.readAll()))
                                                  : QRegularExpressionMatch();
    if (!first.ok() || !m.hasMatch()) {
        note(u"curl could not read the first page: "_s + first.failure());
        return false;
    }
    server.total = m.captured(1).toLongLong();
    note(u"cupi-sim --handlers %1 --latency-ms %2: up in %3 s, %4 handlers listed"_s.arg(size)
             .arg(latencyMs)
             .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
             .arg(server.total));
    return true;
}

bool Driver::runSize(int size)
{
    const bool inProcessOnly = m_options.parts == QSet<QString>{u"open"_s};
    {
        Server server;
        if (!startServer(server, size, 0))
            return false;
        for (const QString &wire : m_options.wires) {
            if (!inProcessOnly)
                runWire(server, size, wire);
            if (m_options.parts.contains(u"open"_s))
                measureOpen(server, size, wire, u"open.0"_s);
        }
    }
    if (m_options.parts.contains(u"open"_s)) {
        Server slow;
        if (!startServer(slow, size, 20))
            return false;
        for (const QString &wire : m_options.wires)
            measureOpen(slow, size, wire, u"open.20"_s);
    }
    return true;
}

void Driver::runWire(Server &server, int size, const QString &wire)
{
    const QSet<QString> &parts = m_options.parts;
    if (parts.contains(u"floor"_s))
        measureFloor(server, size, wire);
    if (parts.contains(u"handlerctl"_s))
        measureHandlerctl(server, size, wire);
    if (parts.contains(u"python"_s)) {
        measurePython(server, size, wire);
        for (const QString &output : {u"table"_s, u"csv"_s, u"json"_s}) {
            const QString p = u"hc."_s + output;
            m_results->addRatio(p + u".speedup"_s, p + u".wall"_s, u"py.wall"_s, size, wire, true);
        }
    }
    if (parts.contains(u"model"_s))
        measureModel(server, size, wire);
}

void Driver::measureFloor(Server &server, int size, const QString &wire)
{
    const qint64 pages = (server.total + RowsPerPage - 1) / RowsPerPage;
    const QString config = m_dir.filePath(u"curl-%1-%2.cfg"_s.arg(size).arg(wire));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write(u"silent\nshow-error\ninsecure\nfail\nuser = \"%1:%2\"\nheader = \"Accept: %3\"\n"
               "cookie = \"%4\"\n"_s.arg(server.user, server.password, accept(wire), server.jar)
                   .toUtf8());
    for (qint64 page = 1; page <= pages; ++page)
        file.write(u"url = \"%1\"\noutput = \"/dev/null\"\n"_s.arg(pageUrl(server.url, int(page)))
                       .toUtf8());
    file.close();

    const auto fetch = [&](const QString &row, const QStringList &extra) -> std::optional<double> {
        const qint64 offset = QFileInfo(server.log).size();
        const ChildRun r =
            run({m_options.curlBin, extra + QStringList{u"-K"_s, config}, {}, {}, {}});
        ServerLog log = readLog(server.log, offset);
        for (int i = 0; i < 100 && log.requests < pages; ++i) { // the last line may lag
            QThread::msleep(10);
            log = readLog(server.log, offset);
        }
        if (!r.ok() || log.refused > 0) {
            m_results->fail(row, size, wire,
                            r.ok() ? u"%1 requests refused"_s.arg(log.refused) : r.failure());
            return std::nullopt;
        }
        m_results->add(row, size, wire, r.wallSeconds);
        return log.seconds;
    };
    for (int i = 0; i < m_options.runs; ++i) {
        if (const auto serverSeconds = fetch(u"curl.seq"_s, {}))
            m_results->add(u"server"_s, size, wire, *serverSeconds);
        fetch(u"curl.par"_s, {u"--parallel"_s, u"--parallel-max"_s, u"3"_s});
    }
    const Samples seq = m_results->samples(u"curl.seq"_s, size, wire);
    const Samples par = m_results->samples(u"curl.par"_s, size, wire);
    const bool parallelFaster = !par.isEmpty() && (seq.isEmpty() || par.median() < seq.median());
    const Samples &faster = parallelFaster ? par : seq;
    if (faster.isEmpty())
        return;
    for (double v : faster.values) {
        m_results->add(u"floor"_s, size, wire, v);
        m_results->add(u"floor.us"_s, size, wire, v * 1e6 / double(server.total));
    }
    m_results->addRatio(u"server.share"_s, u"server"_s, u"curl.seq"_s, size, wire);
    note(u"[%1 %2] floor %3 s"_s.arg(size).arg(wire).arg(faster.median(), 0, 'f', 3));
}

void Driver::measureHandlerctl(Server &server, int size, const QString &wire)
{
    for (const QString &output : {u"table"_s, u"csv"_s, u"json"_s}) {
        const QString p = u"hc."_s + output;
        ChildSpec spec{m_options.handlerctlBin,
                       {u"--server"_s, server.url, u"--user"_s, server.user,
                        u"--trust-fingerprint"_s, server.fingerprint, u"--password-stdin"_s,
                        u"--wire"_s, wire, u"list"_s, u"--all"_s, u"--output"_s, output},
                       server.password.toUtf8() + '\n',
                       {},
                       {}};
        // One run into a file, not timed: it warms up and shows that every handler came out.
        spec.outputFile = m_dir.filePath(u"handlerctl.out"_s);
        const QString what = u"%1 %2 handlerctl --output %3"_s.arg(size).arg(wire, output);
        const ChildRun check = run(spec, &server, what);
        spec.outputFile.clear();
        if (!check.ok()) {
            m_results->fail(p + u".wall"_s, size, wire, check.failure());
            note(u"handlerctl failed: "_s + check.failure());
            continue;
        }
        checkRows(u"handlerctl --output "_s + output, m_dir.filePath(u"handlerctl.out"_s),
                  server.total + (output == u"json"_s ? 0 : 1), output == u"json"_s);
        for (int i = 0; i < m_options.runs; ++i) {
            const ChildRun r = run(spec, &server, what);
            if (!r.ok()) {
                m_results->fail(p + u".wall"_s, size, wire, r.failure());
                continue;
            }
            m_results->add(p + u".wall"_s, size, wire, r.wallSeconds);
            m_results->add(p + u".cpu"_s, size, wire, r.cpuSeconds);
            m_results->add(p + u".rss"_s, size, wire, r.peakRssMb);
            m_results->add(p + u".us"_s, size, wire, r.wallSeconds * 1e6 / double(server.total));
        }
        m_results->addRatio(p + u".ratio"_s, p + u".wall"_s, u"floor"_s, size, wire);
        if (const Samples *s = m_results->find(p + u".wall"_s, size, wire); s && !s->isEmpty())
            note(u"[%1 %2] handlerctl --output %3: %4 s"_s.arg(size)
                     .arg(wire, output)
                     .arg(s->median(), 0, 'f', 3));
    }
}

void Driver::measurePython(Server &server, int size, const QString &wire)
{
    ChildSpec spec{m_options.python,
                   {m_options.script, u"--server"_s, server.url, u"--user"_s, server.user,
                    u"--wire"_s, wire, u"--password-stdin"_s},
                   server.password.toUtf8() + '\n',
                   m_dir.filePath(u"python.out"_s),
                   {}};
    const QString what = u"%1 %2 the Python script"_s.arg(size).arg(wire);
    const ChildRun check = run(spec, &server, what);
    spec.outputFile.clear();
    if (!check.ok()) {
        m_results->fail(u"py.wall"_s, size, wire, check.failure());
        note(u"the Python script failed: "_s + check.failure());
        return;
    }
    checkRows(u"the Python script"_s, m_dir.filePath(u"python.out"_s), server.total, false);
    for (int i = 0; i < m_options.runs; ++i) {
        const ChildRun r = run(spec, &server, what);
        if (!r.ok()) {
            m_results->fail(u"py.wall"_s, size, wire, r.failure());
            continue;
        }
        m_results->add(u"py.wall"_s, size, wire, r.wallSeconds);
        m_results->add(u"py.cpu"_s, size, wire, r.cpuSeconds);
        m_results->add(u"py.rss"_s, size, wire, r.peakRssMb);
    }
    m_results->addRatio(u"py.ratio"_s, u"py.wall"_s, u"floor"_s, size, wire);
}

void Driver::checkRows(const QString &what, const QString &path, qint64 expected, bool json)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    qint64 count = 0;
    if (json) {
        const QJsonDocument doc = QJsonDocument::fromJson(data);
        // An array, or one object per line.
        count = doc.isArray() ? doc.array().size() : data.count("\n{") + data.startsWith('{');
    } else {
        count = data.count('\n');
    }
    if (json ? count != expected : count < expected)
        m_results->warn(
            u"%1 printed %2 rows where %3 were expected"_s.arg(what).arg(count).arg(expected));
}

} // namespace HandlerDesk::Bench
