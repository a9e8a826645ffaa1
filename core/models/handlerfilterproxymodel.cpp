// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/handlerfilterproxymodel.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/handlersort.h"

namespace HandlerDesk::Core {

namespace {

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() ||
           (value.userType() == QMetaType::QString && value.toString().isEmpty());
}

} // namespace

HandlerFilterProxyModel::HandlerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CallHandlerListModel::SortRole);
    setFilterRole(CallHandlerListModel::FilterKeyRole);
    setDynamicSortFilter(true);
}

HandlerFilterProxyModel::~HandlerFilterProxyModel() = default;

void HandlerFilterProxyModel::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle) {
        m_filterText = text;
        return;
    }
    m_filterText = text;
    m_needle = needle;
    invalidateRowsFilter();
}

void HandlerFilterProxyModel::setNoTenantOnly(bool noTenantOnly)
{
    if (m_noTenantOnly == noTenantOnly)
        return;
    m_noTenantOnly = noTenantOnly;
    invalidateRowsFilter();
}

bool HandlerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_noTenantOnly && !index.data(CallHandlerListModel::TenantIdRole).toString().isEmpty())
        return false;
    return m_needle.isEmpty() ||
           index.data(CallHandlerListModel::FilterKeyRole).toString().contains(m_needle);
}

bool HandlerFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (sortRole() == CallHandlerListModel::SortRole &&
        left.column() == CallHandlerListModel::NameColumn) {
        // Sorting 40,000 names calls this ~600,000 times; most pairs differ in their first
        // characters and are decided on two numbers, without comparing strings.
        const QVariant px = left.data(CallHandlerListModel::NamePrefixRole);
        const QVariant py = right.data(CallHandlerListModel::NamePrefixRole);
        if (px.isValid() && py.isValid()) {
            const quint64 x = px.toULongLong();
            const quint64 y = py.toULongLong();
            if (x != y)
                return x < y;
        }
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool aEmpty = isEmptyValue(a);
    const bool bEmpty = isEmptyValue(b);
    if (aEmpty || bEmpty) {
        // Empty values last in both directions: invert for a descending sort, which Qt gets by
        // swapping the arguments.
        if (aEmpty == bEmpty)
            return false;
        return sortOrder() == Qt::AscendingOrder ? bEmpty : aEmpty;
    }
    if (a.userType() == QMetaType::QString || b.userType() == QMetaType::QString)
        return HandlerSort::naturalCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace HandlerDesk::Core
