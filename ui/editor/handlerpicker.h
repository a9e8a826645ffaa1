// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QPointer>

namespace HandlerDesk::Core {
class CallHandlerListModel;
}

namespace HandlerDesk::Ui {

// Chooses a call handler by typing part of its name or extension (a "contains" completer over
// the loaded handler list). Shows names, stores the ObjectId.
class HandlerPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit HandlerPicker(Core::CallHandlerListModel *handlers, QWidget *parent = nullptr);

    QString handlerId() const { return m_id; }
    void setHandlerId(const QString &objectId); // no handlerChanged()

Q_SIGNALS:
    void handlerChanged(); // the user chose another handler (or cleared the field)

private:
    void showName();

    QPointer<Core::CallHandlerListModel> m_handlers;
    QString m_id;
};

} // namespace HandlerDesk::Ui
