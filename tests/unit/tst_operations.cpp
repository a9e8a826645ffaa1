// SPDX-License-Identifier: GPL-3.0-or-later
// What both front ends take from core instead of doing it themselves: the server address, the
// wire-format names, the call-handler list query, a person's query clause, the password source
// and the checks of a new handler's name and extension (no network).
#include "core/codec.h"
#include "core/cupiclient.h"
#include "core/fieldtable.h"
#include "core/models/handleractions.h"
#include "core/operations/handlerquery.h"
#include "core/operations/passwordsource.h"
#include "core/operations/serverurl.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<QString>("why");      // a word of the refusal
        QTest::newRow("bare host is https")
            << u"cuc.example.com"_s << u"https://cuc.example.com"_s << QString();
        QTest::newRow("host and port")
            << u"cuc.example.com:8443"_s << u"https://cuc.example.com:8443"_s << QString();
        QTest::newRow("spaces, case, trailing slash")
            << u"  HTTPS://CUC.Example.com/ "_s << u"https://cuc.example.com"_s << QString();
        QTest::newRow("the /vmrest the client adds")
            << u"https://cuc.example.com/vmrest/"_s << u"https://cuc.example.com"_s << QString();
        QTest::newRow("a path prefix stays") << u"https://proxy.example.com/cuc/"_s
                                             << u"https://proxy.example.com/cuc"_s << QString();
        QTest::newRow("query and fragment go")
            << u"https://cuc.example.com/?a=b#c"_s << u"https://cuc.example.com"_s << QString();
        QTest::newRow("localhost with port")
            << u"localhost:8443"_s << u"https://localhost:8443"_s << QString();
        QTest::newRow("IPv6 loopback") << u"[::1]:8443"_s << u"https://[::1]:8443"_s << QString();
        QTest::newRow("http to loopback")
            << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s << QString();
        QTest::newRow("http elsewhere") << u"http://cuc.example.com"_s << QString() << u"http://"_s;
        QTest::newRow("other scheme") << u"ftp://cuc.example.com"_s << QString() << u"https://"_s;
        QTest::newRow("empty") << u"  "_s << QString() << u"address"_s;
        QTest::newRow("no host") << u"https://"_s << QString() << u"valid"_s;
        QTest::newRow("credentials")
            << u"https://admin:secret@cuc.example.com"_s << QString() << u"password"_s;
    }
    void serverUrl()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, why);
        QString error = u"stale"_s;
        const QUrl url = parseServerUrl(text, &error);
        QCOMPARE(url.toString(), expected);
        if (expected.isEmpty()) {
            QVERIFY2(error.contains(why, Qt::CaseInsensitive), qPrintable(error));
            QVERIFY(!error.contains(u"secret"_s));
        } else {
            QCOMPARE(error, QString());
        }
    }

    // The dialog's form of the same rule: normalised, never refused (the connect says why).
    void normalizedKeepsWhatParseRefuses()
    {
        QCOMPARE(normalizedServerUrl(u"http://cuc.example.com/"_s).toString(),
                 u"http://cuc.example.com"_s);
        QCOMPARE(normalizedServerUrl(u"cuc.example.com"_s).toString(),
                 u"https://cuc.example.com"_s);
        QCOMPARE(normalizedServerUrl(u"https://admin:secret@cuc"_s).toString(), u"https://cuc"_s);
        QVERIFY(normalizedServerUrl(QString()).isEmpty());
    }

    void wireFormats()
    {
        QCOMPARE(parseWireFormat(u"json"), WireFormat::Json);
        QCOMPARE(parseWireFormat(u" XML "), WireFormat::Xml);
        QCOMPARE(parseWireFormat(u"yaml"), std::nullopt);
        QCOMPARE(parseWireFormat(u""), std::nullopt);
        for (const WireFormat format : {WireFormat::Json, WireFormat::Xml})
            QCOMPARE(parseWireFormat(wireFormatName(format)), format);
        QCOMPARE(wireFormatName(WireFormat::Xml), u"xml"_s);
    }

    void handlerListQuery_data()
    {
        QTest::addColumn<bool>("includePrimary");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system handlers")
            << false << QString() << QString() << u"(IsPrimary is 0)"_s;
        QTest::newRow("everything") << true << QString() << QString() << QString();
        QTest::newRow("a tenant's system handlers")
            << false << u"t-1"_s << QString() << u"(IsPrimary is 0 & TenantObjectId is t-1)"_s;
        QTest::newRow("all of a tenant, with a clause")
            << true << u"t-1"_s << u"(DisplayName startswith S)"_s
            << u"(TenantObjectId is t-1 & DisplayName startswith S)"_s;
        QTest::newRow("a clause only")
            << true << QString() << u"(DtmfAccessId is 7)"_s << u"(DtmfAccessId is 7)"_s;
    }
    void handlerListQuery()
    {
        QFETCH(bool, includePrimary);
        QFETCH(QString, tenant);
        QFETCH(QString, clause);
        QFETCH(QString, expected);
        const HandlerListFilter filter{includePrimary, tenant, clause};
        QCOMPARE(HandlerDesk::Core::handlerListQuery(filter), expected);
        const ListRequest request = handlerListRequest(filter);
        QCOMPARE(request.query, expected);
        QCOMPARE(request.resource, u"handlers/callhandlers"_s);
        QCOMPARE(request.itemName, u"Callhandler"_s);
    }

    void queryClause_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // null: refused
        QTest::newRow("startswith")
            << u"DisplayName startswith Sales"_s << u"(DisplayName startswith Sales)"_s;
        QTest::newRow("parentheses, case")
            << u" (DtmfAccessId IS 71000) "_s << u"(DtmfAccessId is 71000)"_s;
        QTest::newRow("value with spaces")
            << u"DisplayName is Sales Main Menu"_s << u"(DisplayName is Sales Main Menu)"_s;
        QTest::newRow("unknown operator") << u"DisplayName contains x"_s << QString();
        QTest::newRow("no value") << u"DisplayName is "_s << QString();
        QTest::newRow("no field") << u"is x"_s << QString();
    }
    void queryClause()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::optional<QString> clause = parseQueryClause(text);
        QCOMPARE(clause.has_value(), !expected.isNull());
        if (clause)
            QCOMPARE(*clause, expected);
    }

    void passwordSourceOrder()
    {
        const QByteArray saved = qgetenv("HANDLERDESK_PASSWORD");
        qunsetenv("HANDLERDESK_PASSWORD");
        QCOMPARE(PasswordSource::choose(false), PasswordSource::Source::Keychain);
        qputenv("HANDLERDESK_PASSWORD", "");
        QCOMPARE(PasswordSource::choose(false), PasswordSource::Source::Keychain);
        qputenv("HANDLERDESK_PASSWORD", "from-env");
        QCOMPARE(PasswordSource::choose(false), PasswordSource::Source::Environment);
        QCOMPARE(PasswordSource::fromEnvironment(), u"from-env"_s);
        QCOMPARE(PasswordSource::choose(true), PasswordSource::Source::StandardInput);

        QObject context;
        SecretResult result;
        bool answered = false;
        PasswordSource::read(PasswordSource::Source::Environment, u"k"_s, nullptr, &context,
                             [&](const SecretResult &r) {
                                 result = r;
                                 answered = true;
                             });
        QVERIFY(!answered); // never synchronously
        QTRY_VERIFY(answered);
        QVERIFY(result.ok() && result.found);
        QCOMPARE(result.password, u"from-env"_s);
        if (saved.isNull())
            qunsetenv("HANDLERDESK_PASSWORD");
        else
            qputenv("HANDLERDESK_PASSWORD", saved);
    }

    void passwordFromKeychain()
    {
        ConnectionSettings settings;
        settings.serverUrl = QUrl(u"https://cuc.example.com"_s);
        settings.user = u"admin"_s;
        QCOMPARE(PasswordSource::keychainKey(settings), u"admin@cuc.example.com:443"_s);
        settings.serverUrl.setPort(8443);
        const QString key = PasswordSource::keychainKey(settings);
        QCOMPARE(key, u"admin@cuc.example.com:8443"_s);

        MemorySecretStore keychain;
        QSignalSpy written(&keychain, &SecretStore::finished);
        keychain.writePassword(key, u"remembered"_s);
        QVERIFY(written.wait(5000));
        QObject context;
        SecretResult result;
        PasswordSource::read(PasswordSource::Source::Keychain, key, &keychain, &context,
                             [&](const SecretResult &r) { result = r; });
        QTRY_VERIFY(result.found);
        QCOMPARE(result.password, u"remembered"_s);
        PasswordSource::read(PasswordSource::Source::Keychain, u"nobody@x:443"_s, &keychain,
                             &context, [&](const SecretResult &r) { result = r; });
        QTRY_VERIFY(!result.found);
        QVERIFY(result.ok()); // not found is not an error
    }

    void newHandlerChecks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::newRow("name and extension") << u"Sales"_s << u"71000*#"_s << QString();
        QTest::newRow("no extension") << u"Sales"_s << QString() << QString();
        QTest::newRow("blank name") << u"   "_s << u"71000"_s << u"DisplayName"_s;
        QTest::newRow("long name") << QString(65, u'x') << QString() << u"DisplayName"_s;
        QTest::newRow("letters in extension") << u"Sales"_s << u"12ab"_s << u"DtmfAccessId"_s;
    }
    void newHandlerChecks()
    {
        QFETCH(QString, name);
        QFETCH(QString, extension);
        QFETCH(QString, field);
        const QList<FieldIssue> issues = HandlerActions::checkNewHandler(name, extension);
        QCOMPARE(issues.isEmpty(), field.isEmpty());
        if (!issues.isEmpty()) {
            QCOMPARE(issues.constFirst().field, field);
            QVERIFY(!issues.constFirst().message.isEmpty());
        }
        if (name.size() > 64)
            QVERIFY2(issues.constFirst().message.contains(u"64"_s),
                     qPrintable(issues.constFirst().message));
    }

    // Refused before anything is sent, with the field table's words, never synchronously.
    void createRefusesWhatTheTableRefuses()
    {
        ConnectionSettings settings;
        settings.serverUrl = QUrl(u"https://127.0.0.1:1"_s); // nothing may be sent there
        settings.user = u"admin"_s;
        QNetworkAccessManager nam;
        CupiClient client(settings, &nam);
        HandlerActions actions(&client);
        QSignalSpy failed(&actions, &HandlerActions::createFailed);
        actions.createHandler(u"template"_s, u"Sales"_s, u"12ab"_s);
        QCOMPARE(client.inFlight(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(failed.wait(5000));
        const auto error = failed.constFirst().at(0).value<CupiError>();
        QCOMPARE(error.kind(), CupiError::Kind::Usage);
        QCOMPARE(error.message(),
                 HandlerActions::checkNewHandler(u"Sales"_s, u"12ab"_s).constFirst().message);
        QCOMPARE(failed.constFirst().at(1).toString(), QString()); // nothing was created
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
