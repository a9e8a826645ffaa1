// SPDX-License-Identifier: GPL-3.0-or-later
// CallHandlerListModel: what the rows show — display text, sort values, names through the
// LookupCache (never an id while a name is on its way) — and the updates when names arrive.
#include "core/models/callhandlerlistmodel.h"
#include "core/models/rolenames.h"

#include "core/handleredit.h"
#include "core/models/lookupcache.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

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
    case NamePrefixRole:
        return row.hasNamePrefix ? QVariant::fromValue(row.namePrefix) : QVariant();
    case RawValueRole:
        return rawValue(row, index.column());
    default:
        return {};
    }
}

QVariant CallHandlerListModel::rawValue(const Row &row, int column) const
{
    switch (Column(column)) {
    case NameColumn:
        return row.name;
    case ExtensionColumn:
        return row.extension;
    case TenantColumn:
        return row.tenantId;
    case ScheduleSetColumn:
        return row.scheduleSetId;
    case LanguageColumn:
        return row.language;
    case TimeZoneColumn:
        return row.timeZone;
    case RecipientColumn:
        return row.recipientId;
    case FlagsColumn:
        return sortValue(row, FlagsColumn);
    case ColumnCount:
        break;
    }
    Q_ASSERT_X(false, "CallHandlerListModel::rawValue", "unknown column");
    return {};
}

std::optional<QString> CallHandlerListModel::referenceName(int kind, const QString &id) const
{
    if (id.isEmpty())
        return QString();
    if (!m_lookups)
        return id; // nothing can name it
    const auto k = LookupCache::Kind(kind);
    const QString name = m_lookups->displayName(k, id);
    if (!name.isEmpty())
        return name;
    // Still loading: not known yet. Loaded (or failed) without it: the id is all there is.
    if (!m_lookups->isLoaded(k) && !m_lookups->error(k).isError())
        return std::nullopt;
    return id;
}

std::optional<QString> CallHandlerListModel::columnText(const Row &row, int column,
                                                        bool fetchNames) const
{
    switch (Column(column)) {
    case NameColumn:
    case ExtensionColumn:
        return rawValue(row, column).toString();
    case TenantColumn:
        if (row.tenantId.isEmpty())
            return tr("System");
        return referenceName(int(LookupCache::Kind::Tenants), row.tenantId);
    case ScheduleSetColumn:
        return referenceName(int(LookupCache::Kind::ScheduleSets), row.scheduleSetId);
    case LanguageColumn:
        if (row.languageMode == LanguageMode::InheritFromCall)
            return tr("Caller's language");
        if (row.languageMode == LanguageMode::SystemDefault)
            return tr("System default");
        if (row.language < 0)
            return QString();
        return referenceName(int(LookupCache::Kind::Languages), QString::number(row.language));
    case TimeZoneColumn:
        if (row.useDefaultTimeZone)
            return tr("System default");
        if (row.timeZone < 0)
            return QString();
        return referenceName(int(LookupCache::Kind::TimeZones), QString::number(row.timeZone));
    case RecipientColumn:
        if (row.recipientId.isEmpty())
            return QString();
        if (row.recipientIsList)
            return referenceName(int(LookupCache::Kind::DistributionLists), row.recipientId);
        if (m_lookups) {
            // Only what is shown fetches a name; sorting 40,000 rows must not ask for every user.
            const QString name = m_lookups->userName(row.recipientId, fetchNames);
            if (name.isEmpty())
                return std::nullopt; // never the id: a GUID means nothing to a person
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
    Q_ASSERT_X(false, "CallHandlerListModel::columnText", "unknown column");
    return QString();
}

QVariant CallHandlerListModel::displayText(const Row &row, int column) const
{
    return columnText(row, column, true).value_or(u"\u2026"_s);
}

QVariant CallHandlerListModel::sortValue(const Row &row, int column) const
{
    Q_ASSERT_X(column >= 0 && column < ColumnCount, "CallHandlerListModel::sortValue",
               "unknown column");
    if (column == NameColumn || column == ExtensionColumn)
        return rawValue(row, column);
    if (column == FlagsColumn)
        return int((row.isTemplate ? TemplateFlag : 0) | (row.undeletable ? UndeletableFlag : 0) |
                   (row.isPrimary ? PrimaryFlag : 0));
    // References sort by the name a person sees, not by an id; unknown names (empty) sort last.
    return columnText(row, column, false).value_or(QString());
}

QVariant CallHandlerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr const char *titles[ColumnCount] = {
        QT_TR_NOOP("Name"),         QT_TR_NOOP("Extension"), QT_TR_NOOP("Tenant"),
        QT_TR_NOOP("Schedule set"), QT_TR_NOOP("Language"),  QT_TR_NOOP("Time zone"),
        QT_TR_NOOP("Recipient"),    QT_TR_NOOP("Flags"),
    };
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

QHash<int, QByteArray> CallHandlerListModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(), {{ObjectIdRole, "objectId"},
                                                            {SortRole, "sort"},
                                                            {UndeletableRole, "undeletable"},
                                                            {TenantIdRole, "tenantId"},
                                                            {IsPrimaryRole, "isPrimary"},
                                                            {IsTemplateRole, "isTemplate"},
                                                            {FilterKeyRole, "filterKey"},
                                                            {RawValueRole, "rawValue"},
                                                            {NamePrefixRole, "namePrefix"}});
}

void CallHandlerListModel::onNamesChanged(int kind)
{
    // The column that shows the names of each kind. Users: only the rows of those users change
    // (onUsersResolved()); templates are not shown.
    using Kind = LookupCache::Kind;
    static constexpr std::pair<Kind, Column> namedColumns[] = {
        {Kind::Languages, LanguageColumn},          {Kind::TimeZones, TimeZoneColumn},
        {Kind::ScheduleSets, ScheduleSetColumn},    {Kind::Tenants, TenantColumn},
        {Kind::DistributionLists, RecipientColumn},
    };
    const auto named = std::find_if(std::begin(namedColumns), std::end(namedColumns),
                                    [kind](const auto &n) { return n.first == Kind(kind); });
    if (m_rows.isEmpty() || named == std::end(namedColumns))
        return;
    const int column = named->second;
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

} // namespace HandlerDesk::Core
