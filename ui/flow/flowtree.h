// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/flow/schedule.h"

#include <QDateTime>
#include <QTreeView>

#include <memory>

class QStandardItem;
class QStandardItemModel;

namespace HandlerDesk::Core {
class HandlerEditor;
}
namespace HandlerDesk::Core::Flow {
class Graph;
}

namespace HandlerDesk::Ui {

// The call-flow tree (issue 12): what a caller meets in one handler — its greetings (the one that
// plays at the chosen moment marked), its caller-input keys with their targets, the after-greeting
// and after-message targets and the transfer rules (the one that applies marked). Each target
// opens in place (its own keys and greetings from the graph, read when expanded); a target that
// is already on the way from the top is marked "↺ back to …" instead of expanded. A double-click
// (or Enter) on a target asks to open it.
//
// The top level comes from the editor's handler (greetings, keys, transfer rules as loaded)
// with the graph's edges; deeper levels from the graph alone.
class FlowTree : public QTreeView
{
    Q_OBJECT
public:
    enum Role {
        NodeIdRole = Qt::UserRole + 1, // the target's ObjectId ("conv:…" for a conversation)
        PathRole,                      // QStringList: the ObjectIds from the top to here
        CycleRole,                     // bool: "↺ back to …"
        ActiveRole,                    // bool: the greeting or rule that applies
        PlaceholderRole,               // bool: stands for children not read yet
    };

    explicit FlowTree(QWidget *parent = nullptr);
    ~FlowTree() override;

    QStandardItemModel *flowModel() const { return m_model; }
    void setGraph(std::shared_ptr<const Core::Flow::Graph> graph);
    // Shows `objectId`'s flow; the editor gives the open handler's greetings, keys and transfer
    // rules (null, or another handler open: the graph's view of it only).
    void showHandler(const QString &objectId, const Core::HandlerEditor *editor);
    // The moment and the schedule state at it, for the "plays now" marks.
    void setMoment(const QDateTime &when, Core::Flow::ScheduleState state);
    // Fills the children of a target item now (as expanding it does).
    void expandItem(QStandardItem *item);

Q_SIGNALS:
    void openRequested(const QString &objectId);

private:
    void rebuild();
    void addEditorLevel(QStandardItem *top, const QString &objectId);
    void addGraphLevel(QStandardItem *parent, int node, const QStringList &path);
    QStandardItem *targetItem(const QString &prefix, int node, const QStringList &path,
                              bool enabled);
    void onActivated(const QModelIndex &index);

    QStandardItemModel *m_model = nullptr;
    std::shared_ptr<const Core::Flow::Graph> m_graph;
    const Core::HandlerEditor *m_editor = nullptr;
    QString m_objectId;
    QDateTime m_when;
    Core::Flow::ScheduleState m_state = Core::Flow::ScheduleState::Open;
};

} // namespace HandlerDesk::Ui
