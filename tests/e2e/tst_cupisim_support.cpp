// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_cupisim_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QUrl>
#include <QXmlStreamReader>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace CupiSimTest {

namespace {

QMap<QString, QString> jsonFields(const QJsonObject &o, bool *allStrings)
{
    QMap<QString, QString> m;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            *allStrings = false;
        m.insert(it.key(), it.value().toString());
    }
    return m;
}

} // namespace

Doc parse(const QByteArray &body, bool json)
{
    Doc d;
    if (json) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            d.error = u"not a JSON object: "_s + pe.errorString();
            return d;
        }
        const QJsonObject o = doc.object();
        if (o.contains(u"@total"_s)) {
            d.allStrings = o.value(u"@total"_s).isString();
            d.total = o.value(u"@total"_s).toString();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == u"@total"_s)
                    continue;
                d.itemName = it.key();
                if (it.value().isObject()) {
                    d.jsonItemIsObject = true;
                    d.items.append(jsonFields(it.value().toObject(), &d.allStrings));
                } else {
                    for (const QJsonValue &v : it.value().toArray())
                        d.items.append(jsonFields(v.toObject(), &d.allStrings));
                }
            }
        } else if (o.value(u"errors"_s).isObject()) {
            d.root = u"errors"_s;
            d.fields = jsonFields(o.value(u"errors"_s).toObject(), &d.allStrings);
        } else {
            d.fields = jsonFields(o, &d.allStrings);
        }
        d.ok = true;
        return d;
    }
    QXmlStreamReader xml(body);
    int depth = 0;
    QString name, text;
    QMap<QString, QString> current;
    bool list = false;
    while (!xml.atEnd()) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1) {
                d.root = xml.name().toString();
                list = xml.attributes().hasAttribute(u"total"_s);
                d.total = xml.attributes().value(u"total"_s).toString();
            } else if (depth == 2 && list) {
                d.itemName = xml.name().toString();
                current.clear();
            } else {
                name = xml.name().toString();
                text.clear();
            }
        } else if (t == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (t == QXmlStreamReader::EndElement) {
            if (depth == 2 && list)
                d.items.append(current);
            else if (depth == (list ? 3 : 2))
                (list ? current : d.fields).insert(name, text);
            else if (depth == 3 && d.root == u"ErrorDetails"_s)
                d.fields.insert(name, text);
            --depth;
        }
    }
    if (xml.hasError()) {
        d.error = xml.errorString();
        return d;
    }
    d.ok = true;
    return d;
}

Sim::Sim(const QStringList &extraArgs)
    : m_args(extraArgs)
{
}

Sim::~Sim()
{
    stop();
}

void Sim::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool Sim::start(QString *error)
{
    const QString bin = qEnvironmentVariable("CUPISIM_BIN");
    if (bin.isEmpty()) {
        *error = u"CUPISIM_BIN is not set"_s;
        return false;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // Should this test crash, its simulator goes too instead of lingering.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(bin, QStringList{u"--listen"_s, u"127.0.0.1:0"_s} + m_args);
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    QElapsedTimer t;
    t.start();
    // The account lines follow the address and fingerprint; wait until the output goes quiet
    // after the first account line.
    while (t.elapsed() < 20000) {
        if (!m_process.canReadLine() &&
            !m_process.waitForReadyRead(accounts.isEmpty() ? 20000 : 300))
            break;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            startupLines.append(line);
            static const QRegularExpression listen(u"^cupi-sim listening on (https?://\\S+)$"_s);
            static const QRegularExpression cert(u"^certificate sha256 ([0-9A-F:]+)$"_s);
            static const QRegularExpression account(u"^account (\\S+) password (\\S+) \\(.*\\)$"_s);
            if (auto m = listen.match(line); m.hasMatch())
                baseUrl = m.captured(1);
            else if (auto m = cert.match(line); m.hasMatch())
                fingerprint = m.captured(1).toLatin1();
            else if (auto m = account.match(line); m.hasMatch())
                accounts.append({m.captured(1), m.captured(2)});
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    if (baseUrl.isEmpty() || accounts.isEmpty()) {
        *error = u"cupi-sim did not start: "_s + startupLines.join(u" | "_s);
        return false;
    }
    m_nam = makeNam();
    return true;
}

std::unique_ptr<QNetworkAccessManager> Sim::makeNam()
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    const QByteArray expected = fingerprint;
    // Trust exactly the certificate whose fingerprint cupi-sim printed, nothing else.
    QObject::connect(nam.get(), &QNetworkAccessManager::sslErrors, nam.get(),
                     [expected](QNetworkReply *reply, const QList<QSslError> &errors) {
                         const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                         if (!expected.isEmpty() &&
                             peer.digest(QCryptographicHash::Sha256).toHex(':').toUpper() ==
                                 expected)
                             reply->ignoreSslErrors(errors);
                     });
    return nam;
}

qint64 clockMs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

void Sim::sendAsync(const QByteArray &method, const QString &path, const QByteArray &body,
                    const Options &o, Reply *out, int *pending)
{
    QNetworkRequest req(QUrl(baseUrl + path));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", o.json ? "application/json" : "application/xml");
    if (o.basic)
        req.setRawHeader("Authorization",
                         "Basic " + (o.user + u':' + o.password).toUtf8().toBase64());
    if (!o.contentType.isEmpty())
        req.setRawHeader("Content-Type", o.contentType);
    if (!o.cookie.isEmpty())
        req.setRawHeader("Cookie", o.cookie);
    QNetworkAccessManager *nam = o.nam ? o.nam : m_nam.get();
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    ++*pending;
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, out, pending] {
        out->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out->body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            out->headers.insert(name.toLower(), value);
            if (name.toLower() == "set-cookie")
                out->setCookies += value.split('\n');
        }
        out->contentType = out->headers.value("content-type");
        out->finishedAtMs = clockMs();
        --*pending;
        reply->deleteLater();
    });
}

QString percent(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QByteArray cookieValue(const QList<QByteArray> &setCookies, const QByteArray &name)
{
    for (const QByteArray &c : setCookies) {
        if (c.startsWith(name + '='))
            return c.mid(name.size() + 1).split(';').first();
    }
    return {};
}

QList<Reply> Sim::concurrentGets(const QString &path, int count, bool warmUp, qint64 *startedAtMs)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < count; ++i)
        nams.push_back(makeNam());
    QList<Reply> replies(count);
    for (int round = warmUp ? 0 : 1; round < 2; ++round) {
        int pending = 0;
        if (startedAtMs)
            *startedAtMs = clockMs();
        for (int i = 0; i < count; ++i) {
            RequestOptions o;
            o.nam = nams[i].get();
            replies[i] = Reply();
            sendAsync("GET", path, {}, o, &replies[i], &pending);
        }
        QElapsedTimer t;
        t.start();
        while (pending > 0 && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return replies;
}

Reply Sim::send(const QByteArray &method, const QString &path, const QByteArray &body,
                const Options &options)
{
    Reply r;
    int pending = 0;
    sendAsync(method, path, body, options, &r, &pending);
    QElapsedTimer t;
    t.start();
    while (pending > 0 && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return r;
}

} // namespace CupiSimTest
