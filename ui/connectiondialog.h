// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/serverprofile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace HandlerDesk::Core {
class SecretStore;
}

namespace HandlerDesk::Ui {

// Chooses or enters a server profile and the password. Takes a profile (the last one used, or
// one from the command line), gives back profile() and password(). A remembered password is read
// from the SecretStore when a profile is chosen; "no keychain" is said in the dialog, and the
// password is then simply not remembered. Storing the password is the caller's (after a
// successful login). A pinned certificate belongs to the URL it was pinned for: another URL
// starts without a pin, and the dialog says so. Delete (after a confirmation) removes a saved
// profile, its pin and its remembered password.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(Core::SecretStore *secrets, QWidget *parent = nullptr);

    void setProfile(const ServerProfile &profile);
    ServerProfile profile() const;
    QString password() const;
    // The password tried last (after a failed connect): kept, selected and focused, so that
    // typing replaces it and Enter tries again.
    void setPassword(const QString &password);
    // A message above the fields (why we ask again: wrong password, server unreachable…).
    void setMessage(const QString &text);

private:
    void layOut();
    void onProfileChosen(int index);
    void updateOk();
    void updatePinNote();
    void checkKeychain(bool remember);
    void confirmDelete();
    void deleteProfile(const ServerProfile &profile);
    void fillProfiles();
    QUrl enteredUrl() const;

    QPointer<Core::SecretStore> m_secrets;
    QList<ServerProfile> m_profiles;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_wire = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_keychain = nullptr;
    QLabel *m_pinNote = nullptr;
    QPushButton *m_delete = nullptr;
    QString m_pinned;
    QUrl m_pinnedUrl; // the server m_pinned was made for
};

} // namespace HandlerDesk::Ui
