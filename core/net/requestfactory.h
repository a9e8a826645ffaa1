// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codec.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace HandlerDesk::Core {
struct ListRequest;
}

namespace HandlerDesk::Core::Net {

// How one request authenticates: Basic credentials or the session's cookies (never both).
struct RequestAuth
{
    QByteArray authorization; // "Basic …"; empty = none
    QByteArray cookies;       // "JSESSIONIDSSO=…; JSESSIONID=…"; empty = none
};

// Builds every request of a client, without side effects, so a test can check URL, query and
// headers without a network: base URL + "/vmrest/" + path, Accept, Content-Type on bodies,
// Basic auth or the session cookies, transfer timeout, same-origin redirects, keep-alive, and
// QNAM's own cookie jar switched off (one session per client, never shared through the jar).
class RequestFactory
{
public:
    RequestFactory(const QUrl &serverUrl, WireFormat wire, int transferTimeoutMs);

    // `pathWithQuery` relative to /vmrest, already percent-encoded.
    QUrl url(const QString &pathWithQuery) const;
    QNetworkRequest make(const QString &pathWithQuery, const RequestAuth &auth, bool hasBody) const;

    // "rowsPerPage=…&pageNumber=…&query=(…)&sort=(…)", values percent-encoded (spaces as %20,
    // '&', '=', '+' and '#' escaped; parentheses kept as CUPI's examples write them).
    static QString listQuery(const ListRequest &request, int rowsPerPage, int pageNumber);
    static QString encodeQueryValue(const QString &value);
    static QByteArray basicAuthorization(const QString &user, const QString &password);

    // Empty when `pathWithQuery` may be sent; otherwise why not: a path segment "." or ".." (an id
    // from the server or the command line; QUrl decodes even "%2E%2E" to "..") would climb out of
    // its resource once the server or a proxy normalises the path.
    static QString checkPath(const QString &pathWithQuery);
    // Empty when the URL may be used; otherwise why not (plain http only to loopback hosts).
    static QString checkServerUrl(const QUrl &serverUrl);
    static bool isLoopbackHost(const QString &host);

private:
    QByteArray m_base; // scheme://host[:port][/prefix], fully encoded, no trailing '/'
    QByteArray m_mime;
    int m_timeoutMs;
};

} // namespace HandlerDesk::Core::Net
