// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connector.h"

#include "core/cupierror.h"
#include "core/models/connection.h"
#include "ui/certificatedialog.h"

#include <QWidget>

namespace HandlerDesk::Ui {

Connector::Connector(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

Connector::~Connector() = default;

void Connector::start(const ServerProfile &profile, const QString &password)
{
    cancel();
    m_profile = profile;
    auto *connection = new Core::Connection(profile.settings(), nullptr, this);
    m_connection = connection;
    connection->setPasswordProvider([password] { return password; });
    connect(connection, &Core::Connection::opened, this, [this, connection] {
        m_connection = nullptr;
        Q_EMIT connected(connection, m_profile);
    });
    connect(connection, &Core::Connection::failed, this, &Connector::onFailed);
    connection->open();
}

void Connector::cancel()
{
    if (m_connection)
        m_connection->deleteLater();
    m_connection = nullptr;
}

void Connector::onFailed(const Core::CupiError &error)
{
    if (!m_connection)
        return;
    if (error.kind() != Core::CupiError::Kind::Tls || error.certificate().sha256.isEmpty()) {
        cancel();
        Q_EMIT failed(error, m_profile);
        return;
    }
    auto *dialog = new CertificateDialog(error.certificate(), m_profile.url.host(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString sha256 = error.certificate().sha256;
    connect(dialog, &QDialog::finished, this, [this, error, sha256](int result) {
        if (!m_connection)
            return;
        if (result == CertificateDialog::TrustOnce || result == CertificateDialog::TrustAndPin) {
            if (result == CertificateDialog::TrustAndPin)
                m_profile.pinnedSha256 = sha256;
            m_connection->trustCertificate(sha256);
            m_connection->open();
        } else {
            cancel();
            Q_EMIT failed(error, m_profile);
        }
    });
    dialog->open();
}

} // namespace HandlerDesk::Ui
