// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/handlerfilterproxymodel.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/handlersort.h"

#include <algorithm>

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

void HandlerFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    dropAllKeys();
    if (model) {
        // Connected before QSortFilterProxyModel::setSourceModel() connects its own handlers, so
        // the keys are gone before it re-sorts or re-filters on the same signal.
        const auto dropAll = [this] { dropAllKeys(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles) {
                        dropKeys(topLeft.row(), bottomRight.row(), roles);
                    }),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int) {
                        // Rows appended keep the keys of the rows before them.
                        if (size_t(first) < m_filterKeys.size() ||
                            size_t(first) < m_sortKeys.size())
                            dropAllKeys();
                    }),
            connect(model, &QAbstractItemModel::rowsRemoved, this, dropAll),
            connect(model, &QAbstractItemModel::rowsMoved, this, dropAll),
            connect(model, &QAbstractItemModel::modelReset, this, dropAll),
            connect(model, &QAbstractItemModel::layoutChanged, this, dropAll),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void HandlerFilterProxyModel::dropAllKeys()
{
    m_sortKeys.clear();
    m_ranks.clear();
    m_filterKeys.clear();
}

void HandlerFilterProxyModel::dropKeys(int firstRow, int lastRow, const QList<int> &roles)
{
    const bool sortKeys = roles.isEmpty() || roles.contains(CallHandlerListModel::SortRole) ||
                          roles.contains(CallHandlerListModel::NamePrefixRole);
    const bool filterKeys = roles.isEmpty() ||
                            roles.contains(CallHandlerListModel::FilterKeyRole) ||
                            roles.contains(CallHandlerListModel::TenantIdRole);
    for (int row = qMax(firstRow, 0); row <= lastRow; ++row) {
        if (sortKeys && size_t(row) < m_sortKeys.size())
            m_sortKeys[size_t(row)].kind = SortKey::Missing;
        if (sortKeys && size_t(row) < m_ranks.size())
            m_ranks[size_t(row)] = -1;
        if (filterKeys && size_t(row) < m_filterKeys.size())
            m_filterKeys[size_t(row)].known = false;
    }
}

const HandlerFilterProxyModel::FilterKey &HandlerFilterProxyModel::filterKey(int sourceRow) const
{
    if (size_t(sourceRow) >= m_filterKeys.size())
        m_filterKeys.resize(size_t(qMax(sourceModel()->rowCount(), sourceRow + 1)));
    FilterKey &key = m_filterKeys[size_t(sourceRow)];
    if (!key.known) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0);
        key.text = index.data(CallHandlerListModel::FilterKeyRole).toString();
        key.hasTenant = !index.data(CallHandlerListModel::TenantIdRole).toString().isEmpty();
        key.known = true;
    }
    return key;
}

const HandlerFilterProxyModel::SortKey &HandlerFilterProxyModel::sortKey(int sourceRow,
                                                                         int column) const
{
    if (column != m_sortKeyColumn) {
        m_sortKeys.clear();
        m_ranks.clear();
        m_sortKeyColumn = column;
    }
    if (size_t(sourceRow) >= m_sortKeys.size())
        m_sortKeys.resize(size_t(qMax(sourceModel()->rowCount(), sourceRow + 1)));
    SortKey &key = m_sortKeys[size_t(sourceRow)];
    if (key.kind != SortKey::Missing)
        return key;
    const QModelIndex index = sourceModel()->index(sourceRow, column);
    const QVariant value = index.data(CallHandlerListModel::SortRole);
    key.hasPrefix = false;
    if (column == CallHandlerListModel::NameColumn) {
        const QVariant prefix = index.data(CallHandlerListModel::NamePrefixRole);
        key.hasPrefix = prefix.isValid();
        key.prefix = prefix.toULongLong();
    }
    if (isEmptyValue(value)) {
        key.kind = SortKey::Empty;
    } else if (value.userType() == QMetaType::QString) {
        key.kind = SortKey::Text;
        key.text = value.toString();
    } else if (value.canConvert<qint64>()) {
        key.kind = SortKey::Number;
        key.number = value.toLongLong();
    } else {
        key.kind = SortKey::Other;
        key.text = value.toString();
    }
    return key;
}

bool HandlerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false; // a flat list
    const FilterKey &key = filterKey(sourceRow);
    if (m_noTenantOnly && key.hasTenant)
        return false;
    return m_needle.isEmpty() || key.text.contains(m_needle);
}

void HandlerFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_ranks.clear();
    if (sourceModel() && column >= 0 && sortRole() == CallHandlerListModel::SortRole) {
        const int rows = sourceModel()->rowCount();
        std::vector<std::pair<quint64, qint32>> order; // (prefix or 0, row), contiguous
        order.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row) {
            const SortKey &key = sortKey(row, column);
            order.emplace_back(key.hasPrefix ? key.prefix : 0, row);
        }
        const auto less = [this](const std::pair<quint64, qint32> &x,
                                 const std::pair<quint64, qint32> &y) {
            const SortKey &a = m_sortKeys[size_t(x.second)];
            const SortKey &b = m_sortKeys[size_t(y.second)];
            if (a.hasPrefix && b.hasPrefix && x.first != y.first)
                return x.first < y.first;
            const bool aEmpty = a.kind == SortKey::Empty;
            const bool bEmpty = b.kind == SortKey::Empty;
            if (aEmpty || bEmpty)
                return !aEmpty; // ranks of empty values are not used
            return keyLess(a, b);
        };
        std::sort(order.begin(), order.end(), less);
        m_ranks.assign(size_t(rows), -1);
        qint32 rank = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && less(order[i - 1], order[i]))
                ++rank; // equal keys share a rank
            m_ranks[size_t(order[i].second)] = rank;
        }
    }
    QSortFilterProxyModel::sort(column, order);
}

bool HandlerFilterProxyModel::keyLess(const SortKey &a, const SortKey &b) const
{
    if (a.kind == SortKey::Number && b.kind == SortKey::Number)
        return a.number < b.number;
    if (a.kind != SortKey::Number && b.kind != SortKey::Number)
        return HandlerSort::naturalCompare(a.text, b.text) < 0; // views: no copies, no atomics
    const QString aText = a.kind == SortKey::Number ? QString::number(a.number) : a.text;
    const QString bText = b.kind == SortKey::Number ? QString::number(b.number) : b.text;
    return HandlerSort::naturalCompare(aText, bText) < 0;
}

bool HandlerFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (sortRole() != CallHandlerListModel::SortRole || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const SortKey &a = sortKey(left.row(), left.column());
    const SortKey &b = sortKey(right.row(), right.column());
    const bool aEmpty = a.kind == SortKey::Empty;
    const bool bEmpty = b.kind == SortKey::Empty;
    if (aEmpty || bEmpty) {
        // Empty values last in both directions: invert for a descending sort, which Qt gets by
        // swapping the arguments.
        if (aEmpty == bEmpty)
            return false;
        return sortOrder() == Qt::AscendingOrder ? bEmpty : aEmpty;
    }
    // Rows ranked by sort() compare their ranks; rows added or changed since compare their keys.
    const size_t l = size_t(left.row()), r = size_t(right.row());
    if (l < m_ranks.size() && r < m_ranks.size() && m_ranks[l] >= 0 && m_ranks[r] >= 0)
        return m_ranks[l] < m_ranks[r];
    // Most names differ in their first characters and are decided on two numbers.
    if (a.hasPrefix && b.hasPrefix && a.prefix != b.prefix)
        return a.prefix < b.prefix;
    return keyLess(a, b);
}

} // namespace HandlerDesk::Core
