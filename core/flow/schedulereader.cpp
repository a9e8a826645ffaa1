// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/schedulereader.h"

#include "core/cupiclient.h"
#include "core/cupierror.h"
#include "core/cupijob.h"
#include "core/cupiobject.h"
#include "core/resources.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

ScheduleReader::ScheduleReader(CupiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ScheduleReader::start(const QString &scheduleSetId)
{
    const int run = ++m_generation;
    m_setId = scheduleSetId;
    m_set.clear();
    m_pending = 0;
    m_failed = false;
    m_error.clear();
    if (!m_client || scheduleSetId.isEmpty()) {
        const QString why =
            m_client ? tr("The handler has no schedule set.") : tr("Not connected.");
        QTimer::singleShot(0, this, [this, run, why] {
            if (run == m_generation)
                finish(false, why);
        });
        return;
    }
    ListRequest request;
    request.resource =
        Resources::member(Resources::scheduleSets(), scheduleSetId) + u"/schedulesetmembers"_s;
    request.itemName = u"ScheduleSetMember"_s;
    ListJob *job = m_client->list(request);
    connect(job, &CupiJob::finished, this, [this, run](CupiJob *done) {
        if (run == m_generation)
            onMembers(done);
    });
}

void ScheduleReader::onMembers(CupiJob *job)
{
    if (!job->ok()) {
        finish(false, job->error().userMessage());
        return;
    }
    for (const CupiObject &member : static_cast<ListJob *>(job)->items()) {
        ScheduleSetMember m;
        m.schedule.objectId = member.value(u"ScheduleObjectId"_s);
        m.exclude = member.boolValue(u"Exclude"_s);
        if (!m.schedule.objectId.isEmpty())
            m_set.append(m);
    }
    if (m_set.isEmpty()) {
        finish(true, {});
        return;
    }
    for (int i = 0; i < m_set.size(); ++i)
        readSchedule(i);
}

// Two requests per member: the schedule (IsHoliday, name) and its details.
void ScheduleReader::readSchedule(int member)
{
    const int run = m_generation;
    const QString path = Resources::member(u"schedules"_s, m_set.at(member).schedule.objectId);
    auto pending = std::make_shared<std::pair<CupiObject, QList<CupiObject>>>();
    auto answered = std::make_shared<int>(0);
    const auto done = [this, run, member, pending, answered](CupiJob *job, bool isList) {
        if (run != m_generation)
            return;
        --m_pending;
        if (!job->ok()) {
            m_failed = true;
            m_error = job->error().userMessage();
        } else if (isList) {
            pending->second = static_cast<ListJob *>(job)->items();
        } else {
            pending->first = static_cast<ObjectJob *>(job)->object();
        }
        if (++*answered == 2 && !m_failed) {
            const QString id = m_set.at(member).schedule.objectId;
            m_set[member].schedule = schedule(pending->first, pending->second);
            m_set[member].schedule.objectId = id;
        }
        if (m_pending == 0)
            finish(!m_failed, m_error);
    };
    ObjectJob *object = m_client->get(path);
    connect(object, &CupiJob::finished, this, [done](CupiJob *job) { done(job, false); });
    ListRequest request;
    request.resource = path + u"/scheduledetails"_s;
    request.itemName = u"ScheduleDetail"_s;
    ListJob *details = m_client->list(request);
    connect(details, &CupiJob::finished, this, [done](CupiJob *job) { done(job, true); });
    m_pending += 2;
}

void ScheduleReader::finish(bool ok, const QString &error)
{
    if (!ok)
        m_set.clear();
    Q_EMIT finished(ok, error);
}

} // namespace HandlerDesk::Core::Flow
