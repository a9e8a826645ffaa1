// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace HandlerDesk::Core {
class CallHandlerListModel;
class HandlerFilterProxyModel;
class ServerSession;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Ui {

class HandlerDecorationProxy;
class LookupMessage;
class MessageBar;

// The handler list: type-to-filter (name, extension), the tenant filter (system administrators
// only; a tenant asks the server, "System (no tenant)" filters here), "include user primary
// handlers", "N of M handlers" while a filter hides rows, the sortable table (column choice in
// the header's context menu), and a message bar with Retry for load failures (loaded rows stay);
// when the tenants could not be loaded, a message with Retry under the tenant filter.
// Column widths, order, visibility and sorting are kept in QSettings; until the user sizes a
// column, the columns fit the list's width (no horizontal scroll bar).
//
// The list follows the editor: setOpenObjectId() selects the open handler's row when it is
// listed (and selects nothing when a filter hides it), also after the rows change. Only a
// person choosing another row (click, keys) emits currentHandlerChanged(); rows moving or
// disappearing under a filter never do.
class HandlerListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HandlerListPanel(QWidget *parent = nullptr);
    ~HandlerListPanel() override;

    // A new session (null: none), which belongs to the caller.
    void setSession(Core::ServerSession *session);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    MessageBar *messageBar() const { return m_messages; }
    QString currentObjectId() const;
    // The handler open in the editor (empty: none); its row is selected whenever it is listed.
    void setOpenObjectId(const QString &objectId);
    QString openObjectId() const { return m_openId; }

    void saveState() const;
    void restoreState();

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void currentHandlerChanged(const QString &objectId);

private:
    void setUpView(); // the proxies, the table and what follows their changes
    void layOut();    // the filter row, the choices row, messages and the table; the tab order
    void fillTenants();
    void onTenantChosen();
    void setUpColumns(); // handlerlistcolumns.cpp
    void showHeaderMenu(const QPoint &pos);
    void onChoice(); // the current row or the selection changed
    void onRowsChanged();
    // Selects the open handler's row, or nothing when it is not listed. No signal.
    void showOpenHandler(bool scroll);
    void updateCount();
    void showLoadFailure(const QString &message);
    void fitColumns();
    void chooseColumns(int available);
    int columnMinimum(int column) const;

    QPointer<Core::ServerSession> m_session;
    QPointer<Core::CallHandlerListModel> m_handlers;
    Core::HandlerFilterProxyModel *m_filterProxy = nullptr;
    HandlerDecorationProxy *m_decoration = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_tenant = nullptr;
    QCheckBox *m_includePrimary = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    MessageBar *m_messages = nullptr;
    LookupMessage *m_tenantsMessage = nullptr; // the tenants of the filter could not be loaded
    QString m_openId;
    QString m_chosenId;      // the last choice signalled, until the list shows the open one again
    int m_modelChanging = 0; // inside a change of the rows (the view moves its current row)
    bool m_selecting = false;
    bool m_autoFit = true; // columns follow the list's width until the user sizes one
    bool m_fitting = false;
    bool m_columnsChosen = false;
};

} // namespace HandlerDesk::Ui
