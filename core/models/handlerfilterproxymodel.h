// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace HandlerDesk::Core {

// Type-to-filter and sort over CallHandlerListModel, through its roles only (any model with them
// works).
// Filter: case-insensitive "contains" on name and extension, matched against the source's
// precomputed FilterKeyRole (no regular expression per row); and, with setNoTenantOnly(true),
// only handlers without a TenantIdRole (CUPI has no documented query for "no tenant", so this
// is decided here, on the client). Sort: on SortRole, natural order (HandlerSort::naturalCompare:
// "Handler 2" < "Handler 10"), case-insensitive, empty values last in BOTH directions; names are
// first compared by their NamePrefixRole when both have one.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText; // as given
    QString m_needle;     // folded to lower case
    bool m_noTenantOnly = false;
};

} // namespace HandlerDesk::Core
