// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow and its session: connecting, showing a Core::ServerSession (the list, the editor)
// and what it reports; the dialogs of create and delete.
#include "ui/mainwindow.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/models/serversession.h"
#include "core/secretstore.h"
#include "ui/confirmdelete.h"
#include "ui/connectiondialog.h"
#include "ui/connector.h"
#include "ui/editor/handlereditorwidget.h"
#include "ui/flow/callflowowner.h"
#include "ui/handlerlistpanel.h"
#include "ui/messagebar.h"
#include "ui/newhandlerdialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

void MainWindow::connectTo(const ServerProfile &profile, const QString &password)
{
    if (m_waitingConnection)
        m_waitingConnection->deleteLater(); // an earlier one still waiting for an answer
    m_pendingPassword = password;
    m_editorPlaceholder->setText(tr("Connecting to %1…").arg(profile.url.host()));
    m_statusText->setText(m_editorPlaceholder->text());
    m_connector->start(profile, password);
}

void MainWindow::showConnectionDialog(const ServerProfile &suggested, const QString &message,
                                      const QString &password)
{
    if (isEditorModified()) {
        // Connecting replaces the session: the open handler's edits first.
        m_editorWidget->confirmLeave(
            [this, suggested, message] { showConnectionDialog(suggested, message); });
        return;
    }
    auto *dialog = new ConnectionDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!suggested.url.isEmpty() || !suggested.user.isEmpty())
        dialog->setProfile(suggested);
    dialog->setMessage(message);
    if (!password.isEmpty())
        dialog->setPassword(password);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { connectTo(dialog->profile(), dialog->password()); });
    dialog->open();
}

void MainWindow::onConnected(Core::Connection *connection, const ServerProfile &profile)
{
    if (!isEditorModified()) {
        startSession(connection, profile);
        return;
    }
    // Edited while connecting: the new session waits for the answer; Cancel keeps the old one.
    connection->setParent(this);
    m_waitingConnection = connection;
    m_statusText->setText(
        tr("Connected to %1; the open handler has unsaved changes.").arg(profile.url.host()));
    m_editorWidget->confirmLeave([this, profile] {
        if (m_waitingConnection)
            startSession(std::exchange(m_waitingConnection, nullptr), profile);
    });
}

void MainWindow::onConnectFailed(const Core::CupiError &error, const ServerProfile &profile)
{
    const QString tried = std::exchange(m_pendingPassword, QString());
    m_editorPlaceholder->setText(m_session ? tr("Choose a handler in the list to edit it.")
                                           : tr("Not connected."));
    m_statusText->setText(tr("Could not connect to %1.").arg(profile.url.host()));
    showConnectionDialog(profile, error.userMessage(), tried); // to correct, not to retype
}

void MainWindow::endSession()
{
    if (m_editorWidget) {
        m_editorArea->removeWidget(m_editorWidget);
        m_editorWidget->deleteLater();
    }
    m_list->setSession(nullptr);
    endCallFlow();
    if (m_session) {
        m_session->handlers()->cancel();
        m_session->deleteLater();
    }
    m_session = nullptr;
    m_account->clear();
}

void MainWindow::startSession(Core::Connection *connection, const ServerProfile &profile)
{
    auto *session = new Core::ServerSession(connection, this);
    session->setPasswordStore(profile.rememberPassword ? m_secrets.data() : nullptr,
                              profile.secretKey());
    session->setPassword(std::exchange(m_pendingPassword, QString())); // the login worked
    showSession(session, profile);
}

void MainWindow::showSession(Core::ServerSession *session, const ServerProfile &profile)
{
    endSession();
    m_profile = profile;
    ServerProfile::save(profile);
    session->setParent(this);
    m_session = session;

    m_list->setSession(session);
    m_list->restoreState();
    m_editorWidget = new HandlerEditorWidget(
        {session->editor(), session->lookups(), session->handlers()}, m_editorArea);
    m_editorArea->addWidget(m_editorWidget);
    m_editorPlaceholder->setText(tr("Choose a handler in the list to edit it."));
    m_editorArea->setCurrentWidget(m_editorPlaceholder);
    connectSessionSignals();
    updateAccount();
    setWindowTitle(tr("%1 — Handler Desk[*]").arg(session->connection()->serverLabel()));
    session->handlers()->refresh();
    startCallFlow();
    updateActions();
    Q_EMIT connected();
}

void MainWindow::updateAccount()
{
    const Core::Connection *connection = this->connection();
    if (!connection)
        return;
    const QString kind = connection->isTenantAdministrator()
                             ? tr("tenant administrator (%1)")
                                   .arg(m_session->lookups()->displayName(
                                       Core::LookupCache::Kind::Tenants, connection->tenantId()))
                             : tr("system administrator");
    m_account->setText(tr("%1 — %2").arg(connection->serverLabel(), kind));
}

void MainWindow::connectSessionSignals()
{
    Core::ServerSession *session = m_session;
    Core::CallHandlerListModel *handlers = session->handlers();
    connect(handlers, &Core::CallHandlerListModel::progress, this, &MainWindow::updateProgress);
    connect(handlers, &Core::CallHandlerListModel::loadingChanged, this, [this, handlers] {
        updateProgress(handlers->loadedCount(), handlers->totalCount());
        updateActions();
    });
    connect(session->lookups(), &Core::LookupCache::loaded, this,
            [this](Core::LookupCache::Kind kind) {
                if (kind == Core::LookupCache::Kind::Tenants)
                    updateAccount(); // names the tenant of a tenant administrator
            });
    connect(m_editorWidget, &HandlerEditorWidget::modifiedChanged, this,
            &MainWindow::updateActions);
    connect(m_editorWidget, &HandlerEditorWidget::openHandlerRequested, this,
            &MainWindow::openHandler);
    connect(session->editor(), &Core::HandlerEditor::stateChanged, this,
            &MainWindow::updateActions);
    connect(session, &Core::ServerSession::passwordRefused, this, &MainWindow::askForPassword);
    connect(session, &Core::ServerSession::signedInAgain, this, &MainWindow::onSignedInAgain);
    connect(session, &Core::ServerSession::signInFailed, this, &MainWindow::onSignInFailed);
    connect(
        session, &Core::ServerSession::passwordNotRemembered, this, [this](const QString &reason) {
            m_list->messageBar()->showError(tr("The password was not remembered: %1").arg(reason));
        });
    connect(session, &Core::ServerSession::handlerCreated, this,
            [this](const QString &id, const QString &name) {
                statusBar()->showMessage(tr("Created “%1”.").arg(name), 5000);
                openHandler(id);
            });
    connect(session, &Core::ServerSession::createFailed, this,
            [this](const Core::CupiError &error, const QString &createdId) {
                m_list->messageBar()->showError(
                    tr("The handler was not created completely: %1").arg(error.userMessage()));
                openHandler(createdId); // it exists: as far as it was made
            });
    connect(session, &Core::ServerSession::handlerDeleted, this, &MainWindow::onDeleted);
    connect(session, &Core::ServerSession::deleteFailed, this,
            [this](const Core::CupiError &error) {
                m_list->messageBar()->showError(tr("Not deleted: %1").arg(error.userMessage()));
            });
    connect(session, &Core::ServerSession::rowUpdateFailed, this,
            [this](const QString &, const Core::CupiError &error) {
                m_list->messageBar()->showError(
                    tr("The list could not show a handler's changes: %1").arg(error.userMessage()),
                    [this] { refresh(); });
            });
}

bool MainWindow::isEditorModified() const
{
    return m_editorWidget && m_editorWidget->isModified();
}

void MainWindow::openHandler(const QString &objectId)
{
    if (!m_session || objectId.isEmpty())
        return;
    if (objectId == m_session->openObjectId()) {
        m_editorArea->setCurrentWidget(m_editorWidget);
        m_list->setOpenObjectId(objectId);
        return;
    }
    if (isEditorModified()) {
        // Stay on the edited handler until the user decided (after the view has finished
        // handling the click that moved its selection).
        QTimer::singleShot(0, m_list, [this] { m_list->setOpenObjectId(m_list->openObjectId()); });
        m_editorWidget->confirmLeave([this, objectId] { loadIntoEditor(objectId); });
        return;
    }
    loadIntoEditor(objectId);
}

void MainWindow::loadIntoEditor(const QString &objectId)
{
    if (!m_session)
        return;
    m_session->openHandler(objectId);
    m_editorArea->setCurrentWidget(m_editorWidget);
    m_list->setOpenObjectId(objectId);
    updateActions();
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    const auto reload = [this] {
        if (m_session)
            m_session->refresh();
    };
    if (isEditorModified())
        m_editorWidget->confirmLeave(reload);
    else
        reload();
}

void MainWindow::newHandler()
{
    if (!m_session)
        return;
    auto *dialog = new NewHandlerDialog(m_session->lookups(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_session)
            m_session->createHandler(dialog->templateId(), dialog->displayName(),
                                     dialog->extension());
    });
    dialog->open();
}

void MainWindow::deleteHandler()
{
    // The handler open in the editor, whatever the list shows (rule: one current handler).
    if (!m_session || !m_deleteAction->isEnabled())
        return;
    if (m_flow) {
        askToDeleteWithReferrers();
        return;
    }
    const QString name = m_session->editor()->displayName();
    // Window-modal: the open handler cannot change while the box is open.
    askToDelete(this,
                {u"deleteConfirmation"_s, u"confirmDeleteButton"_s, tr("Delete handler"),
                 tr("Delete the call handler “%1”?").arg(name),
                 tr("Callers routed to it will no longer reach it. This cannot be undone."), name},
                [this] {
                    if (m_session)
                        m_session->deleteOpenHandler();
                });
}

void MainWindow::onDeleted(const QString &objectId, const QString &displayName)
{
    statusBar()->showMessage(tr("Deleted “%1”.").arg(displayName), 5000);
    if (m_flow)
        m_flow->removeHandler(objectId);
    if (m_list->openObjectId() == objectId) {
        m_list->setOpenObjectId({});
        m_editorArea->setCurrentWidget(m_editorPlaceholder);
    }
    updateActions();
}

} // namespace HandlerDesk::Ui
