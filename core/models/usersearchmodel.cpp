// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/usersearchmodel.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/models/lookupcache.h"
#include "core/resources.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

UserSearchModel::UserSearchModel(LookupCache *cache, QObject *parent)
    : LookupModel(parent)
    , m_cache(cache)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &UserSearchModel::startSearch);
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
    m_timer->setInterval(ms);
}

void UserSearchModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    ++m_generation; // replies to the previous text are dropped
    m_pending = 0;
    if (m_text.isEmpty()) {
        m_timer->stop();
        show({});
        return;
    }
    m_timer->start();
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
    CupiClient *client = m_cache ? m_cache->client() : nullptr;
    const quint64 generation = ++m_generation;
    m_collected.clear();
    m_error = {};
    if (!client) {
        Q_EMIT searchFailed(CupiError(CupiError::Kind::Usage, tr("Not connected.")));
        return;
    }
    Q_EMIT searchStarted();
    // CUPI takes one clause per field; names and aliases are searched separately and merged.
    for (const QString &field : {u"DisplayName"_s, u"Alias"_s}) {
        ListRequest request;
        request.resource = Resources::users();
        request.itemName = QString(Resources::Item::User);
        request.query = Resources::queryStartsWith(field, m_text);
        request.pageNumber = 1;
        request.rowsPerPage = m_maxResults;
        ++m_pending;
        CupiJob *job = client->list(request);
        connect(job, &CupiJob::finished, this,
                [this, generation](CupiJob *done) { onJobFinished(done, generation); });
    }
}

void UserSearchModel::onJobFinished(CupiJob *job, quint64 generation)
{
    if (generation != m_generation)
        return;
    --m_pending;
    if (job->ok()) {
        for (const CupiObject &user : static_cast<ListJob *>(job)->items()) {
            const LookupEntry entry = entryFromObject(user);
            const bool known =
                std::any_of(m_collected.cbegin(), m_collected.cend(),
                            [&entry](const LookupEntry &e) { return e.id == entry.id; });
            if (!entry.id.isEmpty() && !known)
                m_collected.append(entry);
        }
    } else if (job->error().kind() != CupiError::Kind::Cancelled) {
        m_error = job->error();
    }
    if (m_pending > 0)
        return;
    if (m_error.isError() && m_collected.isEmpty()) {
        show({});
        Q_EMIT searchFailed(m_error);
        return;
    }
    sortByDisplay(m_collected);
    if (m_collected.size() > m_maxResults)
        m_collected.resize(m_maxResults);
    if (m_cache)
        m_cache->addUsers(m_collected);
    show(m_collected);
    Q_EMIT searchFinished(int(m_collected.size()));
}

} // namespace HandlerDesk::Core
