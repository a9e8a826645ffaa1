// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "What plays when" (issue 12): from a handler's schedule set — its members, each schedule's
// details, the holiday schedules — and a moment in the handler's time zone: open, closed or a
// holiday; then which greeting plays and which transfer rule applies. Pure functions over values
// read from the server (PROTOCOL.md §6, §7; cupi-sim serves the same shapes).
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

class QTimeZone;

namespace HandlerDesk::Core {
class CupiObject;
}

namespace HandlerDesk::Core::Flow {

// One schedule detail: active on the marked weekdays from startMinute to endMinute (minutes after
// midnight; an end of 0 — or equal to the start — means "until midnight", so 0–0 is the whole
// day), and only between startDate and endDate when they are set (both days included). A holiday
// schedule's details name their dates; their weekdays are not used.
struct ScheduleDetail
{
    int startMinute = 0;
    int endMinute = 0;
    std::array<bool, 7> weekdays{}; // Monday … Sunday
    QDate startDate;
    QDate endDate;
};

struct Schedule
{
    QString objectId;
    QString name;
    bool holiday = false; // IsHoliday
    QList<ScheduleDetail> details;
};

// A schedule set: its members, a member with `exclude` (CUPI's Exclude: the holiday schedule of
// a set) closes the handler while it is active.
struct ScheduleSetMember
{
    Schedule schedule;
    bool exclude = false;
};
using ScheduleSet = QList<ScheduleSetMember>;

// From CUPI objects: a ScheduleDetail (StartTime, EndTime, IsActiveMonday…, StartDate, EndDate),
// a Schedule (IsHoliday) with its details.
ScheduleDetail scheduleDetail(const CupiObject &detail);
Schedule schedule(const CupiObject &schedule, const QList<CupiObject> &details);

enum class ScheduleState : quint8 {
    Open,    // a schedule of the set is active
    Closed,  // none is: off hours
    Holiday, // a holiday (or excluded) member is active: closed, with the Holiday greeting
};

// Whether `detail` covers the wall-clock time `local` (in the handler's zone).
bool isActive(const ScheduleDetail &detail, bool holidaySchedule, const QDateTime &local);
bool isActive(const Schedule &schedule, const QDateTime &local);
// The state of `set` at `when`, read on the clock of `zone`. A holiday or excluded member that is
// active wins; then any other active member opens; else closed. An empty set is always open
// [INF: a handler without a schedule set plays its Standard greeting].
ScheduleState scheduleState(const ScheduleSet &set, const QDateTime &when, const QTimeZone &zone);

// ---- greetings and transfer rules (objects as the server lists them) ----
// On at `when`: Enabled (Standard and Error always) and no TimeExpires, or one after `when`.
bool isOn(const CupiObject &greetingOrRule, const QDateTime &when);
// Switched on until a time at or before `when` (so it is off for callers; see hasExpired() in
// core/activation.h): lint's warning. Never for Standard/Error greetings or the Standard rule.
bool isExpired(const CupiObject &greetingOrRule, const QDateTime &when);

// The clock of a CUPI time zone from its display name, "(GMT+05:30) Asia/Kolkata" (PROTOCOL §7):
// the IANA zone when this machine knows it, else the fixed offset in the parentheses; an invalid
// QTimeZone when neither reads.
QTimeZone zoneOfDisplayName(const QString &displayName);

struct CallContext
{
    bool internalCaller = false; // the call comes from an extension of the system
    bool busy = false;           // the handler's extension is busy
};

// The GreetingType that plays: Alternate > Busy (when busy) > Internal (internal callers) >
// Holiday (on a holiday) > Off Hours (closed or holiday) > Standard, each only when isOn().
QString activeGreeting(const QList<CupiObject> &greetings, ScheduleState state,
                       const QDateTime &when, const CallContext &context = {});
// The TransferOptionType that applies: Alternate > Off Hours (closed or holiday) > Standard.
QString activeTransferRule(const QList<CupiObject> &rules, ScheduleState state,
                           const QDateTime &when);

} // namespace HandlerDesk::Core::Flow
