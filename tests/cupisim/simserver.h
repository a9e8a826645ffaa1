// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HTTP(S) front of cupi-sim: one catch-all handler on QHttpServer, authentication (Basic or the
// session cookies), sessions, throttling (5 at once, a bounded queue, 503 when a request waited
// too long), --latency-ms, and one log line per request on stderr.
//
// Threads: sockets, sessions, the queue, the log and the recorder live on the main thread; the
// work of a request in a processing slot (--latency-ms, then Api over the Store and the body's
// serialisation) runs on one of 5 worker threads, under Store::lock (shared for reading, alone
// for a change), and its Response comes back to the main thread to be written.
#include "faults.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <list>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class QThreadPool;

namespace CupiSim {

class Api;
class Store;
struct Account;
struct Request;
struct Response;
struct Session;

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    bool http = false;
    QString certFile;
    QString keyFile;
    int latencyMs = 0;
    int queueTimeoutMs = 0;
    int tokenRotationSeconds = 0;
    bool strictSessions = true;  // 503 for Basic sign-ins 3 times a second (--lenient-sessions)
    int lockoutAfter = 0;        // failed sign-ins that lock an account; 0: never
    double lockoutMinutes = 0;   // how long; 0: until the simulator restarts
    double hackResetMinutes = 0; // the failure count is forgotten after this long without one
    QString recordFile;          // --record-requests (recorder.h); empty: off
    int handshakeTimeoutMs = 0;  // acceptor.h
    int idleTimeoutMs = 0;
    qint64 maxBodyBytes = 0;
    FaultOptions faults;
};

class SimServer : public QObject
{
    Q_OBJECT
public:
    SimServer(Store &store, Api &api, const ServerOptions &options, QObject *parent = nullptr);
    ~SimServer() override;

    bool start(QString *error);
    QString url() const;
    QByteArray certificateFingerprint() const { return m_fingerprint; }

private:
    struct Pending;
    void accept(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void pump();
    void process(const std::shared_ptr<Pending> &p);
    bool prepare(Pending &p, Request *request, Response *refusal);
    Response run(Request &request); // on a worker thread
    void finish(quint64 slotId, Response response);
    void reply(const std::shared_ptr<Pending> &p, const Response &response);
    void writeDamaged(const std::shared_ptr<Pending> &p, const Response &response);
    bool strictReject(const Pending &p);
    const Account *signIn(const QString &login, const QString &password, qint64 now);

    Store &m_store;
    Api &m_api;
    ServerOptions m_options;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QByteArray m_fingerprint;
    int m_active = 0;
    std::list<std::shared_ptr<Pending>> m_queue;
    QHash<quint64, std::shared_ptr<Pending>> m_inSlots; // by slot id, while a worker has them
    quint64 m_lastSlotId = 0;
    std::unique_ptr<QThreadPool> m_workers;                 // MaxConcurrentRequests threads
    QHash<QByteArray, std::shared_ptr<Session>> m_sessions; // by JSESSIONIDSSO and JSESSIONID
    QHash<QString, QList<qint64>> m_basicWithoutCookie;     // login → arrival times (ms)
    struct Lockout
    {
        int failures = 0;
        qint64 lastFailure = 0;
        bool locked = false;
        qint64 lockedUntil = 0;
    };
    QHash<QString, Lockout> m_lockouts; // lower-case login
    QElapsedTimer m_clock;
    FaultPlan m_faults;
};

} // namespace CupiSim
