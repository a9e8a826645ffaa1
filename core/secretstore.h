// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace HandlerDesk::Core {

// The outcome of one secret-store operation. "Not found" is not an error (found == false).
struct SecretResult
{
    QString key;
    QString password; // readPassword only
    bool found = false;
    QString error; // empty = success; otherwise a translated sentence (e.g. no keychain)
    bool ok() const { return error.isEmpty(); }
    bool noKeychain = false; // the error is that there is no keychain at all (no Secret Service)
};

// Where passwords live: one asynchronous interface (rule 13). Every call answers exactly once,
// never synchronously, through `done` (if given and `context` still exists) and the finished()
// signal. Keys are "user@host:port" (keyFor()).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    static QString keyFor(const QString &user, const QString &host, int port);

    virtual void readPassword(const QString &key, QObject *context = nullptr,
                              Callback done = {}) = 0;
    virtual void writePassword(const QString &key, const QString &password,
                               QObject *context = nullptr, Callback done = {}) = 0;
    virtual void deletePassword(const QString &key, QObject *context = nullptr,
                                Callback done = {}) = 0;

Q_SIGNALS:
    void finished(const HandlerDesk::Core::SecretResult &result);

protected:
    // For implementations: delivers a result asynchronously to the callback and the signal.
    void deliver(const SecretResult &result, QObject *context, Callback done);
};

// The desktop keychain through QtKeychain (service "handlerdesk"). No insecure fallback: without a
// Secret Service / keychain backend every call fails with a clear error text.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    void readPassword(const QString &key, QObject *context = nullptr, Callback done = {}) override;
    void writePassword(const QString &key, const QString &password, QObject *context = nullptr,
                       Callback done = {}) override;
    void deletePassword(const QString &key, QObject *context = nullptr,
                        Callback done = {}) override;
    static QString serviceName();

private:
    // Runs `job` for `key` (no insecure fallback); when it ends, `outcome` fills in the result
    // (found, password, error) that goes to `done`.
    void run(QKeychain::Job *job, const QString &key, QObject *context, Callback done,
             std::function<void(SecretResult &)> outcome);
};

// In memory only, for tests.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void readPassword(const QString &key, QObject *context = nullptr, Callback done = {}) override;
    void writePassword(const QString &key, const QString &password, QObject *context = nullptr,
                       Callback done = {}) override;
    void deletePassword(const QString &key, QObject *context = nullptr,
                        Callback done = {}) override;
    // Makes every following call fail with this text (empty = work again), for error paths.
    void setFailure(const QString &error) { m_failure = error; }

private:
    QHash<QString, QString> m_passwords;
    QString m_failure;
};

} // namespace HandlerDesk::Core
