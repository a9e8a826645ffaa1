// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/tls.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QStringList>

namespace HandlerDesk::Core::Net {

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString normalizeFingerprint(const QString &fingerprint)
{
    QString hex;
    hex.reserve(fingerprint.size());
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            hex.append(c.toUpper());
    }
    return hex;
}

bool fingerprintMatches(const QString &pinned, const QSslCertificate &certificate)
{
    const QString want = normalizeFingerprint(pinned);
    return !want.isEmpty() && !certificate.isNull() &&
           want == normalizeFingerprint(sha256Fingerprint(certificate));
}

CertificateInfo certificateInfo(const QSslCertificate &certificate, const QList<QSslError> &errors,
                                const QString &pinned)
{
    CertificateInfo info;
    info.subject = certificate.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = certificate.subjectInfo(QSslCertificate::CommonName).join(u", ");
    info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = sha256Fingerprint(certificate);
    info.der = certificate.toDer();
    for (const QSslError &error : errors)
        info.errors.append(error.errorString());
    info.pinnedMismatch =
        !normalizeFingerprint(pinned).isEmpty() && !fingerprintMatches(pinned, certificate);
    return info;
}

} // namespace HandlerDesk::Core::Net
