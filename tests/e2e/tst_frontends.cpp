// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9: the two front ends send the same requests. Create from a template, delete (also one the
// server refuses because another handler routes to it) and list — once through the GUI's code
// path, once through the built handlerctl — against one cupi-sim that records every request
// (--record-requests), in both wire formats. The requests of each operation are compared by
// method, path with query, and body.
//
// The GUI's side is the ServerSession MainWindow shows, made as the window makes it: on an opened
// Connection whose lookups have loaded (the window has both before anything can be created or
// deleted; a delete needs the handler open in the editor). The records are cut at the
// operation's start, after the GUI has gone quiet, so its sign-in, the lists it loads for its
// dropdowns and the editor's reads are not part of the comparison. Two things differ by nature
// and are normalised: the id the server gives a new handler ("<new>"), and a 503 "server busy"
// answer (three Basic sign-ins within a second, e.g. handlerctl runs in a row), which the client
// retries with the same request.
#include "tst_models_sim.h"
#include "tst_recordingnam.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/connection.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/models/serversession.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace HandlerDesk;
using namespace HandlerDesk::Test;
using Core::CupiError;
using Core::CupiObject;
using Core::HandlerActions;
using Core::ServerSession;
using Core::WireFormat;

namespace {

// Both lists of requests, for a failure message.
QString difference(const QStringList &handlerctl, const QStringList &gui)
{
    return u"handlerctl sent:\n  "_s + handlerctl.join(u"\n  "_s) + u"\nthe GUI sent:\n  "_s +
           gui.join(u"\n  "_s);
}

QString wireName(WireFormat wire)
{
    return wire == WireFormat::Xml ? u"xml"_s : u"json"_s;
}

} // namespace

class TestFrontends : public QObject
{
    Q_OBJECT

    CupiSim m_sim;
    QTemporaryDir m_dir;
    QString m_record;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Core::CupiClient> m_checker;
    QString m_template;

    // The GUI's session: signed in, lookups loaded.
    std::unique_ptr<ServerSession> openGui(WireFormat wire)
    {
        auto connection =
            std::make_unique<Core::Connection>(m_sim.settings(wire, m_sim.admin()), &m_nam);
        const QString password = m_sim.admin().password;
        connection->setPasswordProvider([password] { return password; });
        QSignalSpy opened(connection.get(), &Core::Connection::opened);
        connection->open();
        if (!opened.wait(30000))
            return {};
        if (!QTest::qWaitFor([&] { return connection->lookups()->isReady(); }, 30000))
            return {};
        return std::make_unique<ServerSession>(connection.release());
    }

    // Until the GUI has nothing on the wire (requests are recorded when answered).
    static bool settle(ServerSession *session)
    {
        const auto idle = [session] { return session->connection()->client()->inFlight() == 0; };
        if (!QTest::qWaitFor(idle, 30000))
            return false;
        QTest::qWait(300); // what an answer starts
        return QTest::qWaitFor(idle, 30000);
    }

    // Opens `id` in the session's editor, as a click in the list does, and waits until it is quiet.
    static bool open(ServerSession *session, const QString &id)
    {
        QSignalSpy loaded(session->editor(), &Core::HandlerEditor::loaded);
        session->openHandler(id);
        return loaded.wait(30000) && settle(session);
    }

    // Deletes the handler open in the session (the GUI's Delete, confirmed): its error, if any.
    static CupiError deleteOpen(ServerSession *session)
    {
        QSignalSpy deleted(session, &ServerSession::handlerDeleted);
        QSignalSpy failed(session, &ServerSession::deleteFailed);
        session->deleteOpenHandler();
        if (!QTest::qWaitFor([&] { return !deleted.isEmpty() || !failed.isEmpty(); }, 30000))
            return CupiError(CupiError::Kind::Network, u"no answer in 30 s"_s);
        return failed.isEmpty() ? CupiError() : failed.constFirst().at(0).value<CupiError>();
    }

    HandlerctlRun handlerctl(WireFormat wire, const QStringList &args)
    {
        return runHandlerctl(m_sim, QStringList{u"--wire"_s, wireName(wire)} + args);
    }

    qsizetype recordedSoFar() const { return recordedRequests(m_record).size(); }

    // The requests answered since `from`: "METHOD /vmrest/path?query body", `newId` as "<new>",
    // without the 503s the client answered with a retry of the same request.
    QStringList requestsSince(qsizetype from, const QString &newId = {}) const
    {
        QStringList requests;
        for (const QJsonObject &line : recordedRequests(m_record).mid(from)) {
            if (line.value(u"status"_s).toInt() == 503)
                continue;
            QString request = line.value(u"method"_s).toString() + u' ' +
                              line.value(u"path"_s).toString() + u' ' +
                              line.value(u"body"_s).toString();
            if (!newId.isEmpty())
                request.replace(newId, u"<new>"_s);
            requests.append(request);
        }
        return requests;
    }

    // A handler of the test's own whose after-message action goes to `targetId`.
    QString createReferrer(const QString &name, const QString &targetId)
    {
        const QString id = createScratchHandler(m_checker.get(), name);
        CupiObject changes;
        changes.set(u"AfterMessageAction"_s, u"2"_s);
        changes.set(u"AfterMessageTargetConversation"_s, u"PHGreeting"_s);
        changes.set(u"AfterMessageTargetHandlerObjectId"_s, targetId);
        std::unique_ptr<Core::WriteJob> put(
            m_checker->put(Core::Resources::callHandler(id), changes,
                           QString(Core::Resources::Root::CallHandler)));
        return waitFor(put.get()) && put->ok() ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("HANDLERCTL_BIN").isEmpty(), "HANDLERCTL_BIN not set");
        qRegisterMetaType<CupiError>();
        QVERIFY(m_dir.isValid());
        m_record = m_dir.filePath(u"requests.jsonl"_s);
        QVERIFY(m_sim.start({u"--handlers"_s, u"250"_s, u"--record-requests"_s, m_record}));
        m_checker = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
        const QList<CupiObject> templates =
            fetchList(m_checker.get(), Core::Resources::templates(),
                      QString(Core::Resources::Item::CallHandlerTemplate));
        QVERIFY(!templates.isEmpty());
        m_template = templates.constFirst().objectId();
    }

    // New from template, then delete: the GUI's session and handlerctl create and delete the same
    // handler (name and extension; one after the other, so both may take them).
    void createAndDelete_data() { addWireData(); }
    void createAndDelete()
    {
        QFETCH(WireFormat, wire);
        const QString name = u"Front ends "_s + wireName(wire);
        const QString extension = wire == WireFormat::Json ? u"79301"_s : u"79302"_s;
        const auto gui = openGui(wire);
        QVERIFY(gui);

        qsizetype from = recordedSoFar();
        QSignalSpy guiCreated(gui.get(), &ServerSession::handlerCreated);
        QSignalSpy createFailed(gui.get(), &ServerSession::createFailed);
        gui->createHandler(m_template, name, extension);
        QTRY_VERIFY_WITH_TIMEOUT(!guiCreated.isEmpty() || !createFailed.isEmpty(), 30000);
        QVERIFY2(createFailed.isEmpty(),
                 qPrintable(createFailed.value(0).value(0).value<CupiError>().userMessage()));
        const QString guiId = guiCreated.constFirst().at(0).toString();
        QVERIFY(settle(gui.get()));
        const QStringList guiCreate = requestsSince(from, guiId);
        QCOMPARE(fetch(m_checker.get(), Core::Resources::callHandler(guiId)).value(u"DtmfAccessId"),
                 extension);
        QVERIFY(gui->handlers()->rowOf(guiId) >= 0); // listed, as the window shows it

        QVERIFY(open(gui.get(), guiId));
        from = recordedSoFar();
        const CupiError guiDeleteError = deleteOpen(gui.get());
        QVERIFY2(!guiDeleteError, qPrintable(guiDeleteError.userMessage()));
        QVERIFY(settle(gui.get()));
        const QStringList guiDelete = requestsSince(from, guiId);
        QCOMPARE(gui->handlers()->rowOf(guiId), -1);

        from = recordedSoFar();
        const HandlerctlRun created =
            handlerctl(wire, {u"create"_s, u"--template"_s, m_template, u"--name"_s, name,
                              u"--extension"_s, extension});
        QVERIFY2(created.code == 0, created.err.constData());
        const QString ctlId = QString::fromUtf8(created.out).trimmed();
        QVERIFY(!ctlId.isEmpty() && ctlId != guiId);
        const QStringList ctlCreate = requestsSince(from, ctlId);

        from = recordedSoFar();
        const HandlerctlRun deleted = handlerctl(wire, {u"delete"_s, ctlId, u"--yes"_s});
        QVERIFY2(deleted.code == 0, deleted.err.constData());
        const QStringList ctlDelete = requestsSince(from, ctlId);

        QVERIFY2(ctlCreate == guiCreate, qPrintable(difference(ctlCreate, guiCreate)));
        QVERIFY2(ctlDelete == guiDelete, qPrintable(difference(ctlDelete, guiDelete)));
        // What the comparison covers: the template read, one POST with name and extension, the
        // new handler read; the handler read, then its DELETE.
        QCOMPARE(guiCreate.size(), 3);
        QVERIFY2(guiCreate.at(1).startsWith(u"POST "_s) && guiCreate.at(1).contains(extension),
                 qPrintable(guiCreate.at(1)));
        QCOMPARE(guiDelete.size(), 2);
        QVERIFY(guiDelete.at(1).startsWith(u"DELETE /vmrest/handlers/callhandlers/<new>"_s));
        QCOMPARE(fetch(m_checker.get(), Core::Resources::callHandler(ctlId)).objectId(), QString());
    }

    // A handler another one routes to: the server refuses the delete, and both front ends say
    // which handler refers to it, after the same requests.
    void deleteRefusedNamesReferrers_data() { addWireData(); }
    void deleteRefusedNamesReferrers()
    {
        QFETCH(WireFormat, wire);
        const QString target =
            createScratchHandler(m_checker.get(), u"Referred to "_s + wireName(wire));
        QVERIFY(!target.isEmpty());
        const QString referrer = u"Refers to it "_s + wireName(wire);
        QVERIFY(!createReferrer(referrer, target).isEmpty());
        const auto gui = openGui(wire);
        QVERIFY(gui);
        QVERIFY(open(gui.get(), target));

        qsizetype from = recordedSoFar();
        const CupiError refused = deleteOpen(gui.get());
        QVERIFY(settle(gui.get()));
        const QStringList guiRequests = requestsSince(from);
        QCOMPARE(refused.kind(), CupiError::Kind::Validation);
        QVERIFY2(refused.userMessage().contains(referrer), qPrintable(refused.userMessage()));

        from = recordedSoFar();
        const HandlerctlRun ctl = handlerctl(wire, {u"delete"_s, target, u"--yes"_s});
        QCOMPARE(ctl.code, 2);
        QVERIFY2(QString::fromUtf8(ctl.err).contains(referrer), ctl.err.constData());
        const QStringList ctlRequests = requestsSince(from);
        QVERIFY2(ctlRequests == guiRequests, qPrintable(difference(ctlRequests, guiRequests)));
        QCOMPARE(guiRequests.size(), 2);
        QCOMPARE(fetch(m_checker.get(), Core::Resources::callHandler(target)).objectId(), target);
    }

    // The confirmation handlerctl asks on a terminal comes between the read and the DELETE, from
    // the handler as read; declined, nothing is deleted and no DELETE is sent.
    void deleteConfirmationSeesTheHandler()
    {
        const QString id = createScratchHandler(m_checker.get(), u"Asked about"_s);
        QVERIFY(!id.isEmpty());
        const auto gui = openGui(WireFormat::Json);
        QVERIFY(gui);
        HandlerActions actions(gui->connection()->client());
        QSignalSpy failed(&actions, &HandlerActions::deleteFailed);
        const qsizetype from = recordedSoFar();
        QString asked;
        actions.deleteHandler(id, [&](const CupiObject &handler) {
            asked = handler.displayName();
            return false;
        });
        QVERIFY(failed.wait(30000));
        const auto declined = failed.constFirst().at(1).value<CupiError>();
        QCOMPARE(declined.kind(), CupiError::Kind::Cancelled);
        QCOMPARE(asked, u"Asked about"_s);
        QCOMPARE(requestsSince(from).size(), 1); // the read only
        QCOMPARE(fetch(m_checker.get(), Core::Resources::callHandler(id)).objectId(), id);
    }

    // The list: the GUI's list model and `handlerctl list` ask the same pages with the same query —
    // system handlers only, and every handler of one tenant.
    void list_data()
    {
        QTest::addColumn<WireFormat>("wire");
        QTest::addColumn<bool>("allOfTenant");
        for (const WireFormat wire : {WireFormat::Json, WireFormat::Xml}) {
            QTest::addRow("system %s", qPrintable(wireName(wire))) << wire << false;
            QTest::addRow("tenant %s", qPrintable(wireName(wire))) << wire << true;
        }
    }
    void list()
    {
        QFETCH(WireFormat, wire);
        QFETCH(bool, allOfTenant);
        const auto gui = openGui(wire);
        QVERIFY(gui);
        const QString tenant =
            allOfTenant ? gui->lookups()->tenants()->entries().value(0).id : QString();
        QVERIFY(!allOfTenant || !tenant.isEmpty());

        qsizetype from = recordedSoFar();
        Core::CallHandlerListModel &model = *gui->handlers();
        model.setIncludePrimaryHandlers(allOfTenant); // the list panel's check box
        model.setTenantFilter(tenant);                // and tenant filter
        QSignalSpy finished(&model, &Core::CallHandlerListModel::loadFinished);
        gui->refresh();
        QVERIFY(finished.wait(60000));
        QVERIFY(settle(gui.get()));
        QStringList guiRequests = requestsSince(from);

        from = recordedSoFar();
        QStringList args{u"list"_s, u"--output"_s, u"json"_s};
        if (allOfTenant)
            args << u"--all"_s << u"--tenant"_s << tenant;
        const HandlerctlRun ctl = handlerctl(wire, args);
        QVERIFY2(ctl.code == 0, ctl.err.constData());
        QStringList ctlRequests = requestsSince(from);
        // Pages may be answered in another order (both load a few at once).
        guiRequests.sort();
        ctlRequests.sort();
        QVERIFY2(ctlRequests == guiRequests, qPrintable(difference(ctlRequests, guiRequests)));
        QVERIFY2(guiRequests.first().contains(allOfTenant ? u"TenantObjectId"_s : u"IsPrimary"_s),
                 qPrintable(guiRequests.first()));
        QCOMPARE(QJsonDocument::fromJson(ctl.out).array().size(), model.rowCount());
        QVERIFY(model.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestFrontends)
#include "tst_frontends.moc"
