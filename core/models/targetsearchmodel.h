// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/fieldtable.h"
#include "core/models/targetnames.h"

#include <QAbstractListModel>
#include <QPointer>

namespace HandlerDesk::Core {

class ServerSearch;

// The targets a "Go to" can take for one conversation, searched ON THE SERVER as one types
// (never a full download), like UserSearchModel:
// - TargetKind::CallHandler (PHGreeting, PHTransfer): call handlers of the system or tenants,
//   `(IsPrimary is 0 & DisplayName startswith <text>)`, and users' mailboxes — users by
//   DisplayName and Alias, each offered as its primary call handler (CallHandlerObjectId; users
//   without a mailbox are left out);
// - DirectoryHandler (AD), InterviewHandler (PHInterview): those handlers by DisplayName;
// - None: nothing (the conversation takes no target).
// A text of digits also searches extensions (DtmfAccessId startswith). With a tenant
// (setTenantId, the edited handler's tenant) every query adds `TenantObjectId is <tenant>`, so
// a tenant's handler is offered its own tenant's targets only; setHandler() of a system handler
// keeps to the system's.
//
// setSearchText() is debounced (debounceMs, default 250 ms; searchNow() skips the wait); a reply
// to an older text, kind or tenant is dropped. Results are merged, sorted by name, at most
// maxResults(), and given to TargetNames (so a chosen target's name is known at once).
class TargetSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the target id (TargetHandlerObjectId)
        KindRole,                  // int(TargetInfo::Kind)
        NameRole,
        ExtensionRole,
        KindTextRole, // "Call handler", "Mailbox", …
    };
    Q_ENUM(Role)

    explicit TargetSearchModel(TargetNames *names, QObject *parent = nullptr);
    ~TargetSearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setTargetKind(TargetKind kind);
    TargetKind targetKind() const { return m_kind; }
    void setTenantId(const QString &tenantObjectId);
    // The handler being edited scopes the search: a tenant's handler is offered its tenant's
    // targets, a system handler (no TenantObjectId) the system's — no tenant's objects by
    // mistake (those are left out of the results, as CUPI has no query for "no tenant").
    void setHandler(const CupiObject &handler);
    QString tenantId() const { return m_tenant; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // Starts the search for the current text now (a pending debounce is skipped).
    void searchNow();
    void setDebounceMs(int ms);
    void setMaxResults(int max) { m_maxResults = max; }
    int maxResults() const { return m_maxResults; }
    bool isSearching() const;

    const QList<TargetInfo> &results() const { return m_rows; }
    TargetInfo resultAt(int row) const { return m_rows.value(row); }
    // The row of the one result `text` names (TargetInfo::matches); -1 when none or several do.
    int exactMatch(const QString &text) const;

Q_SIGNALS:
    void searchStarted();
    void searchFinished(int count);
    void searchFailed(const HandlerDesk::Core::CupiError &error);

private:
    struct Query
    {
        QString resource;
        QString item;
        QString clause;
        TargetInfo::Kind kind; // CallHandler also for users (their mailboxes)
        bool users = false;
    };
    QList<Query> queries() const;
    void restart();
    void startSearch();
    void onAnswered(const QList<QList<CupiObject>> &found, const CupiError &error);
    void show(QList<TargetInfo> rows);

    QPointer<TargetNames> m_names;
    ServerSearch *m_search = nullptr;
    TargetKind m_kind = TargetKind::None;
    QString m_tenant;
    bool m_systemOnly = false; // a system handler: results without a TenantObjectId only
    QString m_text;
    QList<TargetInfo> m_rows;
    QList<Query> m_queries; // of the search under way, in the order of its answers
    int m_maxResults = 50;
};

} // namespace HandlerDesk::Core
