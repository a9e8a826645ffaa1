// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/session.h"

#include <QDateTime>

namespace HandlerDesk::Core::Net {

namespace {
bool expired(const QNetworkCookie &cookie, const QDateTime &now)
{
    return !cookie.isSessionCookie() && cookie.expirationDate() <= now;
}

// RFC 6265 §5.1.4 path-match; a cookie without a path is sent everywhere on this server.
bool pathMatches(const QString &cookiePath, const QString &path)
{
    if (cookiePath.isEmpty() || cookiePath == QLatin1String("/"))
        return true;
    if (!path.startsWith(cookiePath))
        return false;
    return path.size() == cookiePath.size() || cookiePath.endsWith(QLatin1Char('/')) ||
           path.at(cookiePath.size()) == QLatin1Char('/');
}
} // namespace

void Session::update(const QList<QNetworkCookie> &setCookies, const QDateTime &now)
{
    for (const QNetworkCookie &cookie : setCookies) {
        m_cookies.removeIf([&](const QNetworkCookie &c) {
            return c.name() == cookie.name() && c.path() == cookie.path();
        });
        if (!expired(cookie, now))
            m_cookies.append(cookie);
    }
}

QByteArray Session::cookieHeader(const QString &path, const QDateTime &now) const
{
    QByteArray header;
    for (const QNetworkCookie &cookie : m_cookies) {
        if (expired(cookie, now) || !pathMatches(cookie.path(), path))
            continue;
        if (!header.isEmpty())
            header += "; ";
        header += cookie.name() + '=' + cookie.value();
    }
    return header;
}

QList<QByteArray> Session::names() const
{
    QList<QByteArray> result;
    for (const QNetworkCookie &cookie : m_cookies)
        result.append(cookie.name());
    return result;
}

} // namespace HandlerDesk::Core::Net
