// SPDX-License-Identifier: GPL-3.0-or-later
#include "oracle.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

namespace HandlerDesk::Soak {

using namespace Qt::Literals::StringLiterals;

namespace {

QString hexPairs(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

// A list's items: CUPI sends one element as an object, not an array.
QJsonArray itemsOf(const QJsonObject &page, const QString &item)
{
    const QJsonValue v = page.value(item);
    if (v.isArray())
        return v.toArray();
    if (v.isObject())
        return QJsonArray{v};
    return {};
}

PartState partOf(const QJsonObject &object)
{
    PartState state;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            state.insert(it.key(), it.value().toString());
    }
    return state;
}

} // namespace

Oracle::Oracle(const QUrl &server, const QString &sha256, const QString &user,
               const QString &password)
    : m_server(server)
    , m_sha256(sha256.toUpper())
    , m_basic("Basic " + (user + u':' + password).toUtf8().toBase64())
{
}

std::optional<QByteArray> Oracle::get(const QString &path)
{
    QUrl url = m_server;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(u"/vmrest/"_s + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    for (int attempt = 0; attempt < 5; ++attempt) {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("X-CupiSim-No-Faults", "1");
        // Basic only without a session: the simulator refuses a third sign-in within a second.
        if (m_nam.cookieJar()->cookiesForUrl(url).isEmpty())
            request.setRawHeader("Authorization", m_basic);
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_nam.get(request);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply] {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (hexPairs(peer.digest(QCryptographicHash::Sha256)) == m_sha256)
                reply->ignoreSslErrors();
        });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200)
            return reply->readAll();
        m_error = u"GET %1: %2 (HTTP %3)"_s.arg(path, reply->errorString()).arg(status);
        if (status != 503 && status != 401)
            return std::nullopt;
        if (status == 401)
            m_nam.setCookieJar(new QNetworkCookieJar(&m_nam)); // a new session next time
        QEventLoop pause;
        QTimer::singleShot(1100, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return std::nullopt;
}

std::optional<QJsonArray> Oracle::list(const QString &resource, const QString &item)
{
    QJsonArray all;
    constexpr int Rows = 200;
    for (int page = 1;; ++page) {
        const auto body =
            get(u"%1?rowsPerPage=%2&pageNumber=%3"_s.arg(resource).arg(Rows).arg(page));
        if (!body)
            return std::nullopt;
        const QJsonObject object = QJsonDocument::fromJson(*body).object();
        const QJsonArray items = itemsOf(object, item);
        for (const QJsonValue &v : items)
            all.append(v);
        const qint64 total = object.value(u"@total"_s).toString().toLongLong();
        if (items.isEmpty() || all.size() >= total)
            return all;
    }
}

std::optional<HandlerState> Oracle::readHandler(const QString &id)
{
    const QString base = u"handlers/callhandlers/"_s + id;
    const auto handler = get(base);
    if (!handler)
        return std::nullopt;
    HandlerState state;
    state.insert(u"handler"_s, partOf(QJsonDocument::fromJson(*handler).object()));
    const struct
    {
        const char *resource, *item, *keyField, *prefix;
    } subs[] = {{"greetings", "Greeting", "GreetingType", "greeting/"},
                {"menuentries", "MenuEntry", "TouchtoneKey", "menu/"},
                {"transferoptions", "TransferOption", "TransferOptionType", "transfer/"}};
    for (const auto &sub : subs) {
        const auto items =
            list(base + u'/' + QLatin1StringView(sub.resource), QLatin1StringView(sub.item));
        if (!items)
            return std::nullopt;
        for (const QJsonValue &v : *items) {
            const PartState part = partOf(v.toObject());
            state.insert(
                QLatin1StringView(sub.prefix) + part.value(QLatin1StringView(sub.keyField)), part);
        }
    }
    return state;
}

std::optional<QStringList> Oracle::systemHandlerIds()
{
    const auto items = list(u"handlers/callhandlers"_s, u"Callhandler"_s);
    if (!items)
        return std::nullopt;
    QStringList ids;
    for (const QJsonValue &v : *items) {
        const QJsonObject o = v.toObject();
        if (o.value(u"IsPrimary"_s).toString() != u"true"_s &&
            o.value(u"IsTemplate"_s).toString() != u"true"_s)
            ids << o.value(u"ObjectId"_s).toString();
    }
    return ids;
}

} // namespace HandlerDesk::Soak
