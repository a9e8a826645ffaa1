// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/certificatedialog.h"

#include "core/cupierror.h"
#include "ui/palette.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

CertificateDialog::CertificateDialog(const Core::CertificateInfo &certificate,
                                     const QString &server, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Untrusted server certificate"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *headline = new QLabel(this);
    headline->setWordWrap(true);
    headline->setObjectName(u"certificateHeadline"_s);
    if (certificate.pinnedMismatch) {
        headline->setText(tr("<b>The certificate of %1 has CHANGED.</b><br>It is not the one "
                             "you trusted before. This can mean that someone is intercepting the "
                             "connection. Only continue if the administrator of the server "
                             "confirms the new fingerprint.")
                              .arg(server.toHtmlEscaped()));
        setWarningText(headline);
    } else {
        headline->setText(tr("<b>%1 presented a certificate that this computer does not "
                             "trust.</b><br>Compare the fingerprint with the one the server's "
                             "administrator gives you before you continue.")
                              .arg(server.toHtmlEscaped()));
    }
    QFormLayout *form = makeDetails(certificate);
    QDialogButtonBox *buttons = makeButtons();

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(headline, 1);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QFormLayout *CertificateDialog::makeDetails(const Core::CertificateInfo &certificate)
{
    const QLocale locale;
    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, const QString &value, const char *name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(QLatin1String(name));
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(label);
        form->addRow(label + u":"_s, field);
        return field;
    };
    addRow(tr("Subject"), certificate.subject, "subject");
    addRow(tr("Issuer"), certificate.issuer, "issuer");
    addRow(tr("Valid from"), locale.toString(certificate.notBefore, QLocale::LongFormat),
           "validFrom");
    addRow(tr("Valid until"), locale.toString(certificate.notAfter, QLocale::LongFormat),
           "validUntil");
    QLabel *fingerprint = addRow(tr("SHA-256 fingerprint"), certificate.sha256, "sha256");
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setWordWrap(false); // one line, so it can be compared pair by pair
    if (!certificate.errors.isEmpty())
        addRow(tr("Problems"), certificate.errors.join(u"\n"_s), "errors");
    return form;
}

QDialogButtonBox *CertificateDialog::makeButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *once = buttons->addButton(tr("Trust &once"), QDialogButtonBox::AcceptRole);
    once->setObjectName(u"trustOnceButton"_s);
    once->setToolTip(tr("Connect now; ask again next time"));
    QPushButton *pin = buttons->addButton(tr("Trust and &pin"), QDialogButtonBox::AcceptRole);
    pin->setObjectName(u"trustPinButton"_s);
    pin->setToolTip(tr("Connect now and remember this certificate for this server"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setDefault(true); // safe by default
    cancel->setFocus();
    connect(once, &QPushButton::clicked, this, [this] { done(TrustOnce); });
    connect(pin, &QPushButton::clicked, this, [this] { done(TrustAndPin); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return buttons;
}

} // namespace HandlerDesk::Ui
