// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/lookupmodel.h"
#include "core/models/rolenames.h"

#include "core/cupiobject.h"
#include "core/models/naturalsort.h"

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

LookupModel::LookupModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

LookupModel::~LookupModel() = default;

int LookupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LookupModel::data(const QModelIndex &index, int role) const
{
    // QComboBox asks for row -1 when nothing is selected (setEditable() on an empty list): an
    // invalid index gets no data, without checkIndex()'s warning for a legitimate question.
    if (!index.isValid())
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LookupEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return entry.display;
    case IdRole:
        return entry.id;
    case SortRole:
        return entry.display.toCaseFolded();
    case CodeRole:
        return entry.code;
    case TenantIdRole:
        return entry.tenantId;
    case InstalledRole:
        return entry.installed;
    default:
        return {};
    }
}

QHash<int, QByteArray> LookupModel::roleNames() const
{
    return withRoleNames(QAbstractListModel::roleNames(), {{IdRole, "id"},
                                                           {SortRole, "sort"},
                                                           {CodeRole, "code"},
                                                           {TenantIdRole, "tenantId"},
                                                           {InstalledRole, "installed"}});
}

void LookupModel::setEntries(QList<LookupEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    rebuildIndex();
    endResetModel();
}

void LookupModel::mergeEntries(const QList<LookupEntry> &entries)
{
    QList<LookupEntry> fresh;
    for (const LookupEntry &entry : entries) {
        const auto it = m_rowById.constFind(entry.id);
        if (it != m_rowById.constEnd()) {
            LookupEntry &known = m_entries[*it];
            if (known.display != entry.display) {
                known = entry;
                const QModelIndex changed = index(*it, 0);
                Q_EMIT dataChanged(changed, changed);
            }
            continue;
        }
        bool duplicate = false;
        for (const LookupEntry &f : std::as_const(fresh))
            duplicate = duplicate || f.id == entry.id;
        if (!duplicate && !entry.id.isEmpty())
            fresh.append(entry);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const LookupEntry &entry : std::as_const(fresh)) {
        m_rowById.insert(entry.id, int(m_entries.size()));
        m_entries.append(entry);
    }
    endInsertRows();
}

int LookupModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

QString LookupModel::displayName(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_entries.at(row).display;
}

void LookupModel::sortByDisplay(QList<LookupEntry> &entries)
{
    sortNaturally(entries, &LookupEntry::display);
}

LookupEntry LookupModel::entryFromObject(const CupiObject &object)
{
    LookupEntry entry;
    entry.id = object.objectId();
    entry.code = object.value(u"Alias");
    entry.display = object.displayName().isEmpty() ? entry.code : object.displayName();
    entry.tenantId = object.value(u"TenantObjectId");
    return entry;
}

void LookupModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowById.insert(m_entries.at(row).id, row);
}

} // namespace HandlerDesk::Core
