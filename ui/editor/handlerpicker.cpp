// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/handlerpicker.h"

#include "core/models/callhandlerlistmodel.h"

#include <QCompleter>

namespace HandlerDesk::Ui {

using Core::CallHandlerListModel;

HandlerPicker::HandlerPicker(CallHandlerListModel *handlers, QWidget *parent)
    : QLineEdit(parent)
    , m_handlers(handlers)
{
    setPlaceholderText(tr("Type a handler name or extension…"));
    setClearButtonEnabled(true);
    if (handlers) {
        auto *completer = new QCompleter(handlers, this);
        completer->setCompletionColumn(CallHandlerListModel::NameColumn);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setMaxVisibleItems(12);
        setCompleter(completer);
        connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
                [this](const QModelIndex &index) {
                    const QString id = index.data(CallHandlerListModel::ObjectIdRole).toString();
                    if (id != m_id) {
                        m_id = id;
                        Q_EMIT handlerChanged();
                    }
                });
    }
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (text().trimmed().isEmpty() && !m_id.isEmpty()) {
            m_id.clear();
            Q_EMIT handlerChanged();
        } else {
            showName(); // typed text that matched nothing goes back to the chosen handler
        }
    });
}

void HandlerPicker::setHandlerId(const QString &objectId)
{
    m_id = objectId;
    showName();
}

void HandlerPicker::showName()
{
    QString name;
    if (!m_id.isEmpty() && m_handlers) {
        const int row = m_handlers->rowOf(m_id);
        if (row >= 0)
            name = m_handlers->index(row, CallHandlerListModel::NameColumn).data().toString();
        else
            name = tr("(a handler not in the list)");
    }
    setText(name);
    setCursorPosition(0);
}

} // namespace HandlerDesk::Ui
