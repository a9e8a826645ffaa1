// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codec.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace HandlerDesk::Core {

class ObjectJob;
class ListJob;
class WriteJob;

struct ConnectionSettings
{
    QUrl serverUrl;                 // https://host[:port]; plain http only for loopback hosts
    QString user;
    WireFormat wire = WireFormat::Json;
    QString pinnedSha256;           // a fingerprint the user trusted (AA:BB:… or plain hex)
    int transferTimeoutMs = 30000;
    int maxInFlight = 3;            // the server handles 5 at once for everybody
    int busyRetries = 4;            // GET retries on 503 / connection reset, with backoff
    int pageSize = 100;             // Cisco's advice for busy production servers
    int retryBaseDelayMs = 500;     // first GET retry delay; doubles per retry (± 25 % jitter)
    int retryMaxDelayMs = 8000;     // cap of one retry delay
};

// A list request: `resource` relative to /vmrest ("handlers/callhandlers", "languagemap").
struct ListRequest
{
    QString resource;
    QString itemName;               // "Callhandler", "LanguageMapping", …
    QString query;                  // "(IsPrimary is 0)" or Resources::queryAnd(…); empty = none
    QString sort;                   // "(DisplayName asc)"; empty = none
    int pageNumber = 0;             // 0 = all pages; >0 = just that page
    int rowsPerPage = 0;            // 0 = ConnectionSettings::pageSize
    int pagesInFlight = 2;
    bool keepItems = true;          // false: rows only through pageLoaded() (ListJob::items() empty)
};

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
    using PasswordProvider = std::function<QString()>;

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
