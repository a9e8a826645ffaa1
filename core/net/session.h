// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkCookie>

class QDateTime;

namespace HandlerDesk::Core::Net {

// The session cookies of one client (JSESSIONIDSSO, JSESSIONID, REQUEST_TOKEN_KEY, …): the latest
// Set-Cookie of each name wins, an expired Set-Cookie removes it (the server rotates
// REQUEST_TOKEN_KEY that way), cookies past their expiry are not sent. One jar per client, so a
// session never travels to another server or account.
class Session
{
public:
    // Applies the Set-Cookie headers of one reply, in order.
    void update(const QList<QNetworkCookie> &setCookies, const QDateTime &now);
    // The Cookie header value for a request to `path` ("/vmrest/…"); empty when no session.
    QByteArray cookieHeader(const QString &path, const QDateTime &now) const;
    bool isEmpty() const { return m_cookies.isEmpty(); }
    void clear() { m_cookies.clear(); }
    QList<QByteArray> names() const;

private:
    QList<QNetworkCookie> m_cookies;
};

} // namespace HandlerDesk::Core::Net
