// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow asks for the password again when the server refused it during a session (it was
// changed, the account was locked, the server restarted with other accounts). The client sends
// refused credentials no more (core/net/transport.h), so nothing reaches the server until a
// person enters the password: one prompt at a time, and the password entered is tried once
// (ServerSession::signInAgain(), which also remembers it when the profile says so).
#include "ui/mainwindow.h"

#include "core/cupierror.h"
#include "core/models/connection.h"
#include "core/models/serversession.h"
#include "core/secretstore.h"
#include "ui/connectiondialog.h"
#include "ui/editor/handlereditorwidget.h"
#include "ui/handlerlistpanel.h"
#include "ui/messagebar.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

void MainWindow::askForPassword()
{
    if (m_passwordPrompt || !m_session)
        return; // asked already: every request until then fails without being sent
    auto *dialog = new ConnectionDialog(m_secrets, this);
    dialog->setObjectName(u"passwordPrompt"_s);
    dialog->setWindowTitle(tr("Password Refused"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(m_profile);
    dialog->setMessage(tr("The server refused the password for %1: it may have been changed, or "
                          "the account locked. It is not sent again until you enter it.")
                           .arg(m_session->connection()->serverLabel()));
    dialog->setPassword(m_session->password()); // selected: to be corrected, or confirmed
    m_passwordPrompt = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { onPasswordEntered(dialog->profile(), dialog->password()); });
    m_statusText->setText(tr("The server refused the password."));
    dialog->open();
}

void MainWindow::onPasswordEntered(const ServerProfile &profile, const QString &password)
{
    const bool sameAccount = m_session && profile.url == m_profile.url &&
                             profile.user == m_profile.user && profile.wire == m_profile.wire;
    if (!sameAccount) {
        // Another server or account: a new session, as Connect… makes one (edits first).
        const auto connectThere = [this, profile, password] { connectTo(profile, password); };
        if (isEditorModified())
            m_editorWidget->confirmLeave(connectThere);
        else
            connectThere();
        return;
    }
    // The same session, edits and all, with the password entered: tried once, now.
    m_profile.rememberPassword = profile.rememberPassword;
    m_session->setPasswordStore(profile.rememberPassword ? m_secrets.data() : nullptr,
                                profile.secretKey());
    m_statusText->setText(tr("Signing in again…"));
    m_session->signInAgain(password);
}

void MainWindow::onSignedInAgain()
{
    ServerProfile::save(m_profile);
    m_statusText->clear();
    statusBar()->showMessage(
        tr("Signed in again as %1: try again what failed.").arg(m_profile.user), 10000);
}

void MainWindow::onSignInFailed(const Core::CupiError &error)
{
    // A refused password has asked again already (askForPassword()); other troubles are said.
    if (error.kind() != Core::CupiError::Kind::Auth)
        m_list->messageBar()->showError(tr("Could not sign in again: %1").arg(error.userMessage()));
}

} // namespace HandlerDesk::Ui
