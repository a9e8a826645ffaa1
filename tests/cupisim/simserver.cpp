// SPDX-License-Identifier: GPL-3.0-or-later
#include "simserver.h"

#include "acceptor.h"
#include "api.h"
#include "certs.h"
#include "constants.h"
#include "recorder.h"
#include "store.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QReadLocker>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

struct Session
{
    QString login;
    QString tenantId;
    QByteArray sso, jsession, token;
    qint64 tokenIssued = 0; // m_clock ms
    qint64 lastUsed = 0;
};

struct SimServer::Pending
{
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    QString method;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> setCookies; // the session's, added to the reply
    QElapsedTimer timer;
    bool finished = false;
    Fault fault = Fault::None;
};

namespace {

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

QByteArray randomHex(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (char &c : b)
        c = char(QRandomGenerator::system()->bounded(256));
    return b.toHex().toUpper();
}

QHash<QByteArray, QByteArray> parseCookies(const QByteArray &header)
{
    QHash<QByteArray, QByteArray> out;
    for (const QByteArray &part : header.split(';')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            out.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return out;
}

const QByteArray tomcat401 =
    "<!doctype html><html lang=\"en\"><head><title>HTTP Status 401 \xE2\x80\x93 Unauthorized"
    "</title><style type=\"text/css\">body {font-family:Tahoma,Arial,sans-serif;}</style>"
    "</head><body><h1>HTTP Status 401 \xE2\x80\x93 Unauthorized</h1><hr class=\"line\" />"
    "<p><b>Type</b> Status Report</p><p><b>Description</b> The request has not been applied "
    "because it lacks valid authentication credentials for the target resource.</p>"
    "<hr class=\"line\" /><h3>Apache Tomcat</h3></body></html>";
const QByteArray busy503 =
    "<!doctype html><html lang=\"en\"><head><title>HTTP Status 503 \xE2\x80\x93 Service "
    "Unavailable</title></head><body><h1>HTTP Status 503 \xE2\x80\x93 Service Unavailable</h1>"
    "<p><b>Message</b> server busy</p><hr class=\"line\" /><h3>Apache Tomcat</h3></body></html>";

Response htmlResponse(int status, const QByteArray &body)
{
    return {status, "text/html;charset=utf-8", body, {}};
}

} // namespace

SimServer::SimServer(Store &store, Api &api, const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_options(options)
    , m_workers(std::make_unique<QThreadPool>())
    , m_faults(options.faults)
{
    m_workers->setMaxThreadCount(MaxConcurrentRequests);
    m_workers->setExpiryTimeout(-1); // the slots' threads stay
    m_clock.start();
}

// The workers finish first: they use m_api, m_store and m_options, and post their replies to
// this object (a reply posted and not yet delivered is dropped with it).
SimServer::~SimServer()
{
    m_workers->waitForDone();
}

bool SimServer::start(QString *error)
{
    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            accept(request, std::move(responder));
        });
    auto acceptor = std::make_unique<Acceptor>(AcceptorOptions{
        m_options.handshakeTimeoutMs, m_options.idleTimeoutMs, m_options.maxBodyBytes});
    if (!m_options.http) {
        QSslCertificate cert;
        QSslKey key;
        if (!loadCertificate(m_options.certFile, m_options.keyFile, &cert, &key, error))
            return false;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(cert);
        tls.setPrivateKey(key);
        acceptor->setSslConfiguration(tls);
        m_fingerprint = fingerprint(cert);
    }
    if (!acceptor->listen(m_options.address, m_options.port)) {
        *error = u"cannot listen on %1:%2"_s.arg(m_options.address.toString()).arg(m_options.port);
        return false;
    }
    m_port = acceptor->serverPort();
    m_server->bind(acceptor.release()); // QHttpServer takes it as a child
    return true;
}

QString SimServer::url() const
{
    return u"%1://%2:%3"_s.arg(m_options.http ? u"http"_s : u"https"_s,
                               m_options.address.toString(), QString::number(m_port));
}

void SimServer::accept(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto p = std::make_shared<Pending>();
    p->timer.start();
    p->socket = responder.socket();
    Acceptor::requestStarted(p->socket);
    p->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    p->method = methodName(request.method());
    p->url = request.url();
    for (const auto &[name, value] : request.headers()) {
        const QByteArray key = name.toLower();
        if (p->headers.contains(key))
            p->headers[key] += (key == "cookie" ? "; " : ", ") + value;
        else
            p->headers.insert(key, value);
    }
    p->body = request.body();

    if (m_options.strictSessions && strictReject(*p))
        return reply(p, htmlResponse(503, busy503));
    if (m_active < MaxConcurrentRequests)
        return process(p);
    if (int(m_queue.size()) >= MaxQueuedRequests)
        return reply(p, htmlResponse(503, busy503));
    m_queue.push_back(p);
    const int timeout =
        m_options.queueTimeoutMs > 0 ? m_options.queueTimeoutMs : DefaultQueueTimeoutMs;
    QTimer::singleShot(timeout, this, [this, weak = std::weak_ptr<Pending>(p)] {
        const auto p = weak.lock();
        if (!p || p->finished)
            return;
        const auto it = std::find(m_queue.begin(), m_queue.end(), p);
        if (it == m_queue.end())
            return; // already being processed
        m_queue.erase(it);
        reply(p, htmlResponse(503, busy503));
    });
}

// Strict sessions: Basic credentials arriving too often without a session cookie. Every such
// request counts, the refused ones too.
bool SimServer::strictReject(const Pending &p)
{
    const QByteArray auth = p.headers.value("authorization");
    if (!auth.startsWith("Basic "))
        return false;
    const auto cookies = parseCookies(p.headers.value("cookie"));
    if (m_sessions.contains(cookies.value("JSESSIONIDSSO")) ||
        m_sessions.contains(cookies.value("JSESSIONID")))
        return false;
    const QString login =
        QString::fromUtf8(QByteArray::fromBase64(auth.mid(6))).section(u':', 0, 0);
    QList<qint64> &times = m_basicWithoutCookie[login.toLower()];
    const qint64 now = m_clock.elapsed();
    times.removeIf([now](qint64 t) { return now - t >= StrictWindowMs; });
    times.append(now);
    return times.size() >= StrictBasicLimit;
}

// Basic credentials: the account, or null (401) for an unknown login, a wrong password or a
// locked account. Lockout follows CUPI's default "Authentication Rules" (MaxHacks failed sign-ins
// lock the account for LockoutDuration minutes; the count is forgotten after HackResetTime
// minutes without a failure) [DOC]; that a locked account gets a plain 401 even with the right
// password, and that a successful sign-in clears the count, is [INF].
const Account *SimServer::signIn(const QString &login, const QString &password, qint64 now)
{
    const Account *account = nullptr;
    for (const Account &a : m_store.accounts) {
        if (a.login.compare(login, Qt::CaseInsensitive) == 0)
            account = &a;
    }
    if (!account)
        return nullptr;
    const bool right = account->password == password;
    if (m_options.lockoutAfter <= 0)
        return right ? account : nullptr;
    Lockout &l = m_lockouts[account->login.toLower()];
    if (l.locked) {
        if (m_options.lockoutMinutes <= 0 || now < l.lockedUntil)
            return nullptr;
        l = {};
    }
    if (right) {
        l.failures = 0;
        return account;
    }
    if (m_options.hackResetMinutes > 0 &&
        now - l.lastFailure >= qint64(m_options.hackResetMinutes * 60000))
        l.failures = 0;
    ++l.failures;
    l.lastFailure = now;
    if (l.failures >= m_options.lockoutAfter) {
        l.locked = true;
        l.lockedUntil = now + qint64(m_options.lockoutMinutes * 60000);
        std::fprintf(stderr, "account %s locked after %d failed sign-ins\n",
                     qPrintable(account->login), l.failures);
    }
    return nullptr;
}

void SimServer::pump()
{
    while (m_active < MaxConcurrentRequests && !m_queue.empty()) {
        auto p = m_queue.front();
        m_queue.pop_front();
        process(p);
    }
}

// The request takes a slot: its session is settled here, its work (the latency included) runs on
// a worker thread, and finish() answers it back on this thread.
void SimServer::process(const std::shared_ptr<Pending> &p)
{
    ++m_active;
    const quint64 slotId = ++m_lastSlotId;
    m_inSlots.insert(slotId, p);
    Request request;
    Response refusal;
    bool runApi = prepare(*p, &request, &refusal);
    // Faults hit only requests that reach Api; the oracle header bypasses them ([INF]).
    if (runApi && p->headers.value("x-cupisim-no-faults") != "1")
        p->fault = m_faults.draw();
    if (p->fault == Fault::Fail) {
        refusal = Api::error(request, 500, u"INTERNAL_SERVER_ERROR"_s,
                             u"Internal server error (cupi-sim --fail-rate)"_s);
        runApi = false;
    } else if (p->fault == Fault::Throttle) {
        refusal = htmlResponse(503, busy503);
        runApi = false;
    }
    m_workers->start([this, slotId, runApi, request, refusal]() mutable {
        if (m_options.latencyMs > 0)
            QThread::msleep(ulong(m_options.latencyMs));
        Response response = runApi ? run(request) : std::move(refusal);
        QMetaObject::invokeMethod(
            this, [this, slotId, response = std::move(response)] { finish(slotId, response); },
            Qt::QueuedConnection);
    });
}

// Api shares the Store with the other readers; a request that changes it (Api says so) runs
// again, alone.
Response SimServer::run(Request &request)
{
    {
        QReadLocker shared(&m_store.lock);
        Response response = m_api.handle(request);
        if (!response.needsExclusive)
            return response;
    }
    QWriteLocker alone(&m_store.lock);
    request.exclusive = true;
    return m_api.handle(request);
}

void SimServer::finish(quint64 slotId, Response response)
{
    const std::shared_ptr<Pending> p = m_inSlots.take(slotId);
    response.headers += p->setCookies;
    reply(p, response); // logged even if the client has gone away
    --m_active;
    pump();
}

// Authentication and the session (cookies to set go to p.setCookies), then the Request for Api;
// false with *refusal when Api has nothing to do (401, a path outside /vmrest, 415).
bool SimServer::prepare(Pending &p, Request *request, Response *refusal)
{
    const qint64 now = m_clock.elapsed();
    const auto cookies = parseCookies(p.headers.value("cookie"));
    std::shared_ptr<Session> session = m_sessions.value(cookies.value("JSESSIONIDSSO"));
    if (!session)
        session = m_sessions.value(cookies.value("JSESSIONID"));
    if (session && now - session->lastUsed > qint64(SessionIdleSeconds) * 1000) {
        m_sessions.remove(session->sso);
        m_sessions.remove(session->jsession);
        session.reset();
    }
    const QByteArray flags = m_options.http ? "; HttpOnly" : "; Secure; HttpOnly";
    auto addCookie = [&p, &flags](const QByteArray &cookie) {
        p.setCookies.append(qMakePair(QByteArray("Set-Cookie"), cookie + flags));
    };
    const QByteArray auth = p.headers.value("authorization");
    if (auth.startsWith("Basic ")) {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6)));
        const QString login = pair.section(u':', 0, 0), password = pair.section(u':', 1);
        const Account *account = signIn(login, password, now);
        if (!account) {
            *refusal = htmlResponse(401, tomcat401);
            refusal->headers.append(
                qMakePair(QByteArray("WWW-Authenticate"),
                          QByteArray("Basic realm=\"Cisco Unity Connection\"")));
            return false;
        }
        if (!session || session->login.compare(account->login, Qt::CaseInsensitive) != 0) {
            session =
                std::make_shared<Session>(Session{account->login, account->tenantId, randomHex(16),
                                                  randomHex(16), randomHex(20), now, now});
            m_sessions.insert(session->sso, session);
            m_sessions.insert(session->jsession, session);
            addCookie("JSESSIONIDSSO=" + session->sso + "; Path=/");
            addCookie("JSESSIONID=" + session->jsession + "; Path=/vmrest/");
            addCookie("REQUEST_TOKEN_KEY=" + session->token + "; Path=/");
        }
    } else if (!session) {
        *refusal = htmlResponse(401, tomcat401);
        refusal->headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                                          QByteArray("Basic realm=\"Cisco Unity Connection\"")));
        return false;
    }
    session->lastUsed = now;
    const int rotation = m_options.tokenRotationSeconds > 0 ? m_options.tokenRotationSeconds
                                                            : DefaultTokenRotationSeconds;
    if (now - session->tokenIssued >= qint64(rotation) * 1000) {
        addCookie("REQUEST_TOKEN_KEY=" + session->token +
                  "; Expires=Thu, 01-Jan-1970 00:00:10 GMT; Path=/");
        session->token = randomHex(20);
        session->tokenIssued = now;
        addCookie("REQUEST_TOKEN_KEY=" + session->token + "; Path=/");
    }

    Request &req = *request;
    req.method = p.method;
    req.tenantId = session->tenantId;
    req.json = p.headers.value("accept").contains("json");
    req.body = p.body;
    req.contentType = p.headers.value("content-type");
    const QString host = QString::fromUtf8(p.headers.value("host"));
    req.origin =
        (m_options.http ? u"http://"_s : u"https://"_s) +
        (host.isEmpty() ? m_options.address.toString() + u':' + QString::number(m_port) : host);
    req.path = p.url.path(QUrl::FullyEncoded);
    const QStringList raw = req.path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &seg : raw)
        req.segments.append(QUrl::fromPercentEncoding(seg.toUtf8()));
    const QString query = p.url.query(QUrl::FullyEncoded);
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        QString name = pair.left(eq < 0 ? pair.size() : eq),
                value = eq < 0 ? QString() : pair.mid(eq + 1);
        name = QUrl::fromPercentEncoding(name.replace(u'+', u' ').toUtf8()).toLower();
        value = QUrl::fromPercentEncoding(value.replace(u'+', u' ').toUtf8());
        if (!req.params.contains(name)) // the first occurrence wins
            req.params.insert(name, value);
    }

    if (req.segments.isEmpty() || req.segments.first() != u"vmrest"_s) {
        *refusal = Api::error(req, 404, u"NOT_FOUND"_s, u"Resource not found"_s);
        return false;
    }
    if ((req.method == u"POST"_s || req.method == u"PUT"_s) && !req.contentType.contains("xml") &&
        !req.contentType.contains("json")) {
        *refusal = Api::error(req, 415, u"UNSUPPORTED_MEDIA_TYPE"_s,
                              u"Content-Type application/xml or application/json is required"_s);
        return false;
    }
    req.segments.removeFirst();
    return true;
}

void SimServer::reply(const std::shared_ptr<Pending> &pending, const Response &response)
{
    Pending &p = *pending;
    p.finished = true;
    const QString path =
        p.url.toString(QUrl::FullyEncoded | QUrl::RemoveScheme | QUrl::RemoveAuthority);
    std::fprintf(stderr, "%s %s %d %lldms\n", qPrintable(p.method), qPrintable(path),
                 response.status, static_cast<long long>(p.timer.elapsed()));
    // Garbage replaces successful replies only.
    if (p.fault == Fault::Garbage && (response.status < 200 || response.status > 299))
        p.fault = Fault::None;
    if (p.fault != Fault::None)
        std::fprintf(stderr, "fault: %s %s %s\n", faultName(p.fault), qPrintable(p.method),
                     qPrintable(path));
    std::fflush(stderr);
    if (!m_options.recordFile.isEmpty())
        recordRequest(m_options.recordFile, p.method, path, response.status,
                      p.headers.value("authorization").startsWith("Basic "), p.body);
    if (!p.socket)
        return;
    writeReply(*p.responder, p.socket, response, p.fault, m_faults.stallMs(),
               p.headers.value("accept").contains("json"),
               [pending] { Acceptor::requestDone(pending->socket); });
}

} // namespace CupiSim
