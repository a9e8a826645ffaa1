// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/handlereditorwidget.h"

#include "core/handleredit.h"
#include "core/models/handlereditor.h"
#include "ui/accessibility.h"
#include "ui/conflictdialog.h"
#include "ui/editor/callerinputtab.h"
#include "ui/editor/generaltab.h"
#include "ui/editor/lookupchoicetab.h"
#include "ui/editor/recipienttab.h"
#include "ui/editor/scheduletab.h"
#include "ui/editor/subresourcetab.h"
#include "ui/messagebar.h"
#include "ui/shortcuts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerEditor;
using Core::HandlerPart;

namespace {

// Retrying the same data helps only when the trouble was on the way, not in the data.
bool worthRetrying(const Core::CupiError &error)
{
    switch (error.kind()) {
    case Core::CupiError::Kind::Network:
    case Core::CupiError::Kind::Busy:
    case Core::CupiError::Kind::Server:
    case Core::CupiError::Kind::Decode:
    case Core::CupiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

struct HandlerEditorWidget::Refusal
{
    HandlerPart part;
    QString key;
    QString field;
    QString message;
    Core::CupiObject edited; // the part as it was refused
};

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
    addTabs();
    QLayout *buttons = makeButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &HandlerEditorWidget::save);
    connect(m_revert, &QPushButton::clicked, this, &HandlerEditorWidget::revert);
    for (EditorTab *tab : std::as_const(m_editorTabs))
        connect(tab, &EditorTab::changed, this, &HandlerEditorWidget::onEdited);
    connectEditor();
    updateButtons();
}

HandlerEditorWidget::~HandlerEditorWidget() = default;

void HandlerEditorWidget::addTabs()
{
    // Tab titles (and their Alt+ letters) and the tab-switching keys: ui/shortcuts.cpp.
    auto add = [this](EditorTab *tab, Shortcuts::Mnemonic title) {
        tab->setObjectName(QLatin1String(Shortcuts::spec(title).objectName));
        // Each page scrolls on its own: a long form never makes the window taller (a message
        // above the tabs takes its room from the page, not from the screen).
        auto *page = new QScrollArea(m_tabs);
        page->setObjectName(tab->objectName() + u"Page"_s);
        page->setFrameShape(QFrame::NoFrame);
        page->setWidgetResizable(true);
        page->setWidget(tab);
        m_tabs->addTab(page, Shortcuts::text(title));
        m_editorTabs.append(tab);
        connect(tab, &EditorTab::openHandlerRequested, this,
                &HandlerEditorWidget::openHandlerRequested);
    };
    using Shortcuts::Mnemonic;
    add(new GeneralTab(m_context, this), Mnemonic::GeneralTab);
    add(new ScheduleTab(m_context, this), Mnemonic::ScheduleTab);
    add(new RecipientTab(m_context, this), Mnemonic::RecipientTab);
    add(createLanguageTab(m_context, this), Mnemonic::LanguageTab);
    add(createTimeZoneTab(m_context, this), Mnemonic::TimeZoneTab);
    add(new CallerInputTab(m_context, this), Mnemonic::CallerInputTab);
    add(new GreetingsTab(m_context, this), Mnemonic::GreetingsTab);
    add(new TransferRulesTab(m_context, this), Mnemonic::TransferRulesTab);
    Accessibility::nameInnerControls(m_tabs);
    // Shortcuts, not QTabWidget's key handling: a focused combo box or spin box eats Ctrl+Tab and
    // Ctrl+PgDn before the tab widget sees them.
    Shortcuts::addTo(this, Shortcuts::Command::NextTab, [this] { switchTab(+1); });
    Shortcuts::addTo(this, Shortcuts::Command::PreviousTab, [this] { switchTab(-1); });
}

bool HandlerEditorWidget::showTab(const QString &tabName)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->findChild<QWidget *>(tabName)) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QLayout *HandlerEditorWidget::makeButtons()
{
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
    return buttons;
}

void HandlerEditorWidget::connectEditor()
{
    HandlerEditor *editor = m_context.editor;
    connect(editor, &HandlerEditor::loaded, this, &HandlerEditorWidget::onLoaded);
    connect(editor, &HandlerEditor::saved, this, [this] {
        onLoaded(); // the session re-read the handler: show the server's values
        m_messages->showInformation(tr("Saved.")); // hides itself
        Q_EMIT saved(m_context.editor->objectId());
        if (auto after = std::exchange(m_afterSave, {}))
            after();
    });
    connect(editor, &HandlerEditor::loadFailed, this, [this](const Core::CupiError &error) {
        m_title->setText(tr("Not opened")); // no longer "Loading…"; the message says why
        m_messages->showError(tr("The handler could not be opened: %1").arg(error.userMessage()),
                              [this] { m_context.editor->load(m_context.editor->objectId()); });
        updateButtons();
    });
    connect(editor, &HandlerEditor::reloadFailed, this, [this](const Core::CupiError &error) {
        m_title->setText(m_context.editor->displayName()); // the form stays as it was
        m_messages->showError(tr("Could not refresh: %1 The handler shown may be out of date.")
                                  .arg(error.userMessage()));
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
}

int HandlerEditorWidget::preferredWidth()
{
    // The titles the constructor gives its tabs, on a tab bar like the editor's.
    QTabBar bar;
    bar.setDocumentMode(true);
    using Shortcuts::Mnemonic;
    for (const Mnemonic title :
         {Mnemonic::GeneralTab, Mnemonic::ScheduleTab, Mnemonic::RecipientTab,
          Mnemonic::LanguageTab, Mnemonic::TimeZoneTab, Mnemonic::CallerInputTab,
          Mnemonic::GreetingsTab, Mnemonic::TransferRulesTab})
        bar.addTab(Shortcuts::text(title));
    const int margins = 2 * bar.style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    const int titles = bar.sizeHint().width() + bar.fontMetrics().averageCharWidth() * 4;
    // The caller input keys' whole texts, beside the page's scroll bar.
    const int keys =
        CallerInputTab::preferredWidth() + bar.style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return std::max(titles, keys) + 2 * margins;
}

void HandlerEditorWidget::switchTab(int step)
{
    const int count = m_tabs->count();
    for (int i = 1; i < count; ++i) {
        const int index = (m_tabs->currentIndex() + step * i + count * i) % count;
        if (m_tabs->isTabEnabled(index)) {
            m_tabs->setCurrentIndex(index);
            // The page that had the focus is hidden now: the tab bar says where we are.
            m_tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

bool HandlerEditorWidget::isModified() const
{
    return m_context.editor->isModified();
}

void HandlerEditorWidget::onLoaded()
{
    m_refusal.reset();
    m_title->setText(m_context.editor->displayName());
    for (EditorTab *tab : std::as_const(m_editorTabs))
        tab->showCurrentValues();
    onEdited();
}

void HandlerEditorWidget::onEdited()
{
    QList<Core::EditProblem> problems = m_context.editor->validate();
    int refusedTab = -1;
    if (m_refusal) {
        const Core::ObjectEdit *edit = m_context.editor->subEdit(m_refusal->part, m_refusal->key);
        if (!edit || !(edit->edited() == m_refusal->edited)) {
            m_refusal.reset(); // the user acted on it
        } else {
            refusedTab = tabOf(m_refusal->part, m_refusal->key, m_refusal->field);
            if (!m_refusal->field.isEmpty())
                problems.append(
                    {m_refusal->part, m_refusal->key, m_refusal->field, m_refusal->message});
        }
    }
    for (int index = 0; index < m_editorTabs.size(); ++index) { // tab i shows m_editorTabs[i]
        const bool marked =
            m_editorTabs.at(index)->updateMarks(problems) > 0 || index == refusedTab;
        m_tabs->setTabIcon(index,
                           marked ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
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
    m_messages->showInformation(tr("Saving…"), 0); // until the outcome replaces it
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
    const Core::SaveFailure failure = m_context.editor->lastSaveFailure();
    m_refusal.reset();
    if (failure.stage == Core::SaveFailure::Stage::Refused) {
        const Core::ObjectEdit *edit = m_context.editor->subEdit(failure.part, failure.key);
        m_refusal.reset(new Refusal{failure.part, failure.key, failure.field, failure.shortReason,
                                    edit ? edit->edited() : Core::CupiObject()});
    }
    // The message first: the tabs get their final height before the inline messages wrap.
    const QString text =
        failure.isFailure() ? failureText(failure) : tr("Not saved: %1").arg(error.userMessage());
    if (worthRetrying(error))
        m_messages->showError(text, [this] { save(); });
    else
        m_messages->showError(text); // the same data would fail again
    if (failure.isFailure() && failure.stage != Core::SaveFailure::Stage::Reread) {
        const int tab = tabOf(failure.part, failure.key, failure.field);
        if (tab >= 0)
            m_tabs->setCurrentIndex(tab);
    }
    onEdited(); // marks and inline messages of the fields
}

// The tab with an input for the field (or for the part, when the field is not known); -1: none.
int HandlerEditorWidget::tabOf(HandlerPart part, const QString &key, const QString &field) const
{
    for (const QString &f : {field, QString()}) {
        for (int i = 0; i < m_editorTabs.size(); ++i) {
            if (m_editorTabs.at(i)->showsField(part, key, f))
                return i;
        }
    }
    return -1;
}

// The tab's text without its mnemonic ("Caller &input" → "Caller input").
QString HandlerEditorWidget::tabTitle(int index) const
{
    if (index < 0)
        return QString();
    QString title = m_tabs->tabText(index);
    title.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return title;
}

void HandlerEditorWidget::onConflicts(const QList<Core::SaveConflict> &conflicts)
{
    m_messages->hideMessage(); // not "Saving…" while the user decides
    auto *dialog = new ConflictDialog(conflicts, m_context, m_tabs, this);
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
