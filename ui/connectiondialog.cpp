// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connectiondialog.h"

#include "core/secretstore.h"
#include "ui/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

ConnectionDialog::ConnectionDialog(Core::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_profiles(ServerProfile::loadAll())
    , m_profile(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_wire(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the desktop keychain"), this))
    , m_message(new QLabel(this))
    , m_keychain(new QLabel(this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect to Unity Connection"));
    m_profile->setObjectName(u"profile"_s);
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->lineEdit()->setPlaceholderText(tr("A name for this server"));
    for (const ServerProfile &p : std::as_const(m_profiles))
        m_profile->addItem(p.displayName());
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setPlaceholderText(u"https://cuc.example.com"_s);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_wire->setObjectName(u"wireFormat"_s);
    m_wire->addItem(tr("JSON"), int(Core::WireFormat::Json));
    m_wire->addItem(tr("XML"), int(Core::WireFormat::Xml));
    m_remember->setObjectName(u"rememberPassword"_s);
    for (QLabel *l : {m_message, m_keychain}) {
        l->setWordWrap(true);
        l->hide();
    }
    setWarningText(m_message);

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Format:"), m_wire);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychain);
    for (QWidget *w : {static_cast<QWidget *>(m_profile), static_cast<QWidget *>(m_url),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_wire)})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
            w->setAccessibleName(label->text().remove(u'&').remove(u':'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"connectButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_profile, &QComboBox::activated, this, &ConnectionDialog::onProfileChosen);
    for (QLineEdit *e : {m_url, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::updateOk);
    // Say at once when there is no keychain to remember the password in.
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        if (!on || !m_secrets) {
            m_keychain->hide();
            return;
        }
        m_secrets->readPassword(profile().secretKey(), this, [this](const Core::SecretResult &r) {
            m_keychain->setText(r.error); // a sentence that says what is missing
            m_keychain->setVisible(!r.ok());
            adjustSize();
        });
    });

    const QString last = ServerProfile::lastUsed();
    const int lastIndex = m_profile->findText(last);
    if (lastIndex >= 0) {
        m_profile->setCurrentIndex(lastIndex);
        onProfileChosen(lastIndex);
    } else {
        m_profile->setCurrentIndex(-1);
    }
    updateOk();
}

void ConnectionDialog::setProfile(const ServerProfile &profile)
{
    m_profile->setEditText(profile.name);
    m_url->setText(profile.url.toString());
    m_user->setText(profile.user);
    m_wire->setCurrentIndex(m_wire->findData(int(profile.wire)));
    m_remember->setChecked(profile.rememberPassword);
    m_pinned = profile.pinnedSha256;
    updateOk();
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

ServerProfile ConnectionDialog::profile() const
{
    ServerProfile p;
    p.name = m_profile->currentText().trimmed();
    QString url = m_url->text().trimmed();
    if (!url.contains(u"://"_s))
        url.prepend(u"https://"_s);
    p.url = QUrl(url);
    p.user = m_user->text().trimmed();
    p.wire = Core::WireFormat(m_wire->currentData().toInt());
    p.rememberPassword = m_remember->isChecked();
    // A pin belongs to the server it was made for.
    const int index = m_profile->findText(p.name);
    if (index >= 0 && index < m_profiles.size() && m_profiles.at(index).url == p.url)
        p.pinnedSha256 = m_profiles.at(index).pinnedSha256;
    else if (!m_pinned.isEmpty())
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

void ConnectionDialog::updateOk()
{
    const QUrl url(m_url->text().trimmed().contains(u"://"_s)
                       ? m_url->text().trimmed()
                       : u"https://"_s + m_url->text().trimmed());
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons)
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(url.isValid() && !url.host().isEmpty() && !m_user->text().isEmpty());
}

} // namespace HandlerDesk::Ui
