// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/problemsview.h"

#include "core/flow/callflowgraph.h"
#include "core/flow/lint.h"
#include "ui/flow/callflowowner.h"
#include "ui/flow/flowtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::Flow::EdgeSite;
using Core::Flow::NodeKind;
using Core::Flow::Problem;

namespace {

// Linting 40,000 handlers takes a moment: a burst of graph changes (a build's end, a save) is
// linted once, this long after the last.
constexpr int LintDelayMs = 300;

QString kindTitle(Problem::Kind kind)
{
    switch (kind) {
    case Problem::Kind::DanglingTarget:
        return ProblemsView::tr("Targets that no longer exist");
    case Problem::Kind::Unreachable:
        return ProblemsView::tr("Handlers no call can reach");
    case Problem::Kind::LoopWithoutExit:
        return ProblemsView::tr("Loops with no exit");
    case Problem::Kind::EnabledToDisabled:
        return ProblemsView::tr("Paths into a handler with no greeting on");
    case Problem::Kind::GotoWithoutTarget:
        return ProblemsView::tr("“Go to” with no target");
    case Problem::Kind::MessageToNoRecipient:
        return ProblemsView::tr("After message to a handler with no recipient");
    case Problem::Kind::ExpiredGreeting:
        return ProblemsView::tr("Greetings enabled with an expiry in the past");
    case Problem::Kind::ExtensionClash:
        return ProblemsView::tr("Extension clashes");
    }
    Q_UNREACHABLE();
    return {};
}

// The editor page where a place is fixed.
QString pageOf(const std::optional<Core::Flow::Site> &site, Problem::Kind kind)
{
    if (kind == Problem::Kind::ExpiredGreeting)
        return u"greetingsTab"_s;
    if (!site)
        return u"generalTab"_s;
    switch (site->site) {
    case EdgeSite::MenuKey:
        return u"callerInputTab"_s;
    case EdgeSite::AfterGreeting:
        return u"greetingsTab"_s;
    case EdgeSite::AfterMessage:
    case EdgeSite::RoutingRule:
        return u"generalTab"_s;
    }
    return u"generalTab"_s;
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

} // namespace

ProblemsView::ProblemsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_update(new QPushButton(tr("Check again"), this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(u"problemsView"_s);
    m_summary->setObjectName(u"problemsSummary"_s);
    m_summary->setWordWrap(true);
    m_update->setObjectName(u"problemsCheckAgain"_s);
    m_update->setAccessibleName(tr("Check again"));
    m_view->setObjectName(u"problemsTree"_s);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_delay->setSingleShot(true);
    m_delay->setInterval(LintDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ProblemsView::updateProblems);
    connect(m_update, &QPushButton::clicked, this, &ProblemsView::updateProblems);
    connect(m_view, &QTreeView::activated, this, &ProblemsView::onActivated);
    connect(m_view, &QTreeView::doubleClicked, this, &ProblemsView::onActivated);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_update);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    updateProblems();
}

ProblemsView::~ProblemsView() = default;

void ProblemsView::setOwner(CallFlowOwner *owner)
{
    if (m_owner)
        m_owner->disconnect(this);
    m_owner = owner;
    if (owner) {
        connect(owner, &CallFlowOwner::graphChanged, this, [this] {
            m_stale = true;
            if (isVisible())
                m_delay->start();
        });
    }
    m_stale = true;
    updateProblems();
}

void ProblemsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_delay->start();
}

void ProblemsView::updateProblems()
{
    m_delay->stop();
    m_stale = false;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Object"), tr("Where"), tr("Problem")});
    m_count = 0;
    if (!m_owner) {
        m_summary->setText(tr("Not connected."));
        return;
    }
    const Core::Flow::Graph &graph = *m_owner->graph();
    const QList<Problem> problems = Core::Flow::lint(graph);
    QMap<int, QStandardItem *> groups; // by kind, in the kinds' order
    for (const Problem &problem : problems) {
        QStandardItem *&group = groups[int(problem.kind)];
        if (!group) {
            group = cell(kindTitle(problem.kind));
            group->setData(int(problem.kind), KindRole);
        }
        const Core::Flow::Node &node = graph.node(problem.node);
        QString where;
        if (problem.site) {
            Core::Flow::Edge edge;
            edge.site = problem.site->site;
            edge.detail = problem.site->detail;
            where = FlowText::placeText(edge);
        }
        QList<QStandardItem *> row{cell(FlowText::nodeName(node)), cell(where),
                                   cell(problem.message)};
        if (node.kind == NodeKind::CallHandler || node.kind == NodeKind::PrimaryHandler) {
            row[0]->setData(node.objectId, ObjectIdRole);
            row[0]->setData(pageOf(problem.site, problem.kind), PageRole);
            row[0]->setData(problem.site ? problem.site->detail : QString(), KeyRole);
        }
        group->appendRow(row);
    }
    const QLocale locale;
    for (QStandardItem *group : std::as_const(groups)) {
        group->setText(u"%1 (%2)"_s.arg(group->text(), locale.toString(group->rowCount())));
        m_model->appendRow({group, cell({}), cell({})});
        m_view->setFirstColumnSpanned(group->row(), {}, true);
    }
    m_count = int(problems.size());
    m_summary->setText(
        problems.isEmpty()
            ? tr("No problems found in the call flow of %1 (%2).")
                  .arg(m_owner->serverName(), FlowText::ageText(graph))
            : tr("%n problem(s) in the call flow of %1 (%2). Double-click one to open the "
                 "place to fix it.",
                 nullptr, m_count)
                  .arg(m_owner->serverName(), FlowText::ageText(graph)));
    // A server's worth of problems is read unfolded; thousands start folded by kind.
    if (m_count <= 200)
        m_view->expandAll();
    // Names and places whole (up to 45 characters), the problem gets the rest — measured on every
    // row, folded or not (resizeColumnToContents() sees only the unfolded ones; the view may also
    // be hidden now, so its own width says nothing yet).
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * m_view->indentation() + 2 * metrics.averageCharWidth();
    for (int column : {ObjectColumn, WhereColumn}) {
        int width = metrics.horizontalAdvance(m_model->horizontalHeaderItem(column)->text());
        for (const QStandardItem *group : std::as_const(groups)) {
            for (int row = 0; row < group->rowCount(); ++row) {
                if (const QStandardItem *item = group->child(row, column))
                    width = std::max(width, metrics.horizontalAdvance(item->text()));
            }
        }
        m_view->setColumnWidth(column, std::min(width + padding, metrics.averageCharWidth() * 45));
    }
}

void ProblemsView::onActivated(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(ObjectColumn);
    const QString id = first.data(ObjectIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT openRequested(id, first.data(PageRole).toString(), first.data(KeyRole).toString());
}

} // namespace HandlerDesk::Ui
