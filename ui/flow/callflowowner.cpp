// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/callflowowner.h"

#include "core/cupiclient.h"
#include "core/cupiobject.h"
#include "core/flow/callflowbuilder.h"
#include "core/flow/callflowcachefile.h"
#include "core/flow/callflowgraph.h"
#include "core/flow/repoint.h"
#include "core/models/handlereditor.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFlowOwner, "handlerdesk.ui.flow")

namespace HandlerDesk::Ui {

using Core::Flow::Graph;

namespace {

// Writing the cache after a save or an open waits this long, so that a burst costs one write.
constexpr int CacheSaveDelayMs = 2000;

} // namespace

CallFlowOwner::CallFlowOwner(Core::CupiClient *client, Core::HandlerEditor *editor,
                             const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_graph(std::make_shared<Graph>())
    , m_cache(std::make_unique<Core::Flow::CallFlowCache>(cacheDirectory))
    , m_saveTimer(new QTimer(this))
{
    m_server = Core::Flow::CallFlowCache::serverKey(client->settings().serverUrl);
    m_user = client->settings().user;
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(CacheSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &CallFlowOwner::saveToCache);
    if (editor) {
        connect(editor, &Core::HandlerEditor::objectsRead, this, &CallFlowOwner::updateHandler);
    }
}

CallFlowOwner::~CallFlowOwner()
{
    if (m_saveTimer->isActive())
        saveToCache();
}

std::shared_ptr<const Graph> CallFlowOwner::graph() const
{
    return m_graph;
}

QString CallFlowOwner::serverName() const
{
    return m_server;
}

QDateTime CallFlowOwner::readAt() const
{
    return m_graph->readAt();
}

bool CallFlowOwner::isBuilding() const
{
    return m_builder && m_builder->isRunning();
}

void CallFlowOwner::start()
{
    QString problem;
    if (std::optional<Graph> cached = m_cache->load(m_server, m_user, &problem)) {
        *m_graph = std::move(*cached);
        Q_EMIT graphChanged();
    } else if (!problem.isEmpty()) {
        qCWarning(lcFlowOwner) << "call-flow cache not used:" << problem;
    }
    startBuilder(false);
}

void CallFlowOwner::refresh()
{
    startBuilder(true);
}

void CallFlowOwner::cancel()
{
    if (isBuilding())
        m_builder->cancel();
}

void CallFlowOwner::startBuilder(bool fromScratch)
{
    if (!m_client)
        return;
    if (isBuilding()) {
        if (!fromScratch)
            return;
        m_builder->disconnect(this);
        m_builder->cancel();
        m_builder->deleteLater();
        m_builder = nullptr;
    }
    if (!m_builder || fromScratch) {
        if (m_builder)
            m_builder->deleteLater();
        m_builder = new Core::Flow::CallFlowBuilder(m_client, this);
        connect(m_builder, &Core::Flow::CallFlowBuilder::progress, this,
                &CallFlowOwner::buildProgress);
        connect(m_builder, &Core::Flow::CallFlowBuilder::finished, this,
                &CallFlowOwner::onBuilderFinished);
        if (!fromScratch)
            m_builder->setGraph(*m_graph); // resumes: what the cache holds is not read again
        m_fromScratch = fromScratch;
    }
    // (A builder kept from a cancelled refresh resumes that refresh.)
    m_replay.clear();
    m_builder->start();
    Q_EMIT buildStarted();
}

void CallFlowOwner::onBuilderFinished(bool ok, const QString &error)
{
    // A resumed build holds the cache's graph and everything read since, even when cancelled or
    // failed; a refresh from scratch replaces the graph shown only when it is complete.
    if (ok || !m_fromScratch) {
        *m_graph = m_builder->graph();
        for (const auto &change : std::as_const(m_replay))
            change(*m_graph);
        saveToCache();
        Q_EMIT graphChanged();
    }
    m_replay.clear();
    Q_EMIT buildFinished(ok, ok ? QString() : error);
}

void CallFlowOwner::updateHandler(const Core::CupiObject &handler,
                                  const QList<Core::CupiObject> &greetings,
                                  const QList<Core::CupiObject> &menuEntries)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    change([=](Graph &graph) {
        Core::Flow::refreshHandler(graph, handler, greetings, menuEntries, now);
    });
}

void CallFlowOwner::removeHandler(const QString &objectId)
{
    change([objectId](Graph &graph) { graph.removeNode(objectId); });
}

Core::Flow::RepointRun *CallFlowOwner::repoint(const Core::Flow::RepointPlan &plan)
{
    auto *run = new Core::Flow::RepointRun(m_client, plan, this);
    connect(run, &Core::Flow::RepointRun::finished, this, [this, plan](bool ok) {
        if (ok)
            change([plan](Graph &graph) { Core::Flow::applyRepoint(graph, plan); });
    });
    return run;
}

void CallFlowOwner::change(const std::function<void(Graph &)> &edit)
{
    edit(*m_graph);
    if (isBuilding())
        m_replay.append(edit);
    else
        m_saveTimer->start();
    Q_EMIT graphChanged();
}

void CallFlowOwner::saveToCache()
{
    m_saveTimer->stop();
    if (m_graph->nodeCount() == 0)
        return;
    QString error;
    if (!m_cache->save(m_server, m_user, *m_graph, &error))
        qCWarning(lcFlowOwner) << "call-flow cache not written:" << error;
}

} // namespace HandlerDesk::Ui
