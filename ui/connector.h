// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/serverprofile.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace HandlerDesk::Core {
class Connection;
class CupiError;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Ui {

// Opens a Connection for a profile and answers what the connection asks of a person: an
// untrusted certificate opens the CertificateDialog (trust once / trust and pin / cancel).
// Exactly one of connected() / failed() follows start(). connected() hands over the Connection
// (parented to this Connector; the receiver reparents it) and the profile as it is now (with a
// new pin when the user pinned).
class Connector : public QObject
{
    Q_OBJECT
public:
    explicit Connector(QWidget *dialogParent, QObject *parent = nullptr);
    ~Connector() override;

    void start(const ServerProfile &profile, const QString &password);
    void cancel();

Q_SIGNALS:
    void connected(HandlerDesk::Core::Connection *connection,
                   const HandlerDesk::Ui::ServerProfile &profile);
    void failed(const HandlerDesk::Core::CupiError &error,
                const HandlerDesk::Ui::ServerProfile &profile);

private:
    void onFailed(const Core::CupiError &error);

    QPointer<QWidget> m_dialogParent;
    QPointer<Core::Connection> m_connection;
    ServerProfile m_profile;
};

} // namespace HandlerDesk::Ui
