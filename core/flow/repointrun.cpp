// SPDX-License-Identifier: GPL-3.0-or-later
// RepointRun: a re-pointing plan written one request at a time, all or nothing.
#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/flow/repoint.h"
#include "core/flow/repoint_p.h"
#include "core/operations/putback.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcRepoint, "handlerdesk.flow.repoint")

namespace HandlerDesk::Core::Flow {

namespace {
bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Whether the referrer as the server has it now still sends callers where the plan thinks.
bool stillPointsFrom(const CupiObject &now, const RepointChange &change)
{
    const CallActionFields fields = repointFields(change.site);
    const QString target = change.before.value(fields.target);
    return now.value(fields.action) == change.before.value(fields.action) &&
           sameId(now.value(fields.conversation), change.before.value(fields.conversation)) &&
           (target.isEmpty() || sameId(now.value(fields.target), target));
}
} // namespace

class RepointRun::Private
{
public:
    Private(RepointRun *q, CupiClient *client, RepointPlan plan)
        : q(q)
        , client(client)
        , plan(std::move(plan))
    {
    }

    void check(int index);
    void write(int index);
    void putBackNext();
    void fail(Stage stage, int change, const CupiError &error);
    void finish(bool ok);
    void step() { Q_EMIT q->progress(++done, total); }
    int changeCount() const { return int(plan.changes.size()); }

    RepointRun *q;
    QPointer<CupiClient> client;
    RepointPlan plan;
    Graph *graph = nullptr;
    Outcome outcome;
    QList<CupiObject> serverBefore; // per change: its three fields as the check read them
    QList<int> putBacks;            // still to put back
    int done = 0;
    int total = 0;
    bool started = false;
    bool finished = false;
};

RepointRun::RepointRun(CupiClient *client, RepointPlan plan, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, client, std::move(plan)))
{
}

RepointRun::~RepointRun() = default;

void RepointRun::setGraph(Graph *graph)
{
    d->graph = graph;
}

const RepointPlan &RepointRun::plan() const
{
    return d->plan;
}

const RepointRun::Outcome &RepointRun::outcome() const
{
    return d->outcome;
}

void RepointRun::start()
{
    if (std::exchange(d->started, true))
        return;
    d->total = 2 * d->changeCount();
    if (!d->client) {
        QTimer::singleShot(0, this, [this] {
            d->fail(Stage::Check, -1, CupiError(CupiError::Kind::Usage, tr("Not connected.")));
        });
        return;
    }
    QTimer::singleShot(0, this, [this] { d->check(0); });
}

void RepointRun::Private::check(int index)
{
    if (index == changeCount())
        return write(0);
    const RepointChange &change = plan.changes.at(index);
    ObjectJob *job = client->get(change.path);
    QObject::connect(job, &CupiJob::finished, q, [this, index, job] {
        const RepointChange &change = plan.changes.at(index);
        if (!job->ok())
            return fail(Stage::Check, index, job->error());
        if (!stillPointsFrom(job->object(), change)) {
            return fail(Stage::Check, index,
                        CupiError(CupiError::Kind::Conflict,
                                  RepointRun::tr("%1 no longer goes to %2: the call-flow graph "
                                                 "is older than the server. Read it again and "
                                                 "retry.")
                                      .arg(change.place, plan.fromName)));
        }
        CupiObject before;
        for (const auto &[field, value] : change.after.fields()) {
            if (job->object().contains(field))
                before.set(field, job->object().value(field));
        }
        serverBefore.append(before);
        step();
        check(index + 1);
    });
}

void RepointRun::Private::write(int index)
{
    if (index == changeCount())
        return finish(true);
    const RepointChange &change = plan.changes.at(index);
    CupiJob *job = client->put(change.path, change.after, change.root);
    QObject::connect(job, &CupiJob::finished, q, [this, index, job] {
        if (!job->ok())
            return fail(Stage::Write, index, job->error());
        outcome.written.append(index);
        step();
        write(index + 1);
    });
}

void RepointRun::Private::fail(Stage stage, int change, const CupiError &error)
{
    qCInfo(lcRepoint) << "re-pointing failed:" << error.message();
    outcome.error = error;
    outcome.stage = stage;
    outcome.failedChange = change;
    if (stage != Stage::Write)
        return finish(false);
    putBacks = putBackOrder(outcome.written, change, error);
    outcome.written.clear();
    total = done + int(putBacks.size());
    putBackNext();
}

void RepointRun::Private::putBackNext()
{
    if (putBacks.isEmpty())
        return finish(false);
    const int index = putBacks.takeFirst();
    const RepointChange &change = plan.changes.at(index);
    // Only a conversation's unused target can be absent (the check compared the others): what
    // was sent there may stay, the server ignores it.
    QStringList notRestored;
    const CupiObject body = putBackBody(change.after, serverBefore.at(index), &notRestored);
    CupiJob *job = client->put(change.path, body, change.root);
    QObject::connect(job, &CupiJob::finished, q, [this, index, job] {
        if (job->ok()) {
            outcome.putBack.append(index);
        } else {
            qCInfo(lcRepoint) << "put-back refused:" << job->error().message();
            outcome.notPutBack.append(index);
            outcome.notPutBackErrors.append(job->error());
        }
        step();
        putBackNext();
    });
}

void RepointRun::Private::finish(bool ok)
{
    if (std::exchange(finished, true))
        return;
    if (ok) {
        if (graph)
            applyRepoint(*graph, plan);
        outcome.message =
            RepointRun::tr("%n referrer(s) of %1 now go to %2.", nullptr, changeCount())
                .arg(plan.fromName, plan.toName);
    } else {
        const QString where = outcome.failedChange >= 0
                                  ? plan.changes.at(outcome.failedChange).place
                                  : RepointRun::tr("Re-pointing");
        QString text = outcome.stage == Stage::Check ? RepointRun::tr("%1: %2 Nothing was changed.")
                                                     : RepointRun::tr("%1 was refused: %2");
        text = text.arg(where, outcome.error.userMessage());
        QStringList back;
        for (const int i : std::as_const(outcome.putBack))
            back << plan.changes.at(i).place;
        if (!back.isEmpty())
            text += u' ' + RepointRun::tr("Put back: %1.").arg(back.join(u"; "_s));
        else if (outcome.stage == Stage::Write && outcome.notPutBack.isEmpty())
            text += u' ' + RepointRun::tr("Nothing had been changed.");
        QStringList stuck;
        for (const int i : std::as_const(outcome.notPutBack))
            stuck << plan.changes.at(i).place;
        if (!stuck.isEmpty()) {
            text += u' ' + RepointRun::tr("Could NOT be put back (may still go to %1): %2.")
                               .arg(plan.toName, stuck.join(u"; "_s));
        }
        outcome.message = text;
    }
    Q_EMIT q->finished(ok);
}

} // namespace HandlerDesk::Core::Flow
