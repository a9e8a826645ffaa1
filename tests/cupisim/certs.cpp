// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

bool readPair(const QString &certFile, const QString &keyFile, QSslCertificate *cert, QSslKey *key,
              QString *error)
{
    QFile c(certFile), k(keyFile);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1 or %2"_s.arg(certFile, keyFile);
        return false;
    }
    *cert = QSslCertificate(c.readAll(), QSsl::Pem);
    const QByteArray keyPem = k.readAll();
    for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec}) {
        *key = QSslKey(keyPem, alg, QSsl::Pem);
        if (!key->isNull())
            break;
    }
    if (cert->isNull() || key->isNull()) {
        *error = u"%1 or %2 is not a PEM certificate / private key"_s.arg(certFile, keyFile);
        return false;
    }
    return true;
}

bool makeSelfSigned(QSslCertificate *cert, QSslKey *key)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QTemporaryDir dir;
    if (openssl.isEmpty() || !dir.isValid())
        return false;
    const QString certPath = dir.filePath(u"cert.pem"_s), keyPath = dir.filePath(u"key.pem"_s);
    QProcess p;
    p.start(openssl,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
             u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"825"_s, u"-subj"_s,
             u"/CN=cupi-sim"_s, u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s,
             u"-keyout"_s, keyPath, u"-out"_s, certPath});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    QString ignored;
    return readPair(certPath, keyPath, cert, key, &ignored);
}

} // namespace

bool loadCertificate(const QString &certFile, const QString &keyFile, QSslCertificate *cert,
                     QSslKey *key, QString *error)
{
    if (!certFile.isEmpty() || !keyFile.isEmpty())
        return readPair(certFile, keyFile, cert, key, error);
    if (makeSelfSigned(cert, key))
        return true;
    return readPair(u":/cupisim/certs/fallback-cert.pem"_s, u":/cupisim/certs/fallback-key.pem"_s,
                    cert, key, error);
}

QByteArray fingerprint(const QSslCertificate &cert)
{
    return cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
}

} // namespace CupiSim
