// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/lookupcache.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/models/lookupentries.h"
#include "core/resources.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLookups, "handlerdesk.model.lookups")

namespace HandlerDesk::Core {

namespace {

constexpr int MaxUserFetchesInFlight = 2;

int indexOf(LookupCache::Kind kind)
{
    return int(kind);
}

// Where each plain list (every kind but languages and users) is read from.
struct ListSource
{
    LookupCache::Kind kind;
    QString (*resource)();
    QLatin1StringView itemName;
};

constexpr ListSource ListSources[] = {
    {LookupCache::Kind::TimeZones, Resources::timeZones, Resources::Item::TimeZone},
    {LookupCache::Kind::ScheduleSets, Resources::scheduleSets, Resources::Item::ScheduleSet},
    {LookupCache::Kind::Tenants, Resources::tenants, Resources::Item::Tenant},
    {LookupCache::Kind::Templates, Resources::templates, Resources::Item::CallHandlerTemplate},
    {LookupCache::Kind::DistributionLists, Resources::distributionLists,
     Resources::Item::DistributionList},
};

} // namespace

class LookupCache::Private
{
public:
    explicit Private(LookupCache *q, CupiClient *client)
        : q(q)
        , client(client)
    {
    }

    void start(Kind kind);
    void fetchLanguages();
    void fetchList(Kind kind, const QString &resource, const QString &itemName);
    void finishKind(Kind kind, QList<LookupEntry> entries, const CupiError &error);
    void languagesPartDone();
    void pumpUserFetches();

    LookupCache *q;
    QPointer<CupiClient> client;
    std::array<LookupModel *, KindCount> models{};
    std::array<bool, KindCount> finished{};
    std::array<CupiError, KindCount> errors{};
    std::array<QPointer<CupiJob>, KindCount> jobs{};
    std::array<quint64, KindCount> generations{}; // a reply of an older generation is dropped
    bool started = false;
    bool readyEmitted = false;

    // languages are two requests
    QPointer<CupiJob> installedJob;
    QList<CupiObject> languageMap;
    QSet<QString> installedTui;
    int languageParts = 0;
    CupiError languageError;

    // users resolved one by one
    QStringList userQueue;
    QSet<QString> userRequested; // queued, in flight, or known missing
    int userFetchesInFlight = 0;
    QTimer *userNamesTimer = nullptr;
    QSet<QString> usersResolvedSinceLast;
};

LookupCache::LookupCache(CupiClient *client, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, client))
{
    for (auto &model : d->models)
        model = new LookupModel(this);
    d->finished[indexOf(Kind::Users)] = true; // resolved one by one, never "loading"
    d->userNamesTimer = new QTimer(this);
    d->userNamesTimer->setSingleShot(true);
    // Coalesce many resolved names into one view update: a sorted 40,000-row proxy re-sorts on
    // each update of the column it sorts by.
    d->userNamesTimer->setInterval(200);
    connect(d->userNamesTimer, &QTimer::timeout, this, [this] {
        const QSet<QString> ids = std::exchange(d->usersResolvedSinceLast, {});
        Q_EMIT usersResolved(ids);
        Q_EMIT namesChanged(Kind::Users);
    });
}

LookupCache::~LookupCache() = default;

CupiClient *LookupCache::client() const
{
    return d->client;
}

void LookupCache::load()
{
    if (d->started)
        return;
    d->started = true;
    for (int i = 0; i < KindCount; ++i) {
        if (i != indexOf(Kind::Users))
            d->start(Kind(i));
    }
}

void LookupCache::reload(Kind kind)
{
    Q_ASSERT_X(kind != Kind::Users, "LookupCache::reload", "users are resolved one by one");
    if (kind == Kind::Users)
        return;
    d->started = true;
    d->start(kind);
}

bool LookupCache::isLoading() const
{
    return d->started && !isReady();
}

bool LookupCache::isReady() const
{
    for (int i = 0; i < KindCount; ++i) {
        if (i != indexOf(Kind::Users) && !d->finished[i])
            return false;
    }
    return d->started;
}

bool LookupCache::isLoaded(Kind kind) const
{
    return d->finished[indexOf(kind)] && !d->errors[indexOf(kind)].isError();
}

CupiError LookupCache::error(Kind kind) const
{
    return d->errors[indexOf(kind)];
}

LookupModel *LookupCache::model(Kind kind) const
{
    return d->models[indexOf(kind)];
}

QString LookupCache::displayName(Kind kind, const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (kind == Kind::Users)
        return userName(id, false);
    return model(kind)->displayName(id);
}

QString LookupCache::userName(const QString &objectId, bool fetch) const
{
    if (objectId.isEmpty())
        return {};
    const QString known = model(Kind::Users)->displayName(objectId);
    if (!known.isEmpty() || !fetch || d->userRequested.contains(objectId) || !d->client)
        return known;
    d->userRequested.insert(objectId);
    d->userQueue.append(objectId);
    // data() of a view calls this: never start requests from inside it.
    QMetaObject::invokeMethod(
        const_cast<LookupCache *>(this), [this] { d->pumpUserFetches(); }, Qt::QueuedConnection);
    return known;
}

void LookupCache::addUsers(const QList<LookupEntry> &users)
{
    bool added = false;
    for (const LookupEntry &user : users) {
        if (!user.id.isEmpty() && model(Kind::Users)->displayName(user.id) != user.display) {
            d->usersResolvedSinceLast.insert(user.id);
            added = true;
        }
    }
    model(Kind::Users)->mergeEntries(users);
    if (added && !d->userNamesTimer->isActive())
        d->userNamesTimer->start();
}

QString LookupCache::languageDisplayName(const QString &languageTag, const QString &abbreviation)
{
    QString name;
    const QLocale locale(languageTag);
    if (!languageTag.isEmpty() && locale.language() != QLocale::C) {
        name = QLocale::languageToString(locale.language());
        if (languageTag.contains(u'-') && locale.territory() != QLocale::AnyTerritory)
            name += u" ("_s + QLocale::territoryToString(locale.territory()) + u')';
    } else {
        name = languageTag;
    }
    if (name.isEmpty())
        return abbreviation;
    if (abbreviation.isEmpty())
        return name;
    return name + u" \u2014 "_s + abbreviation;
}

void LookupCache::Private::start(Kind kind)
{
    const int i = indexOf(kind);
    ++generations[i];
    if (jobs[i])
        jobs[i]->cancel();
    finished[i] = false;
    errors[i] = {};
    if (!client) {
        const CupiError noClient(CupiError::Kind::Usage, QObject::tr("Not connected."));
        QMetaObject::invokeMethod(
            q, [this, kind, noClient] { finishKind(kind, {}, noClient); }, Qt::QueuedConnection);
        return;
    }
    if (kind == Kind::Languages) {
        fetchLanguages();
        return;
    }
    const auto source = std::find_if(std::begin(ListSources), std::end(ListSources),
                                     [kind](const ListSource &s) { return s.kind == kind; });
    Q_ASSERT_X(source != std::end(ListSources), "LookupCache", "users are resolved one by one");
    if (source != std::end(ListSources))
        fetchList(kind, source->resource(), QString(source->itemName));
}

// Languages are two requests: the language map, and which languages are installed.
void LookupCache::Private::fetchLanguages()
{
    if (installedJob)
        installedJob->cancel();
    languageMap.clear();
    installedTui.clear();
    languageParts = 0;
    languageError = {};
    fetchList(Kind::Languages, Resources::languageMap(), QString(Resources::Item::LanguageMapping));

    ListRequest installed;
    installed.resource = Resources::installedLanguages();
    installed.itemName = QString(Resources::Item::InstalledLanguage);
    installedJob = client->list(installed);
    const quint64 gen = generations[indexOf(Kind::Languages)];
    QObject::connect(installedJob, &CupiJob::finished, q, [this, gen](CupiJob *job) {
        if (gen != generations[indexOf(Kind::Languages)])
            return;
        const auto *list = static_cast<ListJob *>(job);
        if (job->ok()) {
            for (const CupiObject &item : list->items()) {
                // LanguageType 0 = the phone conversation (TUI): what a handler plays.
                if (item.intValue(u"LanguageType", 0) == 0)
                    installedTui.insert(item.value(u"LanguageCode"));
            }
        } else {
            qCInfo(lcLookups) << "installed languages not available:" << job->error().message();
        }
        languagesPartDone();
    });
}

void LookupCache::Private::fetchList(Kind kind, const QString &resource, const QString &itemName)
{
    ListRequest request;
    request.resource = resource;
    request.itemName = itemName;
    CupiJob *job = client->list(request);
    jobs[indexOf(kind)] = job;
    const quint64 gen = generations[indexOf(kind)];
    QObject::connect(job, &CupiJob::finished, q, [this, kind, gen](CupiJob *done) {
        if (gen != generations[indexOf(kind)])
            return;
        const auto *list = static_cast<ListJob *>(done);
        if (kind == Kind::Languages) {
            if (done->ok())
                languageMap = list->items();
            else
                languageError = done->error();
            languagesPartDone();
            return;
        }
        if (!done->ok()) {
            finishKind(kind, {}, done->error());
            return;
        }
        finishKind(kind, LookupEntries::ofList(kind, list->items()), {});
    });
}

void LookupCache::Private::languagesPartDone()
{
    if (++languageParts < 2)
        return;
    if (languageError.isError()) {
        finishKind(Kind::Languages, {}, languageError);
        return;
    }
    finishKind(Kind::Languages, LookupEntries::ofLanguages(languageMap, installedTui), {});
}

void LookupCache::Private::finishKind(Kind kind, QList<LookupEntry> entries, const CupiError &error)
{
    const int i = indexOf(kind);
    finished[i] = true;
    errors[i] = error;
    if (error.isError()) {
        qCWarning(lcLookups) << "lookup" << kind << "failed:" << error.message();
        Q_EMIT q->loadFailed(kind, error);
    } else {
        models[i]->setEntries(std::move(entries));
        Q_EMIT q->loaded(kind);
        Q_EMIT q->namesChanged(kind);
    }
    if (!readyEmitted && q->isReady()) {
        readyEmitted = true;
        Q_EMIT q->ready();
    }
}

void LookupCache::Private::pumpUserFetches()
{
    while (client && userFetchesInFlight < MaxUserFetchesInFlight && !userQueue.isEmpty()) {
        const QString id = userQueue.takeFirst();
        ++userFetchesInFlight;
        CupiJob *job = client->get(Resources::member(Resources::users(), id));
        QObject::connect(job, &CupiJob::finished, q, [this](CupiJob *done) {
            --userFetchesInFlight;
            if (done->ok()) {
                const LookupEntry entry =
                    LookupModel::entryFromObject(static_cast<ObjectJob *>(done)->object());
                if (!entry.id.isEmpty())
                    q->addUsers({entry});
            }
            // A failed id stays in userRequested: it is not asked again in this session.
            pumpUserFetches();
        });
    }
}

} // namespace HandlerDesk::Core
