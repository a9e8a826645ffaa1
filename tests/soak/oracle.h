// SPDX-License-Identifier: GPL-3.0-or-later
// The soak's own reader of the server, outside the client under test: plain QNetworkAccessManager
// requests (JSON, Basic once then the session cookie) with the header X-CupiSim-No-Faults: 1, so
// that the simulator never damages them.
#pragma once

#include "ledger.h"

#include <QByteArray>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <optional>

namespace HandlerDesk::Soak {

class Oracle
{
public:
    Oracle(const QUrl &server, const QString &sha256, const QString &user, const QString &password);

    // The items of every page of a list ("handlers/callhandlers", item "Callhandler");
    // nullopt when a request failed.
    std::optional<QJsonArray> list(const QString &resource, const QString &item);
    // A handler and its greetings, menu entries and transfer options.
    std::optional<HandlerState> readHandler(const QString &id);
    // The ids of the system call handlers (not users' primary ones, not templates).
    std::optional<QStringList> systemHandlerIds();
    QString lastError() const { return m_error; }

private:
    std::optional<QByteArray> get(const QString &path);

    QNetworkAccessManager m_nam;
    QUrl m_server;
    QString m_sha256;
    QByteArray m_basic;
    QString m_error;
};

} // namespace HandlerDesk::Soak
