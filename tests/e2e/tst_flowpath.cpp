// SPDX-License-Identifier: GPL-3.0-or-later
// CallPathJob against a real cupi-sim (issue 12, "What plays when"): from the Opening Greeting,
// key 1 to its first main menu (weekday 10:00 open with the Standard greeting; 19:00 closed with
// the Off Hours greeting once the test switched it on), keys "1 <k>" one menu further, key 0 to
// the Operator, a key set to Ignore, a greeting that ignores keys, a loop with no exit (two
// handlers of the test's own), the simulator's target that no longer exists ("1 3 0"), bad keys, a
// start handler that does not exist, cancel.
#include "core/flow/callpath.h"
#include "tst_models_sim.h"

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Core::Flow;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Tuesday 8 December 2026 (no holiday in the simulator's schedules).
const QDateTime Morning(QDate(2026, 12, 8), QTime(10, 0));
const QDateTime Evening(QDate(2026, 12, 8), QTime(19, 0));

} // namespace

class TestFlowPath : public QObject
{
    Q_OBJECT

    CupiSim m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CupiClient> m_client;
    QString m_opening;

    // Runs a walk to its end; false when finished() did not come exactly once.
    bool walk(CallPathJob &job, const QString &start, const QStringList &keys,
              const QDateTime &when)
    {
        QSignalSpy finished(&job, &CallPathJob::finished);
        job.start({start, keys, when, QTimeZone::systemTimeZone()});
        if (!finished.isEmpty()) // never synchronously
            return false;
        if (!finished.wait(30000))
            return false;
        QTest::qWait(50);
        return finished.size() == 1;
    }

    QString keyTarget(const QString &handler, const QString &key)
    {
        return fetch(m_client.get(), Resources::menuEntry(handler, key))
            .value(Field::TargetHandlerObjectId);
    }

    bool put(const QString &path, const CupiObject &body, QLatin1StringView root)
    {
        std::unique_ptr<WriteJob> job(m_client->put(path, body, QString(root)));
        return waitFor(job.get()) && job->ok();
    }

    bool afterGreetingTo(const QString &handler, const QString &target)
    {
        CupiObject body;
        body.set(u"AfterGreetingAction"_s, u"2"_s);
        body.set(u"AfterGreetingTargetConversation"_s, u"PHGreeting"_s);
        body.set(u"AfterGreetingTargetHandlerObjectId"_s, target);
        return put(Resources::greeting(handler, u"Standard"_s), body, Resources::Root::Greeting);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.start());
        m_client = m_sim.makeClient(&m_nam, WireFormat::Json, m_sim.admin());
        const QList<CupiObject> rows = fetchList(
            m_client.get(), Resources::callHandlers(), QString(Resources::Item::CallHandler),
            Resources::queryIs(u"DisplayName"_s, u"Opening Greeting"_s));
        QCOMPARE(rows.size(), 1);
        m_opening = rows.constFirst().objectId();
    }

    void keyOneAtTenAndAtSeven()
    {
        const QString menu = keyTarget(m_opening, u"1"_s);
        QVERIFY(!menu.isEmpty());
        const CupiObject handler = fetch(m_client.get(), Resources::callHandler(menu));
        // The test's own schedule: the simulator's Weekdays set (08:00–17:00, holidays out).
        const QList<CupiObject> sets = fetchList(
            m_client.get(), Resources::scheduleSets(), QString(Resources::Item::ScheduleSet),
            Resources::queryIs(u"DisplayName"_s, u"Weekdays"_s));
        QCOMPARE(sets.size(), 1);
        CupiObject change;
        change.set(u"ScheduleSetObjectId"_s, sets.constFirst().objectId());
        QVERIFY(put(Resources::callHandler(menu), change, Resources::Root::CallHandler));

        CallPathJob job(m_client.get());
        QVERIFY(walk(job, {}, {u"1"_s}, Morning)); // no start: the Opening Greeting
        QVERIFY2(job.ok(), qPrintable(job.error().userMessage()));
        QCOMPARE(job.startId(), m_opening);
        QVERIFY(job.steps().size() >= 2);
        const CallPathStep &first = job.steps().at(0);
        QCOMPARE(first.handlerId, m_opening);
        QCOMPARE(first.name, u"Opening Greeting"_s);
        QCOMPARE(first.key, u"1"_s);
        QCOMPARE(first.greeting, u"Standard"_s);
        QCOMPARE(first.nextHandlerId, menu);
        const CallPathStep &second = job.steps().at(1);
        QCOMPARE(second.handlerId, menu);
        QCOMPARE(second.name, handler.displayName());
        QCOMPARE(second.extension, handler.value(Field::DtmfAccessId));
        QCOMPARE(second.state, ScheduleState::Open);
        QCOMPARE(second.greeting, u"Standard"_s);
        QVERIFY(second.key.isEmpty()); // no keys left: the caller waits
        QVERIFY(!job.endText().isEmpty());

        // 19:00: closed; the Off Hours greeting (off in the simulator) plays once it is on.
        QVERIFY(walk(job, {}, {u"1"_s}, Evening));
        QCOMPARE(job.steps().at(1).state, ScheduleState::Closed);
        QCOMPARE(job.steps().at(1).greeting, u"Standard"_s);
        CupiObject on;
        on.set(u"Enabled"_s, u"true"_s);
        on.set(u"TimeExpires"_s, QString());
        QVERIFY(put(Resources::greeting(menu, u"Off Hours"_s), on, Resources::Root::Greeting));
        QVERIFY(walk(job, {}, {u"1"_s}, Evening));
        QCOMPARE(job.steps().at(1).state, ScheduleState::Closed);
        QCOMPARE(job.steps().at(1).greeting, u"Off Hours"_s);
        QVERIFY(walk(job, {}, {u"1"_s}, Morning));
        QCOMPARE(job.steps().at(1).greeting, u"Standard"_s);
    }

    void handlerOnItsOwnClock()
    {
        // The main menu on Kolkata's clock (UTC+05:30): at 05:00 UTC it is 10:30 there, open,
        // though closed on a UTC clock.
        const QString menu = keyTarget(m_opening, u"1"_s);
        QString kolkata;
        for (const CupiObject &zone : fetchList(m_client.get(), Resources::timeZones(),
                                                QString(Resources::Item::TimeZone))) {
            if (zone.displayName().endsWith(u"Asia/Kolkata"_s))
                kolkata = zone.value(u"TimeZoneId"_s);
        }
        QVERIFY(!kolkata.isEmpty());
        const QTimeZone utc(QByteArrayLiteral("UTC"));
        const QDateTime early(QDate(2026, 12, 8), QTime(5, 0), utc);
        CallPathJob job(m_client.get());
        QSignalSpy finished(&job, &CallPathJob::finished);
        job.start({{}, {u"1"_s}, early, utc});
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.steps().at(1).state, ScheduleState::Closed);
        QVERIFY(job.steps().at(1).timeZone.isEmpty());

        CupiObject change;
        change.set(u"UseDefaultTimeZone"_s, u"false"_s);
        change.set(u"TimeZone"_s, kolkata);
        QVERIFY(put(Resources::callHandler(menu), change, Resources::Root::CallHandler));
        job.start({{}, {u"1"_s}, early, utc});
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.steps().at(1).state, ScheduleState::Open);
        QVERIFY(job.steps().at(1).timeZone.endsWith(u"Asia/Kolkata"_s));
        QCOMPARE(job.steps().at(1).localTime.time(), QTime(10, 30));
        QVERIFY(job.steps().at(0).timeZone.isEmpty()); // the Opening Greeting: the caller's

        change.set(u"UseDefaultTimeZone"_s, u"true"_s);
        QVERIFY(put(Resources::callHandler(menu), change, Resources::Root::CallHandler));
    }

    void twoKeysGoOneMenuFurther()
    {
        const QString menu = keyTarget(m_opening, u"1"_s);
        // The main menu's first key that goes to a handler.
        QString key, sub;
        for (const CupiObject &entry : fetchList(m_client.get(), Resources::menuEntries(menu),
                                                 QString(Resources::Item::MenuEntry))) {
            if (entry.value(u"Action"_s) == u"2" &&
                entry.value(u"TargetConversation"_s) == u"PHGreeting") {
                key = entry.value(Field::TouchtoneKey);
                sub = entry.value(Field::TargetHandlerObjectId);
                break;
            }
        }
        QVERIFY2(!sub.isEmpty(), "the main menu has no key to a handler");
        CallPathJob job(m_client.get());
        QVERIFY(walk(job, m_opening, {u"1"_s, key}, Morning));
        QVERIFY2(job.ok(), qPrintable(job.error().userMessage()));
        QVERIFY(job.steps().size() >= 3);
        QCOMPARE(job.steps().at(1).key, key);
        QCOMPARE(job.steps().at(1).nextHandlerId, sub);
        QCOMPARE(job.steps().at(2).handlerId, sub);
    }

    void keyZeroIsTheOperator()
    {
        CallPathJob job(m_client.get());
        QVERIFY(walk(job, {}, {u"0"_s}, Morning));
        QVERIFY(job.ok());
        QCOMPARE(job.steps().at(1).name, u"Operator"_s);
        QCOMPARE(job.steps().at(1).extension, u"0"_s);
    }

    void ignoredKeyDoesNothing()
    {
        // A key of the Opening Greeting set to Ignore (the simulator's unused keys).
        QString ignored;
        for (const CupiObject &entry : fetchList(m_client.get(), Resources::menuEntries(m_opening),
                                                 QString(Resources::Item::MenuEntry))) {
            if (entry.value(u"Action"_s) == u"0") {
                ignored = entry.value(Field::TouchtoneKey);
                break;
            }
        }
        QVERIFY(!ignored.isEmpty());
        CallPathJob job(m_client.get());
        QVERIFY(walk(job, {}, {ignored, u"0"_s}, Morning));
        QVERIFY(job.ok());
        QCOMPARE(job.steps().at(0).key, ignored);
        QCOMPARE(job.steps().at(0).handlerId, m_opening);
        QVERIFY(job.steps().at(0).nextHandlerId.isEmpty());
        QVERIFY(job.steps().at(0).happened.contains(u"Ignore"_s));
        // The next key is taken at the same handler.
        QCOMPARE(job.steps().at(1).handlerId, m_opening);
        QCOMPARE(job.steps().at(1).key, u"0"_s);
        QCOMPARE(job.steps().at(2).name, u"Operator"_s);
    }

    void loopWithNoExit()
    {
        const QString a = createScratchHandler(m_client.get(), u"Path Loop A"_s);
        const QString b = createScratchHandler(m_client.get(), u"Path Loop B"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(afterGreetingTo(a, b));
        QVERIFY(afterGreetingTo(b, a));
        CallPathJob job(m_client.get());
        QVERIFY(walk(job, a, {}, Morning));
        QVERIFY(job.ok());
        QCOMPARE(job.steps().size(), 2);
        QCOMPARE(job.steps().at(0).nextHandlerId, b);
        QCOMPARE(job.steps().at(1).nextHandlerId, a);
        QVERIFY2(job.endText().contains(u"Loops back to Path Loop A"_s), qPrintable(job.endText()));

        // A greeting that ignores keys: the key pressed while it plays is lost, then its
        // after-greeting action.
        CupiObject ignore;
        ignore.set(u"IgnoreDigits"_s, u"true"_s);
        QVERIFY(put(Resources::greeting(a, u"Standard"_s), ignore, Resources::Root::Greeting));
        QVERIFY(walk(job, a, {u"0"_s}, Morning));
        QVERIFY(job.ok());
        QCOMPARE(job.steps().at(0).key, u"0"_s);
        QVERIFY(job.steps().at(0).nextHandlerId.isEmpty());
        QVERIFY(job.steps().at(0).happened.contains(u"ignores keys"_s));
        QCOMPARE(job.steps().at(1).handlerId, a);
        QVERIFY(job.steps().at(1).key.isEmpty());
        QCOMPARE(job.steps().at(1).nextHandlerId, b);
    }

    void danglingTarget()
    {
        // The simulator's first sub-menu (key 3 of the first main menu: Sales Queue) keeps a key 0
        // whose target no longer exists (the server refuses to make such a key now).
        const QString menu = keyTarget(m_opening, u"1"_s);
        const QString sub = keyTarget(menu, u"3"_s);
        QVERIFY(!sub.isEmpty());
        const QString gone = keyTarget(sub, u"0"_s);
        QVERIFY(!gone.isEmpty());
        std::unique_ptr<ObjectJob> check(m_client->get(Resources::callHandler(gone)));
        QVERIFY(waitFor(check.get()));
        QCOMPARE(check->error().httpStatus(), 404);
        CallPathJob job(m_client.get());
        QVERIFY(walk(job, {}, {u"1"_s, u"3"_s, u"0"_s}, Morning));
        QVERIFY2(job.ok(), qPrintable(job.error().userMessage()));
        QCOMPARE(job.steps().size(), 3);
        QCOMPARE(job.steps().at(2).handlerId, sub);
        QCOMPARE(job.steps().at(2).nextHandlerId, gone);
        QVERIFY2(job.endText().contains(u"no longer exists"_s), qPrintable(job.endText()));
    }

    void refusals()
    {
        CallPathJob job(m_client.get());
        QVERIFY(walk(job, {}, {u"x"_s}, Morning));
        QVERIFY(!job.ok());
        QCOMPARE(job.error().kind(), CupiError::Kind::Usage);
        QVERIFY(walk(job, u"0badc0de-0000-4000-8000-00000000ffff"_s, {}, Morning));
        QVERIFY(!job.ok());
        QCOMPARE(job.error().kind(), CupiError::Kind::NotFound);
        // Cancelled: still one finished(), not ok.
        QSignalSpy finished(&job, &CallPathJob::finished);
        job.start({{}, {u"1"_s}, Morning, {}});
        job.cancel();
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.error().kind(), CupiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestFlowPath)
#include "tst_flowpath.moc"
