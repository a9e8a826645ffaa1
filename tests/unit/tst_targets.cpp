// SPDX-License-Identifier: GPL-3.0-or-later
// The targets of a "Go to" against a cupi-sim of our own: TargetSearchModel (searching the
// server per conversation kind, by name and extension, per tenant, debounced, stale replies
// dropped) and TargetNames (naming an id: from the list at once, else read — a primary handler as
// its user's mailbox, directory and interview handlers, "Not found" for an id nobody has).
#include "tst_models_sim.h"

#include "core/models/callhandlerlistmodel.h"
#include "core/models/targetnames.h"
#include "core/models/targetsearchmodel.h"

#include <QAbstractItemModelTester>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(HandlerDesk::Core::TargetKind)

class TestTargets : public QObject
{
    Q_OBJECT

private:
    CupiSim m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CupiClient> m_checker; // looks at the server independently
    QString m_acme;

    struct Fixture
    {
        std::unique_ptr<CupiClient> client;
        std::unique_ptr<TargetNames> names;
        std::unique_ptr<TargetSearchModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };
    Fixture make(WireFormat wire = WireFormat::Json)
    {
        Fixture f;
        f.client = m_sim.makeClient(&m_nam, wire, m_sim.admin());
        f.names = std::make_unique<TargetNames>(f.client.get());
        f.model = std::make_unique<TargetSearchModel>(f.names.get());
        f.model->setDebounceMs(0);
        f.tester = std::make_unique<QAbstractItemModelTester>(
            f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return f;
    }
    static bool search(TargetSearchModel *model, TargetKind kind, const QString &text)
    {
        QSignalSpy finished(model, &TargetSearchModel::searchFinished);
        model->setTargetKind(kind);
        model->setSearchText(text);
        return finished.wait(30000);
    }
    QString firstId(const QString &resource, const QString &item, const QString &query)
    {
        return fetchList(m_checker.get(), resource, item, query).value(0).objectId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CupiError>();
        QVERIFY(m_sim.start({u"--handlers"_s, u"200"_s, u"--tenants"_s, u"2"_s}));
        m_checker = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
        const auto tenants =
            fetchList(m_checker.get(), Resources::tenants(), QString(Resources::Item::Tenant));
        QCOMPARE(tenants.value(0).value(u"Alias"), u"Acme"_s);
        m_acme = tenants.value(0).objectId();
    }

    void searchesHandlersAndMailboxes_data() { addWireData(); }
    void searchesHandlersAndMailboxes()
    {
        QFETCH(WireFormat, wire);
        Fixture f = make(wire);
        QVERIFY(search(f.model.get(), TargetKind::CallHandler, u"sales main"_s));
        QVERIFY(f.model->rowCount() >= 1);
        for (const TargetInfo &t : f.model->results()) {
            QCOMPARE(t.kind, TargetInfo::Kind::CallHandler);
            QVERIFY2(t.name.startsWith(u"Sales Main"_s, Qt::CaseInsensitive), qPrintable(t.name));
        }
        const int row = f.model->exactMatch(u"Sales Main Menu"_s);
        QVERIFY(row >= 0);
        const TargetInfo sales = f.model->resultAt(row);
        QCOMPARE(f.model->index(row).data().toString(),
                 u"Call handler · Sales Main Menu (%1)"_s.arg(sales.extension));
        QCOMPARE(sales.id, firstId(Resources::callHandlers(), QString(Resources::Item::CallHandler),
                                   u"(DisplayName is Sales Main Menu)"_s));

        // A user is offered as the mailbox: the user's primary call handler.
        QVERIFY(search(f.model.get(), TargetKind::CallHandler, u"Alice"_s));
        const int alice = f.model->exactMatch(u"Alice Anderson"_s);
        QVERIFY(alice >= 0);
        const TargetInfo mailbox = f.model->resultAt(alice);
        QCOMPARE(mailbox.kind, TargetInfo::Kind::Mailbox);
        const CupiObject user =
            fetchList(m_checker.get(), Resources::users(), QString(Resources::Item::User),
                      u"(DisplayName is Alice Anderson)"_s)
                .value(0);
        QCOMPARE(mailbox.id, user.value(u"CallHandlerObjectId"));
        QCOMPARE(mailbox.displayText(),
                 u"Mailbox of Alice Anderson (%1)"_s.arg(user.value(u"DtmfAccessId")));
        QCOMPARE(f.model->index(alice).data(TargetSearchModel::KindTextRole).toString(),
                 u"Mailbox"_s);
        // Found by alias too. Users without a mailbox (the tenants' administrators) are never
        // offered; the system administrator has one, as on lab servers.
        QVERIFY(search(f.model.get(), TargetKind::CallHandler, user.value(u"Alias")));
        QVERIFY(f.model->exactMatch(u"Alice Anderson"_s) >= 0);
        QVERIFY(search(f.model.get(), TargetKind::CallHandler, u"Acme Administrator"_s));
        QCOMPARE(f.model->rowCount(), 0);
        QVERIFY(search(f.model.get(), TargetKind::CallHandler, u"Administrator"_s));
        QCOMPARE(f.model->rowCount(), 1);
        QCOMPARE(f.model->resultAt(0).kind, TargetInfo::Kind::Mailbox);

        // By extension.
        QVERIFY(search(f.model.get(), TargetKind::CallHandler, user.value(u"DtmfAccessId")));
        QVERIFY(f.model->exactMatch(user.value(u"DtmfAccessId")) >= 0);
        QCOMPARE(f.names->known(mailbox.id).kind, TargetInfo::Kind::Mailbox); // fed the cache
    }

    void otherKinds_data()
    {
        QTest::addColumn<TargetKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("display");
        QTest::newRow("directory by name") << TargetKind::DirectoryHandler << u"company"_s
                                           << u"Directory handler · Company Directory (1050)"_s;
        QTest::newRow("directory by extension")
            << TargetKind::DirectoryHandler << u"105"_s
            << u"Directory handler · Company Directory (1050)"_s;
        QTest::newRow("interview") << TargetKind::InterviewHandler << u"Customer"_s
                                   << u"Interview handler · Customer Survey (1060)"_s;
    }
    void otherKinds()
    {
        QFETCH(TargetKind, kind);
        QFETCH(QString, text);
        QFETCH(QString, display);
        Fixture f = make();
        QVERIFY(search(f.model.get(), kind, text));
        QCOMPARE(f.model->rowCount(), 1);
        QCOMPARE(f.model->index(0).data().toString(), display);
    }

    void noTargetNoSearch()
    {
        Fixture f = make();
        QSignalSpy started(f.model.get(), &TargetSearchModel::searchStarted);
        f.model->setTargetKind(TargetKind::None); // SubSignIn, SystemTransfer, …
        f.model->setSearchText(u"Sales"_s);
        QTest::qWait(100); // a search would have started by now (debounce 0)
        QCOMPARE(started.count(), 0);
        QCOMPARE(f.model->rowCount(), 0);
    }

    void tenantsOwnOnly()
    {
        Fixture f = make();
        f.model->setTenantId(m_acme);
        QVERIFY(search(f.model.get(), TargetKind::CallHandler, u"a"_s));
        QVERIFY(f.model->rowCount() > 1);
        for (const TargetInfo &t : f.model->results())
            QCOMPARE(t.tenantId, m_acme);
        QVERIFY(search(f.model.get(), TargetKind::DirectoryHandler, u"Acme"_s));
        QCOMPARE(f.model->rowCount(), 2);
        QVERIFY(search(f.model.get(), TargetKind::DirectoryHandler, u"Company"_s));
        QCOMPARE(f.model->rowCount(), 0); // the system's "Company Directory" is not Acme's
    }

    void staleRepliesDropped()
    {
        Fixture f = make();
        QSignalSpy finished(f.model.get(), &TargetSearchModel::searchFinished);
        f.model->setTargetKind(TargetKind::CallHandler);
        f.model->setSearchText(u"Sales"_s);
        f.model->searchNow();                 // requests on their way…
        f.model->setSearchText(u"Billing"_s); // …and the person typed on
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.wait(500)); // the Sales replies never finish anything
        QCOMPARE(finished.count(), 1);
        QVERIFY(f.model->rowCount() > 0);
        for (const TargetInfo &t : f.model->results())
            QVERIFY2(t.name.startsWith(u"Billing"_s), qPrintable(t.name));
    }

    void debounced()
    {
        Fixture f = make();
        f.model->setDebounceMs(150);
        QSignalSpy started(f.model.get(), &TargetSearchModel::searchStarted);
        QSignalSpy finished(f.model.get(), &TargetSearchModel::searchFinished);
        f.model->setTargetKind(TargetKind::CallHandler);
        for (const QString &text : {u"S"_s, u"Sa"_s, u"Sal"_s, u"Sale"_s})
            f.model->setSearchText(text);
        QVERIFY(f.model->isSearching());
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.count(), 1); // one search, for the last text
        QCOMPARE(f.model->searchText(), u"Sale"_s);
    }

    void namesFromTheList()
    {
        Fixture f = make();
        CallHandlerListModel list(f.client.get());
        QSignalSpy loaded(&list, &CallHandlerListModel::loadFinished);
        list.refresh();
        QVERIFY(loaded.wait(30000));
        f.names->setHandlerList(&list);
        const QString id = list.objectIdAt(3);
        QSignalSpy resolved(f.names.get(), &TargetNames::resolved);
        const TargetInfo info = f.names->resolve(id, TargetKind::CallHandler);
        QCOMPARE(info.kind, TargetInfo::Kind::CallHandler); // known at once, no request
        QCOMPARE(info.name, list.index(3, CallHandlerListModel::NameColumn).data().toString());
        QVERIFY(!resolved.wait(200));
        QCOMPARE(f.names->pendingCount(), 0);
    }

    void namesFromTheServer_data()
    {
        QTest::addColumn<WireFormat>("wire");
        QTest::addColumn<QString>("which");
        QTest::addColumn<TargetKind>("expected");
        QTest::addColumn<int>("kind");
        for (WireFormat wire : {WireFormat::Json, WireFormat::Xml}) {
            const char *w = wire == WireFormat::Json ? "json" : "xml";
            QTest::addRow("%s handler", w) << wire << u"handler"_s << TargetKind::CallHandler
                                           << int(TargetInfo::Kind::CallHandler);
            QTest::addRow("%s mailbox", w) << wire << u"mailbox"_s << TargetKind::CallHandler
                                           << int(TargetInfo::Kind::Mailbox);
            QTest::addRow("%s directory", w)
                << wire << u"directory"_s << TargetKind::DirectoryHandler
                << int(TargetInfo::Kind::DirectoryHandler);
            // The conversation says call handler; the id is an interview handler's.
            QTest::addRow("%s interview, other kind expected", w)
                << wire << u"interview"_s << TargetKind::CallHandler
                << int(TargetInfo::Kind::InterviewHandler);
            QTest::addRow("%s nobody's", w) << wire << u"nobody"_s << TargetKind::CallHandler
                                            << int(TargetInfo::Kind::NotFound);
        }
    }
    void namesFromTheServer()
    {
        QFETCH(WireFormat, wire);
        QFETCH(QString, which);
        QFETCH(TargetKind, expected);
        QFETCH(int, kind);
        const QHash<QString, QString> ids{
            {u"handler"_s, firstId(Resources::callHandlers(), QString(Resources::Item::CallHandler),
                                   u"(DisplayName is Goodbye)"_s)},
            {u"mailbox"_s,
             fetchList(m_checker.get(), Resources::users(), QString(Resources::Item::User),
                       u"(DisplayName is Bob Baker)"_s)
                 .value(0)
                 .value(u"CallHandlerObjectId")},
            {u"directory"_s, firstId(Resources::directoryHandlers(),
                                     QString(Resources::Item::DirectoryHandler), {})},
            {u"interview"_s, firstId(Resources::interviewHandlers(),
                                     QString(Resources::Item::InterviewHandler), {})},
            {u"nobody"_s, u"0badc0de-0000-4000-8000-000000000000"_s}};
        const QString id = ids.value(which);
        QVERIFY(!id.isEmpty());
        Fixture f = make(wire);
        QSignalSpy resolved(f.names.get(), &TargetNames::resolved);
        const TargetInfo pending = f.names->resolve(id, expected);
        QCOMPARE(pending.kind, TargetInfo::Kind::Pending);
        QCOMPARE(resolved.count(), 0); // never synchronously
        QVERIFY(resolved.wait(30000));
        QCOMPARE(resolved.constFirst().constFirst().toString(), id);
        const TargetInfo info = f.names->known(id);
        QCOMPARE(int(info.kind), kind);
        QCOMPARE(info.id, id);
        const QHash<QString, QString> display{
            {u"handler"_s, u"Call handler · Goodbye"_s},
            {u"mailbox"_s, u"Mailbox of Bob Baker (1101)"_s},
            {u"directory"_s, u"Directory handler · Company Directory (1050)"_s},
            {u"interview"_s, u"Interview handler · Customer Survey (1060)"_s},
            {u"nobody"_s, u"Not found (%1)"_s.arg(id)}};
        QCOMPARE(info.displayText(), display.value(which));
        QCOMPARE(info.isCallHandler(), which == u"handler"_s || which == u"mailbox"_s);
        // Remembered: asking again makes no request and no signal.
        QCOMPARE(f.names->resolve(id, expected), info);
        QVERIFY(!resolved.wait(200));
    }

    void fewAtATime()
    {
        Fixture f = make();
        const auto handlers =
            fetchList(m_checker.get(), Resources::callHandlers(),
                      QString(Resources::Item::CallHandler), u"(IsPrimary is 0)"_s);
        QVERIFY(handlers.size() > 10);
        QSet<QString> ids;
        for (int i = 0; i < 8; ++i) {
            ids.insert(handlers.at(i).objectId());
            f.names->resolve(handlers.at(i).objectId(), TargetKind::CallHandler);
        }
        QCOMPARE(f.names->pendingCount(), 8);
        QCoreApplication::processEvents(); // the queue starts
        QVERIFY(f.client->inFlight() <= 2);
        QSignalSpy resolved(f.names.get(), &TargetNames::resolved);
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 8, 30000);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(f.names->known(id).kind, TargetInfo::Kind::CallHandler);
    }

    void ofIsPerClient()
    {
        auto a = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
        auto b = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
        QVERIFY(TargetNames::of(a.get()));
        QCOMPARE(TargetNames::of(a.get()), TargetNames::of(a.get()));
        QVERIFY(TargetNames::of(a.get()) != TargetNames::of(b.get()));
        QCOMPARE(TargetNames::of(nullptr), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "tst_targets.moc"
