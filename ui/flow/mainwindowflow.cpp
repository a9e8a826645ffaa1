// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow and the call flow (issue 12): the "Call flow" and "Problems" docks and their View
// actions, the graph's owner per session (its build in the status bar), the delete dialog with
// the referrers, and the re-point that runs before such a delete.
#include "ui/mainwindow.h"

#include "core/flow/callflowgraph.h"
#include "core/flow/lint.h"
#include "core/flow/repoint.h"
#include "core/handleredit.h"
#include "core/models/connection.h"
#include "core/models/handlereditor.h"
#include "core/models/serversession.h"
#include "core/models/targetnames.h"
#include "ui/editor/handlereditorwidget.h"
#include "ui/flow/callflowowner.h"
#include "ui/flow/callflowpanel.h"
#include "ui/flow/deletedialog.h"
#include "ui/flow/flowstatus.h"
#include "ui/flow/problemsview.h"
#include "ui/handlerlistpanel.h"
#include "ui/messagebar.h"
#include "ui/shortcuts.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

namespace {

constexpr int SaveWarningTimeoutMs = 10000;

// A View action that shows and hides `dock` (and follows it when the dock is closed).
void bindDock(QAction *action, QDockWidget *dock)
{
    action->setCheckable(true);
    action->setChecked(dock->isVisible());
    QObject::connect(action, &QAction::toggled, dock, [dock](bool on) {
        dock->setVisible(on);
        if (on)
            dock->raise();
    });
    QObject::connect(dock, &QDockWidget::visibilityChanged, action, [action, dock] {
        // A dock tabbed behind another is "not visible" but still open.
        action->setChecked(!dock->isHidden());
    });
}

} // namespace

CallFlowOwner *MainWindow::callFlow() const
{
    return m_flow;
}

void MainWindow::createCallFlowViews()
{
    m_flowPanel = new CallFlowPanel(this);
    m_flowDock = new QDockWidget(tr("Call flow"), this);
    m_flowDock->setObjectName(u"callFlowDock"_s);
    m_flowDock->setWidget(m_flowPanel);
    m_flowDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                            QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_flowDock);
    connect(m_flowPanel, &CallFlowPanel::openRequested, this, &MainWindow::openHandler);

    m_problems = new ProblemsView(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setFeatures(m_flowDock->features());
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    tabifyDockWidget(m_flowDock, m_problemsDock);
    m_flowDock->raise();
    connect(m_problems, &ProblemsView::openRequested, this, &MainWindow::openHandlerAt);

    QMenu *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    view->addSeparator();
    QAction *showFlow = view->addAction(QString());
    Shortcuts::setUp(showFlow, Shortcuts::Command::ShowCallFlow);
    bindDock(showFlow, m_flowDock);
    QAction *showProblems = view->addAction(QString());
    Shortcuts::setUp(showProblems, Shortcuts::Command::ShowProblems);
    bindDock(showProblems, m_problemsDock);
    m_refreshFlowAction = view->addAction(QString(), this, [this] {
        if (m_flow)
            m_flow->refresh();
    });
    Shortcuts::setUp(m_refreshFlowAction, Shortcuts::Command::RefreshCallFlow);
    m_refreshFlowAction->setEnabled(false);

    m_flowStatus = new FlowStatus(this);
    statusBar()->insertWidget(1, m_flowStatus);
}

void MainWindow::startCallFlow()
{
    endCallFlow();
    Core::ServerSession *session = m_session;
    m_flow = new CallFlowOwner(session->connection()->client(), session->editor(), {}, this);
    m_flowStatus->setOwner(m_flow);
    m_flowPanel->setSession(m_flow, session->editor(), session->connection()->client(),
                            session->lookups());
    m_problems->setOwner(m_flow);
    connect(m_editorWidget, &HandlerEditorWidget::saved, this, &MainWindow::warnAboutCallFlow);
    m_refreshFlowAction->setEnabled(true);
    m_flow->start();
}

void MainWindow::endCallFlow()
{
    m_flowPanel->setSession(nullptr, nullptr, nullptr);
    m_problems->setOwner(nullptr);
    m_flowStatus->setOwner(nullptr);
    m_refreshFlowAction->setEnabled(false);
    delete m_flow; // writes what changed to the cache
}

void MainWindow::openHandlerAt(const QString &objectId, const QString &tabName, const QString &key)
{
    Q_UNUSED(key) // the tab shows every key and greeting; the row names which
    if (!m_session)
        return;
    // The tab once the handler is in (now, when it is the open one); openHandler() may ask about
    // unsaved edits first, and Cancel leaves another handler open: no tab is switched then.
    Core::HandlerEditor *editor = m_session->editor();
    const auto showTab = [this, objectId, tabName] {
        if (m_editorWidget && m_session && m_session->openObjectId() == objectId)
            m_editorWidget->showTab(tabName);
    };
    if (m_session->openObjectId() == objectId && editor->isReady()) {
        openHandler(objectId);
        showTab();
        return;
    }
    auto *once = new QObject(this);
    connect(editor, &Core::HandlerEditor::loaded, once, [once, showTab] {
        showTab();
        once->deleteLater();
    });
    connect(editor, &Core::HandlerEditor::loadFailed, once, &QObject::deleteLater);
    openHandler(objectId);
    if (m_session->openObjectId() != objectId)
        once->deleteLater(); // asked about unsaved edits: the person decides first
}

void MainWindow::warnAboutCallFlow(const QString &objectId)
{
    if (!m_flow || !m_editorWidget)
        return;
    const Core::Flow::Graph &graph = *m_flow->graph();
    const int node = graph.indexOf(objectId);
    if (node < 0)
        return;
    const QList<Core::Flow::Problem> problems = Core::Flow::lint(graph, node);
    if (problems.isEmpty())
        return;
    QStringList lines;
    for (const Core::Flow::Problem &problem : problems)
        lines.append(problem.message);
    // A warning, never a refusal: the save has happened. It stays longer than "Saved." to be
    // read, then goes like it (the Problems view keeps the whole list).
    m_editorWidget->messageBar()->showInformation(
        tr("Saved. Call-flow warnings: %1").arg(lines.join(u"; "_s)), SaveWarningTimeoutMs);
}

void MainWindow::askToDeleteWithReferrers()
{
    Core::HandlerEditor *editor = m_session->editor();
    auto *dialog = new DeleteDialog(*m_flow->graph(), editor->handlerEdit()->loaded(),
                                    Core::TargetNames::of(m_session->connection()->client()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString objectId = editor->objectId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, objectId] {
        // The open handler cannot change while the window-modal dialog is open; a session that
        // ended meanwhile has nothing to delete.
        if (!m_session || m_session->openObjectId() != objectId)
            return;
        if (const Core::Flow::RepointPlan *plan = dialog->plan())
            repointAndDelete(*plan);
        else
            m_session->deleteOpenHandler();
    });
    dialog->open();
}

void MainWindow::repointAndDelete(const Core::Flow::RepointPlan &plan)
{
    Core::Flow::RepointRun *run = m_flow->repoint(plan);
    statusBar()->showMessage(
        tr("Re-pointing %n place(s) to “%1”…", nullptr, int(plan.changes.size())).arg(plan.toName));
    const QString objectId = plan.fromId;
    connect(run, &Core::Flow::RepointRun::finished, this, [this, run, objectId](bool ok) {
        run->deleteLater();
        statusBar()->clearMessage();
        if (!ok) {
            // All or nothing: nothing is deleted when the re-point did not complete.
            m_list->messageBar()->showError(
                tr("Not deleted: the re-point failed. %1").arg(run->outcome().message));
            return;
        }
        if (m_session && m_session->openObjectId() == objectId)
            m_session->deleteOpenHandler();
    });
    run->start();
}

} // namespace HandlerDesk::Ui
