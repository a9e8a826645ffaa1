// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operations/passwordsource.h"

#include "core/cupiclient.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace HandlerDesk::Core::PasswordSource {

namespace {
constexpr char EnvironmentVariable[] = "HANDLERDESK_PASSWORD";

// The terminal's settings while echo is off, for the SIGINT handler (Ctrl+C at the prompt must
// not leave the shell without echo).
struct termios savedTerminal;
volatile std::sig_atomic_t terminalChanged = 0;

extern "C" void restoreTerminalAndDie(int signal)
{
    if (terminalChanged)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal); // async-signal-safe
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// The first line of standard input. At a terminal: `prompt` on stderr and the typed text not
// echoed; the terminal is restored afterwards, also when the user presses Ctrl+C.
QString readStandardInput(const QString &prompt)
{
    QTextStream in(stdin);
    if (::isatty(STDIN_FILENO) != 1 || ::tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return in.readLine();
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    struct termios quiet = savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL;
    const auto previousInt = std::signal(SIGINT, restoreTerminalAndDie);
    const auto previousTerm = std::signal(SIGTERM, restoreTerminalAndDie);
    terminalChanged = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    const QString line = in.readLine();
    if (terminalChanged)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    terminalChanged = 0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    return line;
}
} // namespace

Source choose(bool standardInputAsked)
{
    if (standardInputAsked)
        return Source::StandardInput;
    return fromEnvironment().isEmpty() ? Source::Keychain : Source::Environment;
}

QString fromEnvironment()
{
    return qEnvironmentVariable(EnvironmentVariable);
}

QString keychainKey(const ConnectionSettings &settings)
{
    return SecretStore::keyFor(settings.user, settings.serverUrl.host(),
                               settings.serverUrl.port(443));
}

void read(Source source, const QString &keychainKey, SecretStore *keychain, QObject *context,
          SecretStore::Callback done)
{
    if (source == Source::Keychain) {
        keychain->readPassword(keychainKey, context, std::move(done));
        return;
    }
    Q_ASSERT(context); // the answer comes from its thread's event loop
    SecretResult result;
    result.key = keychainKey;
    if (source == Source::StandardInput) {
        result.password = readStandardInput(
            QCoreApplication::translate("HandlerDesk::Core::PasswordSource", "Password for %1: ")
                .arg(keychainKey));
        result.found = true;
    } else {
        result.password = fromEnvironment();
        result.found = !result.password.isEmpty();
    }
    QTimer::singleShot(0, context, [result, done = std::move(done)] { done(result); });
}

} // namespace HandlerDesk::Core::PasswordSource
