// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codec.h"
#include "core/net/connectionsettings.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace HandlerDesk::Core {

class ObjectJob;
class ListJob;
class WriteJob;

// One connection to one server, on one QNetworkAccessManager (handed in; tests inject their own).
// Sessions: Basic credentials on the first request, then only the session cookies the server set
// (JSESSIONIDSSO, JSESSIONID, REQUEST_TOKEN_KEY, rotated when the server rotates them); Basic again
// only after a 401. At most maxInFlight requests of ours are on the wire; the rest wait in order.
// TLS: verified; an untrusted certificate fails the job with Kind::Tls and the certificate, unless
// its SHA-256 equals pinnedSha256; a different certificate on a pinned server fails loudly
// (CertificateInfo::pinnedMismatch). Never a blanket ignoreSslErrors().
class CupiClient : public QObject
{
    Q_OBJECT
public:
    using PasswordProvider = Core::PasswordProvider;

    CupiClient(const ConnectionSettings &settings, QNetworkAccessManager *nam,
               QObject *parent = nullptr);
    ~CupiClient() override;

    const ConnectionSettings &settings() const;
    void setPasswordProvider(PasswordProvider provider);
    void setPinnedSha256(const QString &fingerprint); // after the user trusted a certificate
    WireFormat wireFormat() const;

    // `path` relative to /vmrest, already percent-encoded where needed
    // ("handlers/callhandlers/<id>/greetings/Off%20Hours"); see resources.h for the builders.
    ObjectJob *get(const QString &path);
    ListJob *list(const ListRequest &request);
    WriteJob *put(const QString &path, const CupiObject &changes, const QString &rootName);
    WriteJob *post(const QString &pathWithQuery, const CupiObject &body, const QString &rootName);
    WriteJob *remove(const QString &path);

    // Aborts every job of this client; each still emits finished() (Cancelled).
    void cancelAll();
    int inFlight() const;

Q_SIGNALS:
    // A request was refused for credentials (401) — the UI may ask for a password again.
    void authenticationFailed();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace HandlerDesk::Core
