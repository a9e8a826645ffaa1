// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real handlerctl binary (HANDLERCTL_BIN) against a real cupi-sim (CUPISIM_BIN) over
// HTTPS: every command in both wire formats, paging through the server's page cap, a tenant
// administrator's view, an untrusted then pinned certificate, wrong password (tried once), a
// rejected update with the server's text, and the refusals (undeletable handler, delete without
// --yes).
#include "core/displaytext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Sim
{
    std::unique_ptr<QProcess> process;
    QString url;
    QString fingerprint;
    QHash<QString, QString> passwords; // account → password

    bool start(const QStringList &extra)
    {
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->setStandardErrorFile(QProcess::nullDevice());
        process->start(qEnvironmentVariable("CUPISIM_BIN"),
                       QStringList{u"--listen"_s, u"127.0.0.1:0"_s} + extra);
        if (!process->waitForStarted(10000))
            return false;
        static const QRegularExpression account(u"^account (\\S+) password (\\S+)"_s);
        while (true) {
            while (!process->canReadLine()) {
                if (!process->waitForReadyRead(20000))
                    return !url.isEmpty();
            }
            const QString line = QString::fromUtf8(process->readLine()).trimmed();
            if (line.startsWith(u"cupi-sim listening on "_s))
                url = line.section(u' ', 3, 3);
            else if (line.startsWith(u"certificate sha256 "_s))
                fingerprint = line.section(u' ', 2, 2);
            else if (const auto m = account.match(line); m.hasMatch())
                passwords.insert(m.captured(1), m.captured(2));
            if (passwords.contains(u"admin"_s) && passwords.size() >= 3)
                return !url.isEmpty() && !fingerprint.isEmpty();
        }
    }

    ~Sim()
    {
        if (process) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestHandlerctl : public QObject
{
    Q_OBJECT

    Sim m_sim;
    QString m_wire = u"json"_s;

    Run handlerctl(const QStringList &args, const QString &user = u"admin"_s,
                   const QString &password = {}, bool pin = true, const QString &url = {},
                   const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HANDLERDESK_PASSWORD"_s,
                   password.isNull() ? m_sim.passwords.value(user) : password);
        p.setProcessEnvironment(env);
        QStringList all{
            u"--server"_s, url.isEmpty() ? m_sim.url : url, u"--user"_s, user, u"--wire"_s, m_wire};
        if (pin)
            all << u"--trust-fingerprint"_s << m_sim.fingerprint;
        p.start(qEnvironmentVariable("HANDLERCTL_BIN"), all + args);
        p.write(stdinData);
        p.closeWriteChannel();
        return finished(p, 120000);
    }

    // What a started handlerctl said, once it ended (or was killed after timeoutMs).
    static Run finished(QProcess &p, int timeoutMs)
    {
        Run run;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            run.err = u"timed out"_s;
            return run;
        }
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    // handlerctl as admin against another simulator than m_sim (pinned, JSON wire).
    static Run runOn(const Sim &sim, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HANDLERDESK_PASSWORD"_s, sim.passwords.value(u"admin"_s));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("HANDLERCTL_BIN"),
                QStringList{u"--server"_s, sim.url, u"--user"_s, u"admin"_s,
                            u"--trust-fingerprint"_s, sim.fingerprint} +
                    args);
        return finished(p, 60000);
    }

    // handlerctl with exactly `args` (no options added), the environment changed by `env`
    // (a null value removes a variable).
    static Run handlerctlRaw(const QStringList &args, const QHash<QString, QString> &env = {},
                             const QString &stdoutFile = {})
    {
        QProcess p;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (it.value().isNull())
                environment.remove(it.key());
            else
                environment.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(environment);
        if (!stdoutFile.isEmpty())
            p.setStandardOutputFile(stdoutFile);
        p.start(qEnvironmentVariable("HANDLERCTL_BIN"), args);
        p.closeWriteChannel();
        return finished(p, 60000);
    }

    QJsonArray jsonArray(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning() << "not a JSON array:" << run.out.left(200) << run.err;
        return doc.array();
    }

    // A PUT of `body` (JSON) to a call handler, as any client could send it; the HTTP status.
    // The simulator answers 503 to a third Basic sign-in within a second (as real servers do), and
    // the handlerctl runs just before used two: the request is sent again a second later.
    int rawPut(const QString &id, const QJsonObject &body)
    {
        int status = 503;
        for (int attempt = 0; attempt < 5 && status == 503; ++attempt) {
            if (attempt > 0)
                QTest::qWait(1100);
            status = rawPutOnce(id, body);
        }
        return status;
    }

    int rawPutOnce(const QString &id, const QJsonObject &body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_sim.url + u"/vmrest/handlers/callhandlers/"_s + id));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QByteArray credentials = "admin:" + m_sim.passwords.value(u"admin"_s).toUtf8();
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        QNetworkReply *reply = nam.put(request, QJsonDocument(body).toJson());
        reply->ignoreSslErrors(); // the simulator's self-signed certificate
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QJsonObject showJson(const QString &id)
    {
        const Run run = handlerctl({u"show"_s, id, u"--output"_s, u"json"_s});
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    QString firstId(const QStringList &command, const QString &field = u"ObjectId"_s)
    {
        const QJsonArray rows =
            jsonArray(handlerctl(command + QStringList{u"--output"_s, u"json"_s}));
        return rows.isEmpty() ? QString() : rows.first().toObject().value(field).toString();
    }

    void addWireRows()
    {
        QTest::addColumn<QString>("wire");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("xml") << u"xml"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("HANDLERCTL_BIN").isEmpty(), "HANDLERCTL_BIN not set");
        QVERIFY2(!qEnvironmentVariable("CUPISIM_BIN").isEmpty(), "CUPISIM_BIN not set");
        // A page cap below our page size: every list goes through the cap.
        QVERIFY(m_sim.start(
            {u"--handlers"_s, u"180"_s, u"--max-rows-per-page"_s, u"40"_s, u"--seed"_s, u"7"_s}));
        QVERIFY(m_sim.url.startsWith(u"https://"_s));
    }

    void init() { m_wire = u"json"_s; }

    void help()
    {
        const Run top = handlerctl({u"--help"_s});
        QCOMPARE(top.code, 0);
        QVERIFY(top.out.startsWith(u"Usage: handlerctl"_s));
        for (const char *command :
             {"list", "show", "create", "delete", "set", "languages", "timezones", "tenants",
              "schedule-sets", "templates", "users", "lists"}) {
            QVERIFY2(top.out.contains(u"\n  "_s + QLatin1String(command) + u' '), command);
            const Run sub = handlerctl({QLatin1String(command), u"--help"_s});
            QCOMPARE(sub.code, 0);
            QVERIFY2(sub.out.startsWith(u"Usage: handlerctl [global options] "_s +
                                        QLatin1String(command)),
                     qPrintable(sub.out.left(80)));
        }
        QVERIFY(handlerctl({u"set"_s, u"--help"_s}).out.contains(u"--time-zone"_s));
    }

    void usageErrors()
    {
        QCOMPARE(handlerctl({u"frobnicate"_s}).code, 1);
        QCOMPARE(handlerctl({u"list"_s, u"--output"_s, u"yaml"_s}).code, 1);
        QCOMPARE(handlerctl({u"--deadline"_s, u"0"_s, u"list"_s}).code, 1);
        QCOMPARE(handlerctl({u"--max-reply-mb"_s, u"x"_s, u"list"_s}).code, 1);
        QCOMPARE(handlerctl({u"list"_s, u"--query"_s, u"DisplayName contains x"_s}).code, 1);
        QCOMPARE(handlerctl({u"show"_s}).code, 1);
        QCOMPARE(handlerctl({u"set"_s, u"x"_s, u"--recipient-user"_s, u"a"_s, u"--recipient-list"_s,
                             u"b"_s})
                     .code,
                 1);
        QProcess p;
        p.start(qEnvironmentVariable("HANDLERCTL_BIN"), {u"list"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"--server"_s));
    }

    void listPagesThroughCap_data() { addWireRows(); }
    void listPagesThroughCap()
    {
        QFETCH(QString, wire);
        m_wire = wire;
        const QJsonArray big = jsonArray(handlerctl({u"list"_s, u"--output"_s, u"json"_s}));
        // Server cap 40 < our page size 100, and another page size: the same rows.
        const QJsonArray small =
            jsonArray(handlerctl({u"--page-size"_s, u"7"_s, u"list"_s, u"--output"_s, u"json"_s}));
        QVERIFY2(big.size() > 80, qPrintable(QString::number(big.size())));
        QCOMPARE(small.size(), big.size());
        QSet<QString> ids;
        for (const QJsonValue &row : big) {
            const QJsonObject o = row.toObject();
            ids.insert(o.value(u"ObjectId"_s).toString());
            QCOMPARE(o.value(u"IsPrimary"_s).toString(), u"false"_s);
            QVERIFY(o.value(u"DisplayName"_s).isString());
        }
        QCOMPARE(ids.size(), big.size());
        for (const QJsonValue &row : small)
            QVERIFY(ids.contains(row.toObject().value(u"ObjectId"_s).toString()));

        // --all adds users' primary handlers.
        const QJsonArray all =
            jsonArray(handlerctl({u"list"_s, u"--all"_s, u"--output"_s, u"json"_s}));
        QVERIFY(all.size() > big.size());
        bool primary = false;
        for (const QJsonValue &row : all)
            primary |= row.toObject().value(u"IsPrimary"_s).toString() == u"true"_s;
        QVERIFY(primary);

        // CSV: header of CUPI names, one record per handler.
        const Run csv = handlerctl({u"list"_s, u"--output"_s, u"csv"_s});
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY(lines.first().split(u',').contains(u"DisplayName"_s));
        QVERIFY(lines.first().split(u',').contains(u"ObjectId"_s));
        QCOMPARE(lines.size(), big.size() + 1);
        // No rows: still a header (the fields the table shows), as core/csv writes it.
        const Run none = handlerctl({u"list"_s, u"--query"_s, u"DisplayName is No such handler"_s,
                                     u"--output"_s, u"csv"_s});
        QCOMPARE(none.code, 0);
        QCOMPARE(none.out, u"DisplayName,DtmfAccessId,ObjectId\r\n"_s);

        // Table: streamed as the pages arrive, so its columns are as wide as the headings and
        // the first page need (issue 10); every line ends in its handler's id, and the lines
        // whose cells fit those widths start their ids in the heading's column.
        const Run table = handlerctl({u"list"_s}); // first page: the server's cap of 40 rows
        QCOMPARE(table.code, 0);
        const QStringList rows = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), big.size() + 1);
        const qsizetype idColumn = rows.first().indexOf(u"OBJECT ID"_s);
        QVERIFY(idColumn > 0);
        for (const QString &row : rows.mid(1))
            QVERIFY2(ids.contains(row.section(u' ', -1)), qPrintable(row));
        for (const QString &row : rows.mid(1, 40))
            QVERIFY2(ids.contains(row.mid(idColumn).trimmed()), qPrintable(row));
        QVERIFY(table.err.isEmpty()); // progress only on a terminal
    }

    // handlerctl list writes as the pages arrive: a reader that stops (| head) stops the
    // fetching (exit 6, quietly), a full disk is said (exit 6) — issue 10.
    void closedOrFullOutput()
    {
        QTemporaryDir dir;
        const QString record = dir.filePath(u"requests.jsonl"_s);
        Sim sim;
        QVERIFY(sim.start(
            {u"--handlers"_s, u"2000"_s, u"--seed"_s, u"3"_s, u"--record-requests"_s, record}));
        const QStringList command{
            u"--server"_s,   sim.url,          u"--user"_s, u"admin"_s, u"--trust-fingerprint"_s,
            sim.fingerprint, u"--page-size"_s, u"10"_s,     u"list"_s,  u"--all"_s,
            u"--output"_s,   u"json"_s};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HANDLERDESK_PASSWORD"_s, sim.passwords.value(u"admin"_s));
        env.insert(u"HANDLERCTL"_s, qEnvironmentVariable("HANDLERCTL_BIN"));

        QProcess piped;
        piped.setProcessEnvironment(env);
        QStringList quoted;
        for (const QString &arg : command)
            quoted << u"'"_s + arg + u"'"_s;
        piped.start(u"bash"_s, {u"-c"_s, u"\"$HANDLERCTL\" "_s + quoted.join(u' ') +
                                             u" | head -c 300 >/dev/null; "
                                             u"echo \"${PIPESTATUS[0]}\" >&2"_s});
        QVERIFY(piped.waitForFinished(60000));
        const QString err = QString::fromUtf8(piped.readAllStandardError());
        QCOMPARE(err.trimmed(), u"6"_s); // no message: a closed pipe is no news

        QFile log(record);
        QVERIFY(log.open(QIODevice::ReadOnly));
        int pages = 0;
        for (const QByteArray &line : log.readAll().split('\n'))
            pages += line.contains("handlers/callhandlers?") ? 1 : 0;
        // 2,000 and more handlers are over 200 pages of 10; the reader stopped after 300 bytes.
        QVERIFY2(pages > 0 && pages < 60, qPrintable(QString::number(pages)));

        QProcess full;
        full.setProcessEnvironment(env);
        full.setStandardOutputFile(u"/dev/full"_s);
        full.start(qEnvironmentVariable("HANDLERCTL_BIN"), command);
        QVERIFY(full.waitForFinished(60000));
        QCOMPARE(full.exitCode(), 6);
        QVERIFY2(QString::fromUtf8(full.readAllStandardError())
                     .contains(u"could not write the output"_s),
                 "a full disk is said");
    }

    // A server whose lists claim more rows than they have (issue 11): exit 2 with "got N of M",
    // the rows written kept, a JSON array left unclosed; an absurd count is refused up front.
    void listThatEndsShort()
    {
        for (const QString &lie : {u"more"_s, u"huge"_s}) {
            Sim sim;
            QVERIFY(sim.start({u"--handlers"_s, u"60"_s, u"--max-rows-per-page"_s, u"40"_s,
                               u"--seed"_s, u"7"_s, u"--total-lie"_s, lie}));
            const auto list = [&](const QString &format) {
                return runOn(sim, {u"list"_s, u"--output"_s, format});
            };
            const Run json = list(u"json"_s);
            QCOMPARE(json.code, 2);
            QJsonParseError parse;
            QJsonDocument::fromJson(json.out.toUtf8(), &parse);
            QVERIFY2(parse.error != QJsonParseError::NoError, "no whole-looking JSON");
            const Run csv = list(u"csv"_s);
            QCOMPARE(csv.code, 2);
            if (lie == u"huge"_s) {
                QVERIFY2(json.err.contains(u"rows (more than"_s), qPrintable(json.err));
                QVERIFY(json.out.isEmpty());
                QVERIFY(csv.out.isEmpty());
                continue;
            }
            static const QRegularExpression got(u"got (\\d+) of (\\d+) rows"_s);
            const auto m = got.match(json.err);
            QVERIFY2(m.hasMatch(), qPrintable(json.err));
            const int rows = m.captured(1).toInt();
            QCOMPARE(m.captured(2).toInt(), rows + 5);
            QVERIFY(json.out.startsWith(u"["_s));
            QCOMPARE(json.out.count(u"\"ObjectId\""_s), rows);
            QVERIFY2(
                csv.err.contains(u"incomplete output: got %1 of %2 rows"_s.arg(rows).arg(rows + 5)),
                qPrintable(csv.err));
            QCOMPARE(csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), rows + 1);
        }
    }

    void listQueries()
    {
        const QJsonArray sales =
            jsonArray(handlerctl({u"list"_s, u"--all"_s, u"--query"_s,
                                  u"DisplayName startswith S"_s, u"--output"_s, u"json"_s}));
        QVERIFY(!sales.isEmpty());
        for (const QJsonValue &row : sales)
            QVERIFY(row.toObject()
                        .value(u"DisplayName"_s)
                        .toString()
                        .startsWith(u"S"_s, Qt::CaseInsensitive));
        const QString tenant = firstId({u"tenants"_s});
        QVERIFY(!tenant.isEmpty());
        const QJsonArray ofTenant = jsonArray(
            handlerctl({u"list"_s, u"--all"_s, u"--tenant"_s, tenant, u"--output"_s, u"json"_s}));
        QVERIFY(!ofTenant.isEmpty());
        for (const QJsonValue &row : ofTenant)
            QCOMPARE(row.toObject().value(u"TenantObjectId"_s).toString(), tenant);
        // A system-handler query combined with a filter (compound query).
        const Run compound =
            handlerctl({u"list"_s, u"--tenant"_s, tenant, u"--output"_s, u"json"_s});
        QVERIFY2(compound.code == 0, qPrintable(compound.err));
        for (const QJsonValue &row : jsonArray(compound)) {
            QCOMPARE(row.toObject().value(u"TenantObjectId"_s).toString(), tenant);
            QCOMPARE(row.toObject().value(u"IsPrimary"_s).toString(), u"false"_s);
        }
    }

    void lookups_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("field");
        for (const QString &wire : {u"json"_s, u"xml"_s}) {
            const QList<std::pair<const char *, QString>> commands = {
                {"languages", u"LanguageCode"_s}, {"timezones", u"TimeZoneId"_s},
                {"tenants", u"SmtpDomain"_s},     {"schedule-sets", u"DisplayName"_s},
                {"templates", u"DisplayName"_s},  {"users", u"Alias"_s},
                {"lists", u"DisplayName"_s}};
            for (const auto &[command, field] : commands) {
                QTest::addRow("%s %s", command, qPrintable(wire))
                    << wire << QString::fromLatin1(command) << field;
            }
        }
    }
    void lookups()
    {
        QFETCH(QString, wire);
        QFETCH(QString, command);
        QFETCH(QString, field);
        m_wire = wire;
        const Run json = handlerctl({command, u"--output"_s, u"json"_s});
        QCOMPARE(json.code, 0);
        const QJsonArray rows = jsonArray(json);
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows)
            QVERIFY2(!row.toObject().value(field).toString().isEmpty(), qPrintable(command));
        const Run table = handlerctl({command});
        QCOMPARE(table.code, 0);
        QCOMPARE(table.out.count(u'\n'), rows.size() + 1);
    }

    void showBothWires_data() { addWireRows(); }
    void showBothWires()
    {
        QFETCH(QString, wire);
        m_wire = wire;
        const QJsonArray rows = jsonArray(handlerctl({u"list"_s, u"--output"_s, u"json"_s}));
        QVERIFY(!rows.isEmpty());
        const QJsonObject first = rows.first().toObject();
        const QString id = first.value(u"ObjectId"_s).toString();
        const QJsonObject shown = showJson(id);
        QCOMPARE(shown.value(u"ObjectId"_s).toString(), id);
        QCOMPARE(shown.value(u"DisplayName"_s), first.value(u"DisplayName"_s));
        const Run table = handlerctl({u"show"_s, id});
        QCOMPARE(table.code, 0);
        QVERIFY(QRegularExpression(
                    u"^DisplayName +"_s +
                        QRegularExpression::escape(first.value(u"DisplayName"_s).toString()) +
                        u"$"_s,
                    QRegularExpression::MultilineOption)
                    .match(table.out)
                    .hasMatch());
        const Run missing = handlerctl({u"show"_s, u"no-such-handler"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(u"NOT_FOUND"_s));
    }

    void createSetDelete_data() { addWireRows(); }
    void createSetDelete()
    {
        QFETCH(QString, wire);
        m_wire = wire;
        const QString templ = firstId({u"templates"_s});
        const QString name = u"E2E Handler "_s + wire;
        const QString extension = wire == u"json"_s ? u"79001"_s : u"79002"_s;
        const Run created = handlerctl(
            {u"create"_s, u"--template"_s, templ, u"--name"_s, name, u"--extension"_s, extension});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString id = created.out.trimmed();
        QVERIFY(!id.isEmpty());
        QJsonObject h = showJson(id);
        QCOMPARE(h.value(u"DisplayName"_s).toString(), name);
        QCOMPARE(h.value(u"DtmfAccessId"_s).toString(), extension);

        // Language: a given language, then inherit, then the system default.
        QCOMPARE(handlerctl({u"set"_s, id, u"--language"_s, u"1033"_s, u"--time-zone"_s, u"35"_s,
                             u"--name"_s, name + u" 2"_s})
                     .code,
                 0);
        h = showJson(id);
        QCOMPARE(h.value(u"DisplayName"_s).toString(), name + u" 2"_s);
        QCOMPARE(h.value(u"Language"_s).toString(), u"1033"_s);
        QCOMPARE(h.value(u"UseCallLanguage"_s).toString(), u"false"_s);
        QCOMPARE(h.value(u"UseDefaultLanguage"_s).toString(), u"false"_s);
        QCOMPARE(h.value(u"UseDefaultTimeZone"_s).toString(), u"false"_s);
        QCOMPARE(h.value(u"TimeZone"_s).toString(), u"35"_s);
        QCOMPARE(handlerctl({u"set"_s, id, u"--language"_s, u"inherit"_s}).code, 0);
        QCOMPARE(showJson(id).value(u"UseCallLanguage"_s).toString(), u"true"_s);
        QCOMPARE(handlerctl(
                     {u"set"_s, id, u"--language"_s, u"default"_s, u"--time-zone"_s, u"default"_s})
                     .code,
                 0);
        h = showJson(id);
        QCOMPARE(h.value(u"UseCallLanguage"_s).toString(), u"false"_s);
        QCOMPARE(h.value(u"UseDefaultLanguage"_s).toString(), u"true"_s);
        QCOMPARE(h.value(u"UseDefaultTimeZone"_s).toString(), u"true"_s);

        // Nothing changes: nothing is sent.
        const Run same = handlerctl({u"set"_s, id, u"--language"_s, u"default"_s});
        QCOMPARE(same.code, 0);
        QVERIFY(same.err.contains(u"Nothing to change"_s));

        // Schedule set and recipient (user, then list).
        const QString scheduleSet = firstId({u"schedule-sets"_s});
        const QString user = firstId({u"users"_s});
        const QString list = firstId({u"lists"_s});
        QCOMPARE(handlerctl(
                     {u"set"_s, id, u"--schedule-set"_s, scheduleSet, u"--recipient-user"_s, user})
                     .code,
                 0);
        h = showJson(id);
        QCOMPARE(h.value(u"ScheduleSetObjectId"_s).toString(), scheduleSet);
        QCOMPARE(h.value(u"RecipientSubscriberObjectId"_s).toString(), user);
        QCOMPARE(handlerctl({u"set"_s, id, u"--recipient-list"_s, list}).code, 0);
        h = showJson(id);
        QCOMPARE(h.value(u"RecipientDistributionListObjectId"_s).toString(), list);
        QVERIFY(h.value(u"RecipientSubscriberObjectId"_s).toString().isEmpty());

        // Refused by the field table before sending; refused by the server with its text.
        const Run badExtension = handlerctl({u"set"_s, id, u"--extension"_s, u"12ab"_s});
        QCOMPARE(badExtension.code, 1);
        QVERIFY(!badExtension.err.isEmpty());
        const Run badZone = handlerctl({u"set"_s, id, u"--time-zone"_s, u"99999"_s});
        QCOMPARE(badZone.code, 2);
        QVERIFY2(badZone.err.contains(u"99999"_s), qPrintable(badZone.err));
        QVERIFY(badZone.err.contains(u"DATA_EXCEPTION"_s));
        QCOMPARE(showJson(id).value(u"UseDefaultTimeZone"_s).toString(), u"true"_s);

        // Delete: refused without --yes when stdin is not a terminal, then done.
        const Run unconfirmed = handlerctl({u"delete"_s, id});
        QCOMPARE(unconfirmed.code, 1);
        QVERIFY(unconfirmed.err.contains(u"--yes"_s));
        QCOMPARE(showJson(id).value(u"ObjectId"_s).toString(), id);
        QCOMPARE(handlerctl({u"delete"_s, id, u"--yes"_s}).code, 0);
        QCOMPARE(handlerctl({u"show"_s, id}).code, 2);
    }

    void duplicateNameRejected()
    {
        const QJsonArray rows = jsonArray(handlerctl({u"list"_s, u"--output"_s, u"json"_s}));
        QVERIFY(rows.size() >= 2);
        const QString taken = rows.at(0).toObject().value(u"DisplayName"_s).toString();
        const QString id = rows.at(1).toObject().value(u"ObjectId"_s).toString();
        const Run run = handlerctl({u"set"_s, id, u"--name"_s, taken});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"DisplayName"_s, Qt::CaseInsensitive), qPrintable(run.err));
    }

    void undeletableRefused()
    {
        QString id;
        for (const QJsonValue &row : jsonArray(handlerctl({u"list"_s, u"--output"_s, u"json"_s}))) {
            if (row.toObject().value(u"Undeletable"_s).toString() == u"true"_s) {
                id = row.toObject().value(u"ObjectId"_s).toString();
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const Run run = handlerctl({u"delete"_s, id, u"--yes"_s});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"undeletable"_s));
        QCOMPARE(showJson(id).value(u"ObjectId"_s).toString(), id);
    }

    void tenantAdministratorView()
    {
        QString account;
        for (auto it = m_sim.passwords.cbegin(); it != m_sim.passwords.cend(); ++it) {
            if (it.key().contains(u'@'))
                account = it.key();
        }
        QVERIFY(!account.isEmpty());
        const QJsonArray tenants =
            jsonArray(handlerctl({u"tenants"_s, u"--output"_s, u"json"_s}, account));
        QCOMPARE(tenants.size(), 1);
        const QString tenant = tenants.first().toObject().value(u"ObjectId"_s).toString();
        const QJsonArray mine =
            jsonArray(handlerctl({u"list"_s, u"--all"_s, u"--output"_s, u"json"_s}, account));
        QVERIFY(!mine.isEmpty());
        for (const QJsonValue &row : mine)
            QCOMPARE(row.toObject().value(u"TenantObjectId"_s).toString(), tenant);
        const QJsonArray everything =
            jsonArray(handlerctl({u"list"_s, u"--all"_s, u"--output"_s, u"json"_s}));
        QVERIFY(everything.size() > mine.size());
    }

    void certificateTrust()
    {
        const Run untrusted = handlerctl({u"list"_s}, u"admin"_s, {}, false);
        QCOMPARE(untrusted.code, 3);
        QVERIFY(untrusted.err.contains(m_sim.fingerprint));
        QVERIFY(untrusted.err.contains(u"--trust-fingerprint"_s));
        QVERIFY(untrusted.out.isEmpty());
        QCOMPARE(handlerctl({u"list"_s}).code, 0);
        const QString otherPin =
            QString(m_sim.fingerprint).replace(0, 2, u"00"_s) == m_sim.fingerprint
                ? QString(m_sim.fingerprint).replace(0, 2, u"11"_s)
                : QString(m_sim.fingerprint).replace(0, 2, u"00"_s);
        const Run changed =
            handlerctl({u"--trust-fingerprint"_s, otherPin, u"list"_s}, u"admin"_s, {}, false);
        QCOMPARE(changed.code, 3);
        QVERIFY(changed.err.contains(u"CHANGED"_s));
    }

    void authenticationAndNetwork()
    {
        const Run wrong = handlerctl({u"list"_s}, u"admin"_s, u"not-the-password"_s);
        QCOMPARE(wrong.code, 4);
        QVERIFY(!wrong.err.contains(u"not-the-password"_s));
        const Run viaStdin =
            handlerctl({u"--password-stdin"_s, u"tenants"_s}, u"admin"_s, u""_s, true, {},
                       m_sim.passwords.value(u"admin"_s).toUtf8() + "\n");
        QCOMPARE(viaStdin.code, 0);
        // Issue 11: an empty password is refused before anything is sent (nothing listens at
        // `closed`: trying would exit with 5).
        const QString closed = u"https://127.0.0.1:1"_s;
        for (const QByteArray &empty : {QByteArray(), QByteArray("\n")}) {
            const Run refused = handlerctl({u"--password-stdin"_s, u"tenants"_s}, u"admin"_s, u""_s,
                                           true, closed, empty);
            QCOMPARE(refused.code, 1);
            QVERIFY2(refused.err.contains(u"empty"_s), qPrintable(refused.err));
        }
        // Nothing listens there.
        QCOMPARE(handlerctl({u"list"_s}, u"admin"_s, {}, true, closed).code, 5);
        // Plain http only to loopback.
        QCOMPARE(handlerctl({u"list"_s}, u"admin"_s, {}, true, u"http://example.com"_s).code, 1);
    }

    // Issue 13: global options are accepted after the command too (--help there stays the
    // command's); "--" ends the options.
    void globalOptionsAnywhere()
    {
        const QHash<QString, QString> env{
            {u"HANDLERDESK_PASSWORD"_s, m_sim.passwords.value(u"admin"_s)}};
        const Run after = handlerctlRaw({u"list"_s, u"--output"_s, u"json"_s, u"--server"_s,
                                         m_sim.url, u"--user=admin"_s, u"--trust-fingerprint"_s,
                                         m_sim.fingerprint, u"--page-size"_s, u"50"_s},
                                        env);
        QCOMPARE(after.code, 0);
        QVERIFY(!jsonArray(after).isEmpty());
        const Run mixed = handlerctlRaw({u"--server"_s, m_sim.url, u"templates"_s, u"--user"_s,
                                         u"admin"_s, u"--trust-fingerprint"_s, m_sim.fingerprint},
                                        env);
        QCOMPARE(mixed.code, 0);
        const Run help = handlerctlRaw({u"list"_s, u"--server"_s, m_sim.url, u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.startsWith(u"Usage: handlerctl [global options] list"_s));
        // A global option after "--" is an argument, not an option.
        QCOMPARE(handlerctlRaw({u"show"_s, u"--"_s, u"--server"_s}, env).code, 1);
    }

    // Issue 13: --profile NAME reads the GUI's saved profiles (server, user, wire, pin);
    // HANDLERDESK_SERVER/_USER; an option wins over the environment, the environment over the
    // profile; `profiles` lists them, aligned by display width (CJK takes two columns).
    void profilesAndEnvironment()
    {
        QTemporaryDir config;
        QVERIFY(QDir(config.path()).mkpath(u"HandlerDesk"_s));
        QFile conf(config.filePath(u"HandlerDesk/handlerdesk.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("[profiles]\n1\\name=Lab 東京\n1\\url=%1\n1\\user=admin\n"
                                  "1\\wire=xml\n1\\pinnedSha256=%2\n"
                                  "2\\name=Plain\n2\\url=https://cuc.example.com\n"
                                  "2\\user=someone\n2\\wire=json\nsize=2\n")
                       .arg(m_sim.url, m_sim.fingerprint)
                       .toUtf8());
        conf.close();
        QHash<QString, QString> env{{u"XDG_CONFIG_HOME"_s, config.path()},
                                    {u"HANDLERDESK_PASSWORD"_s, m_sim.passwords.value(u"admin"_s)},
                                    {u"HANDLERDESK_SERVER"_s, QString()},
                                    {u"HANDLERDESK_USER"_s, QString()}};

        const Run table = handlerctlRaw({u"profiles"_s}, env);
        QCOMPARE(table.code, 0);
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        // "Lab 東京" is 8 columns wide but 6 characters: the SERVER column starts at the same
        // terminal column on every line.
        const auto serverColumn = [](const QString &line, const QString &start) {
            return HandlerDesk::Core::displayWidth(QStringView(line).left(line.indexOf(start)));
        };
        QCOMPARE(serverColumn(lines.at(1), u"https://"_s), serverColumn(lines.at(0), u"SERVER"_s));
        QCOMPARE(serverColumn(lines.at(2), u"https://"_s), serverColumn(lines.at(0), u"SERVER"_s));
        const Run csv = handlerctlRaw({u"profiles"_s, u"--output"_s, u"csv"_s}, env);
        QVERIFY(csv.out.startsWith(u"Name,Server,User,Wire,PinnedSha256\r\nLab 東京,"_s));

        // The profile's server, user, wire and pinned certificate.
        const Run viaProfile = handlerctlRaw(
            {u"--profile"_s, u"Lab 東京"_s, u"templates"_s, u"--output"_s, u"json"_s}, env);
        QCOMPARE(viaProfile.code, 0);
        QVERIFY(!jsonArray(viaProfile).isEmpty());
        QCOMPARE(handlerctlRaw({u"--profile"_s, u"Nope"_s, u"list"_s}, env).code, 1);
        // The environment over the profile: its user is refused (wrong password → 4).
        env.insert(u"HANDLERDESK_USER"_s, u"acme-admin@acme.example.com"_s);
        QCOMPARE(handlerctlRaw({u"--profile"_s, u"Lab 東京"_s, u"templates"_s}, env).code, 4);
        // The option over the environment.
        QCOMPARE(handlerctlRaw(
                     {u"--profile"_s, u"Lab 東京"_s, u"--user"_s, u"admin"_s, u"templates"_s}, env)
                     .code,
                 0);
        // The environment alone (a server not the profile's: no pin, so --trust-fingerprint).
        env.insert(u"HANDLERDESK_SERVER"_s, m_sim.url);
        env.insert(u"HANDLERDESK_USER"_s, u"admin"_s);
        QCOMPARE(
            handlerctlRaw({u"templates"_s, u"--trust-fingerprint"_s, m_sim.fingerprint}, env).code,
            0);
    }

    // Issue 13: every command that prints objects takes csv; the same columns first.
    void csvEverywhere()
    {
        const QString id = firstId({u"list"_s});
        QVERIFY(!id.isEmpty());
        const Run show = handlerctl({u"show"_s, id, u"--output"_s, u"csv"_s});
        QCOMPARE(show.code, 0);
        QVERIFY2(show.out.startsWith(u"DisplayName,DtmfAccessId,ObjectId,"_s),
                 qPrintable(show.out.left(80)));
        QCOMPARE(show.out.count(u"\r\n"_s), 2);
        const Run templates = handlerctl({u"templates"_s, u"--output"_s, u"csv"_s});
        QVERIFY(templates.out.startsWith(u"DisplayName,ObjectId,TenantObjectId"_s));
        const Run users = handlerctl({u"users"_s});
        QVERIFY(users.out.startsWith(u"NAME "_s));
    }

    // Issue 13: a failed write ends every command with 6, not only the lists.
    void fullDiskForEveryCommand()
    {
        const QString id = firstId({u"list"_s});
        const QHash<QString, QString> env{
            {u"HANDLERDESK_PASSWORD"_s, m_sim.passwords.value(u"admin"_s)}};
        const QStringList server{
            u"--server"_s,    m_sim.url, u"--user"_s, u"admin"_s, u"--trust-fingerprint"_s,
            m_sim.fingerprint};
        for (const QStringList &command :
             {QStringList{u"show"_s, id}, QStringList{u"show"_s, id, u"--output"_s, u"json"_s},
              QStringList{u"--version"_s}, QStringList{u"--help"_s}}) {
            const Run full = handlerctlRaw(server + command, env, u"/dev/full"_s);
            QVERIFY2(full.code == 6, qPrintable(command.join(u' ')));
            QVERIFY(full.err.contains(u"could not write the output"_s));
        }
    }

    // Issue 13: with no Secret Service (no session bus) and no terminal, a clear message and 4.
    void noKeychainIsSaid()
    {
        QTemporaryDir runtime;
        const Run run =
            handlerctlRaw({u"--server"_s, m_sim.url, u"--user"_s, u"admin"_s, u"list"_s},
                          {{u"HANDLERDESK_PASSWORD"_s, QString()},
                           {u"DBUS_SESSION_BUS_ADDRESS"_s, QString()},
                           {u"XDG_RUNTIME_DIR"_s, runtime.path()}});
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(u"No desktop keychain is available"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"Unknown error"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"run on a terminal to be asked"_s));
    }

    // Issue 13: bash completion from the command table, as installed.
    void bashCompletion()
    {
        const QString bash = QStandardPaths::findExecutable(u"bash"_s);
        if (bash.isEmpty())
            QSKIP("no bash");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HANDLERCTL"_s, qEnvironmentVariable("HANDLERCTL_BIN"));
        p.setProcessEnvironment(env);
        p.start(bash, {u"-c"_s, u"source <(\"$HANDLERCTL\" completion bash) || exit 9\n"
                                u"complete -p handlerctl\n"
                                u"complete_at() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1));"
                                u" COMPREPLY=(); _handlerctl; echo \"${COMPREPLY[*]}\"; }\n"
                                u"complete_at handlerctl li\n"
                                u"complete_at handlerctl list --output ''\n"
                                u"complete_at handlerctl --server x list --a\n"
                                u"complete_at handlerctl flow --format ''\n"
                                u"complete_at handlerctl --wi\n"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), u"complete -F _handlerctl handlerctl"_s);
        QVERIFY2(lines.at(1).split(u' ').contains(u"list"_s), qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), u"table csv json"_s);
        QCOMPARE(lines.at(3), u"--all"_s);
        QCOMPARE(lines.at(4), u"tree dot svg"_s);
        QCOMPARE(lines.at(5), u"--wire"_s);
        // The zsh script names every command.
        const Run zsh = handlerctlRaw({u"completion"_s, u"zsh"_s});
        QVERIFY(zsh.out.startsWith(u"#compdef handlerctl\n"_s));
        QVERIFY(zsh.out.contains(u"'list:"_s) && zsh.out.contains(u"(table csv json)"_s));
        QCOMPARE(handlerctlRaw({u"completion"_s, u"fish"_s}).code, 1);
    }

    // Issue 11: --password-stdin at a terminal (a pseudo-terminal from script(1)) prompts on
    // stderr, does not echo what is typed, and leaves echo on afterwards. Issue 13: so does a
    // terminal without --password-stdin when no other source has the password (no keychain).
    void passwordPromptAtTerminal_data()
    {
        QTest::addColumn<bool>("passwordStdin");
        QTest::newRow("--password-stdin") << true;
        QTest::newRow("no source but the terminal") << false;
    }
    void passwordPromptAtTerminal()
    {
        QFETCH(bool, passwordStdin);
        const QString script = QStandardPaths::findExecutable(u"script"_s);
        if (script.isEmpty())
            QSKIP("script(1) (util-linux) is not installed");
        const QString password = m_sim.passwords.value(u"admin"_s);
        QStringList args{qEnvironmentVariable("HANDLERCTL_BIN"),
                         u"--server"_s,
                         m_sim.url,
                         u"--user"_s,
                         u"admin"_s,
                         u"--trust-fingerprint"_s,
                         m_sim.fingerprint,
                         u"tenants"_s};
        if (passwordStdin)
            args.insert(7, u"--password-stdin"_s);
        QStringList quoted;
        for (const QString &arg : args)
            quoted << u"'"_s + arg + u"'"_s;
        QTemporaryDir runtime; // no session bus: no keychain
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"HANDLERDESK_PASSWORD"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        p.setProcessEnvironment(env);
        p.start(script, {u"-qfec"_s, quoted.join(u' ') + u"; stty -a"_s, u"/dev/null"_s});
        QString seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += QString::fromUtf8(p.readAllStandardOutput()),
                                  seen.contains(u"Password for admin@"_s)),
                                 20000);
        p.write(password.toUtf8() + "\n");
        QVERIFY(p.waitForFinished(60000));
        seen += QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(seen.contains(u"Acme"_s), qPrintable(seen));
        QVERIFY2(!seen.contains(password + u"\r"_s) && !seen.contains(password + u"\n"_s),
                 qPrintable(seen));
        QVERIFY2(QRegularExpression(u"[ ;]echo[ ;]"_s).match(seen).hasMatch(), qPrintable(seen));
    }

    // Issue 8: a wrong password is tried once — real servers lock an account after 7 failures —
    // whatever the command (paging, a read before a write); exit code 4.
    // Issue 11: what a server says reaches the terminal without control characters (no escape
    // sequence, no CR forging a line) — in an error message, a `list` table and `show`.
    void hostileServerTextIsCleaned()
    {
        const QJsonArray rows = jsonArray(handlerctl({u"list"_s, u"--output"_s, u"json"_s}));
        QVERIFY(rows.size() >= 2);
        const QJsonObject row = rows.at(1).toObject();
        const QString id = row.value(u"ObjectId"_s).toString();
        const QString original = row.value(u"DisplayName"_s).toString();
        const QString hostile = u"Evil\x1b[2J\x1b]0;owned\x07\rhandlerctl: all good"_s;
        // handlerctl refuses such a name, so it is set as another client could.
        QCOMPARE(rawPut(id, QJsonObject{{u"DisplayName"_s, hostile}}), 204);
        const QString shown = u"Evil\uFFFD[2J\uFFFD]0;owned\uFFFD\uFFFDhandlerctl: all good"_s;
        const Run table = handlerctl({u"list"_s});
        const Run show = handlerctl({u"show"_s, id});
        // The server echoes the unknown id in its message.
        const Run missing = handlerctl({u"show"_s, u"x\x1b[2J\ry"_s});
        const Run json = handlerctl({u"show"_s, id, u"--output"_s, u"json"_s});
        QCOMPARE(handlerctl({u"set"_s, id, u"--name"_s, original}).code, 0);
        QCOMPARE(table.code, 0);
        QCOMPARE(show.code, 0);
        for (const QString &text : {table.out, show.out, missing.err}) {
            QVERIFY2(!text.contains(u'\x1b') && !text.contains(u'\r') && !text.contains(u'\x07'),
                     qPrintable(text));
        }
        QVERIFY2(table.out.contains(shown), qPrintable(table.out));
        QVERIFY2(show.out.contains(u"DisplayName"_s) && show.out.contains(shown),
                 qPrintable(show.out));
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(u"x\uFFFD[2J\uFFFDy"_s), qPrintable(missing.err));
        // Machine formats keep the exact text.
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"DisplayName"_s),
                 hostile);
    }

    void wrongPasswordTriedOnce_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("list --all") << QStringList{u"list"_s, u"--all"_s};
        QTest::newRow("set") << QStringList{u"set"_s, u"some-id"_s, u"--name"_s, u"x"_s};
        QTest::newRow("templates") << QStringList{u"templates"_s};
    }
    void wrongPasswordTriedOnce()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString record = dir.filePath(u"requests.jsonl"_s);
        Sim recorded;
        QVERIFY(recorded.start({u"--handlers"_s, u"120"_s, u"--max-rows-per-page"_s, u"10"_s,
                                u"--record-requests"_s, record}));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HANDLERDESK_PASSWORD"_s, u"not-the-password"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("HANDLERCTL_BIN"),
                QStringList{u"--server"_s, recorded.url, u"--user"_s, u"admin"_s,
                            u"--trust-fingerprint"_s, recorded.fingerprint} +
                    command);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 4);
        QFile file(record);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject request = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(request.value(u"status"_s).toInt(), 401);
        QVERIFY(request.value(u"basic"_s).toBool());
    }

    void strictSessionsOneLogin()
    {
        // A server that answers 503 to repeated Basic logins: paging rides on the session.
        Sim strict;
        QVERIFY(strict.start({u"--handlers"_s, u"120"_s, u"--max-rows-per-page"_s, u"10"_s,
                              u"--strict-sessions"_s}));
        const Run run = runOn(
            strict, {u"--page-size"_s, u"10"_s, u"list"_s, u"--all"_s, u"--output"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY2(rows.size() > 50, qPrintable(QString::number(rows.size()))); // > 5 pages
    }
};

QTEST_GUILESS_MAIN(TestHandlerctl)
#include "tst_handlerctl.moc"
