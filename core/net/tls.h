// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"

#include <QList>
#include <QSslError>

class QSslCertificate;

namespace HandlerDesk::Core::Net {

// "AA:BB:…" (upper-case hex pairs) of the certificate's SHA-256 digest.
QString sha256Fingerprint(const QSslCertificate &certificate);
// Upper-case hex without separators, for comparing what a user typed with a digest.
QString normalizeFingerprint(const QString &fingerprint);
bool fingerprintMatches(const QString &pinned, const QSslCertificate &certificate);
// What a person needs to decide: subject, issuer, validity, fingerprint, the errors in words.
CertificateInfo certificateInfo(const QSslCertificate &certificate, const QList<QSslError> &errors,
                                const QString &pinned);

} // namespace HandlerDesk::Core::Net
