// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/callhandlerlistmodel.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/models/handlerfilterproxymodel.h"
#include "core/models/lookupcache.h"
#include "core/resources.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcListModel, "handlerdesk.model.list")

namespace HandlerDesk::Core {

namespace {

enum LanguageMode : quint8 { SpecificLanguage = 0, CallLanguage = 1, DefaultLanguage = 2 };
enum Flag { TemplateFlag = 1, UndeletableFlag = 2, PrimaryFlag = 4 };

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

QVariant CallHandlerListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case ObjectIdRole:
        return row.objectId;
    case UndeletableRole:
        return row.undeletable;
    case TenantIdRole:
        return row.tenantId;
    case IsPrimaryRole:
        return row.isPrimary;
    case IsTemplateRole:
        return row.isTemplate;
    case FilterKeyRole:
        return row.filterKey;
    case RawValueRole:
        switch (Column(index.column())) {
        case NameColumn: return row.name;
        case ExtensionColumn: return row.extension;
        case TenantColumn: return row.tenantId;
        case ScheduleSetColumn: return row.scheduleSetId;
        case LanguageColumn: return row.language;
        case TimeZoneColumn: return row.timeZone;
        case RecipientColumn: return row.recipientId;
        case FlagsColumn: return sortValue(row, FlagsColumn);
        case ColumnCount: break;
        }
        Q_ASSERT_X(false, "CallHandlerListModel::data", "unknown column");
        return {};
    default:
        return {};
    }
}

QVariant CallHandlerListModel::displayText(const Row &row, int column, bool fetchNames) const
{
    const auto lookup = [this](LookupCache::Kind kind, const QString &id) {
        const QString name = m_lookups ? m_lookups->displayName(kind, id) : QString();
        return name.isEmpty() ? id : name;
    };
    switch (Column(column)) {
    case NameColumn:
        return row.name;
    case ExtensionColumn:
        return row.extension;
    case TenantColumn:
        return lookup(LookupCache::Kind::Tenants, row.tenantId);
    case ScheduleSetColumn:
        return lookup(LookupCache::Kind::ScheduleSets, row.scheduleSetId);
    case LanguageColumn:
        if (row.languageMode == CallLanguage)
            return tr("Caller's language");
        if (row.languageMode == DefaultLanguage)
            return tr("System default");
        if (row.language < 0)
            return QString();
        return lookup(LookupCache::Kind::Languages, QString::number(row.language));
    case TimeZoneColumn:
        if (row.useDefaultTimeZone)
            return tr("System default");
        if (row.timeZone < 0)
            return QString();
        return lookup(LookupCache::Kind::TimeZones, QString::number(row.timeZone));
    case RecipientColumn:
        if (row.recipientId.isEmpty())
            return QString();
        if (row.recipientIsList)
            return lookup(LookupCache::Kind::DistributionLists, row.recipientId);
        if (m_lookups) {
            // Only what is shown fetches a name; sorting 40,000 rows must not ask for every user.
            const QString name = m_lookups->userName(row.recipientId, fetchNames);
            if (!name.isEmpty())
                return name;
        }
        return row.recipientId;
    case FlagsColumn: {
        QStringList flags;
        if (row.isTemplate)
            flags << tr("Template");
        if (row.undeletable)
            flags << tr("Undeletable");
        if (row.isPrimary)
            flags << tr("Primary");
        return flags.join(u", "_s);
    }
    case ColumnCount:
        break;
    }
    Q_ASSERT_X(false, "CallHandlerListModel::displayText", "unknown column");
    return {};
}

QVariant CallHandlerListModel::sortValue(const Row &row, int column) const
{
    switch (Column(column)) {
    case NameColumn:
        return row.name;
    case ExtensionColumn:
        return row.extension;
    // References sort by the name a person sees, not by an id.
    case TenantColumn:
    case ScheduleSetColumn:
    case LanguageColumn:
    case TimeZoneColumn:
    case RecipientColumn:
        return displayText(row, column, false);
    case FlagsColumn:
        return int((row.isTemplate ? TemplateFlag : 0) | (row.undeletable ? UndeletableFlag : 0)
                   | (row.isPrimary ? PrimaryFlag : 0));
    case ColumnCount:
        break;
    }
    Q_ASSERT_X(false, "CallHandlerListModel::sortValue", "unknown column");
    return {};
}

QVariant CallHandlerListModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case ExtensionColumn: return tr("Extension");
    case TenantColumn: return tr("Tenant");
    case ScheduleSetColumn: return tr("Schedule set");
    case LanguageColumn: return tr("Language");
    case TimeZoneColumn: return tr("Time zone");
    case RecipientColumn: return tr("Recipient");
    case FlagsColumn: return tr("Flags");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> CallHandlerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ObjectIdRole, "objectId");
    names.insert(SortRole, "sort");
    names.insert(UndeletableRole, "undeletable");
    names.insert(TenantIdRole, "tenantId");
    names.insert(IsPrimaryRole, "isPrimary");
    names.insert(IsTemplateRole, "isTemplate");
    names.insert(FilterKeyRole, "filterKey");
    names.insert(RawValueRole, "rawValue");
    return names;
}

void CallHandlerListModel::setIncludePrimaryHandlers(bool include)
{
    if (m_includePrimary == include)
        return;
    m_includePrimary = include;
    if (m_started)
        refresh();
}

void CallHandlerListModel::setTenantFilter(const QString &tenantObjectId)
{
    if (m_tenantFilter == tenantObjectId)
        return;
    m_tenantFilter = tenantObjectId;
    if (m_started)
        refresh();
}

QString CallHandlerListModel::serverQuery() const
{
    QStringList clauses;
    if (!m_includePrimary)
        clauses << Resources::queryIs(u"IsPrimary"_s, u"0"_s);
    if (!m_tenantFilter.isEmpty())
        clauses << Resources::queryIs(u"TenantObjectId"_s, m_tenantFilter);
    return Resources::queryAnd(clauses);
}

void CallHandlerListModel::refresh()
{
    cancel();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_rowById.clear();
        m_pool.clear();
        endResetModel();
    }
    m_total = 0;
    startLoad();
}

void CallHandlerListModel::cancel()
{
    ++m_generation; // whatever is still on its way belongs to the past
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
    ListRequest request;
    request.resource = Resources::callHandlers();
    request.itemName = QString(Resources::Item::CallHandler);
    request.query = serverQuery();
    request.keepItems = false; // rows live here, compactly; the job need not keep 40,000 objects
    const quint64 generation = ++m_generation;
    m_job = m_client->list(request);
    connect(m_job, &ListJob::pageLoaded, this,
            [this, generation](const QList<CupiObject> &rows, qint64 loaded, qint64 total) {
                onPage(rows, loaded, total, generation);
            });
    connect(m_job, &CupiJob::finished, this,
            [this, generation](CupiJob *job) { onFinished(job, generation); });
    Q_EMIT loadingChanged(true);
    Q_EMIT progress(0, 0);
}

void CallHandlerListModel::onPage(const QList<CupiObject> &rows, qint64 loaded, qint64 total,
                                  quint64 generation)
{
    Q_UNUSED(loaded)
    if (generation != m_generation)
        return; // a stale page after refresh()/cancel()/a filter change
    // Parse first, then insert exactly what is appended.
    QVector<Row> fresh;
    fresh.reserve(rows.size());
    for (const CupiObject &object : rows) {
        const QString id = object.objectId();
        if (id.isEmpty() || m_rowById.contains(id))
            continue; // e.g. added by addHandler() while loading
        fresh.append(makeRow(object));
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.reserve(qMax<qint64>(total, m_rows.size() + fresh.size()));
        for (Row &row : fresh) {
            m_rowById.insert(row.objectId, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
    m_total = total;
    Q_EMIT progress(m_rows.size(), m_total);
}

void CallHandlerListModel::onFinished(CupiJob *job, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    Q_EMIT loadingChanged(false);
    if (job->ok()) {
        m_total = qMax<qint64>(m_total, m_rows.size());
        Q_EMIT progress(m_rows.size(), m_total);
        Q_EMIT loadFinished();
    } else if (job->error().kind() != CupiError::Kind::Cancelled) {
        qCWarning(lcListModel) << "loading handlers failed after" << m_rows.size() << "rows:"
                               << job->error().message();
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
    row.hasNamePrefix = HandlerFilterProxyModel::naturalPrefix(row.name, &row.namePrefix);
    row.tenantId = intern(handler.value(u"TenantObjectId"));
    row.scheduleSetId = intern(handler.value(u"ScheduleSetObjectId"));
    const QString list = handler.value(u"RecipientDistributionListObjectId");
    row.recipientIsList = !list.isEmpty();
    row.recipientId = intern(row.recipientIsList
                                 ? list
                                 : handler.value(u"RecipientSubscriberObjectId"));
    if (handler.boolValue(u"UseCallLanguage"))
        row.languageMode = CallLanguage;
    else if (handler.boolValue(u"UseDefaultLanguage"))
        row.languageMode = DefaultLanguage;
    row.language = handler.intValue(u"Language", -1);
    row.useDefaultTimeZone = handler.boolValue(u"UseDefaultTimeZone");
    row.timeZone = handler.intValue(u"TimeZone", -1);
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

void CallHandlerListModel::updateHandler(const CupiObject &handler)
{
    const int row = rowOf(handler.objectId());
    if (row < 0) {
        addHandler(handler);
        return;
    }
    m_rows[row] = makeRow(handler);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CallHandlerListModel::addHandler(const CupiObject &handler)
{
    const QString id = handler.objectId();
    if (id.isEmpty())
        return;
    if (m_rowById.contains(id)) {
        updateHandler(handler);
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first);
    m_rowById.insert(id, first);
    m_rows.append(makeRow(handler));
    endInsertRows();
    ++m_total;
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
    endRemoveRows();
    m_total = qMax<qint64>(0, m_total - 1);
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

QStringView CallHandlerListModel::filterKeyAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).filterKey;
}

bool CallHandlerListModel::namePrefix(int row, quint64 *prefix) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    const Row &r = m_rows.at(row);
    *prefix = r.namePrefix;
    return r.hasNamePrefix;
}

QString CallHandlerListModel::objectIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).objectId : QString();
}

void CallHandlerListModel::onNamesChanged(int kind)
{
    if (m_rows.isEmpty())
        return;
    int column = -1;
    switch (LookupCache::Kind(kind)) {
    case LookupCache::Kind::Languages: column = LanguageColumn; break;
    case LookupCache::Kind::TimeZones: column = TimeZoneColumn; break;
    case LookupCache::Kind::ScheduleSets: column = ScheduleSetColumn; break;
    case LookupCache::Kind::Tenants: column = TenantColumn; break;
    case LookupCache::Kind::DistributionLists: column = RecipientColumn; break;
    case LookupCache::Kind::Users: // only the rows of those users: see onUsersResolved()
    case LookupCache::Kind::Templates: return;
    }
    Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
                       {Qt::DisplayRole, SortRole});
}

void CallHandlerListModel::onUsersResolved(const QSet<QString> &objectIds)
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (!r.recipientIsList && !r.recipientId.isEmpty() && objectIds.contains(r.recipientId)) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, RecipientColumn), index(last, RecipientColumn),
                           {Qt::DisplayRole, SortRole});
}

qint64 CallHandlerListModel::approximateBytesPerRow() const
{
    if (m_rows.isEmpty())
        return 0;
    qint64 bytes = qint64(m_rows.capacity()) * qint64(sizeof(Row));
    for (const Row &row : m_rows) {
        bytes += stringBytes(row.objectId) + stringBytes(row.name) + stringBytes(row.extension)
                 + stringBytes(row.filterKey);
    }
    for (const QString &shared : m_pool)
        bytes += stringBytes(shared) + qint64(sizeof(QString)) + 16;
    // The id index: one node per row (the key shares the row's string).
    bytes += qint64(m_rowById.size()) * qint64(sizeof(QString) + sizeof(int) + 16);
    return bytes / m_rows.size();
}

} // namespace HandlerDesk::Core
