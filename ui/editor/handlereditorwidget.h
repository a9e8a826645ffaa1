// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace HandlerDesk::Core {
class CupiError;
struct SaveConflict;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Ui {

class MessageBar;

// The tabbed editor of one call handler over a HandlerEditor session: the tabs, Save / Revert,
// changed-field marks, inline validation messages, an inline message bar for save errors (the form
// keeps the edits), the conflict dialog, and the unsaved-changes prompt.
class HandlerEditorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HandlerEditorWidget(const EditorContext &context, QWidget *parent = nullptr);
    ~HandlerEditorWidget() override;

    Core::HandlerEditor *editor() const { return m_context.editor; }
    bool isModified() const;
    QTabWidget *tabs() const { return m_tabs; }

    // Runs `proceed` now when nothing is unsaved; otherwise asks Save / Discard / Cancel (a
    // window-modal message box named "unsavedChangesPrompt") and runs it after a successful
    // save or after discarding. Cancel (or a failed save) does not run it.
    void confirmLeave(const std::function<void()> &proceed);

public Q_SLOTS:
    void save();
    void revert();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void saved(const QString &objectId);
    // A tab asked to open this call handler (the target of a "Go to").
    void openHandlerRequested(const QString &objectId);

private:
    void onLoaded();
    void onEdited();
    void onSaveFailed(const Core::CupiError &error);
    void onConflicts(const QList<Core::SaveConflict> &conflicts);
    void updateButtons();

    EditorContext m_context;
    QLabel *m_title = nullptr;
    MessageBar *m_messages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<EditorTab *> m_editorTabs;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    std::function<void()> m_afterSave;
};

} // namespace HandlerDesk::Ui
