// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupiclient.h"
#include "core/cupierror.h"
#include "core/exitstatus.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QNetworkAccessManager;
class QTextStream;

namespace HandlerDesk::Core {
class CupiJob;
}

namespace HandlerDesk::Ctl {

// The exit codes of handlerctl: core's table, shared with handlerdesk (core/exitstatus.h).
using Core::ExitAuth;
using Core::ExitNetwork;
using Core::ExitOk;
using Core::ExitOutput;
using Core::ExitServer;
using Core::ExitTls;
using Core::ExitUsage;

QTextStream &out();
QTextStream &err();
bool stderrIsTerminal();
bool stdinIsTerminal();
// Asks `question` on stderr with " [y/N] " and reads the answer from stdin: true for y or yes.
bool askYes(const QString &question);

// What every command gets: the parsed global options and a client on them.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Ctl::Context)
public:
    Context();
    ~Context();

    Core::ConnectionSettings settings;
    bool passwordFromStdin = false;
    QString program = QStringLiteral("handlerctl");

    // Makes the client, reading the password (env, stdin or keychain). ExitOk or why not.
    int connect();
    Core::CupiClient *client() const { return m_client; }

    // Runs a local event loop until the job finished (allowed in a command-line tool).
    // Returns the job's error (None on success); the job is not auto-deleted (the client,
    // its parent, deletes it at exit), so its results stay readable.
    Core::CupiError wait(Core::CupiJob *job);

    // Prints the error the way a person and a script want it and returns the exit code.
    int fail(const Core::CupiError &error) const;
    // The request an error answered, on stderr: "  PUT /vmrest/… → HTTP 400 CODE" (if known).
    void printRequest(const Core::CupiError &error) const;
    int usage(const QString &message) const;
    // Standard output could not be written (errno `error`): a closed pipe ends quietly, anything
    // else (a full disk) is said. Returns ExitOutput.
    int outputFailed(int error) const;

private:
    QNetworkAccessManager *m_nam = nullptr;
    Core::CupiClient *m_client = nullptr;
};

int exitCodeFor(const Core::CupiError &error);

} // namespace HandlerDesk::Ctl
