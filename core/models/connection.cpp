// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/connection.h"

#include "core/cupijob.h"
#include "core/models/lookupcache.h"
#include "core/resources.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "handlerdesk.model.connection")

namespace HandlerDesk::Core {

class Connection::Private
{
public:
    explicit Private(Connection *q)
        : q(q)
    {
    }

    void setState(State newState);
    void fail(const CupiError &error);
    void onVersion(CupiJob *job);
    void findAccount(const QString &alias);
    void onAccount(CupiJob *job, const QString &alias);
    void onTenants(CupiJob *job);
    bool isCurrent(quint64 gen) const { return gen == generation && state == State::Opening; }

    Connection *q;
    CupiClient *client = nullptr;
    LookupCache *lookups = nullptr;
    State state = State::Closed;
    quint64 generation = 0;
    QString version;
    QString accountId;
    QString tenantId;
};

Connection::Connection(const ConnectionSettings &settings, QNetworkAccessManager *nam,
                       QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    if (!nam)
        nam = new QNetworkAccessManager(this);
    d->client = new CupiClient(settings, nam, this);
    d->lookups = new LookupCache(d->client, this);
}

Connection::~Connection()
{
    // The cache listens to the client's jobs: it goes first.
    delete d->lookups;
    d->lookups = nullptr;
}

CupiClient *Connection::client() const
{
    return d->client;
}

LookupCache *Connection::lookups() const
{
    return d->lookups;
}

const ConnectionSettings &Connection::settings() const
{
    return d->client->settings();
}

void Connection::setPasswordProvider(CupiClient::PasswordProvider provider)
{
    d->client->setPasswordProvider(std::move(provider));
}

void Connection::checkCredentials()
{
    CupiJob *job = d->client->get(Resources::version());
    connect(job, &CupiJob::finished, this,
            [this](CupiJob *done) { Q_EMIT credentialsChecked(done->error()); });
}

void Connection::trustCertificate(const QString &sha256)
{
    d->client->setPinnedSha256(sha256);
}

Connection::State Connection::state() const
{
    return d->state;
}

bool Connection::isTenantAdministrator() const
{
    return !d->tenantId.isEmpty();
}

QString Connection::tenantId() const
{
    return d->tenantId;
}

QString Connection::accountObjectId() const
{
    return d->accountId;
}

QString Connection::serverVersion() const
{
    return d->version;
}

QString Connection::serverLabel() const
{
    return tr("%1 @ %2").arg(settings().user, settings().serverUrl.host());
}

void Connection::open()
{
    const quint64 gen = ++d->generation;
    d->version.clear();
    d->accountId.clear();
    d->tenantId.clear();
    d->setState(State::Opening);
    CupiJob *job = d->client->get(Resources::version());
    connect(job, &CupiJob::finished, this, [this, gen](CupiJob *done) {
        if (d->isCurrent(gen))
            d->onVersion(done);
    });
}

void Connection::Private::setState(State newState)
{
    if (state == newState)
        return;
    state = newState;
    Q_EMIT q->stateChanged(state);
}

void Connection::Private::fail(const CupiError &error)
{
    qCInfo(lcConnection) << "opening failed:" << error.message();
    setState(State::Failed);
    Q_EMIT q->failed(error);
}

void Connection::Private::onVersion(CupiJob *job)
{
    if (!job->ok()) {
        fail(job->error());
        return;
    }
    const CupiObject &info = static_cast<ObjectJob *>(job)->object();
    version = info.value(u"version");
    if (version.isEmpty() && !info.isEmpty())
        version = info.fields().constFirst().second;

    findAccount(client->settings().user);
}

// The account's user object, by its alias. Real servers store a tenant user's Alias as its
// sign-in name, alias@smtpdomain (System Administration Guide, Appendix C "Tenant
// Partitioning"), so the full sign-in name is asked first; for servers that store only the part
// before the '@', that part is asked when the full name finds nothing.
void Connection::Private::findAccount(const QString &alias)
{
    ListRequest request;
    request.resource = Resources::users();
    request.itemName = QString(Resources::Item::User);
    request.query = Resources::queryIs(u"Alias"_s, alias);
    CupiJob *next = client->list(request);
    const quint64 gen = generation;
    QObject::connect(next, &CupiJob::finished, q, [this, gen, alias](CupiJob *done) {
        if (!isCurrent(gen))
            return;
        const QString login = client->settings().user;
        if (done->ok() && static_cast<ListJob *>(done)->items().isEmpty() && alias == login &&
            login.contains(u'@')) {
            findAccount(login.section(u'@', 0, 0));
            return;
        }
        onAccount(done, alias);
    });
}

static bool isFatal(const CupiError &error)
{
    switch (error.kind()) {
    case CupiError::Kind::Network:
    case CupiError::Kind::Tls:
    case CupiError::Kind::Auth:
    case CupiError::Kind::Busy:
    case CupiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

void Connection::Private::onAccount(CupiJob *job, const QString &alias)
{
    if (!job->ok()) {
        if (isFatal(job->error())) {
            fail(job->error());
            return;
        }
        // Some accounts may not read users; they are treated as system administrators, and the
        // server still limits what they see.
        qCInfo(lcConnection) << "account lookup failed, continuing:" << job->error().message();
    } else {
        const auto &items = static_cast<ListJob *>(job)->items();
        for (const CupiObject &user : items) {
            if (user.value(u"Alias").compare(alias, Qt::CaseInsensitive) != 0)
                continue;
            accountId = user.objectId();
            tenantId = user.value(u"TenantObjectId");
            if (!accountId.isEmpty())
                lookups->addUsers({LookupModel::entryFromObject(user)});
            break;
        }
    }

    ListRequest request;
    request.resource = Resources::tenants();
    request.itemName = QString(Resources::Item::Tenant);
    CupiJob *next = client->list(request);
    const quint64 gen = generation;
    QObject::connect(next, &CupiJob::finished, q, [this, gen](CupiJob *done) {
        if (isCurrent(gen))
            onTenants(done);
    });
}

void Connection::Private::onTenants(CupiJob *job)
{
    if (!job->ok() && isFatal(job->error())) {
        fail(job->error());
        return;
    }
    // A tenant administrator sees only its own tenant here; the tenant id itself comes from the
    // account (TenantObjectId), which is what the list filters and the UI rely on.
    if (job->ok() && !tenantId.isEmpty() && static_cast<ListJob *>(job)->items().size() > 1)
        qCWarning(lcConnection) << "a tenant administrator sees several tenants";
    setState(State::Open);
    lookups->load();
    Q_EMIT q->opened();
}

} // namespace HandlerDesk::Core
