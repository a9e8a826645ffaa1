// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/cupiobject.h"
// LanguageMode; an opaque "enum class X : T;" here would hide the classes below from lupdate.
#include "core/handleredit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <optional>

namespace HandlerDesk::Core {

class CupiClient;
class CupiJob;
class ListJob;
class ListPage;
class LookupCache;

// All call handlers of a server (up to ~40,000), loaded page by page from ListJob::pageLoaded:
// each page is parsed, then beginInsertRows for exactly the appended rows. Keeps a compact row
// (the dozen fields the list shows), not the CupiObject.
//
// Server-side filters: system handlers only unless setIncludePrimaryHandlers(true)
// ("(IsPrimary is 0)"), and setTenantFilter(id) ("(TenantObjectId is id)"), joined with " & ".
// Changing a filter clears the rows and reloads. A generation counter drops replies that arrive
// after refresh(), cancel() or a filter change. A failed page keeps the rows loaded so far and
// emits loadFailed() (the UI offers Retry = refresh()).
//
// refresh() never empties the list on failure: the rows shown stay until the server answers the
// first page, which then replaces them in one reset. When the refresh fails before that, the old
// rows stay, isOutdated() is true and loadFailed() follows.
//
// The list never shows a row its filters exclude: updateHandler(object)/addHandler() add or keep
// a handler only when it matches the server-side filters (a user's primary handler opened from
// elsewhere does not join a list of system handlers).
//
// Ids in the Tenant, Schedule set, Language, Time zone and Recipient columns are shown by name
// through the LookupCache (optional); when names arrive, dataChanged is emitted for those columns
// (no reset). A name not known yet shows as "…" (never the id) and sorts last, like an empty
// value; an id the loaded lookup does not know (a dangling reference) shows as the id. Handlers
// without a tenant show "System" as their tenant. DisplayRole is text; SortRole the raw value for
// Name/Extension/Flags (a bit set: 1 template, 2 undeletable, 4 primary) and the resolved name
// for reference columns (sorting by an id means nothing to a person; empty while unknown);
// RawValueRole the stored value (id, LCID, time-zone id).
class CallHandlerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ExtensionColumn,
        TenantColumn,
        ScheduleSetColumn,
        LanguageColumn,
        TimeZoneColumn,
        RecipientColumn,
        FlagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ObjectIdRole = Qt::UserRole + 1,
        SortRole,
        UndeletableRole,
        TenantIdRole,
        IsPrimaryRole,
        IsTemplateRole,
        FilterKeyRole,  // lower-case "name\textension", for HandlerFilterProxyModel
        RawValueRole,   // the stored field value of the column (an id, an LCID, …)
        NamePrefixRole, // HandlerSort::naturalPrefix() of the name (quint64); none when empty
    };
    Q_ENUM(Role)

    explicit CallHandlerListModel(CupiClient *client, LookupCache *lookups = nullptr,
                                  QObject *parent = nullptr);
    ~CallHandlerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Filters (each change reloads when a load was started before).
    void setIncludePrimaryHandlers(bool include);
    bool includePrimaryHandlers() const { return m_includePrimary; }
    void setTenantFilter(const QString &tenantObjectId); // empty = all tenants
    QString tenantFilter() const { return m_tenantFilter; }
    // The CUPI query the filters make ("" when none).
    QString serverQuery() const;

    // Loads everything again; the rows shown stay until the server's first page replaces them.
    void refresh();
    // Stops loading; rows loaded so far stay. Any reply still on its way is dropped.
    void cancel();
    bool isLoading() const { return !m_job.isNull(); }
    // True when the last refresh() failed before the server answered: the rows are from before.
    bool isOutdated() const { return m_outdated; }
    qint64 loadedCount() const { return m_rows.size(); }
    qint64 totalCount() const { return m_total; }

    // After a save, create or delete of one handler; each emits progress() with the new counts.
    void updateHandler(const QString &objectId); // re-reads it from the server, updates the row
    // Replaces or adds the row from a fresh object; removes it when it no longer matches the
    // server-side filters (and does not add one that does not).
    void updateHandler(const CupiObject &handler);
    void addHandler(const CupiObject &handler) { updateHandler(handler); }
    void removeHandler(const QString &objectId);
    // Whether the server-side filters (primary handlers, tenant) let `handler` into this list.
    bool matchesFilters(const CupiObject &handler) const;

    // Name or Extension of `row` without a QVariant; an empty view for other columns.
    QStringView textAt(int row, int column) const;

    int rowOf(const QString &objectId) const; // -1 when not listed
    QString objectIdAt(int row) const;

    // Approximate heap bytes per row (the struct plus its strings), for the benchmark.
    qint64 approximateBytesPerRow() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The counts changed: page by page while loading, and after a row was added or removed.
    void progress(qint64 loaded, qint64 total);
    void loadFinished();
    void loadFailed(const HandlerDesk::Core::CupiError &error);
    void handlerUpdateFailed(const QString &objectId, const HandlerDesk::Core::CupiError &error);

private:
    enum Flag { TemplateFlag = 1, UndeletableFlag = 2, PrimaryFlag = 4 };

    struct Row
    {
        QString objectId;
        QString name;
        QString extension;
        QString filterKey;
        QString tenantId;
        QString scheduleSetId;
        QString recipientId;         // user or list id, see recipientIsList
        quint64 namePrefix = 0;      // see HandlerSort::naturalPrefix()
        int language = -1;           // LCID; -1 = none
        qint64 timeZone = -1;        // -1 = none (ids pass 2^31)
        LanguageMode languageMode{}; // as languageChoice() reads it
        bool useDefaultTimeZone = false;
        bool recipientIsList = false;
        bool undeletable = false;
        bool isPrimary = false;
        bool isTemplate = false;
        bool hasNamePrefix = false;
    };
    Row makeRow(const CupiObject &handler);
    QString intern(const QString &value);
    // The text of a column; std::nullopt while a referenced name is not known yet.
    std::optional<QString> columnText(const Row &row, int column, bool fetchNames) const;
    std::optional<QString> referenceName(int kind, const QString &id) const;
    QVariant displayText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const; // RawValueRole
    void reloadForFilter();
    void clearRows(); // with a reset
    void dropRows();  // without signals
    QVector<Row> parsePage(const ListPage &page);
    void takeRows(QVector<Row> rows); // appends, without signals
    void startLoad();
    void onPage(const ListPage &rows, qint64 loaded, qint64 total, quint64 generation);
    void onFinished(CupiJob *job, quint64 generation);
    void onNamesChanged(int kind);
    void onUsersResolved(const QSet<QString> &objectIds);
    void reindexFrom(int row);

    QPointer<CupiClient> m_client;
    QPointer<LookupCache> m_lookups;
    QPointer<ListJob> m_job;
    QVector<Row> m_rows;
    QHash<QString, int> m_rowById;
    QSet<QString> m_pool; // shared copies of ids that repeat across rows
    QString m_tenantFilter;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    bool m_includePrimary = false;
    bool m_started = false;
    bool m_replacePending = false; // refresh(): the rows shown wait for the server's answer
    bool m_outdated = false;
};

} // namespace HandlerDesk::Core
