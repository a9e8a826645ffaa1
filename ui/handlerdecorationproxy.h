// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace HandlerDesk::Ui {

// The looks of the handler list, kept out of core (rule 9): a lock on undeletable handlers, a
// template mark on templates, and a tool tip that says so.
class HandlerDecorationProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit HandlerDecorationProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QIcon m_locked;
    QIcon m_template;
};

} // namespace HandlerDesk::Ui
