// SPDX-License-Identifier: GPL-3.0-or-later
// The CUPI client against servers that behave as real ones do (issue 8): a 201's Location is
// never read (10.x servers double its path), the session cookie is kept (three Basic sign-ins a
// second get 503), and the account is found by its full sign-in name alias@smtpdomain, still on
// servers that store the short alias. Against cupi-sim, and an in-process server for what
// cupi-sim does not do.
#include "tst_client_server.h"
#include "tst_models_sim.h"

#include "core/models/connection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using Answer = FakeCupiServer::Answer;
using Seen = FakeCupiServer::Seen;

class TestClientRealServer : public QObject
{
    Q_OBJECT

private:
    CupiSim m_sim;
    QNetworkAccessManager m_nam;

    // An in-process server whose users are `users` (Alias, TenantObjectId), queried by alias.
    static Answer fakeServer(const Seen &s, const QList<QPair<QString, QString>> &users)
    {
        QJsonObject reply{{u"@total"_s, u"0"_s}};
        if (s.path == u"/vmrest/version"_s) {
            reply = {{u"name"_s, u"vmrest"_s}, {u"version"_s, u"14.0.1"_s}};
        } else if (s.path == u"/vmrest/users"_s) {
            const QString query = s.query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
            for (const auto &[alias, tenant] : users) {
                if (query.compare(u"(Alias is "_s + alias + u')', Qt::CaseInsensitive) != 0)
                    continue;
                reply = {{u"@total"_s, u"1"_s},
                         {u"User"_s, QJsonObject{{u"ObjectId"_s, u"u-"_s + alias},
                                                 {u"Alias"_s, alias},
                                                 {u"DisplayName"_s, u"Admin"_s},
                                                 {u"TenantObjectId"_s, tenant}}}};
            }
        }
        Answer a;
        a.body = QJsonDocument(reply).toJson(QJsonDocument::Compact);
        return a;
    }

    std::unique_ptr<Connection> openFake(FakeCupiServer &server, const QString &login)
    {
        ConnectionSettings settings;
        settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.start()));
        settings.user = login;
        auto connection = std::make_unique<Connection>(settings, &m_nam);
        connection->setPasswordProvider([] { return u"tenant"_s; });
        QSignalSpy opened(connection.get(), &Connection::opened);
        connection->open();
        if (!opened.wait(10000))
            return nullptr;
        return connection;
    }

    static QStringList userQueries(const FakeCupiServer &server)
    {
        QStringList out;
        for (const Seen &s : server.seen) {
            if (s.path == u"/vmrest/users"_s)
                out.append(s.query.queryItemValue(u"query"_s, QUrl::FullyDecoded));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CupiError>();
        // Strict sessions are cupi-sim's default, as on 10.x servers.
        QVERIFY(m_sim.start({u"--handlers"_s, u"120"_s, u"--tenants"_s, u"2"_s}));
    }

    // The created object's URI comes from the body; cupi-sim doubles the Location's path.
    void createdUriFromTheBody_data() { addWireData(); }
    void createdUriFromTheBody()
    {
        QFETCH(WireFormat, wire);
        auto client = m_sim.makeClient(&m_nam, wire, m_sim.admin());
        const QList<CupiObject> templates = fetchList(
            client.get(), Resources::templates(), QString(Resources::Item::CallHandlerTemplate),
            Resources::queryIs(u"DisplayName"_s, u"System Call Handler Template"_s));
        QCOMPARE(templates.size(), 1);
        CupiObject body;
        body.set(u"DisplayName"_s, u"Created by the client %1"_s.arg(int(wire)));
        std::unique_ptr<WriteJob> job(
            client->post(Resources::createCallHandler(templates.constFirst().objectId()), body,
                         QString(Resources::Root::CallHandler)));
        QVERIFY(waitFor(job.get()));
        QVERIFY2(job->ok(), qPrintable(job->error().message()));
        QCOMPARE(job->httpStatus(), 201);
        QCOMPARE(job->createdUri(), u"/vmrest/handlers/callhandlers/"_s + job->createdId());
        const CupiObject created = fetch(client.get(), Resources::callHandler(job->createdId()));
        QCOMPARE(created.displayName(), body.displayName());
    }

    // A 201 whose body is no URI: the client does not fall back on Location.
    void locationIsNeverRead()
    {
        FakeCupiServer server;
        server.handler = [](const Seen &) {
            Answer a;
            a.status = 201;
            a.contentType = "application/xml";
            a.header("Location", "http://127.0.0.1/vmrest/handlers/callhandlers/vmrest/handlers/"
                                 "callhandlers/new-id");
            return a;
        };
        ConnectionSettings settings;
        settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.start()));
        settings.user = u"admin"_s;
        CupiClient client(settings, &m_nam);
        client.setPasswordProvider([] { return u"admin"_s; });
        CupiObject body;
        body.set(u"DisplayName"_s, u"x"_s);
        std::unique_ptr<WriteJob> job(
            client.post(Resources::createCallHandler(u"t"_s), body, u"Callhandler"_s));
        QVERIFY(waitFor(job.get()));
        QVERIFY(job->ok());
        QCOMPARE(job->createdUri(), QString());
        QCOMPARE(job->createdId(), QString());
    }

    // Many requests at once, no retry on 503: the client signs in once and rides on its cookie.
    void keepsTheSession_data() { addWireData(); }
    void keepsTheSession()
    {
        QFETCH(WireFormat, wire);
        // A simulator of its own: no other client of this login signed in within the second.
        CupiSim sim;
        QVERIFY(sim.start({u"--handlers"_s, u"80"_s, u"--tenants"_s, u"0"_s}));
        ConnectionSettings settings = sim.settings(wire, sim.admin());
        settings.busyRetries = 0;
        CupiClient client(settings, &m_nam);
        client.setPasswordProvider([password = sim.admin().password] { return password; });
        std::vector<std::unique_ptr<CupiJob>> jobs;
        for (int i = 0; i < 12; ++i) {
            ListRequest request;
            request.resource = Resources::callHandlers();
            request.itemName = QString(Resources::Item::CallHandler);
            request.rowsPerPage = 5;
            request.pageNumber = i + 1;
            jobs.emplace_back(client.list(request));
            jobs.back()->setAutoDelete(false);
        }
        for (const auto &job : jobs) {
            QVERIFY(waitFor(job.get()));
            QVERIFY2(job->ok(), qPrintable(job->error().message()));
        }
    }

    // cupi-sim stores a tenant administrator's Alias as its sign-in name, as real servers do.
    void tenantAdministratorByFullAlias()
    {
        const SimAccount account = m_sim.tenantAdmin();
        QVERIFY(account.user.contains(u'@'));
        Connection connection(m_sim.settings(WireFormat::Xml, account), &m_nam);
        connection.setPasswordProvider([password = account.password] { return password; });
        QSignalSpy opened(&connection, &Connection::opened);
        connection.open();
        QVERIFY(opened.wait(30000));
        QVERIFY(connection.isTenantAdministrator());
        auto checker = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
        const CupiObject user = fetch(
            checker.get(), Resources::member(Resources::users(), connection.accountObjectId()));
        QCOMPARE(user.value(u"Alias"), account.user);
        QCOMPARE(user.value(u"TenantObjectId"), connection.tenantId());
    }

    // One query by the full sign-in name when the server stores it so.
    void fullAliasFoundAtOnce()
    {
        FakeCupiServer server;
        server.handler = [](const Seen &s) {
            return fakeServer(
                s, {{u"acme-admin@acme.example.com"_s, u"t1"_s}, {u"acme-admin"_s, u"t2"_s}});
        };
        const auto connection = openFake(server, u"acme-admin@acme.example.com"_s);
        QVERIFY(connection);
        QCOMPARE(connection->tenantId(), u"t1"_s);
        QCOMPARE(userQueries(server), QStringList{u"(Alias is acme-admin@acme.example.com)"_s});
    }

    // A server that stores the short alias: found by the part before '@' after the full name.
    void shortAliasTolerated()
    {
        FakeCupiServer server;
        server.handler = [](const Seen &s) { return fakeServer(s, {{u"acme-admin"_s, u"t1"_s}}); };
        const auto connection = openFake(server, u"acme-admin@acme.example.com"_s);
        QVERIFY(connection);
        QCOMPARE(connection->tenantId(), u"t1"_s);
        QCOMPARE(connection->accountObjectId(), u"u-acme-admin"_s);
        QCOMPARE(userQueries(server), (QStringList{u"(Alias is acme-admin@acme.example.com)"_s,
                                                   u"(Alias is acme-admin)"_s}));
    }
};

QTEST_GUILESS_MAIN(TestClientRealServer)
#include "tst_client_realserver.moc"
