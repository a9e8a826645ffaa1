// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/usersearchmodel.h"

#include "core/cupiobject.h"
#include "core/models/lookupcache.h"
#include "core/models/serversearch.h"
#include "core/resources.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

UserSearchModel::UserSearchModel(LookupCache *cache, QObject *parent)
    : LookupModel(parent)
    , m_cache(cache)
    , m_search(new ServerSearch(this, &UserSearchModel::startSearch, &UserSearchModel::onAnswered))
{
    if (cache) {
        connect(cache, &LookupCache::usersResolved, this, [this](const QSet<QString> &ids) {
            if (ids.contains(m_currentId))
                reshow(); // the current recipient's name arrived
        });
    }
}

UserSearchModel::~UserSearchModel() = default;

void UserSearchModel::setDebounceMs(int ms)
{
    m_search->setDebounceMs(ms);
}

bool UserSearchModel::isSearching() const
{
    return m_search->isRunning();
}

void UserSearchModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_search->restart(!m_text.isEmpty());
    if (m_text.isEmpty())
        show({});
}

void UserSearchModel::setCurrentId(const QString &userObjectId)
{
    if (m_currentId == userObjectId)
        return;
    m_currentId = userObjectId;
    reshow();
}

void UserSearchModel::reshow()
{
    show(m_text.isEmpty() ? QList<LookupEntry>() : m_collected);
}

void UserSearchModel::show(QList<LookupEntry> found)
{
    if (!m_currentId.isEmpty()) {
        const auto it = std::find_if(found.begin(), found.end(),
                                     [this](const LookupEntry &e) { return e.id == m_currentId; });
        LookupEntry current;
        if (it != found.end()) {
            current = *it;
            found.erase(it);
        } else if (m_cache) {
            current.id = m_currentId;
            current.display = m_cache->userName(m_currentId);
            if (current.display.isEmpty())
                current.display = m_currentId; // the name follows once the cache has it
        }
        if (!current.id.isEmpty())
            found.prepend(current);
    }
    setEntries(std::move(found));
}

void UserSearchModel::startSearch()
{
    m_collected.clear();
    // CUPI takes one clause per field; names and aliases are searched separately and merged.
    QList<ServerSearch::Request> requests;
    for (const QString &field : {u"DisplayName"_s, u"Alias"_s})
        requests.append({Resources::users(), QString(Resources::Item::User),
                         Resources::queryStartsWith(field, m_text)});
    m_search->start(m_cache ? m_cache->client() : nullptr, requests, m_maxResults);
}

void UserSearchModel::onAnswered(const QList<QList<CupiObject>> &found, const CupiError &error)
{
    for (const QList<CupiObject> &users : found) {
        for (const CupiObject &user : users)
            ServerSearch::appendNew(m_collected, entryFromObject(user));
    }
    if (!ServerSearch::settle(m_collected, error, m_maxResults, &LookupEntry::display)) {
        show({});
        Q_EMIT searchFailed(error);
        return;
    }
    if (m_cache)
        m_cache->addUsers(m_collected);
    show(m_collected);
    Q_EMIT searchFinished(int(m_collected.size()));
}

} // namespace HandlerDesk::Core
