// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/requestfactory.h"

#include "core/net/connectionsettings.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Net {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::CupiClient)
};
} // namespace

RequestFactory::RequestFactory(const QUrl &serverUrl, WireFormat wire, int transferTimeoutMs)
    : m_mime(Codec::mimeType(wire))
    , m_timeoutMs(transferTimeoutMs)
{
    QUrl base = serverUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                                   QUrl::StripTrailingSlash);
    m_base = base.toEncoded();
    while (m_base.endsWith('/'))
        m_base.chop(1);
    // A base that already ends in /vmrest is accepted as the same server.
    if (m_base.endsWith("/vmrest"))
        m_base.chop(7);
}

QUrl RequestFactory::url(const QString &pathWithQuery) const
{
    QString rel = pathWithQuery;
    while (rel.startsWith(u'/'))
        rel.remove(0, 1);
    if (rel.startsWith(u"vmrest/"_s))
        rel.remove(0, 7);
    return QUrl::fromEncoded(m_base + "/vmrest/" + rel.toUtf8(), QUrl::StrictMode);
}

QNetworkRequest RequestFactory::make(const QString &pathWithQuery, const RequestAuth &auth,
                                     bool hasBody) const
{
    QNetworkRequest request(url(pathWithQuery));
    request.setRawHeader("Accept", m_mime);
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_mime);
    if (!auth.authorization.isEmpty())
        request.setRawHeader("Authorization", auth.authorization);
    else if (!auth.cookies.isEmpty())
        request.setRawHeader("Cookie", auth.cookies);
    request.setRawHeader("Connection", "keep-alive");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("HandlerDesk/" + applicationVersion().toUtf8()));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

QString RequestFactory::encodeQueryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "()"));
}

QString RequestFactory::listQuery(const ListRequest &request, int rowsPerPage, int pageNumber)
{
    QStringList parts;
    if (rowsPerPage > 0)
        parts << u"rowsPerPage="_s + QString::number(rowsPerPage);
    if (pageNumber >= 0)
        parts << u"pageNumber="_s + QString::number(pageNumber);
    if (!request.query.isEmpty())
        parts << u"query="_s + encodeQueryValue(request.query);
    if (!request.sort.isEmpty())
        parts << u"sort="_s + encodeQueryValue(request.sort);
    return parts.join(u'&');
}

QByteArray RequestFactory::basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QString RequestFactory::checkPath(const QString &pathWithQuery)
{
    const QString path = pathWithQuery.section(u'?', 0, 0);
    for (const QString &segment : path.split(u'/')) {
        const QString decoded = QUrl::fromPercentEncoding(segment.toUtf8());
        if (decoded == u"."_s || decoded == u".."_s)
            return Text::tr("Not sent: the path \"%1\" has a segment \"%2\", which would leave its "
                            "resource.")
                .arg(path, decoded);
    }
    return {};
}

bool RequestFactory::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString RequestFactory::checkServerUrl(const QUrl &serverUrl)
{
    if (!serverUrl.isValid() || serverUrl.host().isEmpty())
        return Text::tr("The server address \"%1\" is not a valid URL.")
            .arg(serverUrl.toDisplayString());
    const QString scheme = serverUrl.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s) {
        if (isLoopbackHost(serverUrl.host()))
            return {};
        return Text::tr("Plain http:// is allowed only to this computer (loopback); use https:// "
                        "for %1.")
            .arg(serverUrl.host());
    }
    return Text::tr("The server address must start with https://.");
}

} // namespace HandlerDesk::Core::Net
