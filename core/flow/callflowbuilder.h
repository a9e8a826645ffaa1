// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

#include <QList>

class QDateTime;

namespace HandlerDesk::Core {
class CupiClient;
class CupiObject;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Core::Flow {

class Graph;
struct EdgeSpec;

// Keeps a graph fresh from what the client itself read or wrote: after an open or a save
// (connect HandlerEditor::objectsRead), the handler's node (handlerNode() with its details, as
// of `now`) and its edges are replaced. After a
// delete, Graph::removeNode(). The builder uses the same function for each handler it reads.
// Returns the handler's edges as set.
QList<EdgeSpec> refreshHandler(Graph &graph, const CupiObject &handler,
                               const QList<CupiObject> &greetings,
                               const QList<CupiObject> &menuEntries, const QDateTime &now);

// Builds the call-flow graph of one server through its CupiClient (issue 12): the call-handler
// list (system handlers, and the users' primary handlers that something points to), each
// handler's greetings and caller-input keys, the directory and interview handlers and the call
// routing rules. A tenant administrator gets what the server lists for them, nothing more.
//
// At most MaxInFlight requests of the builder are on the wire at any time, whatever the client
// allows. Resumable: cancel() or a failure keeps everything read so far, and start() again reads
// only what is missing (a graph handed in with setGraph(), e.g. from the cache, counts as read for
// its handlers whose details were read). A handler whose greetings or keys could not be read
// (after the client's own retries) stays with detailsRead == false and is counted in
// failedHandlers(); the graph is usable all the same.
//
// Contract: after start(), exactly one finished() follows, never synchronously from start();
// cancel() ends a running build with finished(false, …) (asynchronously).
class CallFlowBuilder : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxInFlight = 3;

    explicit CallFlowBuilder(CupiClient *client, QObject *parent = nullptr);
    ~CallFlowBuilder() override;

    // Starts from `graph` (a cached or earlier graph): its handlers with details read are not read
    // again. Only while not running.
    void setGraph(const Graph &graph);
    const Graph &graph() const;

    void start();
    void cancel();
    bool isRunning() const;

    // Handlers whose greetings or keys the last run could not read.
    int failedHandlers() const;
    // Figures of the builder's lifetime (benchmarks, tests): requests started, and the most of
    // them on the wire at once as the client counted them.
    int requestsStarted() const;
    int maxInFlightSeen() const;

Q_SIGNALS:
    // `done` of `total` steps: the four lists, then each handler whose details are read (or
    // failed). `total` grows while the handler list comes in.
    void progress(int done, int total);
    // `error` is a translated sentence when !ok: cancelled, a list that could not be read, or how
    // many handlers could not be read completely (the graph is still usable then).
    void finished(bool ok, const QString &error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace HandlerDesk::Core::Flow
