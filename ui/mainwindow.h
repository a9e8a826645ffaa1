// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/serverprofile.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDialog;
class QDockWidget;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace HandlerDesk::Core {
class CallHandlerListModel;
class Connection;
class CupiError;
class HandlerEditor;
class SecretStore;
class ServerSession;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Core::Flow {
struct RepointPlan;
}

namespace HandlerDesk::Ui {

class CallFlowOwner;
class CallFlowPanel;
class Connector;
class FlowStatus;
class ProblemsView;
class HandlerEditorWidget;
class HandlerListPanel;

// The main window: the frame that shows one Core::ServerSession — the handler list beside the
// tabbed editor (a splitter), menus with a shortcut for every action, and a status bar with the
// account, loading progress and Cancel. Connecting again replaces the session. What the session
// reports reaches the user here: created/deleted in the status bar, failures in the list's
// message bar, a refused password as a prompt.
//
// The password is asked for again when the server refuses it during a session (it changed, or
// the account was locked): the client never sends refused credentials on its own, so one prompt
// asks, and the password entered is tried once (mainwindowpassword.cpp).
//
// One "current handler": the one open in the editor. Delete, Save, Revert and Refresh act on it
// and name it; the list follows the editor (its row is selected when listed). Every way of
// leaving it (another handler, Refresh, Connect…, another server, closing) asks about unsaved
// edits first.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Core::SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects without asking (command line, tests); a failure shows the connection dialog.
    void connectTo(const ServerProfile &profile, const QString &password);
    // Shows `session` (taking it; its connection has opened for `profile`) in place of the
    // current one, which ends.
    void showSession(Core::ServerSession *session, const ServerProfile &profile);
    // The connection dialog, offering `suggested` (or the last profile) and the `password`
    // tried last (selected, to be corrected). Asks about unsaved edits first: connecting
    // replaces the session.
    void showConnectionDialog(const ServerProfile &suggested = {}, const QString &message = {},
                              const QString &password = {});
    // Opens a handler in the editor (the list's choice, "Open target", a created handler),
    // asking about unsaved edits of the open one first; Cancel keeps the open one.
    void openHandler(const QString &objectId);
    // Reloads the list and the open handler (asking about unsaved edits first).
    void refresh();

    Core::ServerSession *session() const;
    Core::Connection *connection() const;
    Core::CallHandlerListModel *handlerModel() const;
    HandlerListPanel *listPanel() const { return m_list; }
    HandlerEditorWidget *editorWidget() const;
    Core::HandlerEditor *editor() const;
    // The session's call-flow graph (issue 12); null when not connected.
    CallFlowOwner *callFlow() const;
    CallFlowPanel *callFlowPanel() const { return m_flowPanel; }
    ProblemsView *problemsView() const { return m_problems; }

Q_SIGNALS:
    void connected();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createFileAndHandlerMenus();
    void createViewAndHelpMenus();
    void createStatusBar();
    void startSession(Core::Connection *connection, const ServerProfile &profile);
    void endSession();
    void onConnected(Core::Connection *connection, const ServerProfile &profile);
    void onConnectFailed(const Core::CupiError &error, const ServerProfile &profile);
    void connectSessionSignals();
    void updateAccount();
    void loadIntoEditor(const QString &objectId);
    void onDeleted(const QString &objectId, const QString &displayName);
    bool isEditorModified() const;
    void updateActions();
    void updateProgress(qint64 loaded, qint64 total);
    void newHandler();
    void deleteHandler();
    void saveWindowState() const;
    void askForPassword();
    void onPasswordEntered(const ServerProfile &profile, const QString &password);
    void onSignedInAgain();
    void onSignInFailed(const Core::CupiError &error);
    // The call flow (ui/flow/mainwindowflow.cpp): its docks and View actions, its owner per
    // session, the delete dialog with referrers and the re-point before a delete.
    void createCallFlowViews();
    void startCallFlow();
    void endCallFlow();
    void askToDeleteWithReferrers();
    // Re-points the referrers (all or nothing), then deletes the open handler.
    void repointAndDelete(const Core::Flow::RepointPlan &plan);
    // Opens a handler (asking about unsaved edits first) and shows the editor tab `tabName`.
    void openHandlerAt(const QString &objectId, const QString &tabName, const QString &key);
    // After a save: the handler's call-flow problems, as a warning in the editor.
    void warnAboutCallFlow(const QString &objectId);

    QPointer<Core::SecretStore> m_secrets;
    Connector *m_connector = nullptr;
    QPointer<Core::ServerSession> m_session;
    QPointer<Core::Connection> m_waitingConnection; // opened while the user decides on edits
    ServerProfile m_profile;
    QString m_pendingPassword; // until the login worked; then the session's
    QPointer<QDialog> m_passwordPrompt;

    QSplitter *m_splitter = nullptr;
    HandlerListPanel *m_list = nullptr;
    QStackedWidget *m_editorArea = nullptr;
    QLabel *m_editorPlaceholder = nullptr;
    QPointer<HandlerEditorWidget> m_editorWidget;

    QLabel *m_statusText = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelLoad = nullptr;
    QLabel *m_account = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshFlowAction = nullptr;

    QPointer<CallFlowOwner> m_flow;
    CallFlowPanel *m_flowPanel = nullptr;
    ProblemsView *m_problems = nullptr;
    QDockWidget *m_flowDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    FlowStatus *m_flowStatus = nullptr;
    bool m_closeApproved = false;
    bool m_splitterRestored = false;
};

} // namespace HandlerDesk::Ui
