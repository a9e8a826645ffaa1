// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QTabWidget;

namespace HandlerDesk::Core {
class CupiClient;
class HandlerEditor;
class LookupCache;
} // namespace HandlerDesk::Core
namespace HandlerDesk::Core::Flow {
class ScheduleReader;
}

namespace HandlerDesk::Ui {

class CallFlowOwner;
class CallerPath;
class FlowPicture;
class FlowTree;
class ReferencedBy;

// The call flow of the handler open in the editor (issue 12), beside the editor: "What plays at"
// (a moment, now by default), the tree of what a caller meets ("Call flow") and who points here
// ("Referenced by") on tabs, and the picture of the same flow. Follows the editor (opens, saves)
// and the owner's graph; asks to open a handler through openRequested() (the main window's open
// path, which asks about unsaved edits).
class CallFlowPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallFlowPanel(QWidget *parent = nullptr);
    ~CallFlowPanel() override;

    // All may be null (no session). The client reads the open handler's schedule set; the
    // lookups name its time zone, whose clock the schedule is read on.
    void setSession(CallFlowOwner *owner, Core::HandlerEditor *editor, Core::CupiClient *client,
                    Core::LookupCache *lookups = nullptr);

    FlowTree *tree() const { return m_tree; }
    ReferencedBy *referencedBy() const { return m_refs; }
    CallerPath *callerPath() const { return m_path; }
    FlowPicture *picture() const { return m_picture; }
    QDateTimeEdit *momentEdit() const { return m_moment; }
    QTabWidget *tabs() const { return m_tabs; }
    // Shows the "Referenced by" tab.
    void showReferrers();

Q_SIGNALS:
    void openRequested(const QString &objectId);

private:
    void onEditorState();
    void onGraphChanged();
    void updateMoment();
    void updateReferrers();

    QPointer<CallFlowOwner> m_owner;
    QPointer<Core::HandlerEditor> m_editor;
    QPointer<Core::LookupCache> m_lookups;
    Core::Flow::ScheduleReader *m_schedules = nullptr;
    QString m_objectId;
    QString m_scheduleSetId;
    QDateTimeEdit *m_moment = nullptr;
    QLabel *m_state = nullptr;
    QTabWidget *m_tabs = nullptr;
    FlowTree *m_tree = nullptr;
    ReferencedBy *m_refs = nullptr;
    CallerPath *m_path = nullptr;
    FlowPicture *m_picture = nullptr;
};

} // namespace HandlerDesk::Ui
