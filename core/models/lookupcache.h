// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/models/lookupmodel.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace HandlerDesk::Core {

class CupiClient;

// The per-connection cache of the values that handler fields refer to. load() fetches each list
// ONCE (languagemap + installedlanguages, timezones, schedulesets, tenants, callhandlertemplates,
// distributionlists); later calls are no-ops until reload(). Users are not downloaded (big
// systems have tens of thousands): UserSearchModel searches the server, and userName() resolves
// single ids on demand.
//
// Each kind emits loaded(kind) when in, or loadFailed(kind, error) — a failure is reported, not
// fatal: the model keeps what it had (empty at first) and name lookups of that kind return an
// empty string. reload(kind) fetches one kind again (a Retry next to its dropdown). ready() is
// emitted once, when every kind has finished for the first time (loaded or failed).
class LookupCache : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Languages,
        TimeZones,
        ScheduleSets,
        Tenants,
        Templates,
        DistributionLists,
        Users, // only the users resolved so far (userName(), UserSearchModel results)
    };
    Q_ENUM(Kind)
    static constexpr int KindCount = 7;

    explicit LookupCache(CupiClient *client, QObject *parent = nullptr);
    ~LookupCache() override;

    void load();
    // Fetches `kind` again (any request of it still on its way is dropped); exactly one
    // loaded(kind) or loadFailed(kind) follows, never synchronously. Not for Kind::Users.
    void reload(Kind kind);
    bool isLoading() const;
    bool isReady() const;           // every kind finished (some may have failed)
    bool isLoaded(Kind kind) const; // finished without error
    CupiError error(Kind kind) const;

    LookupModel *model(Kind kind) const;
    LookupModel *languages() const { return model(Kind::Languages); }
    LookupModel *timeZones() const { return model(Kind::TimeZones); }
    LookupModel *scheduleSets() const { return model(Kind::ScheduleSets); }
    LookupModel *tenants() const { return model(Kind::Tenants); }
    LookupModel *templates() const { return model(Kind::Templates); }
    LookupModel *distributionLists() const { return model(Kind::DistributionLists); }
    LookupModel *users() const { return model(Kind::Users); }

    // The display text for `id` of `kind`; empty when unknown (not loaded, or not found).
    QString displayName(Kind kind, const QString &id) const;

    // A user's display name if known; otherwise empty, and (when `fetch`) the user is fetched in
    // the background (deduplicated, a few at a time); namesChanged(Kind::Users) follows.
    QString userName(const QString &objectId, bool fetch = true) const;
    // Remember users found elsewhere (searches, the account).
    void addUsers(const QList<LookupEntry> &users);

    // "English (United States) — ENU" for a LanguageTag and abbreviation; the tag itself when
    // QLocale does not know it.
    static QString languageDisplayName(const QString &languageTag, const QString &abbreviation);

    CupiClient *client() const;

Q_SIGNALS:
    void loaded(HandlerDesk::Core::LookupCache::Kind kind);
    void loadFailed(HandlerDesk::Core::LookupCache::Kind kind,
                    const HandlerDesk::Core::CupiError &error);
    // Names of `kind` changed (loaded or users resolved): views re-read their display text.
    void namesChanged(HandlerDesk::Core::LookupCache::Kind kind);
    // The users whose names became known since the last emission (batched, at most every
    // 200 ms), emitted just before namesChanged(Kind::Users): views update only those rows.
    void usersResolved(const QSet<QString> &objectIds);
    void ready();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace HandlerDesk::Core
