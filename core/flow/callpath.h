// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "What plays when" (issue 12): the path a caller takes from a handler (the Opening Greeting by
// default) for a key sequence at a moment — per handler the schedule state, the greeting that
// plays, what the caller did and what happened (PROTOCOL.md §6 call actions).
#include "core/cupierror.h"
#include "core/flow/schedule.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace HandlerDesk::Core {
class CupiClient;
class CupiJob;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Core::Flow {

class ScheduleReader;

struct CallPathStep
{
    QString handlerId;
    QString name;
    QString extension;
    ScheduleState state = ScheduleState::Open;
    QString timeZone;      // the handler's own time zone, when the schedule was read on it
    QDateTime localTime;   // the moment on the clock the schedule was read on
    QString greeting;      // the GreetingType that plays; empty when none is on
    QString key;           // the key the caller pressed; empty: the caller waited
    QString happened;      // a translated sentence
    QString nextHandlerId; // the handler the caller goes to next; empty at the end
};

struct CallPathRequest
{
    QString startId;  // empty: the Opening Greeting
    QStringList keys; // "0"…"9", "*", "#"
    QDateTime when;   // invalid: now
    // The clock the schedules are read on; invalid: this machine's. A handler with a time zone of
    // its own (UseDefaultTimeZone false) is read on its own clock (the same moment), as the
    // server plays it.
    QTimeZone zone;
};

// Walks the path. Contract: exactly one finished() per start(), never synchronously from
// start(); cancel() stops the walk and still finishes once (ok() false). The walk stops on a
// loop (a handler met again with no keys left), on a target that no longer exists, on an action
// value it does not know (shown raw) and after MaxSteps steps; these are results, not errors.
// ok() is false only when the server could not be read (error()).
class CallPathJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxSteps = 30;

    explicit CallPathJob(CupiClient *client, QObject *parent = nullptr);
    ~CallPathJob() override;

    void start(const CallPathRequest &request);
    void cancel();

    bool ok() const { return m_ok; }
    // Why the walk could not be done: the server's error, Usage (a bad key), NotFound (no
    // Opening Greeting, or the start handler is gone), Cancelled.
    const CupiError &error() const { return m_error; }
    const QList<CallPathStep> &steps() const { return m_steps; }
    QString endText() const { return m_end; }
    QString startId() const { return m_startId; }

    static bool isValidKey(const QString &key);

Q_SIGNALS:
    void finished(HandlerDesk::Core::Flow::CallPathJob *job);

private:
    struct Visit;
    void findOpeningGreeting();
    void enter(const QString &handlerId);
    void onPart(CupiJob *job, int part);
    void onZones(CupiJob *job);
    void readSchedules();
    void onSchedules(bool ok, const QString &error);
    void walk();
    void applyAction(CallPathStep step, int action, const QString &conversation,
                     const QString &target, const QString &raw);
    void goTo(const QString &handlerId);
    void end(const QString &sentence);
    void fail(const CupiError &error);
    void finish();
    void track(CupiJob *job, int part);

    QPointer<CupiClient> m_client;
    ScheduleReader *m_schedules = nullptr;
    CallPathRequest m_request;
    QStringList m_keys;
    QString m_startId;
    std::unique_ptr<Visit> m_visit;
    QStringList m_metIdle;               // handlers entered with no keys left
    QHash<QString, QString> m_zoneNames; // TimeZoneId → "(GMT+05:30) Asia/Kolkata"
    bool m_zonesRead = false;
    QList<CallPathStep> m_steps;
    QList<QPointer<CupiJob>> m_jobs;
    QString m_end;
    CupiError m_error;
    int m_generation = 0;
    bool m_ok = false;
    bool m_done = true;
};

// "Open", "Closed", "Holiday" (translated).
QString scheduleStateText(ScheduleState state);

} // namespace HandlerDesk::Core::Flow
