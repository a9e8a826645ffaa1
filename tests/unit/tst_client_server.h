// SPDX-License-Identifier: GPL-3.0-or-later
// A small in-process HTTP(S) server on an ephemeral loopback port for tst_client: records what
// arrives (method, path, query, Authorization, Cookie, body) and answers through a handler,
// now or later (held replies make concurrency observable).
#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <tuple>
#include <vector>

class FakeCupiServer : public QAbstractHttpServer
{
public:
    struct Seen
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray authorization;
        QByteArray cookie;
        QByteArray contentType;
        QByteArray accept;
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hold = false; // answered by releaseAll()
        bool drop = false; // the connection is closed without an answer (a reset)
        // A chunked body that never ends: `streamChunk` every `streamEveryMs` (a flood with 0,
        // a drip with a long interval) until the client goes away.
        QByteArray streamChunk;
        int streamEveryMs = -1;
        void header(const QByteArray &key, const QByteArray &value)
        {
            headers.append({key, value});
        }
    };
    std::function<Answer(const Seen &)> handler;
    QList<Seen> seen;
    int current = 0; // held replies not yet answered
    int maxConcurrent = 0;

    quint16 start() { return listen(QHostAddress::LocalHost, 0); }

    void releaseAll()
    {
        auto held = std::move(m_held);
        m_held.clear();
        for (auto &[responder, answer, socket] : held) {
            --current;
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                send(*responder, answer);
        }
    }
    // Answers the held requests with `answer` instead of what the handler decided then (the
    // server changed its mind meanwhile, e.g. a session expired).
    void releaseAllWith(const Answer &answer)
    {
        for (auto &held : m_held)
            std::get<1>(held) = answer;
        releaseAll();
    }
    int heldCount() const { return int(m_held.size()); }

    static QByteArray methodName(QHttpServerRequest::Method method)
    {
        switch (method) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Put:
            return "PUT";
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Delete:
            return "DELETE";
        default:
            return "OTHER";
        }
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Seen s;
        s.method = methodName(request.method());
        s.path = request.url().path();
        s.query = request.query();
        s.authorization = request.value("authorization");
        s.cookie = request.value("cookie");
        s.contentType = request.value("content-type");
        s.accept = request.value("accept");
        s.body = request.body();
        seen.append(s);
        const Answer answer = handler ? handler(s) : Answer{};
        if (answer.drop) {
            socket->abort();
            return true;
        }
        if (answer.streamEveryMs >= 0) {
            stream(socket, answer);
            return true;
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        if (answer.hold) {
            ++current;
            maxConcurrent = qMax(maxConcurrent, current);
            m_held.emplace_back(std::make_shared<QHttpServerResponder>(std::move(responder)),
                                answer, QPointer<QTcpSocket>(socket));
            return true;
        }
        send(responder, answer);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    static void stream(QTcpSocket *socket, const Answer &answer)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) + " OK\r\nContent-Type: " +
                      answer.contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = QByteArray::number(answer.streamChunk.size(), 16) + "\r\n" +
                                 answer.streamChunk + "\r\n";
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk] {
            if (socket->state() == QAbstractSocket::ConnectedState &&
                socket->bytesToWrite() < 4 * chunk.size())
                socket->write(chunk);
        });
        timer->start(answer.streamEveryMs);
    }

    static void send(QHttpServerResponder &responder, const Answer &answer)
    {
        responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
        if (!answer.body.isEmpty())
            responder.writeHeader("Content-Type", answer.contentType);
        for (const auto &[key, value] : answer.headers)
            responder.writeHeader(key, value);
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        responder.writeBody(answer.body);
    }

    std::vector<std::tuple<std::shared_ptr<QHttpServerResponder>, Answer, QPointer<QTcpSocket>>>
        m_held;
};
