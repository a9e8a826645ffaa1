// SPDX-License-Identifier: GPL-3.0-or-later
// CallHandlerListModel: loading, filters, rows. What the rows show is in
// callhandlerlistmodeltext.cpp.
#include "core/models/callhandlerlistmodel.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/handleredit.h"
#include "core/models/handlersort.h"
#include "core/models/lookupcache.h"
#include "core/operations/handlerquery.h"
#include "core/resources.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcListModel, "handlerdesk.model.list")

namespace HandlerDesk::Core {

namespace {

qint64 stringBytes(const QString &s)
{
    // QArrayData header + UTF-16 payload + terminator; shared null costs nothing.
    return s.isNull() ? 0 : qint64(sizeof(QArrayData)) + 2 * (s.capacity() + 1);
}

} // namespace

CallHandlerListModel::CallHandlerListModel(CupiClient *client, LookupCache *lookups,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_lookups(lookups)
{
    if (lookups) {
        connect(lookups, &LookupCache::namesChanged, this,
                [this](LookupCache::Kind kind) { onNamesChanged(int(kind)); });
        connect(lookups, &LookupCache::usersResolved, this, &CallHandlerListModel::onUsersResolved);
    }
}

CallHandlerListModel::~CallHandlerListModel()
{
    if (m_job)
        m_job->cancel();
}

int CallHandlerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallHandlerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

void CallHandlerListModel::setIncludePrimaryHandlers(bool include)
{
    if (m_includePrimary == include)
        return;
    m_includePrimary = include;
    if (m_started)
        reloadForFilter();
}

void CallHandlerListModel::setTenantFilter(const QString &tenantObjectId)
{
    if (m_tenantFilter == tenantObjectId)
        return;
    m_tenantFilter = tenantObjectId;
    if (m_started)
        reloadForFilter();
}

QString CallHandlerListModel::serverQuery() const
{
    return handlerListQuery(
        {.includePrimary = m_includePrimary, .tenantId = m_tenantFilter, .clause = {}});
}

void CallHandlerListModel::refresh()
{
    cancel();
    // The rows shown stay until the server answers (onPage/onFinished replace them).
    m_replacePending = !m_rows.isEmpty();
    startLoad();
}

void CallHandlerListModel::reloadForFilter()
{
    // Rows of the old filter would lie about the new one: clear now.
    cancel();
    clearRows();
    m_total = 0;
    m_outdated = false;
    startLoad();
}

void CallHandlerListModel::clearRows()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    dropRows();
    endResetModel();
}

void CallHandlerListModel::dropRows()
{
    m_rows.clear();
    m_rowById.clear();
    m_pool.clear();
}

void CallHandlerListModel::cancel()
{
    ++m_generation;           // whatever is still on its way belongs to the past
    m_replacePending = false; // the rows shown stay
    if (!m_job)
        return;
    ListJob *job = m_job;
    m_job = nullptr;
    job->cancel();
    Q_EMIT loadingChanged(false);
}

void CallHandlerListModel::startLoad()
{
    m_started = true;
    if (!m_client) {
        Q_EMIT loadFailed(CupiError(CupiError::Kind::Usage, tr("Not connected.")));
        return;
    }
    ListRequest request = handlerListRequest(
        {.includePrimary = m_includePrimary, .tenantId = m_tenantFilter, .clause = {}});
    request.keepItems = false; // rows live here, compactly; the job need not keep 40,000 objects
    request.pagesInFlight = m_client->settings().maxInFlight; // the server works ahead
    const quint64 generation = ++m_generation;
    m_job = m_client->list(request);
    connect(m_job, &ListJob::pageLoaded, this,
            [this, generation](const ListPage &page, qint64 loaded, qint64 total) {
                onPage(page, loaded, total, generation);
            });
    connect(m_job, &CupiJob::finished, this,
            [this, generation](CupiJob *job) { onFinished(job, generation); });
    Q_EMIT loadingChanged(true);
    Q_EMIT progress(0, 0);
}

void CallHandlerListModel::onPage(const ListPage &rows, qint64 loaded, qint64 total,
                                  quint64 generation)
{
    Q_UNUSED(loaded)
    if (generation != m_generation)
        return; // a stale page after refresh()/cancel()/a filter change
    if (m_replacePending) {
        // The server answered a refresh: its rows replace the old ones in one reset.
        m_replacePending = false;
        m_outdated = false;
        beginResetModel();
        dropRows();
        m_total = total;
        takeRows(parsePage(rows));
        endResetModel();
    } else {
        // Parse first, then insert exactly what is appended.
        m_total = total;
        QVector<Row> fresh = parsePage(rows);
        if (!fresh.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            takeRows(std::move(fresh));
            endInsertRows();
        }
    }
    Q_EMIT progress(m_rows.size(), m_total);
}

QVector<CallHandlerListModel::Row> CallHandlerListModel::parsePage(const ListPage &page)
{
    static const QList<QStringView> fieldsRowsKeep = {Field::ObjectId,
                                                      Field::DisplayName,
                                                      Field::DtmfAccessId,
                                                      Field::TenantObjectId,
                                                      Field::ScheduleSetObjectId,
                                                      Field::RecipientDistributionListObjectId,
                                                      Field::RecipientSubscriberObjectId,
                                                      Field::Language,
                                                      Field::UseDefaultLanguage,
                                                      Field::UseCallLanguage,
                                                      Field::UseDefaultTimeZone,
                                                      Field::TimeZone,
                                                      Field::Undeletable,
                                                      Field::IsPrimary,
                                                      Field::IsTemplate};
    QVector<Row> fresh;
    fresh.reserve(page.rowCount());
    QSet<QString> seen;
    for (qsizetype i = 0; i < page.rowCount(); ++i) {
        Row row = makeRow(page.object(i, fieldsRowsKeep));
        const QString &id = row.objectId;
        if (id.isEmpty() || m_rowById.contains(id) || seen.contains(id))
            continue; // e.g. added by addHandler() while loading
        seen.insert(id);
        fresh.append(std::move(row));
    }
    return fresh;
}

void CallHandlerListModel::takeRows(QVector<Row> rows)
{
    // Sized by the server's total, but on its word alone never past 100,000 rows.
    m_rows.reserve(qMax<qint64>(qMin<qint64>(m_total, 100'000), m_rows.size() + rows.size()));
    for (Row &row : rows) {
        m_rowById.insert(row.objectId, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
}

void CallHandlerListModel::onFinished(CupiJob *job, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    const bool replacePending = std::exchange(m_replacePending, false);
    const bool failed = !job->ok() && job->error().kind() != CupiError::Kind::Cancelled;
    if (failed)
        m_outdated = replacePending; // before loadingChanged(): views read it there
    Q_EMIT loadingChanged(false);
    if (job->ok()) {
        if (replacePending) { // the server answered with no rows at all
            clearRows();
            m_total = 0;
            m_outdated = false;
        }
        m_total = qMax<qint64>(m_total, m_rows.size());
        Q_EMIT progress(m_rows.size(), m_total);
        Q_EMIT loadFinished();
    } else if (failed) {
        qCWarning(lcListModel) << (replacePending ? "refreshing" : "loading")
                               << "handlers failed after" << m_rows.size()
                               << "rows:" << job->error().message();
        Q_EMIT loadFailed(job->error());
    }
}

CallHandlerListModel::Row CallHandlerListModel::makeRow(const CupiObject &handler)
{
    Row row;
    row.objectId = handler.objectId();
    row.name = handler.displayName();
    row.extension = handler.value(u"DtmfAccessId");
    row.filterKey = row.name.toLower() + u'\t' + row.extension.toLower();
    // An empty name has no prefix: it sorts last, which a prefix of zero would contradict.
    row.hasNamePrefix =
        !row.name.isEmpty() && HandlerSort::naturalPrefix(row.name, &row.namePrefix);
    row.tenantId = intern(handler.value(u"TenantObjectId"));
    row.scheduleSetId = intern(handler.value(u"ScheduleSetObjectId"));
    const QString list = handler.value(u"RecipientDistributionListObjectId");
    row.recipientIsList = !list.isEmpty();
    row.recipientId =
        intern(row.recipientIsList ? list : handler.value(u"RecipientSubscriberObjectId"));
    row.languageMode = languageChoice(handler).mode;
    row.language = handler.intValue(u"Language", -1);
    row.useDefaultTimeZone = handler.boolValue(u"UseDefaultTimeZone");
    bool zoneOk = false;
    row.timeZone = handler.value(u"TimeZone").toLongLong(&zoneOk);
    if (!zoneOk)
        row.timeZone = -1;
    row.undeletable = handler.boolValue(u"Undeletable");
    row.isPrimary = handler.boolValue(u"IsPrimary");
    row.isTemplate = handler.boolValue(u"IsTemplate");
    row.name.squeeze();
    row.extension.squeeze();
    return row;
}

QString CallHandlerListModel::intern(const QString &value)
{
    // Schedule sets, tenants and recipients repeat across thousands of rows: share one copy.
    if (value.isEmpty())
        return {};
    const auto it = m_pool.constFind(value);
    if (it != m_pool.constEnd())
        return *it;
    QString copy = value;
    copy.squeeze();
    m_pool.insert(copy);
    return copy;
}

void CallHandlerListModel::updateHandler(const QString &objectId)
{
    if (!m_client || objectId.isEmpty())
        return;
    CupiJob *job = m_client->get(Resources::callHandler(objectId));
    connect(job, &CupiJob::finished, this, [this, objectId](CupiJob *done) {
        if (done->ok()) {
            updateHandler(static_cast<ObjectJob *>(done)->object());
        } else if (done->error().kind() == CupiError::Kind::NotFound) {
            removeHandler(objectId);
        } else {
            Q_EMIT handlerUpdateFailed(objectId, done->error());
        }
    });
}

bool CallHandlerListModel::matchesFilters(const CupiObject &handler) const
{
    if (!m_includePrimary && handler.boolValue(u"IsPrimary"))
        return false;
    return m_tenantFilter.isEmpty() ||
           handler.value(u"TenantObjectId").compare(m_tenantFilter, Qt::CaseInsensitive) == 0;
}

void CallHandlerListModel::updateHandler(const CupiObject &handler)
{
    const QString id = handler.objectId();
    if (id.isEmpty())
        return;
    if (!matchesFilters(handler)) {
        removeHandler(id);
        return;
    }
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row] = makeRow(handler);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first);
    m_rowById.insert(id, first);
    m_rows.append(makeRow(handler));
    ++m_total;
    endInsertRows();
    Q_EMIT progress(m_rows.size(), m_total);
}

void CallHandlerListModel::removeHandler(const QString &objectId)
{
    const int row = rowOf(objectId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(objectId);
    reindexFrom(row);
    m_total = qMax<qint64>(0, m_total - 1);
    endRemoveRows();
    Q_EMIT progress(m_rows.size(), m_total);
}

void CallHandlerListModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).objectId] = i;
}

int CallHandlerListModel::rowOf(const QString &objectId) const
{
    return m_rowById.value(objectId, -1);
}

QStringView CallHandlerListModel::textAt(int row, int column) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    if (column == NameColumn)
        return m_rows.at(row).name;
    if (column == ExtensionColumn)
        return m_rows.at(row).extension;
    return {};
}

QString CallHandlerListModel::objectIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).objectId : QString();
}

qint64 CallHandlerListModel::approximateBytesPerRow() const
{
    if (m_rows.isEmpty())
        return 0;
    qint64 bytes = qint64(m_rows.capacity()) * qint64(sizeof(Row));
    for (const Row &row : m_rows) {
        bytes += stringBytes(row.objectId) + stringBytes(row.name) + stringBytes(row.extension) +
                 stringBytes(row.filterKey);
    }
    for (const QString &shared : m_pool)
        bytes += stringBytes(shared) + qint64(sizeof(QString)) + 16;
    // The id index: one node per row (the key shares the row's string).
    bytes += qint64(m_rowById.size()) * qint64(sizeof(QString) + sizeof(int) + 16);
    return bytes / m_rows.size();
}

} // namespace HandlerDesk::Core
