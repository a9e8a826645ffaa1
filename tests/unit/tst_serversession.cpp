// SPDX-License-Identifier: GPL-3.0-or-later
// ServerSession against a cupi-sim of its own: what it owns and how long (its connection, list,
// editor), and how they follow each other — the list loads, a handler opens, a save updates its
// row, a created handler joins the list, a deleted one leaves it and the editor, Refresh reloads
// both. A lookup that failed loads again on reload(kind); a refused password asks, is tried once
// and, once taken, is remembered. Every effect is checked on the server with a separate client.
#include "tst_breakingnam.h"
#include "tst_models_sim.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/models/serversession.h"
#include "core/secretstore.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QTemporaryDir>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

class TestServerSession : public QObject
{
    Q_OBJECT

private:
    CupiSim m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CupiClient> m_checker;

    static bool loadList(ServerSession *session)
    {
        QSignalSpy done(session->handlers(), &CallHandlerListModel::loadFinished);
        session->handlers()->refresh();
        return done.wait(60000);
    }

    static bool openAndWait(ServerSession *session, const QString &id)
    {
        QSignalSpy loaded(session->editor(), &HandlerEditor::loaded);
        session->openHandler(id);
        return loaded.wait(30000) && session->openObjectId() == id;
    }

    static QString nameInList(ServerSession *session, const QString &id)
    {
        const int row = session->handlers()->rowOf(id);
        return row < 0 ? QString()
                       : session->handlers()
                             ->index(row, CallHandlerListModel::NameColumn)
                             .data()
                             .toString();
    }

    QString firstTemplate()
    {
        const QList<CupiObject> templates = fetchList(
            m_checker.get(), Resources::templates(), QString(Resources::Item::CallHandlerTemplate));
        return templates.isEmpty() ? QString() : templates.constFirst().objectId();
    }

    // What `store` has under `key` (answered after every write asked before).
    static QString readSecret(SecretStore *store, const QString &key)
    {
        auto answer = std::make_shared<std::optional<QString>>();
        store->readPassword(key, store, [answer](const SecretResult &r) { *answer = r.password; });
        return QTest::qWaitFor([answer] { return answer->has_value(); }, 5000) ? **answer
                                                                               : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CupiError>();
        QVERIFY(m_sim.start({u"--handlers"_s, u"60"_s}));
        m_checker = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
    }

    void ownsItsPartsAndKeepsThemInStep_data() { addWireData(); }
    void ownsItsPartsAndKeepsThemInStep()
    {
        QFETCH(WireFormat, wire);
        QPointer<Connection> connection = openConnection(m_sim, &m_nam, m_sim.admin(), wire);
        QVERIFY(connection);
        auto session = std::make_unique<ServerSession>(connection);
        QCOMPARE(connection->parent(), session.get());
        QPointer<CallHandlerListModel> handlers = session->handlers();
        QPointer<HandlerEditor> editor = session->editor();
        auto *tester = new QAbstractItemModelTester(
            handlers, QAbstractItemModelTester::FailureReportingMode::QtTest, handlers);
        tester->setUseFetchMore(false);

        // The list loads: the system handlers, as the server lists them.
        QVERIFY(loadList(session.get()));
        const QList<CupiObject> listed =
            fetchList(m_checker.get(), Resources::callHandlers(),
                      QString(Resources::Item::CallHandler), u"(IsPrimary is 0)"_s);
        QCOMPARE(handlers->rowCount(), listed.size());

        // Open, then save: the row shows the saved name without reloading the list.
        const QString id = listed.constLast().objectId();
        QVERIFY(openAndWait(session.get(), id));
        const QString renamed = listed.constLast().displayName() + u" (session)"_s;
        QSignalSpy saved(editor, &HandlerEditor::saved);
        QSignalSpy loading(handlers, &CallHandlerListModel::loadingChanged);
        editor->setField(u"DisplayName"_s, renamed);
        editor->save();
        QVERIFY(saved.wait(30000));
        QCOMPARE(server(id).displayName(), renamed);
        QCOMPARE(nameInList(session.get(), id), renamed);
        QCOMPARE(loading.count(), 0);

        // Create: the new handler joins the list.
        QSignalSpy created(session.get(), &ServerSession::handlerCreated);
        const QString newName = u"Made by the session %1"_s.arg(int(wire));
        session->createHandler(firstTemplate(), newName, QString());
        QVERIFY(created.wait(30000));
        const QString createdId = created.constFirst().at(0).toString();
        QCOMPARE(created.constFirst().at(1).toString(), newName);
        QCOMPARE(server(createdId).displayName(), newName);
        QCOMPARE(nameInList(session.get(), createdId), newName);
        QCOMPARE(handlers->rowCount(), listed.size() + 1);

        // Delete the open handler: it leaves the server, the list and the editor.
        QVERIFY(openAndWait(session.get(), createdId));
        QSignalSpy deleted(session.get(), &ServerSession::handlerDeleted);
        session->deleteOpenHandler();
        QVERIFY(deleted.wait(30000));
        QCOMPARE(deleted.constFirst().at(0).toString(), createdId);
        QCOMPARE(deleted.constFirst().at(1).toString(), newName);
        QCOMPARE(handlers->rowOf(createdId), -1);
        QVERIFY(session->openObjectId().isEmpty());
        std::unique_ptr<ObjectJob> gone(m_checker->get(Resources::callHandler(createdId)));
        QVERIFY(waitFor(gone.get()));
        QCOMPARE(gone->error().kind(), CupiError::Kind::NotFound);

        // The session's parts go with it.
        session.reset();
        QVERIFY(connection.isNull());
        QVERIFY(handlers.isNull());
        QVERIFY(editor.isNull());
    }

    // An undeletable handler: refused before anything is sent, said through deleteFailed().
    void deleteRefusedIsReported()
    {
        QPointer<Connection> connection =
            openConnection(m_sim, &m_nam, m_sim.admin(), WireFormat::Json);
        QVERIFY(connection);
        ServerSession session(connection);
        QVERIFY(loadList(&session));
        QString undeletable;
        for (int row = 0; row < session.handlers()->rowCount() && undeletable.isEmpty(); ++row) {
            const QModelIndex index = session.handlers()->index(row, 0);
            if (index.data(CallHandlerListModel::UndeletableRole).toBool())
                undeletable = index.data(CallHandlerListModel::ObjectIdRole).toString();
        }
        QVERIFY(!undeletable.isEmpty());
        QVERIFY(openAndWait(&session, undeletable));
        QVERIFY(session.isOpenHandlerUndeletable());
        QSignalSpy failed(&session, &ServerSession::deleteFailed);
        QSignalSpy deleted(&session, &ServerSession::handlerDeleted);
        session.deleteOpenHandler();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.constFirst().at(0).value<CupiError>().kind(), CupiError::Kind::Usage);
        QCOMPARE(deleted.count(), 0);
        QVERIFY(session.handlers()->rowOf(undeletable) >= 0);
        QCOMPARE(session.openObjectId(), undeletable);
    }

    // Refresh: the list and the open handler show what the server has now.
    void refreshReloadsListAndOpenHandler()
    {
        QPointer<Connection> connection =
            openConnection(m_sim, &m_nam, m_sim.admin(), WireFormat::Json);
        QVERIFY(connection);
        ServerSession session(connection);
        QVERIFY(loadList(&session));
        const QString id = session.handlers()->objectIdAt(0);
        QVERIFY(openAndWait(&session, id));
        const QString elsewhere = server(id).displayName() + u" (elsewhere)"_s;
        CupiObject change;
        change.set(u"DisplayName"_s, elsewhere);
        std::unique_ptr<WriteJob> put(m_checker->put(Resources::callHandler(id), change,
                                                     QString(Resources::Root::CallHandler)));
        QVERIFY(waitFor(put.get()) && put->ok());

        QSignalSpy listDone(session.handlers(), &CallHandlerListModel::loadFinished);
        QSignalSpy editorDone(session.editor(), &HandlerEditor::loaded);
        session.refresh();
        QVERIFY(listDone.wait(30000));
        QVERIFY(!editorDone.isEmpty() || editorDone.wait(30000));
        QCOMPARE(session.editor()->displayName(), elsewhere);
        QCOMPARE(nameInList(&session, id), elsewhere);
    }

    // A list the server did not give: reported, and loaded on reload(kind) once it answers.
    void failedLookupLoadsAgain()
    {
        BreakingNam nam;
        nam.broken.insert(u"/vmrest/timezones"_s);
        QPointer<Connection> connection =
            openConnection(m_sim, &nam, m_sim.admin(), WireFormat::Json);
        QVERIFY(connection);
        ServerSession session(connection);
        LookupCache *lookups = session.lookups();
        QSignalSpy failed(lookups, &LookupCache::loadFailed);
        QSignalSpy loaded(lookups, &LookupCache::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(lookups->isReady(), 30000);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.constFirst().at(0).value<LookupCache::Kind>(),
                 LookupCache::Kind::TimeZones);
        QVERIFY(lookups->error(LookupCache::Kind::TimeZones).isError());
        QCOMPARE(lookups->timeZones()->rowCount(), 0);
        QVERIFY(lookups->isLoaded(LookupCache::Kind::Languages));

        nam.broken.clear();
        loaded.clear();
        lookups->reload(LookupCache::Kind::TimeZones);
        QCOMPARE(loaded.count(), 0); // never synchronously
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.constFirst().at(0).value<LookupCache::Kind>(),
                 LookupCache::Kind::TimeZones);
        QCOMPARE(loaded.count(), 1); // the other lists were not loaded again
        QVERIFY(lookups->isLoaded(LookupCache::Kind::TimeZones));
        QVERIFY(!lookups->error(LookupCache::Kind::TimeZones).isError());
        QVERIFY(lookups->timeZones()->rowCount() > 10);
    }

    // The server restarts with another password: passwordRefused(), and signInAgain() tries the
    // password entered once; the one the server took goes into the SecretStore.
    void refusedPasswordAsksAndIsRemembered()
    {
        const QString cert = QFINDTESTDATA("../cupisim/certs/fallback-cert.pem");
        const QString key = QFINDTESTDATA("../cupisim/certs/fallback-key.pem");
        QVERIFY(!cert.isEmpty() && !key.isEmpty());
        const QStringList args{u"--handlers"_s, u"20"_s, u"--cert"_s, cert, u"--key"_s, key};
        CupiSim sim;
        QVERIFY(sim.start(args + QStringList{u"--password"_s, u"first"_s}));
        QNetworkAccessManager nam;
        QPointer<Connection> connection = openConnection(sim, &nam, sim.admin(), WireFormat::Json);
        QVERIFY(connection);
        ServerSession session(connection);
        MemorySecretStore secrets;
        const QString secretKey = u"admin@session-test"_s;
        session.setPasswordStore(&secrets, secretKey);
        session.setPassword(u"first"_s);
        QCOMPARE(readSecret(&secrets, secretKey), u"first"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session.lookups()->isReady(), 30000);

        const int port = sim.url().port();
        sim.stop();
        QVERIFY(sim.start(args + QStringList{u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                                             u"--password"_s, u"second"_s}));
        QSignalSpy refused(&session, &ServerSession::passwordRefused);
        session.handlers()->refresh();
        QVERIFY(refused.wait(30000));
        QCOMPARE(session.password(), u"first"_s); // offered, to be corrected
        // A list read meanwhile fails unsent; it loads again once signed in.
        QSignalSpy lookupFailed(session.lookups(), &LookupCache::loadFailed);
        session.lookups()->reload(LookupCache::Kind::TimeZones);
        QVERIFY(lookupFailed.wait(30000));
        QCOMPARE(lookupFailed.constFirst().at(1).value<CupiError>().kind(), CupiError::Kind::Auth);

        QSignalSpy signedIn(&session, &ServerSession::signedInAgain);
        QSignalSpy signInFailed(&session, &ServerSession::signInFailed);
        session.signInAgain(u"wrong"_s);
        QVERIFY(signInFailed.wait(30000));
        QCOMPARE(signInFailed.constFirst().at(0).value<CupiError>().kind(), CupiError::Kind::Auth);
        QCOMPARE(readSecret(&secrets, secretKey), u"first"_s); // refused: not remembered

        session.signInAgain(u"second"_s);
        QVERIFY(signedIn.wait(30000));
        QCOMPARE(signInFailed.count(), 1);
        QCOMPARE(session.password(), u"second"_s);
        QCOMPARE(readSecret(&secrets, secretKey), u"second"_s);
        QCOMPARE(session.connection(), connection.data()); // the same session goes on
        QTRY_VERIFY_WITH_TIMEOUT(session.lookups()->isLoaded(LookupCache::Kind::TimeZones), 30000);
    }

    // A keychain that cannot store says so; with none given, nothing is written.
    void passwordNotRemembered()
    {
        QPointer<Connection> connection =
            openConnection(m_sim, &m_nam, m_sim.admin(), WireFormat::Json);
        QVERIFY(connection);
        ServerSession session(connection);
        MemorySecretStore secrets;
        secrets.setFailure(u"No keychain here."_s);
        QSignalSpy notRemembered(&session, &ServerSession::passwordNotRemembered);
        session.setPasswordStore(&secrets, u"k"_s);
        session.setPassword(m_sim.admin().password);
        QVERIFY(notRemembered.wait(5000));
        QCOMPARE(notRemembered.constFirst().at(0).toString(), u"No keychain here."_s);

        secrets.setFailure({});
        session.setPasswordStore(nullptr, u"k"_s);
        session.setPassword(m_sim.admin().password);
        QCOMPARE(readSecret(&secrets, u"k"_s), QString());
        QCOMPARE(notRemembered.count(), 1);
    }

private:
    CupiObject server(const QString &id)
    {
        return fetch(m_checker.get(), Resources::callHandler(id));
    }
};

QTEST_MAIN(TestServerSession)
#include "tst_serversession.moc"
