// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/schedule.h"

#include "core/activation.h"
#include "core/cupiobject.h"
#include "core/cupitime.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

namespace {

constexpr int MinutesPerDay = 24 * 60;

// CUPI's dates come as "2026-01-01 00:00:00.0"; only the day counts.
QDate dateOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QDateTime time = CupiTime::parse(text);
    return time.isValid() ? time.date() : QDate::fromString(text.left(10), Qt::ISODate);
}

const CupiObject *findType(const QList<CupiObject> &objects, QStringView field, QStringView type)
{
    for (const CupiObject &object : objects) {
        if (object.value(field) == type)
            return &object;
    }
    return nullptr;
}

// canTurnOff() asks the field table; the builder asks for every greeting of 40,000 handlers.
bool alwaysOn(HandlerPart part, const QString &type)
{
    thread_local QHash<QString, bool> known[2];
    QHash<QString, bool> &cache = known[part == HandlerPart::Greeting ? 0 : 1];
    auto found = cache.constFind(type);
    if (found == cache.constEnd())
        found = cache.insert(type, !canTurnOff(part, type));
    return *found;
}

} // namespace

ScheduleDetail scheduleDetail(const CupiObject &detail)
{
    static const QStringView days[] = {
        u"IsActiveMonday", u"IsActiveTuesday",  u"IsActiveWednesday", u"IsActiveThursday",
        u"IsActiveFriday", u"IsActiveSaturday", u"IsActiveSunday"};
    ScheduleDetail result;
    result.startMinute = qBound(0, detail.intValue(u"StartTime"), MinutesPerDay);
    result.endMinute = qBound(0, detail.intValue(u"EndTime"), MinutesPerDay);
    for (int day = 0; day < 7; ++day)
        result.weekdays[size_t(day)] = detail.boolValue(days[day]);
    result.startDate = dateOf(detail.value(u"StartDate"));
    result.endDate = dateOf(detail.value(u"EndDate"));
    return result;
}

Schedule schedule(const CupiObject &object, const QList<CupiObject> &details)
{
    Schedule result;
    result.objectId = object.objectId();
    result.name = object.displayName();
    result.holiday = object.boolValue(u"IsHoliday");
    for (const CupiObject &detail : details)
        result.details.append(scheduleDetail(detail));
    return result;
}

bool isActive(const ScheduleDetail &detail, bool holidaySchedule, const QDateTime &local)
{
    const QDate day = local.date();
    if (detail.startDate.isValid() && day < detail.startDate)
        return false;
    if (detail.endDate.isValid() && day > detail.endDate)
        return false;
    // A holiday is a date; its details' weekdays are not set (cupi-sim, Cisco's examples).
    if (holidaySchedule && !detail.startDate.isValid())
        return false;
    if (!holidaySchedule && !detail.weekdays[size_t(day.dayOfWeek() - 1)])
        return false;
    const int minute = local.time().hour() * 60 + local.time().minute();
    const int start = detail.startMinute;
    int end = detail.endMinute;
    if (end == 0 || end == start)
        end = MinutesPerDay;
    if (end < start) // past midnight [INF: CUPI does not document it; read as two spans]
        return minute >= start || minute < end;
    return minute >= start && minute < end;
}

bool isActive(const Schedule &schedule, const QDateTime &local)
{
    for (const ScheduleDetail &detail : schedule.details) {
        if (isActive(detail, schedule.holiday, local))
            return true;
    }
    return false;
}

ScheduleState scheduleState(const ScheduleSet &set, const QDateTime &when, const QTimeZone &zone)
{
    if (set.isEmpty())
        return ScheduleState::Open;
    const QDateTime local = zone.isValid() ? when.toTimeZone(zone) : when.toLocalTime();
    bool open = false;
    for (const ScheduleSetMember &member : set) {
        const bool closing = member.exclude || member.schedule.holiday;
        if (!isActive(member.schedule, local))
            continue;
        if (closing)
            return ScheduleState::Holiday;
        open = true;
    }
    return open ? ScheduleState::Open : ScheduleState::Closed;
}

bool isOn(const CupiObject &object, const QDateTime &when)
{
    const bool greeting = object.contains(u"GreetingType");
    const QString type = object.value(greeting ? u"GreetingType" : u"TransferOptionType");
    if (alwaysOn(greeting ? HandlerPart::Greeting : HandlerPart::TransferOption, type))
        return true;
    return activationOf(object, when).state != Activation::State::Off;
}

bool isExpired(const CupiObject &object, const QDateTime &when)
{
    const bool greeting = object.contains(u"GreetingType");
    const QString type = object.value(greeting ? u"GreetingType" : u"TransferOptionType");
    return !alwaysOn(greeting ? HandlerPart::Greeting : HandlerPart::TransferOption, type) &&
           hasExpired(object, when);
}

QTimeZone zoneOfDisplayName(const QString &displayName)
{
    static const QRegularExpression form(
        uR"(^\s*\((?:GMT|UTC)(?:([+-])(\d{1,2}):(\d{2}))?\)\s*(\S*))"_s);
    const QRegularExpressionMatch m = form.match(displayName);
    if (!m.hasMatch())
        return {};
    const QByteArray iana = m.captured(4).toUtf8();
    if (!iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana))
        return QTimeZone(iana);
    int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
    if (m.captured(1) == u"-")
        seconds = -seconds;
    return QTimeZone(seconds);
}

QString activeGreeting(const QList<CupiObject> &greetings, ScheduleState state,
                       const QDateTime &when, const CallContext &context)
{
    const auto on = [&](QStringView type) {
        const CupiObject *greeting = findType(greetings, u"GreetingType", type);
        return greeting && isOn(*greeting, when);
    };
    if (on(u"Alternate"))
        return u"Alternate"_s;
    if (context.busy && on(u"Busy"))
        return u"Busy"_s;
    if (context.internalCaller && on(u"Internal"))
        return u"Internal"_s;
    if (state == ScheduleState::Holiday && on(u"Holiday"))
        return u"Holiday"_s;
    if (state != ScheduleState::Open && on(u"Off Hours"))
        return u"Off Hours"_s;
    return u"Standard"_s;
}

QString activeTransferRule(const QList<CupiObject> &rules, ScheduleState state,
                           const QDateTime &when)
{
    const auto on = [&](QStringView type) {
        const CupiObject *rule = findType(rules, u"TransferOptionType", type);
        return rule && isOn(*rule, when);
    };
    if (on(u"Alternate"))
        return u"Alternate"_s;
    if (state != ScheduleState::Open && on(u"Off Hours"))
        return u"Off Hours"_s;
    return u"Standard"_s;
}

} // namespace HandlerDesk::Core::Flow
