// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's session: connecting, the handler list and editor of one server, create, delete.
#include "ui/mainwindow.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handleractions.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/secretstore.h"
#include "ui/connectiondialog.h"
#include "ui/connector.h"
#include "ui/editor/handlereditorwidget.h"
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
    m_list->setSession(nullptr, nullptr);
    if (m_handlers)
        m_handlers->cancel();
    if (m_session)
        m_session->deleteLater();
    m_account->clear();
}

void MainWindow::startSession(Core::Connection *connection, const ServerProfile &profile)
{
    endSession();
    m_profile = profile;
    ServerProfile::save(profile);
    rememberPassword(profile, m_pendingPassword); // the login worked
    m_sessionPassword = std::exchange(m_pendingPassword, QString());

    m_session = new QObject(this);
    connection->setParent(m_session);
    m_connection = connection;
    Core::LookupCache *lookups = connection->lookups();
    m_handlers = new Core::CallHandlerListModel(connection->client(), lookups, m_session);
    m_editor = new Core::HandlerEditor(connection->client(), m_session);
    m_actions = new Core::HandlerActions(connection->client(), m_session);

    m_list->setSession(connection, m_handlers);
    m_list->restoreState();
    m_editorWidget = new HandlerEditorWidget({m_editor, lookups, m_handlers}, m_editorArea);
    m_editorArea->addWidget(m_editorWidget);
    m_editorPlaceholder->setText(tr("Choose a handler in the list to edit it."));
    m_editorArea->setCurrentWidget(m_editorPlaceholder);
    connectSessionSignals();

    const QString kind = connection->isTenantAdministrator()
                             ? tr("tenant administrator (%1)")
                                   .arg(lookups->displayName(Core::LookupCache::Kind::Tenants,
                                                             connection->tenantId()))
                             : tr("system administrator");
    m_account->setText(tr("%1 — %2").arg(connection->serverLabel(), kind));
    connect(lookups, &Core::LookupCache::loaded, this, [this](Core::LookupCache::Kind k) {
        if (k == Core::LookupCache::Kind::Tenants && m_connection &&
            m_connection->isTenantAdministrator())
            m_account->setText(tr("%1 — %2").arg(
                m_connection->serverLabel(),
                tr("tenant administrator (%1)")
                    .arg(m_connection->lookups()->displayName(Core::LookupCache::Kind::Tenants,
                                                              m_connection->tenantId()))));
    });
    setWindowTitle(tr("%1 — Handler Desk[*]").arg(connection->serverLabel()));
    m_handlers->refresh();
    updateActions();
    Q_EMIT connected();
}

void MainWindow::connectSessionSignals()
{
    connect(m_handlers, &Core::CallHandlerListModel::progress, this, &MainWindow::updateProgress);
    connect(m_handlers, &Core::CallHandlerListModel::loadingChanged, this, [this] {
        updateProgress(m_handlers->loadedCount(), m_handlers->totalCount());
        updateActions();
    });
    connect(m_editorWidget, &HandlerEditorWidget::modifiedChanged, this,
            &MainWindow::updateActions);
    connect(m_editorWidget, &HandlerEditorWidget::openHandlerRequested, this,
            &MainWindow::openHandler);
    connect(m_editor, &Core::HandlerEditor::stateChanged, this, &MainWindow::updateActions);
    connect(m_connection->client(), &Core::CupiClient::authenticationFailed, this,
            &MainWindow::askForPassword);
    connect(m_connection, &Core::Connection::credentialsChecked, this,
            &MainWindow::onCredentialsChecked);
    // The list row follows every read of the open handler (load, reload, after a save or a
    // put-back) without a request of its own; a handler the list does not show stays out of it.
    connect(m_editor, &Core::HandlerEditor::handlerRead, this, [this](const Core::CupiObject &h) {
        if (m_handlers->rowOf(h.objectId()) >= 0)
            m_handlers->updateHandler(h);
    });
    connect(m_actions, &Core::HandlerActions::created, this,
            [this](const QString &id, const Core::CupiObject &handler) {
                m_handlers->addHandler(handler);
                statusBar()->showMessage(tr("Created “%1”.").arg(handler.displayName()), 5000);
                openHandler(id);
            });
    connect(m_actions, &Core::HandlerActions::createFailed, this,
            [this](const Core::CupiError &error, const QString &createdId) {
                m_list->messageBar()->showError(
                    tr("The handler was not created completely: %1").arg(error.userMessage()));
                if (!createdId.isEmpty()) {
                    m_handlers->updateHandler(createdId);
                    openHandler(createdId);
                }
            });
    connect(m_actions, &Core::HandlerActions::deleted, this, &MainWindow::onDeleted);
    connect(m_actions, &Core::HandlerActions::deleteFailed, this,
            [this](const QString &, const Core::CupiError &error) {
                m_list->messageBar()->showError(tr("Not deleted: %1").arg(error.userMessage()));
            });
}

bool MainWindow::isEditorModified() const
{
    return m_editorWidget && m_editorWidget->isModified();
}

void MainWindow::openHandler(const QString &objectId)
{
    if (!m_editor || objectId.isEmpty())
        return;
    if (objectId == m_editor->objectId()) {
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
    if (!m_editor)
        return;
    m_editor->load(objectId);
    m_editorArea->setCurrentWidget(m_editorWidget);
    m_list->setOpenObjectId(objectId);
    updateActions();
}

void MainWindow::refresh()
{
    if (!m_handlers)
        return;
    const auto reload = [this] {
        if (!m_handlers)
            return;
        m_handlers->refresh();
        if (m_editor && !m_editor->objectId().isEmpty())
            m_editor->reload(); // on failure the form stays and reloadFailed() says so
    };
    if (isEditorModified())
        m_editorWidget->confirmLeave(reload);
    else
        reload();
}

void MainWindow::newHandler()
{
    if (!m_connection)
        return;
    auto *dialog = new NewHandlerDialog(m_connection->lookups()->templates(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_actions)
            m_actions->createHandler(dialog->templateId(), dialog->displayName(),
                                     dialog->extension());
    });
    dialog->open();
}

void MainWindow::deleteHandler()
{
    // The handler open in the editor, whatever the list shows (rule: one current handler).
    if (!m_actions || !m_editor || !m_deleteAction->isEnabled())
        return;
    const QString id = m_editor->objectId();
    const QString name = m_editor->displayName();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete handler"),
                        tr("Delete the call handler “%1”?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setInformativeText(tr("Callers routed to it will no longer reach it. This cannot be "
                               "undone."));
    QPushButton *remove =
        box->addButton(tr("&Delete “%1”").arg(name), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDeleteButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove && m_actions)
            m_actions->deleteHandler(id);
    });
    box->open();
}

void MainWindow::onDeleted(const QString &objectId)
{
    if (m_editor && m_editor->objectId() == objectId) {
        statusBar()->showMessage(tr("Deleted “%1”.").arg(m_editor->displayName()), 5000);
        m_editor->clear();
        m_list->setOpenObjectId({});
        m_editorArea->setCurrentWidget(m_editorPlaceholder);
    }
    m_handlers->removeHandler(objectId);
    updateActions();
}

} // namespace HandlerDesk::Ui
