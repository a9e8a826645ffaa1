// SPDX-License-Identifier: GPL-3.0-or-later
// Test support: a QNetworkAccessManager that keeps what each request sends — method, path and
// body, never a header (no credentials) — so a test shows what a client sent.
#pragma once

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace HandlerDesk::Test {

class RecordingNam : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QByteArray method;
        QString path;
        QByteArray body;
    };
    QList<Sent> sent;

    // The requests other than GET, in order.
    QList<Sent> writes() const
    {
        QList<Sent> result;
        for (const Sent &s : sent) {
            if (s.method != "GET")
                result.append(s);
        }
        return result;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        Sent s;
        s.method = op == CustomOperation
                       ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                       : QByteArray(op == GetOperation ? "GET" : "OTHER");
        s.path = request.url().path(QUrl::FullyEncoded);
        if (outgoingData)
            s.body = outgoingData->peek(outgoingData->bytesAvailable());
        sent.append(s);
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

} // namespace HandlerDesk::Test
