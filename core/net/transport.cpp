// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/transport.h"

#include "core/net/replyclassifier.h"
#include "core/net/requestfactory.h"
#include "core/net/session.h"
#include "core/net/tls.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCupi, "handlerdesk.cupi", QtWarningMsg)

namespace HandlerDesk::Core::Net {

struct Transport::Exchange
{
    quint64 id = 0;
    Call call;
    QPointer<QObject> context;
    Callback done;
    QPointer<QNetworkReply> reply;
    QTimer *retryTimer = nullptr;
    QElapsedTimer clock;
    CertificateInfo certificate;
    int attempt = 0;
    QByteArray credentials; // digest of the Basic credentials sent, when usedBasic
    bool usedBasic = false;
    bool forceBasic = false;
    bool authRetried = false;
    bool tlsRejected = false;
    bool tooLarge = false;     // cut off: the body passed maxReplyBytes
    bool pastDeadline = false; // cut off: transferDeadlineMs passed
};

Transport::Transport(const ConnectionSettings &settings, QNetworkAccessManager *nam,
                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nam(nam)
    , m_factory(std::make_unique<RequestFactory>(settings.serverUrl, settings.wire,
                                                 settings.transferTimeoutMs))
    , m_session(std::make_unique<Session>())
    , m_urlProblem(RequestFactory::checkServerUrl(settings.serverUrl))
{
    if (m_settings.maxInFlight < 1)
        m_settings.maxInFlight = 1;
}

Transport::~Transport()
{
    for (auto &[id, exchange] : m_exchanges) {
        if (exchange->reply) {
            exchange->reply->disconnect(this);
            exchange->reply->abort();
            exchange->reply->deleteLater();
        }
    }
}

void Transport::setPasswordProvider(PasswordProvider provider)
{
    m_passwordProvider = std::move(provider);
    m_refusedCredentials.clear();
}

// Compared, never stored in clear: which user and password a request would send.
QByteArray Transport::credentialsDigest() const
{
    const QString password = m_passwordProvider ? m_passwordProvider() : QString();
    return QCryptographicHash::hash((m_settings.user + u'\n' + password).toUtf8(),
                                    QCryptographicHash::Sha256);
}

bool Transport::needsBasic(const Exchange &exchange) const
{
    if (exchange.forceBasic)
        return true;
    const QUrl url = m_factory->url(exchange.call.path);
    return m_session->cookieHeader(url.path(), QDateTime::currentDateTimeUtc()).isEmpty();
}

// A request that would send credentials the server already refused: it fails without being sent.
void Transport::refuseUnsent(quint64 id)
{
    auto it = m_exchanges.find(id);
    if (it == m_exchanges.end())
        return;
    const Call &call = it->second->call;
    qCInfo(lcCupi).noquote() << QString::fromLatin1(call.method) << call.path
                             << "not sent: the password was refused";
    CupiError error(CupiError::Kind::Auth,
                    QStringLiteral("Not sent: the server refused this user name and password "
                                   "before; they are not sent again until they are entered "
                                   "again."));
    error.setRequest(QString::fromLatin1(call.method) + u' ' + call.path);
    complete(id, Response{error, 0, {}, {}});
}

void Transport::setPinnedSha256(const QString &fingerprint)
{
    m_settings.pinnedSha256 = fingerprint;
}

quint64 Transport::send(const Call &call, QObject *context, Callback done)
{
    auto exchange = std::make_unique<Exchange>();
    exchange->id = m_nextId++;
    exchange->call = call;
    exchange->context = context;
    exchange->done = std::move(done);
    const quint64 id = exchange->id;
    m_exchanges.emplace(id, std::move(exchange));
    const QString problem =
        m_urlProblem.isEmpty() ? RequestFactory::checkPath(call.path) : m_urlProblem;
    if (!problem.isEmpty() || !m_nam) {
        const CupiError error(CupiError::Kind::Usage,
                              m_nam ? problem : QStringLiteral("No network access manager."));
        QMetaObject::invokeMethod(
            this,
            [this, id, error] {
                complete(id, Response{error, 0, {}, {}});
            },
            Qt::QueuedConnection);
        return id;
    }
    m_queue.push_back(id);
    // Started from the event loop, so a caller can connect before anything happens.
    QMetaObject::invokeMethod(this, &Transport::pump, Qt::QueuedConnection);
    return id;
}

void Transport::abort(quint64 id)
{
    auto it = m_exchanges.find(id);
    if (it == m_exchanges.end())
        return;
    std::unique_ptr<Exchange> exchange = std::move(it->second);
    m_exchanges.erase(it);
    std::erase(m_queue, id);
    delete exchange->retryTimer;
    if (exchange->reply) {
        qCDebug(lcCupi) << exchange->call.method << exchange->call.path << "aborted";
        exchange->reply->disconnect(this);
        exchange->reply->abort();
        exchange->reply->deleteLater();
        --m_inFlight;
        if (exchange->usedBasic)
            --m_basicInFlight;
        QMetaObject::invokeMethod(this, &Transport::pump, Qt::QueuedConnection);
    }
}

void Transport::pump()
{
    // One request alone until the server has answered once: it makes the session, and the
    // others then ride on its cookies instead of each sending Basic credentials.
    // A request that needs Basic credentials waits while another one is on the wire: its answer
    // brings the session (or the server's refusal of the password), so credentials are tried once.
    const int limit = m_serverAnswered ? m_settings.maxInFlight : 1;
    while (m_inFlight < limit && !m_queue.empty()) {
        const quint64 id = m_queue.front();
        auto it = m_exchanges.find(id);
        if (it == m_exchanges.end()) {
            m_queue.pop_front();
            continue;
        }
        if (needsBasic(*it->second)) {
            if (!m_refusedCredentials.isEmpty() && credentialsDigest() == m_refusedCredentials) {
                m_queue.pop_front();
                refuseUnsent(id);
                continue;
            }
            if (m_basicInFlight > 0)
                break;
        }
        m_queue.pop_front();
        start(*it->second);
    }
}

void Transport::start(Exchange &exchange)
{
    RequestAuth auth;
    const QUrl url = m_factory->url(exchange.call.path);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!exchange.forceBasic)
        auth.cookies = m_session->cookieHeader(url.path(), now);
    exchange.usedBasic = auth.cookies.isEmpty();
    if (exchange.usedBasic) {
        const QString password = m_passwordProvider ? m_passwordProvider() : QString();
        auth.authorization = RequestFactory::basicAuthorization(m_settings.user, password);
        auth.cookies.clear();
        exchange.credentials = credentialsDigest();
        ++m_basicInFlight;
    }
    const QNetworkRequest request =
        m_factory->make(exchange.call.path, auth, !exchange.call.body.isEmpty());
    exchange.tlsRejected = false;
    exchange.tooLarge = false;
    exchange.pastDeadline = false;
    exchange.clock.start();
    QNetworkReply *reply =
        m_nam->sendCustomRequest(request, exchange.call.method, exchange.call.body);
    exchange.reply = reply;
    ++m_inFlight;
    const quint64 id = exchange.id;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, id](const QList<QSslError> &errors) { onSslErrors(id, errors); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { checkSize(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { checkSize(id); });
    if (m_settings.transferDeadlineMs > 0) {
        auto *deadline = new QTimer(reply); // goes with the reply
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, this, [this, id] { cutOff(id, false); });
        deadline->start(m_settings.transferDeadlineMs);
    }
}

// The body so far (or the length the server announced) against the cap.
void Transport::checkSize(quint64 id)
{
    auto it = m_exchanges.find(id);
    if (it == m_exchanges.end() || !it->second->reply || m_settings.maxReplyBytes <= 0)
        return;
    QNetworkReply *reply = it->second->reply;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (reply->bytesAvailable() > m_settings.maxReplyBytes || announced > m_settings.maxReplyBytes)
        cutOff(id, true);
}

void Transport::cutOff(quint64 id, bool tooLarge)
{
    auto it = m_exchanges.find(id);
    if (it == m_exchanges.end() || !it->second->reply)
        return;
    Exchange &exchange = *it->second;
    (tooLarge ? exchange.tooLarge : exchange.pastDeadline) = true;
    exchange.reply->abort(); // finished() follows, and onFinished() classifies the cut
}

void Transport::onSslErrors(quint64 id, const QList<QSslError> &errors)
{
    auto it = m_exchanges.find(id);
    if (it == m_exchanges.end() || !it->second->reply)
        return;
    Exchange &exchange = *it->second;
    const QSslCertificate peer = exchange.reply->sslConfiguration().peerCertificate();
    if (fingerprintMatches(m_settings.pinnedSha256, peer)) {
        // Exactly these errors, for exactly the certificate the user trusted.
        exchange.reply->ignoreSslErrors(errors);
        return;
    }
    // Not ignoring them makes the handshake fail: no header, credential or body leaves.
    exchange.tlsRejected = true;
    exchange.certificate = certificateInfo(peer, errors, m_settings.pinnedSha256);
}

void Transport::onFinished(quint64 id)
{
    auto it = m_exchanges.find(id);
    if (it == m_exchanges.end())
        return;
    Exchange &exchange = *it->second;
    QNetworkReply *reply = exchange.reply;
    exchange.reply = nullptr;
    --m_inFlight;
    if (exchange.usedBasic)
        --m_basicInFlight;
    reply->deleteLater();

    ReplyFacts facts = factsOf(exchange, reply);
    takeSessionCookies(reply);
    const bool hadConnection = m_serverAnswered;
    if (facts.httpStatus > 0)
        m_serverAnswered = true;

    qCInfo(lcCupi).noquote() << QString::fromLatin1(exchange.call.method) << reply->url().path()
                             << facts.httpStatus << exchange.clock.elapsed() << "ms"
                             << (exchange.usedBasic ? "(basic)" : "(session)");

    if (facts.httpStatus == 401 && exchange.usedBasic)
        m_refusedCredentials = exchange.credentials; // never sent again on our own
    if (facts.httpStatus == 401 && !exchange.usedBasic && !exchange.authRetried) {
        // The session expired: once more with Basic credentials, ahead of the queue.
        m_session->clear();
        exchange.authRetried = true;
        exchange.forceBasic = true;
        m_queue.push_front(id);
        pump();
        return;
    }
    if (exchange.call.method == "GET" && exchange.attempt < m_settings.busyRetries &&
        isRetryable(facts, hadConnection)) {
        retryLater(exchange);
        pump();
        return;
    }

    Response response;
    response.error = classifyReply(facts);
    response.status = facts.httpStatus;
    response.body = std::move(facts.body);
    response.contentType = facts.contentType;
    if (response.error.kind() == CupiError::Kind::Auth)
        Q_EMIT authenticationFailed();
    complete(id, response);
    pump();
}

ReplyFacts Transport::factsOf(const Exchange &exchange, QNetworkReply *reply) const
{
    ReplyFacts facts;
    facts.networkError = reply->error();
    facts.errorString = reply->errorString();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.contentType = reply->rawHeader("Content-Type");
    facts.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after a timeout
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && (encoding.isEmpty() || encoding == "identity"))
        facts.announcedLength = announced.toLongLong();
    facts.tlsRejected = exchange.tlsRejected;
    facts.certificate = exchange.certificate;
    facts.expectBody = exchange.call.expectBody;
    facts.wire = m_settings.wire;
    facts.request = QString::fromLatin1(exchange.call.method) + u' ' + reply->url().path();
    facts.tooLarge = exchange.tooLarge;
    facts.pastDeadline = exchange.pastDeadline;
    facts.maxReplyBytes = m_settings.maxReplyBytes;
    facts.deadlineMs = m_settings.transferDeadlineMs;
    return facts;
}

void Transport::takeSessionCookies(QNetworkReply *reply)
{
    const auto cookies =
        reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    if (cookies.isEmpty())
        return;
    m_session->update(cookies, QDateTime::currentDateTimeUtc());
    // A request waiting to retry with Basic after its session expired rides on the new
    // session instead: every Basic request is a sign-in (and 3 in a second get a 503).
    for (auto &[otherId, other] : m_exchanges) {
        if (!other->reply)
            other->forceBasic = false;
    }
}

int Transport::backoffMs(int attempt) const
{
    const qint64 base = qint64(qMax(1, m_settings.retryBaseDelayMs)) << qMin(attempt, 16);
    const qint64 capped = qMin<qint64>(base, qMax(1, m_settings.retryMaxDelayMs));
    // ±25 % jitter, so several clients do not come back in step.
    const qint64 jitter = capped / 4;
    return int(capped - jitter + QRandomGenerator::global()->bounded(2 * jitter + 1));
}

void Transport::retryLater(Exchange &exchange)
{
    const int delay = backoffMs(exchange.attempt);
    ++exchange.attempt;
    qCInfo(lcCupi).noquote() << "retrying" << QString::fromLatin1(exchange.call.method)
                             << exchange.call.path << "in" << delay << "ms";
    const quint64 id = exchange.id;
    exchange.retryTimer = new QTimer(this);
    exchange.retryTimer->setSingleShot(true);
    connect(exchange.retryTimer, &QTimer::timeout, this, [this, id] {
        auto it = m_exchanges.find(id);
        if (it == m_exchanges.end())
            return;
        it->second->retryTimer->deleteLater();
        it->second->retryTimer = nullptr;
        m_queue.push_front(id);
        pump();
    });
    exchange.retryTimer->start(delay);
}

void Transport::complete(quint64 id, const Response &response)
{
    auto it = m_exchanges.find(id);
    if (it == m_exchanges.end())
        return;
    std::unique_ptr<Exchange> exchange = std::move(it->second);
    m_exchanges.erase(it);
    if (exchange->context && exchange->done)
        exchange->done(response);
}

} // namespace HandlerDesk::Core::Net
