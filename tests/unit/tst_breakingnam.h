// SPDX-License-Identifier: GPL-3.0-or-later
// Test support: a QNetworkAccessManager that sends the requests for chosen server paths to a path
// the server does not have, so the real server (cupi-sim) answers them 404 — one of the server's
// lists fails to load — until the test mends the path and a Retry loads it.
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSet>
#include <QUrl>

namespace HandlerDesk::Test {

class BreakingNam : public QNetworkAccessManager
{
public:
    // URL paths ("/vmrest/timezones") whose requests are broken, until removed.
    QSet<QString> broken;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        if (!broken.contains(request.url().path()))
            return QNetworkAccessManager::createRequest(op, request, outgoingData);
        QUrl url = request.url();
        url.setPath(url.path() + QStringLiteral("-unavailable"));
        QNetworkRequest elsewhere(request);
        elsewhere.setUrl(url);
        return QNetworkAccessManager::createRequest(op, elsewhere, outgoingData);
    }
};

} // namespace HandlerDesk::Test
