// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/callflowbuilder.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"
#include "core/flow/callflowgraph.h"
#include "core/resources.h"

#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

Q_LOGGING_CATEGORY(lcBuilder, "handlerdesk.flow.builder")

namespace {

// The fields of a handler row the graph needs (its node and after-message action): the builder
// keeps only these of each row until the handler's details are read.
const QList<QStringView> &handlerFields()
{
    static const QList<QStringView> fields{
        Field::ObjectId,
        Field::DisplayName,
        Field::DtmfAccessId,
        u"TenantObjectId",
        Field::PartitionObjectId,
        Field::IsPrimary,
        u"Undeletable",
        Field::RecipientDistributionListObjectId,
        Field::RecipientSubscriberObjectId,
        Field::AfterMessageAction,
        Field::AfterMessageTargetConversation,
        Field::AfterMessageTargetHandlerObjectId,
        Field::ScheduleSetObjectId,
        u"UseDefaultTimeZone",
        u"TimeZone",
    };
    return fields;
}

enum class TaskType : quint8 { Handlers, Directory, Interview, Rules, Greetings, Keys };

struct Task
{
    TaskType type;
    QString handlerId; // Greetings and Keys
};

struct PendingDetails
{
    QList<CupiObject> greetings;
    QList<CupiObject> keys;
    int answers = 0;
    bool failed = false;
};

} // namespace

class CallFlowBuilder::Private
{
public:
    Private(CallFlowBuilder *q, CupiClient *client)
        : q(q)
        , client(client)
    {
    }

    void pump();
    void launch(const Task &task);
    ListJob *listJob(const QString &resource, QLatin1StringView item);
    void listFinished(TaskType type, CupiJob *job);
    void handlerRows(const ListPage &page);
    void detailsAnswered(const Task &task, CupiJob *job);
    void applyDetails(const QString &id, const PendingDetails &details);
    void queueDetails(const QString &id);
    void notePrimaryTargets(const QList<EdgeSpec> &edges);
    void sample();
    void checkDone();
    void end(bool ok, const QString &error);
    void emitProgress() { Q_EMIT q->progress(done, total); }

    CallFlowBuilder *q;
    QPointer<CupiClient> client;
    Graph graph;
    bool running = false;
    quint64 generation = 0; // answers of an earlier run (before a cancel) are dropped
    int inFlight = 0;
    QList<Task> queue;
    QList<QPointer<CupiJob>> jobs;
    QSet<TaskType> listed;                  // lists read completely (not read again on resume)
    QHash<QString, CupiObject> rows;        // handlers whose details are still to be read
    QStringList rowOrder;                   // rows' ids in server order (may hold ids read since)
    QHash<QString, CupiObject> primaryRows; // users' primary handlers nothing points to (yet)
    QHash<QString, PendingDetails> pending;
    QSet<QString> queued;
    QStringList extraRoots;
    bool handlerTotalKnown = false;
    int failed = 0;
    QString listError;
    QDateTime now;
    int done = 0;
    int total = 0;
    int requests = 0;
    int maxSeen = 0;
};

void CallFlowBuilder::Private::sample()
{
    if (client)
        maxSeen = qMax(maxSeen, client->inFlight());
}

void CallFlowBuilder::Private::pump()
{
    while (running && inFlight < MaxInFlight && !queue.isEmpty())
        launch(queue.takeFirst());
    checkDone();
}

ListJob *CallFlowBuilder::Private::listJob(const QString &resource, QLatin1StringView item)
{
    ListRequest request;
    request.resource = resource;
    request.itemName = QString(item);
    request.pagesInFlight = 1; // one slot per job: the builder counts its requests itself
    // The handler list's rows come only through pageLoaded(): 40,000 full objects are not kept.
    request.keepItems = item != Resources::Item::CallHandler;
    return client->list(request);
}

void CallFlowBuilder::Private::launch(const Task &task)
{
    ListJob *job = nullptr;
    switch (task.type) {
    case TaskType::Handlers:
        job = listJob(Resources::callHandlers(), Resources::Item::CallHandler);
        QObject::connect(job, &ListJob::pageLoaded, q, [this](const ListPage &page) {
            ++requests;
            handlerRows(page);
        });
        break;
    case TaskType::Directory:
        job = listJob(Resources::directoryHandlers(), Resources::Item::DirectoryHandler);
        break;
    case TaskType::Interview:
        job = listJob(Resources::interviewHandlers(), Resources::Item::InterviewHandler);
        break;
    case TaskType::Rules:
        job = listJob(Resources::routingRules(), Resources::Item::RoutingRule);
        break;
    case TaskType::Greetings:
        job = listJob(Resources::greetings(task.handlerId), Resources::Item::Greeting);
        break;
    case TaskType::Keys:
        job = listJob(Resources::menuEntries(task.handlerId), Resources::Item::MenuEntry);
        break;
    }
    if (task.type != TaskType::Handlers)
        ++requests;
    ++inFlight;
    jobs.append(job);
    sample();
    const quint64 run = generation;
    QObject::connect(job, &CupiJob::finished, q, [this, task, run](CupiJob *finished) {
        if (run != generation)
            return; // cancelled: what is missing is read again on the next start()
        --inFlight;
        sample();
        jobs.removeAll(QPointer<CupiJob>(finished));
        if (task.type == TaskType::Greetings || task.type == TaskType::Keys)
            detailsAnswered(task, finished);
        else
            listFinished(task.type, finished);
        pump();
    });
}

void CallFlowBuilder::Private::handlerRows(const ListPage &page)
{
    if (!handlerTotalKnown) {
        handlerTotalKnown = true;
        total = 4 + int(page.total()) + int(rows.size()); // `rows` come again: counted twice
    }
    for (qsizetype row = 0; row < page.rowCount(); ++row) {
        const CupiObject handler = page.object(row, handlerFields());
        const QString id = handler.objectId();
        if (id.isEmpty())
            continue;
        if (!handler.boolValue(Field::IsPrimary) && isOpeningGreeting(handler) &&
            !extraRoots.contains(id)) {
            extraRoots.append(id);
        }
        const int known = graph.indexOf(id);
        if (known >= 0 && graph.node(known).detailsRead) {
            --total; // read before (an earlier run or the cache)
            continue;
        }
        if (rows.contains(id)) {
            --total; // still to read from an earlier run: queued by start()
            continue;
        }
        if (handler.boolValue(Field::IsPrimary) &&
            (known < 0 || graph.node(known).kind != NodeKind::Missing)) {
            primaryRows.insert(id, handler); // read only once something points to it
            --total;
            continue;
        }
        graph.addNode(handlerNode(handler));
        // The after-message edge is known from the row already; the details replace it.
        graph.setEdgesFrom(id, handlerEdges(handler, {}, {}, now));
        rows.insert(id, handler);
        rowOrder.append(id);
        queueDetails(id);
    }
    emitProgress();
}

void CallFlowBuilder::Private::queueDetails(const QString &id)
{
    if (queued.contains(id))
        return;
    queued.insert(id);
    pending.insert(id, {});
    queue.append({TaskType::Greetings, id});
    queue.append({TaskType::Keys, id});
}

void CallFlowBuilder::Private::notePrimaryTargets(const QList<EdgeSpec> &edges)
{
    for (const EdgeSpec &edge : edges) {
        const auto found = primaryRows.constFind(edge.targetId);
        if (found == primaryRows.constEnd())
            continue;
        const CupiObject handler = *found;
        primaryRows.erase(found);
        ++total;
        graph.addNode(handlerNode(handler));
        graph.setEdgesFrom(handler.objectId(), handlerEdges(handler, {}, {}, now));
        rows.insert(handler.objectId(), handler);
        rowOrder.append(handler.objectId());
        queueDetails(handler.objectId());
    }
}

void CallFlowBuilder::Private::listFinished(TaskType type, CupiJob *job)
{
    if (!job->ok()) {
        // A server without routing rules (older than the resource) has none to root the graph.
        if (type == TaskType::Rules && job->error().httpStatus() == 404) {
            qCInfo(lcBuilder) << "no routing rules on this server (404)";
        } else {
            if (listError.isEmpty())
                listError = job->error().userMessage();
            return;
        }
    }
    listed.insert(type);
    ++done;
    const auto *list = static_cast<ListJob *>(job);
    switch (type) {
    case TaskType::Handlers:
        graph.setExtraRoots(extraRoots);
        break;
    case TaskType::Directory:
    case TaskType::Interview:
        for (const CupiObject &object : list->items()) {
            graph.addNode(objectNode(object, type == TaskType::Directory
                                                 ? NodeKind::DirectoryHandler
                                                 : NodeKind::InterviewHandler));
        }
        break;
    case TaskType::Rules:
        for (const CupiObject &rule : list->items()) {
            graph.addNode(routingRuleNode(rule));
            const QList<EdgeSpec> edges = routingRuleEdges(rule);
            graph.setEdgesFrom(rule.objectId(), edges);
            notePrimaryTargets(edges);
        }
        break;
    case TaskType::Greetings:
    case TaskType::Keys:
        Q_UNREACHABLE();
    }
    emitProgress();
}

void CallFlowBuilder::Private::detailsAnswered(const Task &task, CupiJob *job)
{
    PendingDetails &details = pending[task.handlerId];
    ++details.answers;
    if (job->ok()) {
        const QList<CupiObject> &items = static_cast<ListJob *>(job)->items();
        (task.type == TaskType::Greetings ? details.greetings : details.keys) = items;
    } else {
        qCInfo(lcBuilder).noquote()
            << "details of" << task.handlerId << "not read:" << job->error().message();
        details.failed = true;
    }
    if (details.answers < 2)
        return;
    const PendingDetails complete = pending.take(task.handlerId);
    queued.remove(task.handlerId);
    ++done;
    if (complete.failed)
        ++failed; // stays in `rows`, detailsRead false: read again by the next start()
    else
        applyDetails(task.handlerId, complete);
    emitProgress();
}

void CallFlowBuilder::Private::applyDetails(const QString &id, const PendingDetails &details)
{
    const CupiObject handler = rows.take(id);
    notePrimaryTargets(refreshHandler(graph, handler, details.greetings, details.keys, now));
}

void CallFlowBuilder::Private::checkDone()
{
    if (!running || inFlight > 0 || !queue.isEmpty())
        return;
    if (!listError.isEmpty()) {
        end(false, tr("The call flow could not be read completely: %1").arg(listError));
        return;
    }
    graph.setReadAt(now);
    if (failed > 0) {
        end(false, tr("%n handler(s) could not be read completely; the call flow is shown "
                      "without their greetings and keys. Build again to read them.",
                      nullptr, failed));
        return;
    }
    end(true, {});
}

void CallFlowBuilder::Private::end(bool ok, const QString &error)
{
    running = false;
    qCInfo(lcBuilder) << "build ended" << ok << requests << "requests," << failed
                      << "handlers incomplete";
    Q_EMIT q->finished(ok, error);
}

QList<EdgeSpec> refreshHandler(Graph &graph, const CupiObject &handler,
                               const QList<CupiObject> &greetings,
                               const QList<CupiObject> &menuEntries, const QDateTime &now)
{
    graph.addNode(handlerNode(handler, greetings, menuEntries, now));
    const QList<EdgeSpec> edges = handlerEdges(handler, greetings, menuEntries, now);
    graph.setEdgesFrom(handler.objectId(), edges);
    return edges;
}

CallFlowBuilder::CallFlowBuilder(CupiClient *client, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, client))
{
}

CallFlowBuilder::~CallFlowBuilder()
{
    ++d->generation;
    for (const QPointer<CupiJob> &job : std::as_const(d->jobs)) {
        if (job)
            job->cancel();
    }
}

void CallFlowBuilder::setGraph(const Graph &graph)
{
    Q_ASSERT(!d->running);
    d->graph = graph;
    d->listed.clear();
    d->rows.clear();
    d->rowOrder.clear();
    d->primaryRows.clear();
}

const Graph &CallFlowBuilder::graph() const
{
    return d->graph;
}

void CallFlowBuilder::start()
{
    if (d->running)
        return;
    d->running = true;
    d->now = QDateTime::currentDateTimeUtc();
    d->failed = 0;
    d->listError.clear();
    d->queue.clear();
    d->pending.clear();
    d->queued.clear();
    d->handlerTotalKnown = false;
    if (!d->client) {
        QTimer::singleShot(0, this, [this] { d->end(false, tr("Not connected.")); });
        return;
    }
    // Lists first (a resumed build reads again only those not read completely), then every
    // handler read before whose details are missing, then those the handler list brings.
    for (TaskType type :
         {TaskType::Handlers, TaskType::Directory, TaskType::Interview, TaskType::Rules}) {
        if (!d->listed.contains(type))
            d->queue.append({type, {}});
    }
    const QStringList order = d->rowOrder;
    d->rowOrder.clear();
    for (const QString &id : order) {
        if (d->rows.contains(id) && !d->queued.contains(id)) {
            d->rowOrder.append(id);
            d->queueDetails(id);
        }
    }
    d->done = int(d->listed.size());
    d->total = 4 + int(d->rows.size());
    // Asynchronously: finished() never comes from start() itself.
    QTimer::singleShot(0, this, [this, run = d->generation] {
        if (run == d->generation)
            d->pump();
    });
}

void CallFlowBuilder::cancel()
{
    if (!d->running)
        return;
    ++d->generation;
    d->running = false;
    d->inFlight = 0;
    d->queue.clear();
    d->pending.clear();
    d->queued.clear();
    const auto jobs = d->jobs;
    d->jobs.clear();
    for (const QPointer<CupiJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(false, tr("Cancelled.")); });
}

bool CallFlowBuilder::isRunning() const
{
    return d->running;
}

int CallFlowBuilder::failedHandlers() const
{
    return d->failed;
}

int CallFlowBuilder::requestsStarted() const
{
    return d->requests;
}

int CallFlowBuilder::maxInFlightSeen() const
{
    return d->maxSeen;
}

bool isOpeningGreeting(const CupiObject &handler)
{
    // Each tenant's is "<Tenant> Opening Greeting" [INF: cupi-sim's names; a real server's
    // system one is "Opening Greeting"].
    return handler.boolValue(u"Undeletable") &&
           handler.displayName().endsWith(u"Opening Greeting"_s);
}

} // namespace HandlerDesk::Core::Flow
