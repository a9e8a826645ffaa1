// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace HandlerDesk::Core {

class CallHandlerListModel;

// Type-to-filter and sort over CallHandlerListModel.
// Filter: case-insensitive "contains" on name and extension, matched against the source's
// precomputed FilterKeyRole (no regular expression per row); and, with setNoTenantOnly(true),
// only handlers without a TenantObjectId (CUPI has no documented query for "no tenant", so this
// is decided here, on the client). Sort: on SortRole, natural order
// ("Handler 2" < "Handler 10"), case-insensitive, empty values last in BOTH directions.
class HandlerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HandlerFilterProxyModel(QObject *parent = nullptr);
    ~HandlerFilterProxyModel() override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setNoTenantOnly(bool noTenantOnly);
    bool noTenantOnly() const { return m_noTenantOnly; }
    // Whether a filter of this proxy may hide rows of the source.
    bool isFiltering() const { return !m_needle.isEmpty() || m_noTenantOnly; }

    // Case-insensitive natural order: digit runs compare by value ("a2" < "a10"), independent of
    // the process locale. <0, 0, >0 like QString::compare.
    static int naturalCompare(QStringView a, QStringView b);
    // The first four characters, case-folded, packed for a quick decision: when both strings
    // have a prefix and the prefixes differ, they order as naturalCompare() orders the strings.
    // False when a digit is among the first four characters (numbers need naturalCompare()).
    static bool naturalPrefix(QStringView text, quint64 *prefix);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CallHandlerListModel *m_handlers = nullptr; // the source, when it is one (fast paths)
    QString m_filterText;                       // as given
    QString m_needle;                           // folded to lower case
    bool m_noTenantOnly = false;
};

} // namespace HandlerDesk::Core
