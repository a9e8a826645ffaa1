// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/handlerdecorationproxy.h"

#include "core/models/callhandlerlistmodel.h"
#include "ui/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::CallHandlerListModel;

HandlerDecorationProxy::HandlerDecorationProxy(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_locked(Icons::locked())
    , m_template(Icons::handlerTemplate())
{
}

QVariant HandlerDecorationProxy::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (index.column() == CallHandlerListModel::NameColumn &&
        (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const bool undeletable = index.data(CallHandlerListModel::UndeletableRole).toBool();
        const bool isTemplate = index.data(CallHandlerListModel::IsTemplateRole).toBool();
        if (role == Qt::DecorationRole) {
            if (undeletable)
                return m_locked;
            if (isTemplate)
                return m_template;
            return {};
        }
        QStringList notes;
        if (undeletable)
            notes.append(tr("Undeletable: a system handler that cannot be deleted"));
        if (isTemplate)
            notes.append(tr("Template"));
        if (!notes.isEmpty())
            return notes.join(u"\n"_s);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace HandlerDesk::Ui
