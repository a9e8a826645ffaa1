// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handlerctl/context.h"

#include "core/cupijob.h"
#include "core/displaytext.h"
#include "core/operations/passwordsource.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using HandlerDesk::Core::CupiError;

namespace HandlerDesk::Ctl {

namespace {
// Server text on stderr: an error message (ErrorDetails, an HTML page) and the server's code.
constexpr qsizetype MaxMessageLength = 1000;
constexpr qsizetype MaxCodeLength = 100;
} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool askYes(const QString &question)
{
    err() << question << ' ' << Context::tr("[y/N]") << ' ';
    err().flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s;
}

int exitCodeFor(const CupiError &error)
{
    switch (error.kind()) {
    case CupiError::Kind::None:
        return ExitOk;
    case CupiError::Kind::Usage:
        return ExitUsage;
    case CupiError::Kind::Tls:
        return ExitTls;
    case CupiError::Kind::Auth:
        return ExitAuth;
    case CupiError::Kind::Network:
    case CupiError::Kind::Cancelled:
        return ExitNetwork;
    default:
        return ExitServer;
    }
}

Context::Context() = default;

Context::~Context()
{
    delete m_client;
    delete m_nam;
}

int Context::connect()
{
    namespace Password = Core::PasswordSource;
    const QString key = Password::keychainKey(settings);
    Core::KeychainSecretStore keychain;
    const auto readFrom = [&](Password::Source source) {
        Core::SecretResult result;
        QEventLoop loop;
        Password::read(source, key, &keychain, &loop, [&](const Core::SecretResult &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        return result;
    };
    const Password::Source source = Password::choose(passwordFromStdin);
    Core::SecretResult result = readFrom(source);
    // Nothing in the keychain (or no keychain): at a terminal, ask (echo off).
    if (source == Password::Source::Keychain && (!result.ok() || !result.found) &&
        stdinIsTerminal())
        result = readFrom(Password::Source::StandardInput);
    if (!result.ok() || !result.found) { // only the keychain can lack it
        err() << program << ": "
              << (result.ok() ? tr("no password for %1 in the keychain.").arg(key) : result.error)
              << '\n'
              << tr("Set HANDLERDESK_PASSWORD, use --password-stdin, or run on a terminal to be "
                    "asked.")
              << '\n';
        err().flush();
        return ExitAuth;
    }
    if (result.password.isEmpty()) { // an empty stdin, or an empty line typed at the prompt
        err() << program << ": " << tr("the password is empty; nothing was sent.") << '\n';
        err().flush();
        return ExitUsage;
    }
    m_nam = new QNetworkAccessManager;
    m_client = new Core::CupiClient(settings, m_nam);
    m_client->setPasswordProvider([password = result.password] { return password; });
    return ExitOk;
}

CupiError Context::wait(Core::CupiJob *job)
{
    // finished() always comes from the event loop, so it cannot have been emitted yet.
    job->setAutoDelete(false); // the job stays readable; the client deletes it at exit
    QEventLoop loop;
    QObject::connect(job, &Core::CupiJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return job->error();
}

int Context::usage(const QString &message) const
{
    err() << program << ": " << message << '\n'
          << tr("Try '%1 --help' for more information.").arg(program) << '\n';
    err().flush();
    return ExitUsage;
}

int Context::outputFailed(int error) const
{
    if (error != EPIPE) { // a reader that stopped reading (| head) needs no message
        err() << program << ": "
              << tr("could not write the output: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(error)))
              << '\n';
        err().flush();
    }
    return ExitOutput;
}

void Context::printRequest(const CupiError &error) const
{
    if (error.serverCode().isEmpty() && error.request().isEmpty())
        return;
    QTextStream &e = err();
    e << "  " << Core::safeText(error.request(), MaxMessageLength);
    if (error.httpStatus() > 0)
        e << " → HTTP " << error.httpStatus();
    if (!error.serverCode().isEmpty())
        e << " " << Core::safeText(error.serverCode(), MaxCodeLength);
    e << '\n';
}

int Context::fail(const CupiError &error) const
{
    QTextStream &e = err();
    if (error.kind() == CupiError::Kind::Tls && !error.certificate().sha256.isEmpty()) {
        const auto &cert = error.certificate();
        e << program << ": "
          << (cert.pinnedMismatch
                  ? tr("the server's certificate has CHANGED and does not match the "
                       "fingerprint you trusted.")
                  : tr("the server's certificate is not trusted."))
          << '\n';
        e << "  " << tr("subject:  %1").arg(Core::safeText(cert.subject, MaxMessageLength)) << '\n';
        e << "  " << tr("issuer:   %1").arg(Core::safeText(cert.issuer, MaxMessageLength)) << '\n';
        e << "  "
          << tr("valid:    %1 to %2")
                 .arg(cert.notBefore.toString(Qt::ISODate), cert.notAfter.toString(Qt::ISODate))
          << '\n';
        for (const QString &problem : cert.errors)
            e << "  " << tr("problem:  %1").arg(problem) << '\n';
        e << "  SHA-256:  " << cert.sha256 << '\n';
        e << tr("If this is your server's certificate, run again with:") << '\n'
          << "  --trust-fingerprint " << cert.sha256 << '\n';
    } else {
        // The server's words, on a terminal: cleaned and capped.
        e << program << ": " << Core::safeText(error.userMessage(), MaxMessageLength) << '\n';
        printRequest(error);
        const QString method = error.request().section(u' ', 0, 0);
        if (method != u"GET"_s && !method.isEmpty() && error.writeMayHaveLanded())
            e << tr("The server may or may not have made this change: check it before trying "
                    "again.")
              << '\n';
    }
    e.flush();
    return exitCodeFor(error);
}

} // namespace HandlerDesk::Ctl
