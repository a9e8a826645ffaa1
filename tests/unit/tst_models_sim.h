// SPDX-License-Identifier: GPL-3.0-or-later
// Test support for the models' tests: a cupi-sim process of our own on an ephemeral port, and a
// Connection/CupiClient logged in to it. Header-only, included by each models test.
#pragma once

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/fieldtable.h"
#include "core/models/connection.h"
#include "core/models/handleractions.h"
#include "core/resources.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace HandlerDesk::Test {

using namespace Qt::Literals::StringLiterals;

struct SimAccount
{
    QString user;
    QString password;
    bool tenantAdministrator = false;
    QString tenantAlias;
};

// Starts `$CUPISIM_BIN --listen 127.0.0.1:0 <args>` and reads its banner (address, certificate,
// accounts). The process is killed when this object dies.
class CupiSim
{
public:
    ~CupiSim() { stop(); }

    // Where the next start() sends the simulator's standard error (its per-request log);
    // none = discarded.
    void setLogFile(const QString &path) { m_logFile = path; }

    bool start(const QStringList &extraArgs = {}, int timeoutMs = 20000)
    {
        const QString bin = qEnvironmentVariable("CUPISIM_BIN");
        if (bin.isEmpty()) {
            qWarning("CUPISIM_BIN is not set");
            return false;
        }
        m_accounts.clear(); // a restart may bring other passwords
        m_url.clear();
        m_sha256.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->setStandardErrorFile(m_logFile.isEmpty() ? QProcess::nullDevice() : m_logFile);
        m_process->start(bin, QStringList{u"--listen"_s, u"127.0.0.1:0"_s} + extraArgs);
        if (!m_process->waitForStarted(10000))
            return false;
        static const QRegularExpression listening(u"^cupi-sim listening on (\\S+)"_s);
        static const QRegularExpression certificate(u"^certificate sha256 (\\S+)"_s);
        static const QRegularExpression account(
            u"^account (\\S+) password (\\S+) \\((system|tenant) administrator(?:, ([^)]*))?\\)"_s);
        QElapsedTimer timer;
        timer.start();
        // The banner ends with the account lines; wait until output pauses after them.
        while (timer.elapsed() < timeoutMs) {
            if (!m_process->canReadLine() &&
                !m_process->waitForReadyRead(m_accounts.isEmpty() ? 2000 : 300)) {
                if (!m_accounts.isEmpty() || m_process->state() != QProcess::Running)
                    break;
                continue;
            }
            while (m_process->canReadLine()) {
                const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
                if (auto m = listening.match(line); m.hasMatch())
                    m_url = QUrl(m.captured(1));
                else if (auto m = certificate.match(line); m.hasMatch())
                    m_sha256 = m.captured(1);
                else if (auto m = account.match(line); m.hasMatch())
                    m_accounts.append({m.captured(1), m.captured(2), m.captured(3) == u"tenant"_s,
                                       m.captured(4)});
            }
        }
        return m_url.isValid() && !m_accounts.isEmpty();
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    // False once the process has ended (or crashed) or before start().
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    QUrl url() const { return m_url; }
    QString sha256() const { return m_sha256; }
    const QList<SimAccount> &accounts() const { return m_accounts; }
    SimAccount admin() const
    {
        for (const SimAccount &a : m_accounts) {
            if (!a.tenantAdministrator)
                return a;
        }
        return {};
    }
    SimAccount tenantAdmin() const
    {
        for (const SimAccount &a : m_accounts) {
            if (a.tenantAdministrator)
                return a;
        }
        return {};
    }

    Core::ConnectionSettings settings(Core::WireFormat wire, const SimAccount &account,
                                      bool pinned = true) const
    {
        Core::ConnectionSettings s;
        s.serverUrl = m_url;
        s.user = account.user;
        s.wire = wire;
        if (pinned)
            s.pinnedSha256 = m_sha256;
        return s;
    }

    // A client of its own (for checks ON THE SERVER, independent of the object under test).
    std::unique_ptr<Core::CupiClient> makeClient(QNetworkAccessManager *nam, Core::WireFormat wire,
                                                 const SimAccount &account) const
    {
        auto client = std::make_unique<Core::CupiClient>(settings(wire, account), nam);
        const QString password = account.password;
        client->setPasswordProvider([password] { return password; });
        return client;
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_logFile;
    QUrl m_url;
    QString m_sha256;
    QList<SimAccount> m_accounts;
};

// What a run of the built handlerctl (HANDLERCTL_BIN) gave.
struct HandlerctlRun
{
    int code = -1; // -1: it did not finish within a minute
    QByteArray out;
    QByteArray err;
};

// Runs handlerctl as the simulator's system administrator (password from the environment), pinned
// to its certificate; `args` follow those global options.
inline HandlerctlRun runHandlerctl(const CupiSim &sim, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HANDLERDESK_PASSWORD"_s, sim.admin().password);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("HANDLERCTL_BIN"),
            QStringList{u"--server"_s, sim.url().toString(), u"--user"_s, sim.admin().user,
                        u"--trust-fingerprint"_s, sim.sha256()} +
                args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// Waits for a job's finished() (jobs never finish synchronously).
inline bool waitFor(Core::CupiJob *job, int timeoutMs = 30000)
{
    job->setAutoDelete(false);
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &Core::CupiJob::finished);
    return spy.wait(timeoutMs) || job->isFinished();
}

// GET one object on the server; an empty object on failure (with a test warning).
inline Core::CupiObject fetch(Core::CupiClient *client, const QString &path)
{
    std::unique_ptr<Core::ObjectJob> job(client->get(path));
    if (!waitFor(job.get()) || !job->ok()) {
        qWarning() << "GET" << path << "failed:" << job->error().message();
        return {};
    }
    return job->object();
}

inline QList<Core::CupiObject> fetchList(Core::CupiClient *client, const QString &resource,
                                         const QString &item, const QString &query = {})
{
    Core::ListRequest request;
    request.resource = resource;
    request.itemName = item;
    request.query = query;
    std::unique_ptr<Core::ListJob> job(client->list(request));
    if (!waitFor(job.get()) || !job->ok()) {
        qWarning() << "list" << resource << "failed:" << job->error().message();
        return {};
    }
    return job->items();
}

// A call handler of the test's own, made from the first template with `client` (nothing refers
// to it, so the server lets it be deleted); empty on failure.
inline QString createScratchHandler(Core::CupiClient *client, const QString &name)
{
    const QList<Core::CupiObject> templates = fetchList(
        client, Core::Resources::templates(), QString(Core::Resources::Item::CallHandlerTemplate));
    if (templates.isEmpty())
        return {};
    Core::HandlerActions actions(client);
    QSignalSpy created(&actions, &Core::HandlerActions::created);
    actions.createHandler(templates.constFirst().objectId(), name);
    return created.wait(30000) ? created.constFirst().at(0).toString() : QString();
}

inline bool removeOnServer(Core::CupiClient *client, const QString &path)
{
    std::unique_ptr<Core::WriteJob> removal(client->remove(path));
    return waitFor(removal.get()) && removal->ok();
}

// Empty when `actual` has every read/write value of `expected` (e.g. as loaded); else the first
// difference, for a test message.
inline QString differences(const Core::FieldTable &table, const Core::CupiObject &expected,
                           const Core::CupiObject &actual)
{
    for (const auto &[field, value] : expected.fields()) {
        if (!table.isReadOnly(field) && actual.value(field) != value)
            return u"%1: expected '%2', the server has '%3'"_s.arg(field, value,
                                                                   actual.value(field));
    }
    return {};
}

// A Connection of `account` to `sim` on `nam`, opened; null when it did not open.
inline Core::Connection *openConnection(const CupiSim &sim, QNetworkAccessManager *nam,
                                        const SimAccount &account,
                                        Core::WireFormat wire = Core::WireFormat::Json)
{
    auto *connection = new Core::Connection(sim.settings(wire, account), nam);
    const QString password = account.password;
    connection->setPasswordProvider([password] { return password; });
    QSignalSpy opened(connection, &Core::Connection::opened);
    connection->open();
    if (!opened.wait(30000)) {
        delete connection;
        return nullptr;
    }
    return connection;
}

inline void addWireData()
{
    QTest::addColumn<Core::WireFormat>("wire");
    QTest::newRow("json") << Core::WireFormat::Json;
    QTest::newRow("xml") << Core::WireFormat::Xml;
}

} // namespace HandlerDesk::Test

Q_DECLARE_METATYPE(HandlerDesk::Core::WireFormat)
