// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operations/serverurl.h"

#include "core/net/requestfactory.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::ServerUrl)
};

// The text as a URL, https:// in front when it names no scheme ("host:8443" is a host and port).
QUrl withScheme(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return QUrl(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed);
}

QUrl normalized(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = result.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/vmrest"_s, Qt::CaseInsensitive))
        path.chop(7);
    result.setPath(path);
    result.setHost(result.host().toLower());
    return result;
}
} // namespace

QUrl normalizedServerUrl(const QString &text)
{
    const QUrl url = withScheme(text);
    return url.isEmpty() ? QUrl() : normalized(url);
}

QUrl parseServerUrl(const QString &text, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };
    const QUrl typed = withScheme(text);
    if (typed.isEmpty())
        return refuse(Text::tr("Enter the server address (https://host[:port])."));
    if (!typed.userInfo().isEmpty())
        return refuse(Text::tr("The server address must not contain a user name or password."));
    const QUrl url = normalized(typed);
    if (const QString problem = Net::RequestFactory::checkServerUrl(url); !problem.isEmpty())
        return refuse(problem);
    if (error)
        error->clear();
    return url;
}

} // namespace HandlerDesk::Core
