// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operations/passwordsource.h"

#include "core/cupiclient.h"

#include <QTextStream>
#include <QTimer>

namespace HandlerDesk::Core::PasswordSource {

namespace {
constexpr char EnvironmentVariable[] = "HANDLERDESK_PASSWORD";
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
        QTextStream in(stdin);
        result.password = in.readLine();
        result.found = true;
    } else {
        result.password = fromEnvironment();
        result.found = !result.password.isEmpty();
    }
    QTimer::singleShot(0, context, [result, done = std::move(done)] { done(result); });
}

} // namespace HandlerDesk::Core::PasswordSource
