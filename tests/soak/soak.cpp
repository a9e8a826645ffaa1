// SPDX-License-Identifier: GPL-3.0-or-later
#include "soak.h"

#include "oracle.h"

#include "../unit/tst_models_sim.h"
#include "core/models/serversession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace HandlerDesk::Soak {

using namespace Qt::Literals::StringLiterals;

namespace {

// The core client logs each retry ("retrying GET … in N ms") in handlerdesk.cupi; counted here,
// and nothing else of its information is printed.
// The core's warnings (a failed page, …) are counted, not printed: the soak reports what the
// user was shown through the models' signals.
int g_retries = 0;
int g_coreWarnings = 0;
QtMessageHandler g_previous = nullptr;

void countRetries(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtInfoMsg) {
        if (qstrcmp(context.category, "handlerdesk.cupi") == 0 && message.startsWith(u"retrying"))
            ++g_retries;
        return;
    }
    if (type == QtWarningMsg && context.category &&
        QByteArrayView(context.category).startsWith("handlerdesk.")) {
        ++g_coreWarnings;
        return;
    }
    if (g_previous)
        g_previous(type, context, message);
}

void say(const QString &text)
{
    std::fprintf(stderr, "hd-soak: %s\n", qPrintable(text));
}

} // namespace

Soak::Soak(const Options &options)
    : m_options(options)
    , m_random(options.seed)
{
}

Soak::~Soak()
{
    for (auto &session : m_sessions)
        session.reset();
    if (m_sim)
        m_sim->stop();
}

int Soak::run()
{
    QLoggingCategory::setFilterRules(u"handlerdesk.*.info=false\nhandlerdesk.cupi.info=true"_s);
    g_previous = qInstallMessageHandler(countRetries);
    m_clock.start();
    if (!start())
        return 2;
    loop();
    return finish();
}

bool Soak::start()
{
    qputenv("CUPISIM_BIN", m_options.simBin.toLocal8Bit());
    m_sim = std::make_unique<Test::CupiSim>();
    m_sim->setLogFile(m_options.simLog);
    if (!m_sim->start(m_options.simArgs, 120000)) {
        say(u"cupi-sim did not start: %1 %2"_s.arg(m_options.simBin, m_options.simArgs.join(u' ')));
        return false;
    }
    say(u"cupi-sim %1 on %2"_s.arg(m_options.simArgs.join(u' '), m_sim->url().toString()));
    m_ledger = std::make_unique<Ledger>(m_options.journal);
    m_oracle = std::make_unique<Oracle>(m_sim->url(), m_sim->sha256(), m_sim->admin().user,
                                        m_sim->admin().password);
    const auto ids = m_oracle->systemHandlerIds();
    const auto zones = m_oracle->list(u"timezones"_s, u"TimeZone"_s);
    if (!ids || ids->isEmpty() || !zones || !m_ledger->isOpen()) {
        say(u"could not read the server's handlers: "_s + m_oracle->lastError());
        return false;
    }
    m_ids = *ids;
    for (const QJsonValue &zone : *zones) {
        if (m_timeZones.size() < 40)
            m_timeZones << zone.toObject().value(u"TimeZoneId"_s).toString();
    }
    QHash<QString, HandlerState> snapshot;
    for (const QString &id : std::as_const(m_ids)) {
        const auto state = m_oracle->readHandler(id);
        if (!state) {
            say(u"could not read handler %1: %2"_s.arg(id, m_oracle->lastError()));
            return false;
        }
        snapshot.insert(id, *state);
    }
    m_ledger->setSnapshot(snapshot);
    // The hot handlers: the first of a seeded shuffle.
    std::shuffle(m_ids.begin(), m_ids.end(), m_random);
    say(u"%1 system call handlers, snapshot taken; seed %2; journal %3"_s.arg(m_ids.size())
            .arg(m_options.seed)
            .arg(m_options.journal));
    return openSession(0) && openSession(1);
}

void Soak::loop()
{
    const qint64 endMs = m_options.seconds * 1000;
    while (m_clock.elapsed() < endMs) {
        const int index = int(m_random.bounded(2));
        const int r = int(m_random.bounded(100));
        if (!m_sessions[index] && !openSession(index)) {
            ++m_figures.failures[u"sign-in"_s];
        } else if (r < 12) {
            listWithModel(index);
        } else if (r < 24) {
            openOnly(index);
        } else if (r < 70 || m_clock.elapsed() - m_lastHandlerctl < 1100) {
            // handlerctl signs in with Basic each run: at most one start a second (the
            // simulator, as a 10.x server, refuses a third sign-in within a second).
            editAndSave(index);
        } else {
            const int which = int(m_random.bounded(100));
            if (which < 30)
                handlerctlList();
            else if (which < 55)
                handlerctlShow();
            else
                handlerctlSet();
        }
        if (!m_sim->isRunning()) {
            ++m_figures.crashes;
            m_figures.problems << u"cupi-sim died during: "_s + m_currentOp;
            say(m_figures.problems.constLast());
            return;
        }
        progress();
    }
}

void Soak::progress()
{
    if (m_clock.elapsed() - m_lastProgress < 30000)
        return;
    m_lastProgress = m_clock.elapsed();
    int operations = 0;
    for (int n : std::as_const(m_figures.operations))
        operations += n;
    say(u"%1 s: %2 operations, %3 save attempts, %4 retries, %5 mismatches, %6 hangs, %7 crashes"_s
            .arg(m_clock.elapsed() / 1000)
            .arg(operations)
            .arg(m_ledger->attempts())
            .arg(g_retries)
            .arg(m_ledger->mismatches().size())
            .arg(m_figures.hangs)
            .arg(m_figures.crashes));
}

bool Soak::waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 limit = qint64(m_options.hangSeconds) * 1000;
    while (!done() && timer.elapsed() < limit) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

void Soak::hang(const QString &what)
{
    ++m_figures.hangs;
    m_figures.problems << u"HANG (no outcome in %1 s): %2"_s.arg(m_options.hangSeconds).arg(what);
    say(m_figures.problems.constLast());
}

QString Soak::pickHandler()
{
    const int hot = int(qMin<qsizetype>(m_options.hotHandlers, m_ids.size()));
    if (hot > 0 && m_random.bounded(100) < 80)
        return m_ids.at(int(m_random.bounded(hot)));
    return m_ids.at(int(m_random.bounded(int(m_ids.size()))));
}

QString Soak::uniqueName()
{
    return u"Soak %1-%2"_s.arg(m_options.seed).arg(++m_names);
}

int Soak::finish()
{
    for (auto &session : m_sessions)
        session.reset();
    QHash<QString, HandlerState> final;
    const bool alive = m_sim->isRunning();
    if (alive) {
        for (const QString &id : std::as_const(m_ids)) {
            if (const auto state = m_oracle->readHandler(id))
                final.insert(id, *state);
        }
    }
    if (!alive || final.size() != m_ids.size()) {
        ++m_figures.crashes;
        m_figures.problems << u"the simulator did not answer the final read: "_s +
                                  m_oracle->lastError();
    }
    if (alive)
        m_ledger->check(final);
    m_sim->stop();

    // The faults the simulator logged: "fault: <kind> <METHOD> <path>".
    QHash<QString, int> faults;
    int faultTotal = 0;
    QFile log(m_options.simLog);
    if (log.open(QIODevice::ReadOnly)) {
        while (!log.atEnd()) {
            const QByteArray line = log.readLine();
            if (!line.startsWith("fault: "))
                continue;
            const QList<QByteArray> words = line.simplified().split(' ');
            ++faults[QString::fromLatin1(words.value(1) + ' ' + words.value(2))];
            ++faultTotal;
        }
    }

    const auto table = [](const QHash<QString, int> &counts) {
        QStringList keys = counts.keys();
        keys.sort();
        QStringList parts;
        for (const QString &k : std::as_const(keys))
            parts << u"%1 %2"_s.arg(k).arg(counts.value(k));
        return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
    };
    int operations = 0;
    for (int n : std::as_const(m_figures.operations))
        operations += n;
    const int mismatches = int(m_ledger->mismatches().size());
    std::printf("hd-soak: %lld s, seed %u, cupi-sim %s\n", m_clock.elapsed() / 1000, m_options.seed,
                qPrintable(m_options.simArgs.join(u' ')));
    std::printf("operations: %d (%s)\n", operations, qPrintable(table(m_figures.operations)));
    std::printf("reported failures: %s\n", qPrintable(table(m_figures.failures)));
    std::printf("save attempts: %d (%s)\n", m_ledger->attempts(),
                qPrintable(table(m_ledger->outcomes())));
    std::printf("faults met: %d (%s)\n", faultTotal, qPrintable(table(faults)));
    std::printf("retries (core client): %d; core warnings logged: %d\n", g_retries, g_coreWarnings);
    std::printf("saves reported as failed that landed: %d (partial writes among them: %d)\n",
                m_figures.landedButFailed, m_figures.partialWrites);
    std::printf("handlers checked: %lld (%d touched, %lld untouched)\n",
                qint64(m_ledger->snapshot().size()), m_ledger->touchedHandlers(),
                qint64(m_ledger->snapshot().size()) - m_ledger->touchedHandlers());
    std::printf("mismatches: %d\ncrashes: %d\nhangs: %d\n", mismatches, m_figures.crashes,
                m_figures.hangs);
    for (const QString &m : m_ledger->mismatches())
        std::printf("  mismatch: %s\n", qPrintable(m));
    for (const QString &p : std::as_const(m_figures.problems))
        std::printf("  %s\n", qPrintable(p));
    std::printf("journal: %s\nsimulator log: %s\n", qPrintable(m_options.journal),
                qPrintable(m_options.simLog));
    std::printf("%s\n", mismatches == 0 && m_figures.crashes == 0 && m_figures.hangs == 0
                            ? "SOAK PASSED"
                            : "SOAK FAILED");
    return mismatches == 0 && m_figures.crashes == 0 && m_figures.hangs == 0 ? 0 : 1;
}

} // namespace HandlerDesk::Soak
