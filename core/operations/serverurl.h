// SPDX-License-Identifier: GPL-3.0-or-later
// The server address as people type it (handlerctl --server, handlerdesk --server, the connection
// dialog), turned into the URL the client uses — one rule for every front end.
#pragma once

#include <QString>
#include <QUrl>

namespace HandlerDesk::Core {

// "cuc.example.com" → "https://cuc.example.com": https when no scheme is given; scheme and host in
// lower case; no user info, query or fragment; no trailing '/' and no trailing "/vmrest" (the
// client adds it). Empty for empty text. The result is not checked: see parseServerUrl().
QUrl normalizedServerUrl(const QString &text);

// normalizedServerUrl(), refused with a sentence in *error (and an empty URL) when the client
// could not use it: no host, a user name or password in it, a scheme other than https (plain
// http only to this computer, as the client enforces).
QUrl parseServerUrl(const QString &text, QString *error = nullptr);

} // namespace HandlerDesk::Core
