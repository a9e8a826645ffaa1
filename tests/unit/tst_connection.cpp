// SPDX-License-Identifier: GPL-3.0-or-later
// Connection (login check, certificate trust, tenant administrators), the user search, and the
// list as a tenant administrator sees it — against a cupi-sim of our own.
#include "tst_models_sim.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/lookupcache.h"
#include "core/models/usersearchmodel.h"

#include <QAbstractItemModelTester>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestConnection : public QObject
{
    Q_OBJECT

private:
    CupiSim m_sim;
    QNetworkAccessManager m_nam;

    std::unique_ptr<Connection> connectAs(const SimAccount &account, WireFormat wire,
                                          bool pinned = true, const QString &password = {},
                                          QNetworkAccessManager *nam = nullptr)
    {
        auto connection =
            std::make_unique<Connection>(m_sim.settings(wire, account, pinned), nam ? nam : &m_nam);
        const QString pw = password.isNull() ? account.password : password;
        connection->setPasswordProvider([pw] { return pw; });
        return connection;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CupiError>();
        QVERIFY(m_sim.start({u"--handlers"_s, u"150"_s, u"--tenants"_s, u"2"_s}));
        QVERIFY(!m_sim.admin().user.isEmpty());
        QVERIFY(!m_sim.tenantAdmin().user.isEmpty());
    }

    void systemAdministrator_data() { addWireData(); }
    void systemAdministrator()
    {
        QFETCH(WireFormat, wire);
        auto connection = connectAs(m_sim.admin(), wire);
        QSignalSpy opened(connection.get(), &Connection::opened);
        QSignalSpy failed(connection.get(), &Connection::failed);
        connection->open();
        QCOMPARE(connection->state(), Connection::State::Opening);
        QCOMPARE(opened.count(), 0); // never synchronously
        QVERIFY(opened.wait(30000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(connection->isOpen());
        QVERIFY(!connection->isTenantAdministrator());
        QVERIFY(connection->tenantId().isEmpty());
        QVERIFY(!connection->serverVersion().isEmpty());
        // The lookups start by themselves after opening.
        QSignalSpy ready(connection->lookups(), &LookupCache::ready);
        QVERIFY(connection->lookups()->isReady() || ready.wait(30000));
        QVERIFY(connection->lookups()->tenants()->rowCount() >= 2);
    }

    void tenantAdministrator()
    {
        const SimAccount account = m_sim.tenantAdmin();
        auto connection = connectAs(account, WireFormat::Json);
        QSignalSpy opened(connection.get(), &Connection::opened);
        connection->open();
        QVERIFY(opened.wait(30000));
        QVERIFY(connection->isTenantAdministrator());
        QVERIFY(!connection->tenantId().isEmpty());
        // The tenant is the one the simulator names for this account.
        QSignalSpy ready(connection->lookups(), &LookupCache::ready);
        QVERIFY(connection->lookups()->isReady() || ready.wait(30000));
        LookupModel *tenants = connection->lookups()->tenants();
        QCOMPARE(tenants->rowCount(), 1); // a tenant administrator sees only its own
        QCOMPARE(tenants->index(0, 0).data(LookupModel::IdRole).toString(), connection->tenantId());
        QCOMPARE(tenants->index(0, 0).data(LookupModel::CodeRole).toString(), account.tenantAlias);

        // Its handler list holds only its tenant's handlers.
        CallHandlerListModel model(connection->client(), connection->lookups());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QSignalSpy finished(&model, &CallHandlerListModel::loadFinished);
        model.refresh();
        QVERIFY(finished.wait(60000));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(CallHandlerListModel::TenantIdRole).toString(),
                     connection->tenantId());
    }

    void wrongPassword()
    {
        auto connection = connectAs(m_sim.admin(), WireFormat::Json, true, u"not-the-password"_s);
        QSignalSpy opened(connection.get(), &Connection::opened);
        QSignalSpy failed(connection.get(), &Connection::failed);
        connection->open();
        QVERIFY(failed.wait(30000));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(failed.constFirst().at(0).value<CupiError>().kind(), CupiError::Kind::Auth);
        QCOMPARE(connection->state(), Connection::State::Failed);
    }

    void untrustedCertificateThenTrusted()
    {
        // A QNetworkAccessManager of its own: one that already holds connections to this server
        // (accepted by pinned clients) would reuse them without a new certificate check.
        QNetworkAccessManager nam;
        auto connection = connectAs(m_sim.admin(), WireFormat::Xml, false, {}, &nam);
        QSignalSpy opened(connection.get(), &Connection::opened);
        QSignalSpy failed(connection.get(), &Connection::failed);
        connection->open();
        QVERIFY(failed.wait(30000));
        const auto error = failed.constFirst().at(0).value<CupiError>();
        QCOMPARE(error.kind(), CupiError::Kind::Tls);
        QCOMPARE(error.certificate().sha256, m_sim.sha256());
        QVERIFY(!error.certificate().pinnedMismatch);

        connection->trustCertificate(error.certificate().sha256);
        connection->open();
        QVERIFY(opened.wait(30000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(connection->isOpen());
    }

    void userSearch_data() { addWireData(); }
    void userSearch()
    {
        QFETCH(WireFormat, wire);
        auto client = m_sim.makeClient(&m_nam, wire, m_sim.admin());
        const QList<CupiObject> users =
            fetchList(client.get(), Resources::users(), QString(Resources::Item::User));
        QVERIFY(users.size() > 3);
        const CupiObject someone = users.at(users.size() / 2);
        const QString prefix = someone.displayName().left(3).toLower();
        int expected = 0;
        for (const CupiObject &u : users) {
            expected += u.displayName().startsWith(prefix, Qt::CaseInsensitive) ||
                        u.value(u"Alias").startsWith(prefix, Qt::CaseInsensitive);
        }

        LookupCache cache(client.get());
        UserSearchModel search(&cache);
        QAbstractItemModelTester tester(&search,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        search.setDebounceMs(20);
        QSignalSpy finished(&search, &UserSearchModel::searchFinished);
        QSignalSpy started(&search, &UserSearchModel::searchStarted);
        search.setSearchText(u"zzzz-not-searched"_s);
        search.setSearchText(prefix); // debounced: only this one goes out
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.count(), 1);
        QCOMPARE(search.rowCount(), expected);
        QVERIFY(search.contains(someone.objectId()));
        for (int row = 0; row < search.rowCount(); ++row) {
            const QModelIndex index = search.index(row, 0);
            QVERIFY(index.data().toString().startsWith(prefix, Qt::CaseInsensitive) ||
                    index.data(LookupModel::CodeRole)
                        .toString()
                        .startsWith(prefix, Qt::CaseInsensitive));
        }
        // Found users become known names.
        QCOMPARE(cache.userName(someone.objectId(), false), someone.displayName());

        // The current recipient stays listed first, whatever the text.
        const CupiObject current = users.constFirst();
        search.setCurrentId(current.objectId());
        QCOMPARE(search.index(0, 0).data(LookupModel::IdRole).toString(), current.objectId());
        QCOMPARE(search.rowCount(),
                 expected + (search.rowOf(current.objectId()) == 0 &&
                             !current.displayName().startsWith(prefix, Qt::CaseInsensitive) &&
                             !current.value(u"Alias").startsWith(prefix, Qt::CaseInsensitive)));
        // Its name comes from the server when the cache did not know it.
        QTRY_COMPARE_WITH_TIMEOUT(search.index(0, 0).data().toString(), current.displayName(),
                                  20000);

        search.setSearchText({});
        QCOMPARE(search.rowCount(), 1);
        search.setCurrentId({});
        QCOMPARE(search.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
