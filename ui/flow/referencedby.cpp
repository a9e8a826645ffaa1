// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/referencedby.h"

#include "core/flow/callflowgraph.h"
#include "ui/flow/flowtext.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::Flow::NodeKind;

ReferencedBy::ReferencedBy(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"referencedBy"_s);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSortingEnabled(true);
    setHeaderLabels({tr("Name"), tr("Where"), tr("Kind")});
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(NameColumn, ObjectIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openRequested(id);
    });
}

int ReferencedBy::showReferrers(const Core::Flow::Graph &graph, const QString &objectId)
{
    clear();
    const int node = graph.indexOf(objectId);
    if (node < 0)
        return 0;
    const QList<int> edges = graph.referrersOf(node);
    for (int e : edges) {
        const Core::Flow::Edge &edge = graph.edge(e);
        const Core::Flow::Node &from = graph.node(edge.from);
        QString where = FlowText::placeText(edge);
        if (!edge.enabled)
            where = tr("%1 (off)").arg(where);
        auto *item =
            new QTreeWidgetItem(this, {FlowText::nodeName(from), where, FlowText::kindText(from)});
        // Only what the editor opens: a call handler or a user's mailbox.
        if (from.kind == NodeKind::CallHandler || from.kind == NodeKind::PrimaryHandler)
            item->setData(NameColumn, ObjectIdRole, from.objectId);
        item->setToolTip(NameColumn, from.objectId);
    }
    sortByColumn(NameColumn, Qt::AscendingOrder);
    resizeColumnToContents(WhereColumn);
    resizeColumnToContents(KindColumn);
    return int(edges.size());
}

} // namespace HandlerDesk::Ui
