// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/handlereditorwidget.h"

#include "core/models/handlereditor.h"
#include "ui/conflictdialog.h"
#include "ui/editor/callerinputtab.h"
#include "ui/editor/generaltab.h"
#include "ui/editor/languagetab.h"
#include "ui/editor/recipienttab.h"
#include "ui/editor/scheduletab.h"
#include "ui/editor/subresourcetab.h"
#include "ui/editor/timezonetab.h"
#include "ui/messagebar.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerEditor;

HandlerEditorWidget::HandlerEditorWidget(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_messages(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"handlerEditor"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messages->setObjectName(u"editorMessages"_s);
    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->setDocumentMode(true);

    auto add = [this](EditorTab *tab, const QString &name, const QString &label) {
        tab->setObjectName(name);
        m_tabs->addTab(tab, label);
        m_editorTabs.append(tab);
        connect(tab, &EditorTab::openHandlerRequested, this,
                &HandlerEditorWidget::openHandlerRequested);
    };
    add(new GeneralTab(context, this), u"generalTab"_s, tr("&General"));
    add(new ScheduleTab(context, this), u"scheduleTab"_s, tr("Sc&hedule"));
    add(new RecipientTab(context, this), u"recipientTab"_s, tr("&Recipient"));
    add(new LanguageTab(context, this), u"languageTab"_s, tr("&Language"));
    add(new TimeZoneTab(context, this), u"timeZoneTab"_s, tr("&Time zone"));
    add(new CallerInputTab(context, this), u"callerInputTab"_s, tr("Caller &input"));
    add(new GreetingsTab(context, this), u"greetingsTab"_s, tr("Gree&tings"));
    add(new TransferRulesTab(context, this), u"transferRulesTab"_s, tr("Trans&fer rules"));

    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setToolTip(tr("Save the changes to the server (Ctrl+S)"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(u"revertButton"_s);
    m_revert->setToolTip(tr("Go back to the values loaded from the server"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &HandlerEditorWidget::save);
    connect(m_revert, &QPushButton::clicked, this, &HandlerEditorWidget::revert);
    for (EditorTab *tab : std::as_const(m_editorTabs))
        connect(tab, &EditorTab::changed, this, &HandlerEditorWidget::onEdited);

    HandlerEditor *editor = context.editor;
    connect(editor, &HandlerEditor::loaded, this, &HandlerEditorWidget::onLoaded);
    connect(editor, &HandlerEditor::saved, this, [this] {
        onLoaded(); // the session re-read the handler: show the server's values
        m_messages->showInformation(tr("Saved."));
        Q_EMIT saved(m_context.editor->objectId());
        if (auto after = std::exchange(m_afterSave, {}))
            after();
    });
    connect(editor, &HandlerEditor::loadFailed, this, [this](const Core::CupiError &error) {
        m_messages->showError(tr("The handler could not be opened: %1").arg(error.userMessage()),
                              [this] { m_context.editor->load(m_context.editor->objectId()); });
        updateButtons();
    });
    connect(editor, &HandlerEditor::saveFailed, this, &HandlerEditorWidget::onSaveFailed);
    connect(editor, &HandlerEditor::conflictsFound, this, &HandlerEditorWidget::onConflicts);
    connect(editor, &HandlerEditor::modifiedChanged, this, &HandlerEditorWidget::modifiedChanged);
    connect(editor, &HandlerEditor::stateChanged, this, [this](HandlerEditor::State state) {
        if (state == HandlerEditor::State::Loading) {
            m_messages->hideMessage();
            m_title->setText(tr("Loading…"));
        }
        updateButtons();
    });
    updateButtons();
}

HandlerEditorWidget::~HandlerEditorWidget() = default;

bool HandlerEditorWidget::isModified() const
{
    return m_context.editor->isModified();
}

void HandlerEditorWidget::onLoaded()
{
    m_title->setText(m_context.editor->displayName());
    for (EditorTab *tab : std::as_const(m_editorTabs))
        tab->setHandler();
    onEdited();
}

void HandlerEditorWidget::onEdited()
{
    const QList<Core::EditProblem> problems = m_context.editor->validate();
    for (int i = 0; i < m_editorTabs.size(); ++i) {
        const int shown = m_editorTabs.at(i)->updateMarks(problems);
        m_tabs->setTabIcon(i,
                           shown ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
    updateButtons();
}

void HandlerEditorWidget::updateButtons()
{
    const HandlerEditor *editor = m_context.editor;
    const bool ready = editor->isReady();
    m_tabs->setEnabled(ready);
    m_save->setEnabled(ready && editor->isModified());
    m_revert->setEnabled(ready && editor->isModified());
}

void HandlerEditorWidget::save()
{
    if (!m_context.editor->isReady() || !m_context.editor->isModified())
        return;
    m_messages->showInformation(tr("Saving…"));
    m_context.editor->save();
}

void HandlerEditorWidget::revert()
{
    m_context.editor->revert();
    m_afterSave = {};
    m_messages->hideMessage();
    onLoaded();
}

void HandlerEditorWidget::onSaveFailed(const Core::CupiError &error)
{
    m_afterSave = {}; // leaving waits for a save that worked
    onEdited();       // marks and inline messages of the fields
    // Our own validation: nothing to retry until the fields are corrected.
    if (error.kind() == Core::CupiError::Kind::Validation && error.httpStatus() == 0) {
        m_messages->showError(tr("Not saved: correct the marked fields."));
        return;
    }
    m_messages->showError(tr("Not saved: %1").arg(error.userMessage()), [this] { save(); });
}

void HandlerEditorWidget::onConflicts(const QList<Core::SaveConflict> &conflicts)
{
    auto *dialog = new ConflictDialog(conflicts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_context.editor->resolveConflicts(dialog->choices()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_afterSave = {};
        m_messages->showError(tr("Not saved: the handler was changed on the server meanwhile."),
                              [this] { save(); });
    });
    dialog->open();
}

void HandlerEditorWidget::confirmLeave(const std::function<void()> &proceed)
{
    if (!isModified()) {
        proceed();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved.").arg(m_context.editor->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"unsavedChangesPrompt"_s);
    box->setInformativeText(tr("Save them to the server, or discard them?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proceed](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            m_afterSave = proceed;
            save();
        } else if (answer == QMessageBox::Discard) {
            revert();
            proceed();
        }
    });
    box->open();
}

} // namespace HandlerDesk::Ui
