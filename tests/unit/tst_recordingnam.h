// SPDX-License-Identifier: GPL-3.0-or-later
// Test support: a QNetworkAccessManager that keeps what each request sends — method, path and
// body, never a header (no credentials) — so a test shows what a client sent; and the reader of
// cupi-sim's --record-requests file, which shows what a separate process (handlerctl, the GUI's
// own connection) sent.
#pragma once

#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
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

// cupi-sim's --record-requests file: one object per request answered so far, {"method", "path",
// "status", "basic", "body"}.
inline QList<QJsonObject> recordedRequests(const QString &file)
{
    QList<QJsonObject> lines;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : in.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace HandlerDesk::Test
