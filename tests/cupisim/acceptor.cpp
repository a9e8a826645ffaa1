// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceptor.h"

#include <QSslSocket>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

namespace {

// QHttpServer's parser refuses longer header blocks itself; beyond this we stop looking.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;

const QByteArray tooLarge413 =
    "<!doctype html><html lang=\"en\"><head><title>HTTP Status 413 \xE2\x80\x93 Payload Too "
    "Large</title></head><body><h1>HTTP Status 413 \xE2\x80\x93 Payload Too Large</h1>"
    "<hr class=\"line\" /><h3>Apache Tomcat</h3></body></html>";

} // namespace

// Watches one established connection: the idle timeout, and the request bodies' sizes. It sees
// each chunk of bytes before QHttpServer reads it (its readyRead slot is connected first) and
// follows the request boundaries by the headers' Content-Length. A chunked body has no length
// up front: from then on the connection's bytes count against the cap as a whole.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const AcceptorOptions &options)
        : QObject(socket)
        , m_socket(socket)
        , m_maxBody(options.maxBodyBytes)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(options.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::onIdle);
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
        connect(socket, &QIODevice::bytesWritten, &m_idle, qOverload<>(&QTimer::start));
        m_idle.start();
    }

    int busy = 0;

private:
    void onIdle()
    {
        if (busy > 0)
            return m_idle.start();
        if (m_socket->bytesToWrite() > 0)
            m_socket->abort();
        else
            m_socket->disconnectFromHost();
    }

    void onReadyRead()
    {
        m_idle.start();
        if (!m_refused && m_maxBody > 0)
            feed(m_socket->peek(m_socket->bytesAvailable()));
    }

    void feed(QByteArrayView data)
    {
        while (!data.isEmpty() && !m_refused) {
            if (m_chunked) {
                m_streamed += data.size();
                if (m_streamed > m_maxBody)
                    refuse();
                return;
            }
            if (m_bodyLeft > 0) {
                const qsizetype n = qsizetype(qMin<qint64>(m_bodyLeft, data.size()));
                m_bodyLeft -= n;
                data = data.sliced(n);
                continue;
            }
            const qsizetype before = m_head.size();
            m_head += data.first(qMin(data.size(), MaxHeaderBytes + 4 - before));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > MaxHeaderBytes)
                    m_socket->abort();
                return;
            }
            data = data.sliced(end + 4 - before);
            examine(m_head.left(end));
            m_head.clear();
        }
    }

    void examine(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        m_request = lines.value(0).trimmed();
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                m_bodyLeft = value.toLongLong();
            else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                m_chunked = true;
        }
        if (m_bodyLeft > m_maxBody)
            refuse();
    }

    // 413 and the connection closed: the body is never read (a client that keeps sending it
    // may see the reset instead of the 413).
    void refuse()
    {
        m_refused = true;
        const QList<QByteArray> words = m_request.split(' ');
        std::fprintf(stderr, "%s %s 413 0ms\n", words.value(0).constData(),
                     words.value(1).constData());
        std::fflush(stderr);
        m_socket->write("HTTP/1.1 413 Payload Too Large\r\n"
                        "Content-Type: text/html;charset=utf-8\r\n"
                        "Connection: close\r\n"
                        "Content-Length: " +
                        QByteArray::number(tooLarge413.size()) + "\r\n\r\n" + tooLarge413);
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    QTimer m_idle;
    QByteArray m_head;
    QByteArray m_request; // the request line of the latest header block
    qint64 m_bodyLeft = 0;
    qint64 m_streamed = 0;
    bool m_chunked = false;
    bool m_refused = false;
};

Acceptor::Acceptor(const AcceptorOptions &options, QObject *parent)
    : QTcpServer(parent)
    , m_options(options)
{
    // Only finished handshakes wait here, and QHttpServer takes each at once.
    setMaxPendingConnections(1000);
    setListenBacklogSize(1024);
}

void Acceptor::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
    m_tls = true;
}

void Acceptor::incomingConnection(qintptr handle)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (socket->setSocketDescriptor(handle))
            handOver(socket);
        else
            delete socket;
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_ssl);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    auto drop = [socket] {
        socket->abort();
        socket->deleteLater();
    };
    connect(deadline, &QTimer::timeout, socket, drop);
    const auto failed = connect(socket, &QAbstractSocket::errorOccurred, socket, drop);
    connect(
        socket, &QSslSocket::encrypted, this,
        [this, socket, deadline, failed] {
            disconnect(failed);
            delete deadline;
            handOver(socket);
        },
        Qt::SingleShotConnection);
    deadline->start(m_options.handshakeTimeoutMs);
    socket->startServerEncryption();
}

void Acceptor::handOver(QTcpSocket *socket)
{
    new ConnectionGuard(socket, m_options);
    addPendingConnection(socket);
}

void Acceptor::requestStarted(QTcpSocket *socket)
{
    if (auto *guard = socket ? socket->findChild<ConnectionGuard *>() : nullptr)
        ++guard->busy;
}

void Acceptor::requestDone(QTcpSocket *socket)
{
    if (auto *guard = socket ? socket->findChild<ConnectionGuard *>() : nullptr)
        --guard->busy;
}

} // namespace CupiSim

#include "acceptor.moc"
