// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/targetnames.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLineEdit;
class QToolButton;

namespace HandlerDesk::Core {
class TargetSearchModel;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Ui {

// Chooses the target of a "Go to" (TargetHandlerObjectId and its kin) beside its conversation:
// typing part of a name or extension searches the server for targets of the conversation's kind
// (call handlers and users' mailboxes, directory or interview handlers; Core::TargetSearchModel)
// and pops up the matches with their kind; arrow keys + Enter or a click choose one. The exact
// name (or extension) + Enter or Tab chooses that target — when the search is still on its way,
// once it is in; text that names nothing goes back to the chosen target (never clears it); an
// emptied field clears it. The chosen target is shown by kind and name ("Call handler · Sales
// Main Menu (2100)", "Mailbox of Alice Anderson (1100)"), named through Core::TargetNames.
// "Open" asks to open a call-handler target (a user's mailbox too) in the editor; directory and
// interview handlers cannot be opened here (the button says so).
//
// The search follows the conversation input beside it; when the person picks a conversation of
// another kind, the old target is cleared (targetChanged()).
class TargetPicker : public QWidget
{
    Q_OBJECT
public:
    explicit TargetPicker(Core::TargetNames *names, QWidget *parent = nullptr);
    ~TargetPicker() override;

    QString targetId() const { return m_id; }
    Core::TargetInfo target() const { return m_info; }
    // Shows `objectId` (its name follows when known); never emits targetChanged().
    void setTargetId(const QString &objectId);
    // The combo of the matching …TargetConversation field (its value is the conversation).
    void setConversationInput(QComboBox *conversation);
    // The handler being edited: a tenant's handler is offered that tenant's targets only.
    void setHandler(const Core::CupiObject &handler);
    // The visible label of the field ("Key 7: Target"): the accessible name of the text input.
    void setLabel(const QString &label);
    void setDebounceMs(int ms);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *openButton() const { return m_open; }
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void targetChanged(); // the person chose another target, or cleared it
    void openRequested(const QString &handlerId);

private:
    Core::TargetKind kind() const;
    void onTextEdited(const QString &text);
    void onSearchFinished();
    void onConversationChanged();
    void commit();
    void choose(const Core::TargetInfo &target);
    void showTarget();
    void updateOpenButton();

    QPointer<Core::TargetNames> m_names;
    Core::TargetSearchModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_open = nullptr;
    QPointer<QComboBox> m_conversation;
    QString m_conversationValue;
    QString m_id;
    Core::TargetInfo m_info;
    bool m_editing = false;       // the text is the person's, not the chosen target's name
    bool m_commitPending = false; // Enter/Tab while the search was on its way
};

} // namespace HandlerDesk::Ui
