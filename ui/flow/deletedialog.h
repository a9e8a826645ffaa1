// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace HandlerDesk::Core {
class CupiObject;
class TargetNames;
} // namespace HandlerDesk::Core
namespace HandlerDesk::Core::Flow {
class Graph;
struct RepointPlan;
} // namespace HandlerDesk::Core::Flow

namespace HandlerDesk::Ui {

class ReferencedBy;
class TargetPicker;

// The delete confirmation of a handler that others may point to (issue 12): the question, who
// sends callers to it (from the call-flow graph, with its age: "as read 3 minutes ago"), and —
// when something does — "Re-point them to…" with the target picker and a preview of each change.
// Cancel is the default. Accepting says what to do: plan() is empty (just delete) or the
// re-point to run first.
class DeleteDialog : public QDialog
{
    Q_OBJECT
public:
    // `handler`: the open handler as loaded (its tenant limits the targets offered).
    DeleteDialog(const Core::Flow::Graph &graph, const Core::CupiObject &handler,
                 Core::TargetNames *names, QWidget *parent = nullptr);
    ~DeleteDialog() override;

    QString question() const; // "Delete the call handler “Sales”?"
    int referrerCount() const { return m_count; }
    ReferencedBy *referrers() const { return m_refs; }
    QCheckBox *repointCheck() const { return m_repoint; }
    TargetPicker *targetPicker() const { return m_picker; }
    QComboBox *targetKind() const { return m_kind; }
    QListWidget *preview() const { return m_preview; }
    QPushButton *deleteButton() const { return m_delete; }
    // The re-point to run before deleting; null when not re-pointing.
    const Core::Flow::RepointPlan *plan() const { return m_plan.get(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updatePlan();

    const Core::Flow::Graph &m_graph;
    QString m_objectId;
    QString m_name;
    int m_count = 0;
    ReferencedBy *m_refs = nullptr;
    QCheckBox *m_repoint = nullptr;
    QComboBox *m_kind = nullptr;
    TargetPicker *m_picker = nullptr;
    QListWidget *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_delete = nullptr;
    std::unique_ptr<Core::Flow::RepointPlan> m_plan;
};

} // namespace HandlerDesk::Ui
