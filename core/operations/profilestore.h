// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupiclient.h"

#include <QList>
#include <QString>

#include <optional>

namespace HandlerDesk::Core {

// A saved server (QSettings group "profiles" of organisation "HandlerDesk", application
// "handlerdesk" — the GUI saves them, handlerctl --profile reads them): never the password — that
// lives in the keychain (SecretStore) when the user asked to remember it.
struct ServerProfile
{
    QString name;
    QUrl url;
    QString user;
    WireFormat wire = WireFormat::Json;
    QString pinnedSha256;
    bool rememberPassword = false;

    ConnectionSettings settings() const;
    QString secretKey() const; // SecretStore::keyFor(user, host, port)
    // "admin @ cuc.example.com" when no name was given.
    QString displayName() const;

    static QList<ServerProfile> loadAll();
    static void save(const ServerProfile &profile); // by name; also becomes the last one used
    static void remove(const QString &name);        // with its pin; no longer the last one used
    static QString lastUsed();
    // The profile whose displayName() is `name`; std::nullopt when none is saved.
    static std::optional<ServerProfile> find(const QString &name);
};

} // namespace HandlerDesk::Core
