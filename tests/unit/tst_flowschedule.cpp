// SPDX-License-Identifier: GPL-3.0-or-later
// "What plays when" (core/flow/schedule.h): the state of a schedule set at chosen times in the
// handler's zone, then the greeting and transfer rule that apply. The schedules are those
// cupi-sim makes (tests/cupisim/generator.cpp): Weekdays 08:00–17:00 Monday to Friday with the
// Holidays schedule (1 January 2026) excluded, and All Hours (0–0 every day).
#include "core/cupiobject.h"
#include "core/flow/schedule.h"

#include <QTest>
#include <QTimeZone>

using namespace HandlerDesk::Core;
using namespace HandlerDesk::Core::Flow;
using namespace Qt::Literals::StringLiterals;

namespace {

CupiObject object(std::initializer_list<std::pair<QString, QString>> fields)
{
    CupiObject o;
    for (const auto &[name, value] : fields)
        o.set(name, value);
    return o;
}

CupiObject detail(int start, int end, bool weekdays, bool weekend, const QString &date = {})
{
    CupiObject d =
        object({{u"StartTime"_s, QString::number(start)}, {u"EndTime"_s, QString::number(end)}});
    for (const char *day : {"IsActiveMonday", "IsActiveTuesday", "IsActiveWednesday",
                            "IsActiveThursday", "IsActiveFriday"})
        d.set(QString::fromLatin1(day), weekdays ? u"true"_s : u"false"_s);
    d.set(u"IsActiveSaturday"_s, weekend ? u"true"_s : u"false"_s);
    d.set(u"IsActiveSunday"_s, weekend ? u"true"_s : u"false"_s);
    if (!date.isEmpty()) {
        d.set(u"StartDate"_s, date);
        d.set(u"EndDate"_s, date);
    }
    return d;
}

Schedule weekdays()
{
    return schedule(object({{u"DisplayName"_s, u"Weekdays"_s}, {u"IsHoliday"_s, u"false"_s}}),
                    {detail(480, 1020, true, false)});
}

Schedule holidays()
{
    return schedule(object({{u"DisplayName"_s, u"Holidays"_s}, {u"IsHoliday"_s, u"true"_s}}),
                    {detail(0, 0, false, false, u"2026-01-01 00:00:00.0"_s)});
}

Schedule allHours()
{
    return schedule(object({{u"DisplayName"_s, u"All Hours"_s}, {u"IsHoliday"_s, u"false"_s}}),
                    {detail(0, 0, true, true)});
}

// The handler's zone: UTC−5 all year, so that a UTC moment differs from the wall clock.
QTimeZone zone()
{
    return QTimeZone(-5 * 3600);
}

// A wall-clock time in zone() as the UTC moment the functions are given.
QDateTime at(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), zone()).toUTC();
}

CupiObject greeting(const QString &type, bool enabled, const QString &expires = {})
{
    return object({{u"GreetingType"_s, type},
                   {u"Enabled"_s, enabled ? u"true"_s : u"false"_s},
                   {u"TimeExpires"_s, expires}});
}

CupiObject rule(const QString &type, bool enabled, const QString &expires = {})
{
    return object({{u"TransferOptionType"_s, type},
                   {u"Enabled"_s, enabled ? u"true"_s : u"false"_s},
                   {u"TimeExpires"_s, expires}});
}

} // namespace

Q_DECLARE_METATYPE(HandlerDesk::Core::Flow::ScheduleState)

class TestFlowSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detailFromObject()
    {
        const ScheduleDetail d = scheduleDetail(detail(480, 1020, true, false));
        QCOMPARE(d.startMinute, 480);
        QCOMPARE(d.endMinute, 1020);
        QVERIFY(d.weekdays[0] && d.weekdays[4]);
        QVERIFY(!d.weekdays[5] && !d.weekdays[6]);
        QVERIFY(!d.startDate.isValid());
        const ScheduleDetail h =
            scheduleDetail(detail(0, 0, false, false, u"2026-01-01 00:00:00.0"_s));
        QCOMPARE(h.startDate, QDate(2026, 1, 1));
        QCOMPARE(h.endDate, QDate(2026, 1, 1));
        QVERIFY(holidays().holiday);
        QVERIFY(!weekdays().holiday);
    }

    void state_data()
    {
        QTest::addColumn<bool>("weekdaySet"); // Weekdays + Holidays excluded; else All Hours
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<ScheduleState>("expected");
        // 2 December 2026 is a Wednesday, 5 December a Saturday, 1 January 2026 a Thursday.
        QTest::newRow("weekday 10:00") << true << at(2026, 12, 2, 10, 0) << ScheduleState::Open;
        QTest::newRow("weekday 08:00 opens")
            << true << at(2026, 12, 2, 8, 0) << ScheduleState::Open;
        QTest::newRow("weekday 07:59") << true << at(2026, 12, 2, 7, 59) << ScheduleState::Closed;
        QTest::newRow("weekday 17:00 closes")
            << true << at(2026, 12, 2, 17, 0) << ScheduleState::Closed;
        QTest::newRow("weekday 19:00") << true << at(2026, 12, 2, 19, 0) << ScheduleState::Closed;
        QTest::newRow("Saturday 10:00") << true << at(2026, 12, 5, 10, 0) << ScheduleState::Closed;
        QTest::newRow("holiday 10:00") << true << at(2026, 1, 1, 10, 0) << ScheduleState::Holiday;
        QTest::newRow("holiday 23:30") << true << at(2026, 1, 1, 23, 30) << ScheduleState::Holiday;
        QTest::newRow("day after the holiday")
            << true << at(2026, 1, 2, 10, 0) << ScheduleState::Open;
        QTest::newRow("all hours, Sunday 23:59")
            << false << at(2026, 12, 6, 23, 59) << ScheduleState::Open;
        QTest::newRow("all hours, midnight")
            << false << at(2026, 12, 6, 0, 0) << ScheduleState::Open;
    }

    void state()
    {
        QFETCH(bool, weekdaySet);
        QFETCH(QDateTime, when);
        QFETCH(ScheduleState, expected);
        const ScheduleSet set = weekdaySet ? ScheduleSet{{weekdays(), false}, {holidays(), true}}
                                           : ScheduleSet{{allHours(), false}};
        QCOMPARE(scheduleState(set, when, zone()), expected);
    }

    // The moment is read on the handler's clock, not UTC's: 14:00 UTC is 09:00 there (open),
    // 23:00 UTC is 18:00 (closed) — in UTC itself the answers would be the other way round.
    void stateUsesTheZone()
    {
        const ScheduleSet set{{weekdays(), false}};
        const QDateTime morning(QDate(2026, 12, 2), QTime(14, 0), Qt::UTC);
        const QDateTime evening(QDate(2026, 12, 2), QTime(23, 0), Qt::UTC);
        QCOMPARE(scheduleState(set, morning, zone()), ScheduleState::Open);
        QCOMPARE(scheduleState(set, evening, zone()), ScheduleState::Closed);
        QCOMPARE(scheduleState(set, evening, QTimeZone::utc()), ScheduleState::Closed);
        QCOMPARE(scheduleState(set, QDateTime(QDate(2026, 12, 2), QTime(7, 0), Qt::UTC),
                               QTimeZone::utc()),
                 ScheduleState::Closed);
        QCOMPARE(scheduleState({}, evening, zone()), ScheduleState::Open);
    }

    void greetingPlayed_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<bool>("holidayOn");
        QTest::addColumn<QString>("alternateExpires"); // "-": alternate off
        QTest::addColumn<QString>("greeting");
        QTest::addColumn<QString>("transfer");
        const QString off = u"-"_s;
        QTest::newRow("weekday 10:00")
            << at(2026, 12, 2, 10, 0) << true << off << u"Standard"_s << u"Standard"_s;
        QTest::newRow("weekday 19:00")
            << at(2026, 12, 2, 19, 0) << true << off << u"Off Hours"_s << u"Off Hours"_s;
        QTest::newRow("weekend") << at(2026, 12, 5, 10, 0) << true << off << u"Off Hours"_s
                                 << u"Off Hours"_s;
        QTest::newRow("holiday") << at(2026, 1, 1, 10, 0) << true << off << u"Holiday"_s
                                 << u"Off Hours"_s;
        QTest::newRow("holiday, its greeting off")
            << at(2026, 1, 1, 10, 0) << false << off << u"Off Hours"_s << u"Off Hours"_s;
        QTest::newRow("alternate on, no expiry")
            << at(2026, 12, 2, 19, 0) << true << QString() << u"Alternate"_s << u"Alternate"_s;
        QTest::newRow("alternate until tomorrow")
            << at(2026, 12, 2, 10, 0) << true << u"2026-12-03 12:00:00.0"_s << u"Alternate"_s
            << u"Alternate"_s;
        QTest::newRow("alternate expired")
            << at(2026, 12, 2, 10, 0) << true << u"2026-12-01 12:00:00.0"_s << u"Standard"_s
            << u"Standard"_s;
        QTest::newRow("alternate expired, 19:00")
            << at(2026, 12, 2, 19, 0) << true << u"2026-12-01 12:00:00.0"_s << u"Off Hours"_s
            << u"Off Hours"_s;
    }

    void greetingPlayed()
    {
        QFETCH(QDateTime, when);
        QFETCH(bool, holidayOn);
        QFETCH(QString, alternateExpires);
        QFETCH(QString, greeting);
        QFETCH(QString, transfer);
        const bool alternate = alternateExpires != u"-"_s;
        const QList<CupiObject> greetings{
            ::greeting(u"Standard"_s, true),
            ::greeting(u"Off Hours"_s, true),
            ::greeting(u"Alternate"_s, alternate, alternate ? alternateExpires : QString()),
            ::greeting(u"Busy"_s, false),
            ::greeting(u"Internal"_s, false),
            ::greeting(u"Holiday"_s, holidayOn),
            ::greeting(u"Error"_s, true),
        };
        const QList<CupiObject> rules{
            rule(u"Standard"_s, true),
            rule(u"Off Hours"_s, true),
            rule(u"Alternate"_s, alternate, alternate ? alternateExpires : QString()),
        };
        const ScheduleSet set{{weekdays(), false}, {holidays(), true}};
        const ScheduleState state = scheduleState(set, when, zone());
        QCOMPARE(activeGreeting(greetings, state, when), greeting);
        QCOMPARE(activeTransferRule(rules, state, when), transfer);
    }

    void precedence()
    {
        const QDateTime when = at(2026, 12, 2, 19, 0);
        QList<CupiObject> greetings{greeting(u"Standard"_s, true), greeting(u"Off Hours"_s, true),
                                    greeting(u"Busy"_s, true), greeting(u"Internal"_s, true)};
        // Busy and Internal only for such calls; Busy before Internal, both before Off Hours.
        QCOMPARE(activeGreeting(greetings, ScheduleState::Closed, when), u"Off Hours"_s);
        QCOMPARE(activeGreeting(greetings, ScheduleState::Closed, when, {true, false}),
                 u"Internal"_s);
        QCOMPARE(activeGreeting(greetings, ScheduleState::Closed, when, {true, true}), u"Busy"_s);
        greetings.append(greeting(u"Alternate"_s, true));
        QCOMPARE(activeGreeting(greetings, ScheduleState::Closed, when, {true, true}),
                 u"Alternate"_s);
        // Standard plays even when the server says it is disabled (it cannot be turned off).
        QCOMPARE(activeGreeting({greeting(u"Standard"_s, false)}, ScheduleState::Open, when),
                 u"Standard"_s);
        // A disabled Off Hours rule: Standard applies after hours.
        QCOMPARE(activeTransferRule({rule(u"Standard"_s, true), rule(u"Off Hours"_s, false)},
                                    ScheduleState::Closed, when),
                 u"Standard"_s);
    }

    // A CUPI time zone's display name gives its clock: the IANA zone, else the offset.
    void zoneFromDisplayName()
    {
        const QTimeZone kolkata = zoneOfDisplayName(u"(GMT+05:30) Asia/Kolkata"_s);
        QVERIFY(kolkata.isValid());
        QCOMPARE(kolkata.id(), QByteArray("Asia/Kolkata"));
        const QTimeZone unknown = zoneOfDisplayName(u"(GMT-03:30) Nowhere/Special"_s);
        QVERIFY(unknown.isValid());
        QCOMPARE(unknown.offsetFromUtc(at(2026, 12, 2, 10, 0)), -(3 * 3600 + 30 * 60));
        QVERIFY(zoneOfDisplayName(u"(GMT) Etc/GMT"_s).isValid());
        QVERIFY(!zoneOfDisplayName(u"Pacific time"_s).isValid());
        QVERIFY(!zoneOfDisplayName(QString()).isValid());
    }

    void expiry()
    {
        const QDateTime when = at(2026, 12, 2, 10, 0);
        const CupiObject past = greeting(u"Alternate"_s, true, u"2026-12-01 12:00:00.0"_s);
        const CupiObject future = greeting(u"Alternate"_s, true, u"2026-12-03 12:00:00.0"_s);
        const CupiObject disabled = greeting(u"Alternate"_s, false, u"1972-01-01 00:00:00.0"_s);
        QVERIFY(!isOn(past, when));
        QVERIFY(isExpired(past, when));
        QVERIFY(isOn(future, when));
        QVERIFY(!isExpired(future, when));
        QVERIFY(!isOn(disabled, when));
        QVERIFY(!isExpired(disabled, when)); // off on purpose, not "expired"
        // cupi-sim (like the server's pages) says "not enabled" once the time ran out.
        const CupiObject ranOut = greeting(u"Alternate"_s, false, u"2026-12-01 12:00:00.0"_s);
        QVERIFY(!isOn(ranOut, when));
        QVERIFY(isExpired(ranOut, when));
        // Standard never turns off, so it never expires.
        QVERIFY(!isExpired(greeting(u"Standard"_s, true, u"2026-12-01 12:00:00.0"_s), when));
        // The same greeting is on the day before it expires.
        QVERIFY(isOn(past, QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC)));
    }
};

QTEST_GUILESS_MAIN(TestFlowSchedule)
#include "tst_flowschedule.moc"
