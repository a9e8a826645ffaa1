// SPDX-License-Identifier: GPL-3.0-or-later
// TLS: an untrusted certificate fails with Kind::Tls and the certificate, and nothing — not the
// Basic credentials, not a header — reaches the server; a pinned fingerprint is accepted; a
// different certificate on a pinned server is refused as a mismatch.
#include "tst_client_server.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/net/tls.h"
#include "core/resources.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core;
using Kind = CupiError::Kind;

class TestClientTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    QSslCertificate m_otherCert;

    bool makeCert(const QString &name, QSslCertificate *cert, QSslKey *key)
    {
        const QString certPath = m_dir.filePath(name + u".pem"_s);
        const QString keyPath = m_dir.filePath(name + u".key"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                     u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=tls-test-"_s + name,
                                     u"-keyout"_s, keyPath, u"-out"_s, certPath});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return false;
        QFile certFile(certPath), keyFile(keyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        *cert = QSslCertificate(&certFile, QSsl::Pem);
        if (key)
            *key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        return !cert->isNull();
    }

    CupiError fetch(quint16 port, const QString &pin)
    {
        QNetworkAccessManager nam;
        ConnectionSettings settings;
        settings.serverUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
        settings.user = u"admin"_s;
        settings.pinnedSha256 = pin;
        CupiClient client(settings, &nam);
        client.setPasswordProvider([] { return u"secret"_s; });
        ObjectJob *job = client.get(Resources::version());
        job->setAutoDelete(false);
        QSignalSpy spy(job, &CupiJob::finished);
        if (!spy.wait(20000))
            return CupiError(Kind::Network, u"test: timed out"_s);
        return job->error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            QSKIP("openssl is needed to make the test certificates");
        QVERIFY(makeCert(u"server"_s, &m_cert, &m_key));
        QVERIFY(makeCert(u"other"_s, &m_otherCert, nullptr));
    }

    void fingerprintFormats()
    {
        const QString fp = Net::sha256Fingerprint(m_cert);
        QCOMPARE(fp.size(), 32 * 3 - 1);
        QCOMPARE(fp, fp.toUpper());
        QVERIFY(Net::fingerprintMatches(fp, m_cert));
        QVERIFY(Net::fingerprintMatches(fp.toLower().remove(u':'), m_cert));
        QVERIFY(!Net::fingerprintMatches(Net::sha256Fingerprint(m_otherCert), m_cert));
        QVERIFY(!Net::fingerprintMatches(QString(), m_cert));
    }

    void untrustedThenPinned()
    {
        FakeCupiServer server;
        server.sslSetup(m_cert, m_key);
        server.handler = [](const FakeCupiServer::Seen &) {
            FakeCupiServer::Answer a;
            a.body = "{\"name\":\"vmrest\",\"version\":\"14.0\"}";
            return a;
        };
        const quint16 port = server.start();
        QVERIFY(port != 0);

        // Not trusted: Kind::Tls with the certificate; the server saw no request at all, so
        // the Basic credentials never left.
        const CupiError untrusted = fetch(port, {});
        QCOMPARE(untrusted.kind(), Kind::Tls);
        QCOMPARE(untrusted.certificate().sha256, Net::sha256Fingerprint(m_cert));
        QVERIFY(!untrusted.certificate().pinnedMismatch);
        QVERIFY(!untrusted.certificate().errors.isEmpty());
        QVERIFY(untrusted.certificate().subject.contains(u"tls-test-server"_s));
        QCOMPARE(server.seen.size(), 0);

        // Pinned (typed in lower case without colons): accepted.
        const QString pin = Net::sha256Fingerprint(m_cert).toLower().remove(u':');
        QCOMPARE(fetch(port, pin).kind(), Kind::None);
        QCOMPARE(server.seen.size(), 1);
        QVERIFY(!server.seen.first().authorization.isEmpty());

        // A pin of another certificate: refused loudly, nothing sent.
        const CupiError changed = fetch(port, Net::sha256Fingerprint(m_otherCert));
        QCOMPARE(changed.kind(), Kind::Tls);
        QVERIFY(changed.certificate().pinnedMismatch);
        QVERIFY(changed.userMessage().contains(u"changed"_s));
        QCOMPARE(server.seen.size(), 1);
    }

    void trustedLaterOnTheSameClient()
    {
        // The GUI flow: a Kind::Tls failure, the user trusts the fingerprint, the same client
        // (same QNAM) tries again.
        FakeCupiServer server;
        server.sslSetup(m_cert, m_key);
        server.handler = [](const FakeCupiServer::Seen &) {
            FakeCupiServer::Answer a;
            a.body = "{\"name\":\"vmrest\",\"version\":\"14.0\"}";
            return a;
        };
        const quint16 port = server.start();
        QNetworkAccessManager nam;
        ConnectionSettings settings;
        settings.serverUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
        settings.user = u"admin"_s;
        CupiClient client(settings, &nam);
        auto run = [&] {
            ObjectJob *job = client.get(Resources::version());
            job->setAutoDelete(false);
            QSignalSpy spy(job, &CupiJob::finished);
            return spy.wait(20000) ? job->error() : CupiError(Kind::Network, u"timeout"_s);
        };
        const CupiError first = run();
        QCOMPARE(first.kind(), Kind::Tls);
        QCOMPARE(server.seen.size(), 0);
        client.setPinnedSha256(first.certificate().sha256);
        QCOMPARE(run().kind(), Kind::None);
        QCOMPARE(server.seen.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"
