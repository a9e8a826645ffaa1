// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cupiclient.h"

#include "core/cupijob.h"
#include "core/net/jobs.h"
#include "core/net/transport.h"

#include <QNetworkAccessManager>

namespace HandlerDesk::Core {

class CupiClient::Private
{
public:
    Net::Transport *transport = nullptr; // a child of the client, deleted before the jobs
};

CupiClient::CupiClient(const ConnectionSettings &settings, QNetworkAccessManager *nam,
                       QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<HandlerDesk::Core::CupiError>();
    qRegisterMetaType<HandlerDesk::Core::CupiObject>();
    d->transport = new Net::Transport(settings, nam, this);
    connect(d->transport, &Net::Transport::authenticationFailed, this,
            &CupiClient::authenticationFailed);
}

CupiClient::~CupiClient()
{
    // Jobs abort their replies through the transport, so they go first.
    const auto jobs = findChildren<CupiJob *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

const ConnectionSettings &CupiClient::settings() const
{
    return d->transport->settings();
}

void CupiClient::setPasswordProvider(PasswordProvider provider)
{
    d->transport->setPasswordProvider(std::move(provider));
}

void CupiClient::setPinnedSha256(const QString &fingerprint)
{
    d->transport->setPinnedSha256(fingerprint);
}

WireFormat CupiClient::wireFormat() const
{
    return d->transport->settings().wire;
}

ObjectJob *CupiClient::get(const QString &path)
{
    return new Net::GetObjectJob(d->transport, path, this);
}

ListJob *CupiClient::list(const ListRequest &request)
{
    return new Net::PagedListJob(d->transport, request, this);
}

WriteJob *CupiClient::put(const QString &path, const CupiObject &changes, const QString &rootName)
{
    return new Net::SendJob(d->transport, "PUT", path,
                            Codec::encodeObject(changes, wireFormat(), rootName), this);
}

WriteJob *CupiClient::post(const QString &pathWithQuery, const CupiObject &body,
                           const QString &rootName)
{
    return new Net::SendJob(d->transport, "POST", pathWithQuery,
                            Codec::encodeObject(body, wireFormat(), rootName), this);
}

WriteJob *CupiClient::remove(const QString &path)
{
    return new Net::SendJob(d->transport, "DELETE", path, {}, this);
}

void CupiClient::cancelAll()
{
    const auto jobs = findChildren<CupiJob *>(Qt::FindDirectChildrenOnly);
    for (CupiJob *job : jobs) {
        if (!job->isFinished())
            job->cancel();
    }
}

int CupiClient::inFlight() const
{
    return d->transport->inFlight();
}

} // namespace HandlerDesk::Core
