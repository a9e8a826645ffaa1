// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/callpath.h"

#include "core/cupiclient.h"
#include "core/cupierror.h"
#include "core/cupijob.h"
#include "core/cupiobject.h"
#include "core/fieldtable.h"
#include "core/flow/callflowgraph.h"
#include "core/flow/schedulereader.h"
#include "core/resources.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

namespace {

enum Part { HandlerPart_, Greetings, Keys, PartCount };

// One call action as the object carries it, through the field table's names.
struct Action
{
    int value = -1;
    QString raw;
    QString conversation;
    QString target;
};

Action actionOf(const CupiObject &object, HandlerPart part)
{
    const CallActionFields *fields = fieldTable(part).callAction();
    Q_ASSERT(fields);
    Action action;
    action.raw = object.value(fields->action);
    bool ok = false;
    const int value = action.raw.toInt(&ok);
    action.value = ok && value >= 0 && value <= int(CallAction::RouteFromNextRule) ? value : -1;
    action.conversation = object.value(fields->conversation);
    action.target = object.value(fields->target);
    return action;
}

} // namespace

// What is read of the handler being visited.
struct CallPathJob::Visit
{
    QString handlerId;
    CupiObject handler;
    QList<CupiObject> greetings;
    QList<CupiObject> keys;
    CupiError failure;
    int answered = 0;
    bool missing = false;
};

QString scheduleStateText(ScheduleState state)
{
    switch (state) {
    case ScheduleState::Open:
        return CallPathJob::tr("open");
    case ScheduleState::Closed:
        return CallPathJob::tr("closed");
    case ScheduleState::Holiday:
        return CallPathJob::tr("holiday");
    }
    return {};
}

CallPathJob::CallPathJob(CupiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_schedules(new ScheduleReader(client, this))
{
    connect(m_schedules, &ScheduleReader::finished, this, &CallPathJob::onSchedules);
}

CallPathJob::~CallPathJob()
{
    for (const QPointer<CupiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

bool CallPathJob::isValidKey(const QString &key)
{
    return key.size() == 1 && (key.at(0).isDigit() || key == u"*" || key == u"#");
}

void CallPathJob::start(const CallPathRequest &request)
{
    const int run = ++m_generation;
    m_request = request;
    if (!m_request.when.isValid())
        m_request.when = QDateTime::currentDateTime();
    if (!m_request.zone.isValid())
        m_request.zone = QTimeZone::systemTimeZone();
    m_keys = request.keys;
    m_startId = request.startId;
    m_steps.clear();
    m_metIdle.clear();
    m_end.clear();
    m_error = {};
    m_ok = false;
    m_done = false;
    QString bad;
    for (const QString &key : std::as_const(m_keys)) {
        if (!isValidKey(key))
            bad = tr("\"%1\" is not a key of a phone (0–9, * or #).").arg(key);
    }
    if (!m_client)
        bad = tr("Not connected.");
    // Never synchronously: the first step waits for the event loop.
    QTimer::singleShot(0, this, [this, run, bad] {
        if (run != m_generation)
            return;
        if (!bad.isEmpty())
            fail({CupiError::Kind::Usage, bad});
        else if (m_startId.isEmpty())
            findOpeningGreeting();
        else
            enter(m_startId);
    });
}

void CallPathJob::cancel()
{
    if (m_done)
        return;
    ++m_generation;
    for (const QPointer<CupiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    m_visit.reset(); // a schedule reply still on its way finds no visit
    const int run = m_generation;
    QTimer::singleShot(0, this, [this, run] {
        if (run == m_generation)
            fail({CupiError::Kind::Cancelled, tr("Cancelled.")});
    });
}

void CallPathJob::track(CupiJob *job, int part)
{
    m_jobs.append(job);
    const int run = m_generation;
    connect(job, &CupiJob::finished, this, [this, run, part](CupiJob *done) {
        if (run == m_generation)
            onPart(done, part);
    });
}

void CallPathJob::findOpeningGreeting()
{
    ListRequest request;
    request.resource = Resources::callHandlers();
    request.itemName = QString(Resources::Item::CallHandler);
    request.query = Resources::queryIs(u"DisplayName"_s, u"Opening Greeting"_s);
    track(m_client->list(request), -1);
}

void CallPathJob::enter(const QString &handlerId)
{
    if (m_steps.size() >= MaxSteps) {
        end(tr("Stopped after %1 steps.").arg(MaxSteps));
        return;
    }
    if (m_keys.isEmpty()) {
        if (m_metIdle.contains(handlerId)) {
            QString name = handlerId;
            for (const CallPathStep &step : std::as_const(m_steps)) {
                if (step.handlerId == handlerId)
                    name = step.name;
            }
            end(tr("Loops back to %1: the caller can never leave.").arg(name));
            return;
        }
        m_metIdle.append(handlerId);
    }
    m_visit = std::make_unique<Visit>();
    m_visit->handlerId = handlerId;
    track(m_client->get(Resources::callHandler(handlerId)), HandlerPart_);
    ListRequest greetings;
    greetings.resource = Resources::greetings(handlerId);
    greetings.itemName = QString(Resources::Item::Greeting);
    track(m_client->list(greetings), Greetings);
    ListRequest keys;
    keys.resource = Resources::menuEntries(handlerId);
    keys.itemName = QString(Resources::Item::MenuEntry);
    track(m_client->list(keys), Keys);
}

void CallPathJob::onPart(CupiJob *job, int part)
{
    m_jobs.removeAll(job);
    if (part < 0) { // the Opening Greeting's search
        if (!job->ok())
            return fail(job->error());
        for (const CupiObject &handler : static_cast<ListJob *>(job)->items()) {
            if (isOpeningGreeting(handler)) {
                m_startId = handler.objectId();
                return enter(m_startId);
            }
        }
        return fail({CupiError::Kind::NotFound, tr("The server has no Opening Greeting.")});
    }
    if (!job->ok()) {
        // The handler's 404 decides: a missing handler's greetings and keys fail too.
        if (part == HandlerPart_ && job->error().httpStatus() == 404)
            m_visit->missing = true;
        else if (!m_visit->failure.isError())
            m_visit->failure = job->error();
    } else if (part == HandlerPart_) {
        m_visit->handler = static_cast<ObjectJob *>(job)->object();
    } else {
        (part == Greetings ? m_visit->greetings : m_visit->keys) =
            static_cast<ListJob *>(job)->items();
    }
    if (++m_visit->answered < PartCount)
        return;
    if (m_visit->missing && m_steps.isEmpty()) {
        fail({CupiError::Kind::NotFound,
              tr("There is no call handler %1.").arg(m_visit->handlerId)});
        return;
    }
    if (m_visit->failure.isError() && !m_visit->missing) {
        fail(m_visit->failure);
        return;
    }
    if (m_visit->missing) {
        end(tr("%1 sends the caller to %2, which no longer exists.")
                .arg(m_steps.constLast().name, m_visit->handlerId));
        return;
    }
    const bool ownZone = !m_visit->handler.boolValue(Field::UseDefaultTimeZone, true) &&
                         !m_visit->handler.value(Field::TimeZone).isEmpty();
    if (ownZone && !m_zonesRead) { // the zones' names, once per walk
        ListRequest zones;
        zones.resource = Resources::timeZones();
        zones.itemName = QString(Resources::Item::TimeZone);
        m_jobs.append(m_client->list(zones));
        const int run = m_generation;
        connect(m_jobs.constLast(), &CupiJob::finished, this, [this, run](CupiJob *done) {
            if (run == m_generation)
                onZones(done);
        });
        return;
    }
    readSchedules();
}

void CallPathJob::onZones(CupiJob *job)
{
    m_jobs.removeAll(job);
    if (!job->ok())
        return fail(job->error());
    m_zonesRead = true;
    for (const CupiObject &zone : static_cast<ListJob *>(job)->items())
        m_zoneNames.insert(zone.value(u"TimeZoneId"), zone.displayName());
    readSchedules();
}

void CallPathJob::readSchedules()
{
    const QString setId = m_visit->handler.value(Field::ScheduleSetObjectId);
    if (setId.isEmpty())
        onSchedules(true, {}); // no schedule set: always open
    else
        m_schedules->start(setId);
}

void CallPathJob::onSchedules(bool ok, const QString &error)
{
    if (m_done || !m_visit)
        return;
    if (!ok && !m_visit->handler.value(Field::ScheduleSetObjectId).isEmpty())
        return fail({CupiError::Kind::Server, error});
    walk();
}

// At the visited handler: the greeting that plays, then the caller's next key or the wait.
void CallPathJob::walk()
{
    const Visit &visit = *m_visit;
    CallPathStep step;
    step.handlerId = visit.handlerId;
    step.name = visit.handler.displayName();
    step.extension = visit.handler.value(Field::DtmfAccessId);
    const ScheduleSet set = visit.handler.value(Field::ScheduleSetObjectId).isEmpty()
                                ? ScheduleSet{}
                                : m_schedules->scheduleSet();
    QTimeZone zone = m_request.zone;
    if (!visit.handler.boolValue(Field::UseDefaultTimeZone, true)) {
        const QString name = m_zoneNames.value(visit.handler.value(Field::TimeZone));
        const QTimeZone own = zoneOfDisplayName(name);
        if (own.isValid()) {
            zone = own;
            step.timeZone = name;
        }
    }
    step.localTime = m_request.when.toTimeZone(zone);
    step.state = scheduleState(set, m_request.when, zone);
    step.greeting = activeGreeting(visit.greetings, step.state, m_request.when);
    CupiObject greeting;
    for (const CupiObject &g : visit.greetings) {
        if (g.value(Field::GreetingType) == step.greeting)
            greeting = g;
    }
    const bool ignoresDigits = greeting.boolValue(Field::IgnoreDigits);
    if (!m_keys.isEmpty() && !ignoresDigits) {
        step.key = m_keys.takeFirst();
        for (const CupiObject &entry : visit.keys) {
            if (entry.value(Field::TouchtoneKey) == step.key) {
                const Action a = actionOf(entry, HandlerPart::MenuEntry);
                return applyAction(step, a.value, a.conversation, a.target, a.raw);
            }
        }
        step.happened = tr("Key %1 is not offered here: nothing happens.").arg(step.key);
        m_steps.append(step);
        return walk();
    }
    if (!m_keys.isEmpty() && ignoresDigits) { // pressed while it plays: lost
        step.key = m_keys.takeFirst();
        step.happened =
            tr("The %1 greeting ignores keys: key %2 does nothing.").arg(step.greeting, step.key);
        m_steps.append(step);
        return walk();
    }
    const Action a = actionOf(greeting, HandlerPart::Greeting);
    applyAction(step, a.value, a.conversation, a.target, a.raw);
}

void CallPathJob::applyAction(CallPathStep step, int action, const QString &conversation,
                              const QString &target, const QString &raw)
{
    const bool pressed = !step.key.isEmpty();
    const QString prefix = step.happened;
    const auto say = [&](const QString &text) {
        step.happened = prefix + text;
        m_steps.append(step);
    };
    switch (action) {
    case int(CallAction::Ignore):
        if (pressed) {
            say(tr("Key %1 is set to Ignore: it does nothing.").arg(step.key));
            return walk();
        }
        say(tr("Nothing follows the greeting: the call ends."));
        return end(tr("The call ends at %1.").arg(step.name));
    case int(CallAction::Hangup):
        say(tr("Hangs up."));
        return end(tr("%1 hangs up.").arg(step.name));
    case int(CallAction::Goto): {
        const QString next = targetId(action, conversation, target);
        if (next.isEmpty()) {
            say(tr("Go to %1 without a target.").arg(conversation));
            return end(tr("A Go-to without a target: the call goes nowhere."));
        }
        if (next.startsWith(u"conv:")) {
            say(tr("Goes to the conversation %1.").arg(conversation));
            return end(tr("The caller ends in the conversation %1.").arg(conversation));
        }
        switch (FieldEnums::targetKind(conversation)) {
        case TargetKind::DirectoryHandler:
            say(tr("Goes to the directory handler %1.").arg(next));
            return end(tr("The caller ends in the directory handler %1.").arg(next));
        case TargetKind::InterviewHandler:
            say(tr("Goes to the interview handler %1.").arg(next));
            return end(tr("The caller ends in the interview handler %1.").arg(next));
        default:
            step.nextHandlerId = next;
            say(conversation == u"PHTransfer" ? tr("Goes to the next handler (its transfer rules).")
                                              : tr("Goes to the next handler."));
            return enter(next);
        }
    }
    case int(CallAction::Error):
        say(tr("Plays the Error greeting."));
        for (const CupiObject &g : std::as_const(m_visit->greetings)) {
            if (g.value(Field::GreetingType) == u"Error" && step.greeting != u"Error") {
                const Action a = actionOf(g, HandlerPart::Greeting);
                CallPathStep after = step;
                after.key.clear();
                after.happened.clear();
                after.greeting = u"Error"_s;
                return applyAction(after, a.value, a.conversation, a.target, a.raw);
            }
        }
        return end(tr("The call ends after the Error greeting."));
    case int(CallAction::TakeMessage): {
        say(tr("Takes a message."));
        const Action a = actionOf(m_visit->handler, HandlerPart::Handler);
        CallPathStep after = step;
        after.key.clear();
        after.happened = tr("After the message: ");
        after.greeting.clear();
        if (a.value == int(CallAction::TakeMessage) || a.value == int(CallAction::Error))
            return end(tr("After the message the action is %1.").arg(a.raw));
        return applyAction(after, a.value, a.conversation, a.target, a.raw);
    }
    case int(CallAction::SkipGreeting): {
        say(pressed ? tr("Skips the greeting.") : tr("Skips to the end of the greeting."));
        CupiObject greeting;
        for (const CupiObject &g : std::as_const(m_visit->greetings)) {
            if (g.value(Field::GreetingType) == step.greeting)
                greeting = g;
        }
        const Action a = actionOf(greeting, HandlerPart::Greeting);
        if (a.value == int(CallAction::SkipGreeting))
            return end(tr("The greeting skips to itself."));
        CallPathStep after = step;
        after.key.clear();
        after.happened = tr("After the greeting: ");
        return applyAction(after, a.value, a.conversation, a.target, a.raw);
    }
    case int(CallAction::RestartGreeting):
        step.nextHandlerId = step.handlerId;
        say(tr("Restarts the greeting."));
        return enter(step.handlerId);
    case int(CallAction::TransferAltContact):
        say(tr("Transfers to the alternate contact number."));
        return end(
            tr("The caller is transferred to %1's alternate contact number.").arg(step.name));
    case int(CallAction::RouteFromNextRule):
        say(tr("Goes back to the call routing rules (the next rule)."));
        return end(tr("The call goes on from the next call routing rule."));
    default:
        say(tr("Action \"%1\" is not known here.").arg(raw));
        return end(tr("Stopped at an action this program does not know: \"%1\".").arg(raw));
    }
}

void CallPathJob::end(const QString &sentence)
{
    m_end = sentence;
    m_ok = true;
    finish();
}

void CallPathJob::fail(const CupiError &error)
{
    m_error = error;
    m_ok = false;
    finish();
}

void CallPathJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    ++m_generation;
    m_visit.reset();
    Q_EMIT finished(this);
}

} // namespace HandlerDesk::Core::Flow
