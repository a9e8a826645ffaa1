// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

#include <memory>

class QTimer;

namespace HandlerDesk::Core {
class CupiClient;
class CupiObject;
class HandlerEditor;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Core::Flow {
class CallFlowBuilder;
class CallFlowCache;
class Graph;
class RepointRun;
struct RepointPlan;
} // namespace HandlerDesk::Core::Flow

namespace HandlerDesk::Ui {

// Owns the call-flow graph of the signed-in server (issue 12), one per session: on start() the
// graph kept in the cache for (server, user) is shown at once, and a background build completes
// it (only what the cached graph lacks); refresh() reads the whole server again. The handler
// editor's reads and saves (HandlerEditor::objectsRead) refresh the handler's node and edges, a
// delete removes the node. Every change is written back to the cache (a moment later, once).
//
// The graph is shared with the views (FlowPicture keeps a pointer): it changes in place, and
// graphChanged() tells them to read it again. Never null.
class CallFlowOwner : public QObject
{
    Q_OBJECT
public:
    // `cacheDirectory` empty: the XDG cache directory (tests give their own).
    CallFlowOwner(Core::CupiClient *client, Core::HandlerEditor *editor,
                  const QString &cacheDirectory = {}, QObject *parent = nullptr);
    ~CallFlowOwner() override;

    std::shared_ptr<const Core::Flow::Graph> graph() const;
    // The server as the status bar names it ("host:port").
    QString serverName() const;
    // When the graph was read (the build's end, or the cache's); invalid when never.
    QDateTime readAt() const;
    bool isBuilding() const;

    // Loads the cache, then builds in the background what it lacks.
    void start();
    // Reads the whole server again (the graph shown stays until the new one is complete).
    void refresh();
    void cancel();
    // A handler was deleted on the server.
    void removeHandler(const QString &objectId);
    // A handler with its greetings and keys as just read (HandlerEditor::objectsRead: opens,
    // saves, put-backs): its node and edges are replaced.
    void updateHandler(const Core::CupiObject &handler, const QList<Core::CupiObject> &greetings,
                       const QList<Core::CupiObject> &menuEntries);
    // A re-point of `plan` (not started: the caller connects and starts it), which updates the
    // graph when it succeeds. Owned by the caller.
    Core::Flow::RepointRun *repoint(const Core::Flow::RepointPlan &plan);

Q_SIGNALS:
    void graphChanged();
    void buildStarted();
    void buildProgress(int done, int total);
    // `error` is translated; empty when ok.
    void buildFinished(bool ok, const QString &error);

private:
    void startBuilder(bool fromScratch);
    void onBuilderFinished(bool ok, const QString &error);
    // Changes the graph (and the build's, when it replaces the shown one).
    void change(const std::function<void(Core::Flow::Graph &)> &edit);
    void saveToCache();

    QPointer<Core::CupiClient> m_client;
    std::shared_ptr<Core::Flow::Graph> m_graph;
    std::unique_ptr<Core::Flow::CallFlowCache> m_cache;
    Core::Flow::CallFlowBuilder *m_builder = nullptr;
    QTimer *m_saveTimer = nullptr;
    // What changed the graph while a build ran (the editor's reads, deletes, re-points): done
    // again on the build's graph when it replaces the shown one.
    QList<std::function<void(Core::Flow::Graph &)>> m_replay;
    QString m_server;
    QString m_user;
    bool m_fromScratch = false; // the running build reads the whole server again
};

} // namespace HandlerDesk::Ui
