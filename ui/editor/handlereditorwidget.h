// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLayout;
class QPushButton;
class QTabWidget;

namespace HandlerDesk::Core {
class CupiError;
struct SaveConflict;
struct SaveFailure;
struct SavePart;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Ui {

class MessageBar;

// The tabbed editor of one call handler over a HandlerEditor session: the tabs, Save / Revert,
// changed-field marks, inline validation messages, an inline message bar for save errors (the form
// keeps the edits), the conflict dialog, and the unsaved-changes prompt. A failed save marks the
// tab of the failed part, shows the reason under the failed field when it is known, and says in
// the message bar where (tab, key, field label), why, and what was put back on the server.
class HandlerEditorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HandlerEditorWidget(const EditorContext &context, QWidget *parent = nullptr);
    ~HandlerEditorWidget() override;

    Core::HandlerEditor *editor() const { return m_context.editor; }
    bool isModified() const;
    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_messages; }
    // Shows the tab whose page holds the tab named `tabName` ("callerInputTab", …); false when
    // there is none.
    bool showTab(const QString &tabName);
    // The width at which every tab title shows (no scroll arrows), for a window's first layout.
    static int preferredWidth();

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
    void addTabs();
    QLayout *makeButtons();
    void connectEditor();
    void onLoaded();
    void onEdited();
    void onSaveFailed(const Core::CupiError &error);
    void onConflicts(const QList<Core::SaveConflict> &conflicts);
    void updateButtons();
    // The next enabled tab (step +1) or the previous one (-1), wrapping around.
    void switchTab(int step);

    // Naming the parts of a failed save for people.
    QString failureText(const Core::SaveFailure &failure) const;
    QString putBackText(const Core::SaveFailure &failure) const;
    QStringList namesOf(const Core::SavePart &part) const; // "General", "key 7", …
    QString placeOf(Core::HandlerPart part, const QString &key, const QString &field) const;
    int tabOf(Core::HandlerPart part, const QString &key, const QString &field) const;
    QString tabTitle(int index) const;

    struct Refusal; // the part the server refused, marked until the user changes it

    EditorContext m_context;
    QLabel *m_title = nullptr;
    MessageBar *m_messages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<EditorTab *> m_editorTabs;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    std::function<void()> m_afterSave;
    std::unique_ptr<Refusal> m_refusal;
};

} // namespace HandlerDesk::Ui
