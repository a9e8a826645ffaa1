// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/models/lookupmodel.h"

#include <QPointer>

namespace HandlerDesk::Core {

class CupiObject;
class LookupCache;
class ServerSearch;

// Users matching a search text, searched ON THE SERVER (never a full download):
// `(DisplayName startswith <text>)` and `(Alias startswith <text>)`, merged, sorted by name,
// at most maxResults(). setSearchText() is debounced (debounceMs, default 250 ms); a reply to an
// older text is dropped. An empty text shows nothing. Results are also fed to the LookupCache's
// user names. setCurrentId() keeps one known user (the handler's recipient) listed first even
// when it does not match.
class UserSearchModel : public LookupModel
{
    Q_OBJECT
public:
    explicit UserSearchModel(LookupCache *cache, QObject *parent = nullptr);
    ~UserSearchModel() override;

    void setSearchText(const QString &text);
    // The handler's current recipient (a user id): listed first whatever the search text, so a
    // view can show the current choice. Its name comes from the LookupCache.
    void setCurrentId(const QString &userObjectId);
    QString currentId() const { return m_currentId; }
    QString searchText() const { return m_text; }
    void setDebounceMs(int ms);
    void setMaxResults(int max) { m_maxResults = max; }
    int maxResults() const { return m_maxResults; }
    bool isSearching() const;

Q_SIGNALS:
    void searchStarted();
    void searchFinished(int count);
    void searchFailed(const HandlerDesk::Core::CupiError &error);

private:
    void startSearch();
    void show(QList<LookupEntry> found);
    void reshow();
    void onAnswered(const QList<QList<CupiObject>> &found, const CupiError &error);

    QPointer<LookupCache> m_cache;
    ServerSearch *m_search = nullptr;
    QString m_text;
    QString m_currentId;
    QList<LookupEntry> m_collected;
    int m_maxResults = 200;
};

} // namespace HandlerDesk::Core
