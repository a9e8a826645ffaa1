// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;

namespace HandlerDesk::Core {
struct CertificateInfo;
}

namespace HandlerDesk::Ui {

// A server certificate that is not trusted: subject, issuer, validity, SHA-256 fingerprint and
// the verification errors; Trust once / Trust and pin / Cancel. A certificate that differs from
// the one pinned for this server is a red warning and pinning is not the default.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    enum Decision { Cancel = QDialog::Rejected, TrustOnce = 10, TrustAndPin = 11 };

    CertificateDialog(const Core::CertificateInfo &certificate, const QString &server,
                      QWidget *parent = nullptr);

private:
    QFormLayout *makeDetails(const Core::CertificateInfo &certificate); // the certificate's fields
    QDialogButtonBox *makeButtons(); // Trust once, Trust and pin, Cancel (the default)
};

} // namespace HandlerDesk::Ui
