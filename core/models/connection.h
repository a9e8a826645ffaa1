// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupiclient.h"
#include "core/cupierror.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace HandlerDesk::Core {

class LookupCache;

// One session with one server profile: owns the CupiClient (on a QNAM that is handed in, or one
// of its own when `nam` is null) and the LookupCache of that server.
//
// open() checks the login asynchronously: GET version, then the account
// (users?query=(Alias is <user>)) — an account with a TenantObjectId is a tenant administrator —
// and tenants. Exactly one of opened() / failed() follows each open(), never synchronously.
// After opened() the lookups start loading (once per Connection; see LookupCache).
// A Kind::Tls failure carries the certificate (CupiError::certificate()); when the user trusts it,
// call trustCertificate(sha256) and open() again.
class Connection : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Failed };
    Q_ENUM(State)

    Connection(const ConnectionSettings &settings, QNetworkAccessManager *nam = nullptr,
               QObject *parent = nullptr);
    ~Connection() override;

    CupiClient *client() const;
    LookupCache *lookups() const;
    const ConnectionSettings &settings() const;

    // Forwarded to the client; asked whenever Basic credentials are needed. Setting it again (a
    // person entered the password) lets the client send credentials the server refused before.
    void setPasswordProvider(CupiClient::PasswordProvider provider);
    // After a person entered the password again (client()->authenticationFailed() asked for it):
    // one request with it (GET version); exactly one credentialsChecked() follows, never
    // synchronously — with no error when the server took it.
    void checkCredentials();

    void open();
    void trustCertificate(const QString &sha256);

    State state() const;
    bool isOpen() const { return state() == State::Open; }

    // Valid after opened().
    bool isTenantAdministrator() const;
    QString tenantId() const; // the account's tenant; empty for a system administrator
    QString accountObjectId() const;
    QString serverVersion() const; // VersionInfo/version text as the server gave it
    QString serverLabel() const;   // "user @ host" for status bars and window titles

Q_SIGNALS:
    void stateChanged(HandlerDesk::Core::Connection::State state);
    void opened();
    void failed(const HandlerDesk::Core::CupiError &error);
    void credentialsChecked(const HandlerDesk::Core::CupiError &error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace HandlerDesk::Core
