// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/net/connectionsettings.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace HandlerDesk::Core::Net {

struct ReplyFacts;
class RequestFactory;
class Session;

// One request as a job asks for it.
struct Call
{
    QByteArray method;       // GET, PUT, POST, DELETE
    QString path;            // relative to /vmrest, with query, percent-encoded
    QByteArray body;         // already encoded; empty for GET/DELETE
    bool expectBody = false; // a GET: the reply must carry the wire's content type
};

// What came back, already classified.
struct Response
{
    CupiError error;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    // No Location: a 201's body names what was created (10.x servers double Location's path).
};

// The wire of one client: sessions (Basic once, then the cookies; Basic again after a 401),
// a FIFO queue with at most maxInFlight requests on the wire (only one until the server answered
// for the first time, so the session is made once, not once per parallel request), GET retries
// with bounded exponential backoff and jitter on 503 and connection resets, the TLS check, and
// logging (method, path, status, ms — never credentials, cookies or bodies).
// Each attempt is bounded: by transferTimeoutMs of silence (Qt's transfer timeout), by
// transferDeadlineMs in all, and its body by maxReplyBytes — checked while it arrives, so an
// endless body ends with an error, not with the memory exhausted. Neither cut is retried.
// Credentials are tried once: at most one request with Basic credentials is on the wire at a
// time, and once the server refused a user and password (401) no request carries them again —
// each fails at once with Kind::Auth, unsent — until setPasswordProvider() is called again (real
// servers lock an account after 7 failures for 30 minutes).
// Callbacks are never invoked from send() itself, and never after abort().
class Transport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Response &)>;

    Transport(const ConnectionSettings &settings, QNetworkAccessManager *nam,
              QObject *parent = nullptr);
    ~Transport() override;

    const ConnectionSettings &settings() const { return m_settings; }
    // Also forgets that the server refused the previous credentials: a person entered them.
    void setPasswordProvider(PasswordProvider provider);
    void setPinnedSha256(const QString &fingerprint);

    // Queues a call; `context` (the job) guards the callback.
    quint64 send(const Call &call, QObject *context, Callback done);
    // Drops a call: dequeued, or its reply aborted. No callback follows.
    void abort(quint64 id);
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void authenticationFailed();

private:
    struct Exchange;
    void pump();
    void start(Exchange &exchange);
    void onSslErrors(quint64 id, const QList<QSslError> &errors);
    void onFinished(quint64 id);
    void checkSize(quint64 id);
    void cutOff(quint64 id, bool tooLarge);
    ReplyFacts factsOf(const Exchange &exchange, QNetworkReply *reply) const;
    // Keeps the session cookies a reply sets.
    void takeSessionCookies(QNetworkReply *reply);
    void retryLater(Exchange &exchange);
    bool needsBasic(const Exchange &exchange) const;
    QByteArray credentialsDigest() const;
    void refuseUnsent(quint64 id);
    void complete(quint64 id, const Response &response);
    int backoffMs(int attempt) const;

    ConnectionSettings m_settings;
    QPointer<QNetworkAccessManager> m_nam;
    std::unique_ptr<RequestFactory> m_factory;
    std::unique_ptr<Session> m_session;
    PasswordProvider m_passwordProvider;
    QString m_urlProblem;
    std::map<quint64, std::unique_ptr<Exchange>> m_exchanges;
    std::deque<quint64> m_queue;
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    bool m_serverAnswered = false;   // some HTTP reply came back on this client
    int m_basicInFlight = 0;         // requests with Basic credentials on the wire
    QByteArray m_refusedCredentials; // digest of the user and password the server refused
};

} // namespace HandlerDesk::Core::Net
