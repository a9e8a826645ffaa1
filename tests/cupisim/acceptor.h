// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The listening socket that cupi-sim hands to QHttpServer::bind(). A connection reaches
// QHttpServer only once its TLS handshake is done; until then it counts against nothing, so no
// number of idle or non-TLS connections keeps other clients out (Qt 6.4's QSslServer counts
// connections still in the handshake as pending, 30 at most, and accepts nothing more until one
// times out). An unfinished handshake is closed after handshakeTimeoutMs, a failed one at once;
// an established connection without a request in progress is closed after idleTimeoutMs without
// traffic. A request that claims a body larger than maxBodyBytes gets 413 and the connection is
// closed before the body is read (QHttpServer 6.4 would buffer all of it).
#include <QSslConfiguration>
#include <QTcpServer>

class QTcpSocket;

namespace CupiSim {

struct AcceptorOptions
{
    int handshakeTimeoutMs = 0;
    int idleTimeoutMs = 0;
    qint64 maxBodyBytes = 0;
};

class Acceptor final : public QTcpServer
{
    Q_OBJECT
public:
    explicit Acceptor(const AcceptorOptions &options, QObject *parent = nullptr);
    // TLS on every connection (without it: plain HTTP).
    void setSslConfiguration(const QSslConfiguration &configuration);

    // A request on `socket` is being answered: the connection is not idle until requestDone().
    static void requestStarted(QTcpSocket *socket);
    static void requestDone(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void handOver(QTcpSocket *socket);

    AcceptorOptions m_options;
    QSslConfiguration m_ssl;
    bool m_tls = false;
};

} // namespace CupiSim
