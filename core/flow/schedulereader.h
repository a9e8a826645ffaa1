// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/flow/schedule.h"

#include <QObject>
#include <QPointer>

namespace HandlerDesk::Core {
class CupiClient;
class CupiJob;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Core::Flow {

// Reads one schedule set with what "what plays when" needs (issue 12): its members, each member
// schedule (IsHoliday) and that schedule's details — schedulesets/{id}/schedulesetmembers,
// schedules/{id}, schedules/{id}/scheduledetails (CUPI guide, Schedules chapter).
//
// Contract: exactly one finished() per start(), never synchronously from start(); a failure
// (or an empty id: no set) gives an empty set with ok == false and the reason.
class ScheduleReader : public QObject
{
    Q_OBJECT
public:
    explicit ScheduleReader(CupiClient *client, QObject *parent = nullptr);

    void start(const QString &scheduleSetId);
    const ScheduleSet &scheduleSet() const { return m_set; }
    QString scheduleSetId() const { return m_setId; }

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void onMembers(CupiJob *job);
    void readSchedule(int member);
    void finish(bool ok, const QString &error);

    QPointer<CupiClient> m_client;
    QString m_setId;
    ScheduleSet m_set;
    int m_pending = 0;
    int m_generation = 0;
    bool m_failed = false;
    QString m_error;
};

} // namespace HandlerDesk::Core::Flow
