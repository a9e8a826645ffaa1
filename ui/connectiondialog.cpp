// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connectiondialog.h"

#include "core/operations/serverurl.h"
#include "core/secretstore.h"
#include "ui/accessibility.h"
#include "ui/confirmdelete.h"
#include "ui/dialogbuttons.h"
#include "ui/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

ConnectionDialog::ConnectionDialog(Core::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_profile(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_wire(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the desktop keychain"), this))
    , m_message(new QLabel(this))
    , m_keychain(new QLabel(this))
    , m_pinNote(new QLabel(this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect to Unity Connection"));
    m_profile->setObjectName(u"profile"_s);
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->lineEdit()->setPlaceholderText(tr("A name for this server"));
    m_delete->setObjectName(u"deleteProfileButton"_s);
    m_delete->setToolTip(tr("Forget this saved server, its pinned certificate and its "
                            "remembered password"));
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setPlaceholderText(u"https://cuc.example.com"_s);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_wire->setObjectName(u"wireFormat"_s);
    m_wire->addItem(tr("JSON"), int(Core::WireFormat::Json));
    m_wire->addItem(tr("XML"), int(Core::WireFormat::Xml));
    m_remember->setObjectName(u"rememberPassword"_s);
    m_pinNote->setObjectName(u"pinNote"_s);
    m_keychain->setObjectName(u"keychainMessage"_s);
    for (QLabel *l : {m_message, m_keychain, m_pinNote}) {
        l->setWordWrap(true);
        l->hide();
    }
    setWarningText(m_message);

    layOut();

    connect(m_profile, &QComboBox::activated, this, &ConnectionDialog::onProfileChosen);
    connect(m_profile, &QComboBox::editTextChanged, this, &ConnectionDialog::updateOk);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionDialog::confirmDelete);
    for (QLineEdit *e : {m_url, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::updateOk);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::updatePinNote);
    connect(m_remember, &QCheckBox::toggled, this, &ConnectionDialog::checkKeychain);

    Accessibility::nameInnerControls(this);
    fillProfiles();
    const int lastIndex = m_profile->findText(ServerProfile::lastUsed());
    m_profile->setCurrentIndex(lastIndex);
    if (lastIndex >= 0)
        onProfileChosen(lastIndex);
    updateOk();
}

// Says at once when there is no keychain to remember the password in.
void ConnectionDialog::checkKeychain(bool remember)
{
    if (!remember || !m_secrets) {
        m_keychain->hide();
        return;
    }
    m_secrets->readPassword(profile().secretKey(), this, [this](const Core::SecretResult &r) {
        m_keychain->setText(r.error); // a sentence that says what is missing
        m_keychain->setVisible(!r.ok());
        adjustSize();
    });
}

// The form (labels with their letters and the inputs' accessible names), message, buttons.
void ConnectionDialog::layOut()
{
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_delete);
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    auto *form = new QFormLayout;
    form->addRow(profileLabel, profileRow);
    form->addRow(tr("&Server:"), m_url);
    form->addRow(QString(), m_pinNote);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Format:"), m_wire);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychain);
    m_profile->setAccessibleName(profileLabel->text().remove(u'&').remove(u':'));
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_wire)})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
            w->setAccessibleName(label->text().remove(u'&').remove(u':'));

    // Not "&Connect": GNOME's Cancel is "&Cancel" (tst_keyboard checks the dialog's letters).
    QDialogButtonBox *buttons = actionCancelButtons(this, QDialogButtonBox::Ok, tr("Co&nnect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"connectButton"_s);

    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ConnectionDialog::fillProfiles()
{
    m_profiles = ServerProfile::loadAll();
    m_profile->clear();
    for (const ServerProfile &p : std::as_const(m_profiles))
        m_profile->addItem(p.displayName());
}

void ConnectionDialog::setProfile(const ServerProfile &profile)
{
    m_profile->setEditText(profile.name);
    m_pinned = profile.pinnedSha256;
    m_pinnedUrl = Core::normalizedServerUrl(profile.url.toString());
    m_url->setText(profile.url.toString());
    m_user->setText(profile.user);
    m_wire->setCurrentIndex(m_wire->findData(int(profile.wire)));
    m_remember->setChecked(profile.rememberPassword);
    updatePinNote();
    updateOk();
}

void ConnectionDialog::setPassword(const QString &password)
{
    m_password->setText(password);
    m_password->selectAll();
    m_password->setFocus(Qt::OtherFocusReason);
}

void ConnectionDialog::onProfileChosen(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    const ServerProfile &p = m_profiles.at(index);
    setProfile(p);
    m_password->clear();
    if (p.rememberPassword && m_secrets) {
        m_secrets->readPassword(p.secretKey(), this, [this](const Core::SecretResult &r) {
            if (!r.ok()) {
                m_keychain->setText(
                    tr("The password could not be read from the keychain: %1").arg(r.error));
                m_keychain->show();
                adjustSize();
            } else if (r.found && m_password->text().isEmpty()) {
                m_password->setText(r.password);
            }
        });
    }
    m_password->setFocus();
}

QUrl ConnectionDialog::enteredUrl() const
{
    return Core::normalizedServerUrl(m_url->text());
}

ServerProfile ConnectionDialog::profile() const
{
    ServerProfile p;
    p.name = m_profile->currentText().trimmed();
    p.url = enteredUrl();
    p.user = m_user->text().trimmed();
    p.wire = Core::WireFormat(m_wire->currentData().toInt());
    p.rememberPassword = m_remember->isChecked();
    // A pin belongs to the server it was made for: another URL starts without one.
    if (!m_pinned.isEmpty() && m_pinnedUrl == p.url)
        p.pinnedSha256 = m_pinned;
    return p;
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

void ConnectionDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConnectionDialog::updatePinNote()
{
    const bool moved = !m_pinned.isEmpty() && enteredUrl() != m_pinnedUrl;
    if (moved)
        m_pinNote->setText(tr("The pinned certificate belongs to %1. This address starts without "
                              "a pin: you will be shown its certificate to check.")
                               .arg(m_pinnedUrl.toString()));
    if (moved == m_pinNote->isHidden()) {
        m_pinNote->setVisible(moved);
        adjustSize(); // room for the wrapped note, and none when it goes
    }
}

void ConnectionDialog::updateOk()
{
    const QUrl url = enteredUrl();
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(url.isValid() && !url.host().isEmpty() && !m_user->text().isEmpty());
    const QString name = m_profile->currentText().trimmed();
    m_delete->setEnabled(std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                     [&](const ServerProfile &p) { return p.name == name; }));
}

void ConnectionDialog::confirmDelete()
{
    const QString name = m_profile->currentText().trimmed();
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                 [&](const ServerProfile &p) { return p.name == name; });
    if (it == m_profiles.cend())
        return;
    const ServerProfile doomed = *it;
    askToDelete(this,
                {u"deleteProfileConfirmation"_s, u"deleteProfileConfirmButton"_s,
                 tr("Delete profile"), tr("Delete the saved server “%1”?").arg(name),
                 tr("Its pinned certificate is forgotten and its remembered password is removed "
                    "from the keychain. The server itself is not changed."),
                 name},
                [this, doomed] { deleteProfile(doomed); });
}

void ConnectionDialog::deleteProfile(const ServerProfile &profile)
{
    ServerProfile::remove(profile.name); // with its pin
    fillProfiles();
    // The keychain entry is per user@host:port: keep it while another profile still uses it.
    const bool shared =
        std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                    [&](const ServerProfile &p) { return p.secretKey() == profile.secretKey(); });
    if (m_secrets && !shared) {
        // Also when the profile no longer remembers one: an older entry may be left. A failure
        // matters only when the profile says a password is stored (no keychain, no entry).
        const bool stored = profile.rememberPassword;
        m_secrets->deletePassword(
            profile.secretKey(), this, [this, stored](const Core::SecretResult &r) {
                if (r.ok() || !stored)
                    return;
                m_keychain->setText(tr("The password could not be removed from the "
                                       "keychain: %1")
                                        .arg(r.error));
                m_keychain->show();
                adjustSize();
            });
    }
    setMessage(QString()); // it was about connecting with the profile that is gone
    m_profile->setCurrentIndex(-1);
    m_profile->setEditText(QString());
    m_pinned.clear();
    m_pinnedUrl.clear();
    m_url->clear();
    m_user->clear();
    m_password->clear();
    m_remember->setChecked(false);
    updatePinNote();
    updateOk();
    m_profile->setFocus();
}

} // namespace HandlerDesk::Ui
