// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace HandlerDesk::Core {
class CallHandlerListModel;
class Connection;
class HandlerFilterProxyModel;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Ui {

class HandlerDecorationProxy;
class MessageBar;

// The handler list: type-to-filter (name, extension), the tenant filter (system administrators
// only; it asks the server), "include user primary handlers", the sortable table (column choice
// in the header's context menu), and a message bar with Retry for load failures (loaded rows
// stay). Column widths, order, visibility and sorting are kept in QSettings.
class HandlerListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HandlerListPanel(QWidget *parent = nullptr);
    ~HandlerListPanel() override;

    // A new session (null: none). The models belong to the caller.
    void setSession(Core::Connection *connection, Core::CallHandlerListModel *handlers);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    MessageBar *messageBar() const { return m_messages; }
    QString currentObjectId() const;
    // Selects the row of `objectId` (no currentHandlerChanged()). False when it is not listed.
    bool selectObjectId(const QString &objectId);
    bool currentIsUndeletable() const;
    QString currentName() const;

    void saveState() const;
    void restoreState();

Q_SIGNALS:
    void currentHandlerChanged(const QString &objectId);

private:
    void fillTenants();
    void showHeaderMenu(const QPoint &pos);

    QPointer<Core::Connection> m_connection;
    QPointer<Core::CallHandlerListModel> m_handlers;
    Core::HandlerFilterProxyModel *m_filterProxy = nullptr;
    HandlerDecorationProxy *m_decoration = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_tenant = nullptr;
    QCheckBox *m_includePrimary = nullptr;
    QTableView *m_view = nullptr;
    MessageBar *m_messages = nullptr;
    bool m_selecting = false;
};

} // namespace HandlerDesk::Ui
