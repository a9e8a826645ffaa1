// SPDX-License-Identifier: GPL-3.0-or-later
// cupi-sim: a simulator of the Cisco Unity Connection CUPI REST server (/vmrest/...).
#include "api.h"
#include "constants.h"
#include "simserver.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QReadLocker>
#include <QTimer>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSim;

namespace {

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// SIGTERM/SIGINT end the event loop through a socket pair, so that a pending state save is
// written before exit (run-demo.sh stops the simulator with SIGTERM).
int signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalFds[0], &c, 1);
}

void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "cupi-sim: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cupi-sim"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Simulator of the Cisco Unity Connection CUPI REST "
                                            "server, for Handler Desk's tests and demo."));
    parser.addHelpOption();
    auto opt = [&parser](const char *name, const char *help, const char *value = nullptr,
                         const QString &def = {}) {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("main", help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (!def.isEmpty())
            o.setDefaultValue(def);
        parser.addOption(o);
        return o;
    };
    const auto listen = opt("listen", "Address and port to listen on (port 0: any free port).",
                            "host:port", u"127.0.0.1:8443"_s);
    const auto http = opt("http", "Serve plain HTTP instead of HTTPS.");
    const auto cert = opt("cert", "PEM certificate (default: a self-signed one).", "file");
    const auto key = opt("key", "PEM private key of --cert.", "file");
    const auto user = opt("user", "System administrator login.", "name", u"admin"_s);
    const auto password = opt("password", "System administrator password.", "password", u"admin"_s);
    const auto handlers = opt("handlers", "Call handlers in the generated data.", "N",
                              QString::number(DefaultHandlers));
    const auto tenants = opt("tenants", "Tenants in the generated data (0-8).", "N",
                             QString::number(DefaultTenants));
    const auto seed = opt("seed", "Seed of the generated data.", "N", QString::number(DefaultSeed));
    const auto state =
        opt("state", "Load the data from FILE if it exists; save changes to it.", "file");
    const auto latency = opt("latency-ms", "Processing time added to every request.", "ms", u"0"_s);
    const auto maxRows =
        opt("max-rows-per-page", "Cap on the rows of one page (0: none).", "N", u"0"_s);
    const auto totalLie = opt("total-lie",
                              "A fault for tests: every list claims more rows than it has "
                              "(more: 5 more; huge: 2^41 more).",
                              "MODE");
    const auto lenient =
        opt("lenient-sessions", "Accept Basic credentials without a session cookie at any rate "
                                "(by default the third within a second gets 503, as on 10.x).");
    QCommandLineOption strict(u"strict-sessions"_s, u"The default; accepted for old scripts."_s);
    strict.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(strict);
    const auto lockoutAfter =
        opt("lockout-after", "Failed sign-ins that lock an account (0: never).", "N",
            QString::number(DefaultLockoutAfter));
    const auto lockoutMinutes =
        opt("lockout-minutes", "How long a locked account stays locked (0: until restart).",
            "minutes", QString::number(DefaultLockoutMinutes));
    const auto hackReset = opt("hack-reset-minutes",
                               "Minutes without a failed sign-in after which the count restarts.",
                               "minutes", QString::number(DefaultHackResetMinutes));
    const auto queueTimeout = opt("queue-timeout-ms",
                                  "How long a request may wait for one of "
                                  "the 5 processing slots before 503.",
                                  "ms", QString::number(DefaultQueueTimeoutMs));
    const auto rotation = opt("token-rotation-s", "Age at which REQUEST_TOKEN_KEY is rotated.",
                              "seconds", QString::number(DefaultTokenRotationSeconds));
    const auto record = opt("record-requests",
                            "Tests only: append each request (method, path, status, body) to "
                            "FILE as a JSON line.",
                            "file");
    const auto maxBody =
        opt("max-body-kb", "Request bodies larger than this get 413 before they are read.", "KiB",
            QString::number(DefaultMaxBodyKb));
    auto hidden = [&parser](const char *name, int def) {
        QCommandLineOption o(QString::fromLatin1(name), {}, u"ms"_s, QString::number(def));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(o);
        return o;
    };
    const auto handshakeTimeout = hidden("handshake-timeout-ms", DefaultHandshakeTimeoutMs);
    const auto idleTimeout = hidden("idle-timeout-ms", DefaultIdleTimeoutMs);
    addFaultOptions(parser);
    parser.process(app);

    ServerOptions so;
    QString error;
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const int port = hostPort.mid(colon + 1).toInt(&portOk);
    so.address = QHostAddress(colon > 0 ? hostPort.left(colon) : u"127.0.0.1"_s);
    if (colon < 0 || !portOk || port < 0 || port > 65535 || so.address.isNull())
        return fail(u"--listen expects host:port, e.g. 127.0.0.1:8443"_s);
    so.port = quint16(port);
    so.http = parser.isSet(http);
    so.certFile = parser.value(cert);
    so.keyFile = parser.value(key);
    if (so.certFile.isEmpty() != so.keyFile.isEmpty())
        return fail(u"--cert and --key go together"_s);
    so.latencyMs = parser.value(latency).toInt();
    so.queueTimeoutMs = parser.value(queueTimeout).toInt();
    so.tokenRotationSeconds = parser.value(rotation).toInt();
    if (parser.isSet(lenient) && parser.isSet(strict))
        return fail(u"--lenient-sessions and --strict-sessions exclude each other"_s);
    so.strictSessions = !parser.isSet(lenient);
    bool afterOk = false, minutesOk = false, resetOk = false;
    so.lockoutAfter = parser.value(lockoutAfter).toInt(&afterOk);
    so.lockoutMinutes = parser.value(lockoutMinutes).toDouble(&minutesOk);
    so.hackResetMinutes = parser.value(hackReset).toDouble(&resetOk);
    if (!afterOk || !minutesOk || !resetOk || so.lockoutAfter < 0 || so.lockoutMinutes < 0 ||
        so.hackResetMinutes < 0)
        return fail(u"--lockout-after, --lockout-minutes and --hack-reset-minutes take a number "
                    u"of 0 or more"_s);
    so.recordFile = parser.value(record);
    bool bodyOk = false, handshakeOk = false, idleOk = false;
    so.maxBodyBytes = qint64(parser.value(maxBody).toInt(&bodyOk)) * 1024;
    so.handshakeTimeoutMs = parser.value(handshakeTimeout).toInt(&handshakeOk);
    so.idleTimeoutMs = parser.value(idleTimeout).toInt(&idleOk);
    if (!bodyOk || !handshakeOk || !idleOk || so.maxBodyBytes <= 0 || so.handshakeTimeoutMs <= 0 ||
        so.idleTimeoutMs <= 0)
        return fail(u"--max-body-kb and the timeouts take a number above 0"_s);
    if (!readFaultOptions(parser, &so.faults, &error))
        return fail(error);

    Store store;
    const QString statePath = parser.value(state);
    if (!statePath.isEmpty() && QFileInfo::exists(statePath)) {
        if (!store.load(statePath, &error))
            return fail(u"cannot load state %1: %2"_s.arg(statePath, error));
        store.rebuildAccounts(parser.value(user), parser.value(password));
    } else {
        store.generate({parser.value(handlers).toInt(), parser.value(tenants).toInt(),
                        parser.value(seed).toUInt(), parser.value(user), parser.value(password)});
    }

    Api api(store, parser.value(maxRows).toInt());
    if (parser.isSet(totalLie)) {
        const QString mode = parser.value(totalLie);
        if (mode != u"more"_s && mode != u"huge"_s)
            return fail(u"--total-lie takes more or huge"_s);
        api.setTotalLie(mode == u"more"_s ? 5 : qint64(1) << 41);
    }
    QTimer saveTimer;
    saveTimer.setSingleShot(true);
    saveTimer.setInterval(StateSaveDelayMs);
    QObject::connect(&saveTimer, &QTimer::timeout, &app, [&] {
        QString error;
        const QReadLocker reading(&store.lock); // requests go on; changes wait
        if (!store.save(statePath, &error))
            std::fprintf(stderr, "cupi-sim: cannot save state %s: %s\n", qPrintable(statePath),
                         qPrintable(error));
    });
    api.onChanged = [&] { // on a worker thread, holding the Store alone
        if (!statePath.isEmpty())
            QMetaObject::invokeMethod(&saveTimer, qOverload<>(&QTimer::start));
    };
    if (!statePath.isEmpty() && !QFileInfo::exists(statePath))
        saveTimer.start(); // the generated data becomes the state

    Churn churn(store, so.faults, [&] { api.onChanged(); });
    SimServer server(store, api, so);
    if (!server.start(&error))
        return fail(error);
    out(u"cupi-sim listening on "_s + server.url());
    if (!so.http)
        out(u"certificate sha256 "_s + QString::fromLatin1(server.certificateFingerprint()));
    for (const Account &a : std::as_const(store.accounts))
        out(u"account %1 password %2 (%3)"_s.arg(a.login, a.password, a.description));
    quitOnSignals(&app);
    const int rc = app.exec();
    if (saveTimer.isActive()) {
        saveTimer.stop();
        const QReadLocker reading(&store.lock);
        store.save(statePath, &error);
    }
    return rc;
}
