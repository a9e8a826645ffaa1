// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/handlerfilterproxymodel.h"

#include "core/models/callhandlerlistmodel.h"

#include <QCollator>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

// One collator per thread: QCollator is not cheap to create, and lessThan() is hot.
const QCollator &naturalCollator()
{
    static thread_local const QCollator collator = [] {
        QCollator c;
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setIgnorePunctuation(false);
        return c;
    }();
    return collator;
}

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() || (value.userType() == QMetaType::QString && value.toString().isEmpty());
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

bool HandlerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CallHandlerListModel::FilterKeyRole).toString().contains(m_needle);
}

bool HandlerFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
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
        return naturalCollator().compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace HandlerDesk::Core
