// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secretstore.h"

#include <QFileInfo>
#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

QString SecretStore::keyFor(const QString &user, const QString &host, int port)
{
    return user + u'@' + host + u':' + QString::number(port);
}

void SecretStore::deliver(const SecretResult &result, QObject *context, Callback done)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [this, result, guard, hasContext, done = std::move(done)] {
            if (done && (!hasContext || guard))
                done(result);
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

// ---- KeychainSecretStore

namespace {
// Without a Secret Service, QtKeychain on Linux often reports OtherError with a D-Bus message —
// or "Unknown error" when there is no session bus at all (no DBUS_SESSION_BUS_ADDRESS: a
// headless host, ssh, cron).
bool looksLikeNoBackend(QKeychain::Job *job)
{
    const QString text = job->errorString();
    const bool noSessionBus =
        qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        !QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/bus"_s);
    return job->error() == QKeychain::NoBackendAvailable || noSessionBus ||
           text.contains(u"D-Bus"_s, Qt::CaseInsensitive) ||
           text.contains(u"DBus"_s, Qt::CaseInsensitive) ||
           text.contains(u"org.freedesktop.secrets"_s);
}

QString keychainError(QKeychain::Job *job)
{
    if (looksLikeNoBackend(job)) {
        return SecretStore::tr("No desktop keychain is available (no Secret Service on the "
                               "session bus), so the password cannot be stored or read.");
    }
    switch (job->error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::tr("Access to the keychain was denied. (%1)").arg(job->errorString());
    default:
        return SecretStore::tr("The keychain failed: %1").arg(job->errorString());
    }
}

// The error of a failed job, and whether it is that there is no keychain.
void setError(SecretResult &result, QKeychain::Job *job)
{
    result.error = keychainError(job);
    result.noKeychain = looksLikeNoBackend(job);
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

QString KeychainSecretStore::serviceName()
{
    return u"handlerdesk"_s;
}

void KeychainSecretStore::run(QKeychain::Job *job, const QString &key, QObject *context,
                              Callback done, std::function<void(SecretResult &)> outcome)
{
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *) {
        SecretResult result;
        result.key = key;
        outcome(result);
        deliver(result, context, done);
    });
    job->start();
}

void KeychainSecretStore::readPassword(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    run(job, key, context, std::move(done), [job](SecretResult &result) {
        if (job->error() == QKeychain::NoError) {
            result.found = true;
            result.password = job->textData();
        } else if (job->error() != QKeychain::EntryNotFound) {
            setError(result, job);
        }
    });
}

void KeychainSecretStore::writePassword(const QString &key, const QString &password,
                                        QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(password);
    run(job, key, context, std::move(done), [job](SecretResult &result) {
        result.found = job->error() == QKeychain::NoError;
        if (!result.found)
            setError(result, job);
    });
}

void KeychainSecretStore::deletePassword(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    run(job, key, context, std::move(done), [job](SecretResult &result) {
        if (job->error() == QKeychain::NoError)
            result.found = true;
        else if (job->error() != QKeychain::EntryNotFound)
            setError(result, job);
    });
}

// ---- MemorySecretStore

void MemorySecretStore::readPassword(const QString &key, QObject *context, Callback done)
{
    SecretResult result{key, {}, false, m_failure};
    if (m_failure.isEmpty() && m_passwords.contains(key)) {
        result.found = true;
        result.password = m_passwords.value(key);
    }
    deliver(result, context, std::move(done));
}

void MemorySecretStore::writePassword(const QString &key, const QString &password, QObject *context,
                                      Callback done)
{
    SecretResult result{key, {}, false, m_failure};
    if (m_failure.isEmpty()) {
        m_passwords.insert(key, password);
        result.found = true;
    }
    deliver(result, context, std::move(done));
}

void MemorySecretStore::deletePassword(const QString &key, QObject *context, Callback done)
{
    SecretResult result{key, {}, false, m_failure};
    if (m_failure.isEmpty())
        result.found = m_passwords.remove(key) > 0;
    deliver(result, context, std::move(done));
}

} // namespace HandlerDesk::Core
