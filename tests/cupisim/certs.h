// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSslCertificate>
#include <QSslKey>

namespace CupiSim {

// The server certificate: from --cert/--key; else a fresh self-signed one made with the openssl
// command line (CN=cupi-sim, SAN DNS:localhost, IP:127.0.0.1); else, without openssl, the test
// certificate bundled as a resource (its private key is public: for tests only).
bool loadCertificate(const QString &certFile, const QString &keyFile, QSslCertificate *cert,
                     QSslKey *key, QString *error);

// "AA:BB:…", upper-case SHA-256 of the DER certificate.
QByteArray fingerprint(const QSslCertificate &cert);

} // namespace CupiSim
