// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/targetpicker.h"

#include "core/cupiobject.h"
#include "core/models/targetsearchmodel.h"
#include "ui/editor/fieldinput.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::TargetInfo;
using Core::TargetKind;
using Core::TargetSearchModel;

TargetPicker::TargetPicker(Core::TargetNames *names, QWidget *parent)
    : QWidget(parent)
    , m_names(names)
    , m_model(new TargetSearchModel(names, this))
    , m_completer(new QCompleter(this))
    , m_edit(new QLineEdit(this))
    , m_open(new QToolButton(this))
{
    m_open->setText(tr("Open"));
    m_edit->setObjectName(u"targetEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_open->setObjectName(u"openTargetButton"_s);
    m_open->setAccessibleName(m_open->text());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_open);
    setFocusProxy(m_edit);

    // The server filters: the popup shows every row of the search model.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    m_completer->popup()->setObjectName(u"targetPopup"_s);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(m_model->resultAt(index.row())); });

    connect(m_edit, &QLineEdit::textEdited, this, &TargetPicker::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &TargetPicker::commit);
    connect(m_model, &TargetSearchModel::searchFinished, this, &TargetPicker::onSearchFinished);
    connect(m_model, &TargetSearchModel::searchFailed, this, [this] {
        if (std::exchange(m_commitPending, false)) {
            m_editing = false; // nothing to choose from: back to the chosen target
            showTarget();
        }
    });
    if (names) {
        connect(names, &Core::TargetNames::resolved, this, [this](const QString &id) {
            if (id.isEmpty() || id != m_id)
                return;
            m_info = m_names->known(id);
            if (!m_editing)
                showTarget();
            updateOpenButton();
        });
    }
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (m_info.isCallHandler())
            Q_EMIT openRequested(m_id);
    });
    updateOpenButton();
}

TargetPicker::~TargetPicker() = default;

void TargetPicker::setDebounceMs(int ms)
{
    m_model->setDebounceMs(ms);
}

void TargetPicker::setLabel(const QString &label)
{
    setAccessibleName(label);
    m_edit->setAccessibleName(label);
    m_open->setAccessibleDescription(tr("Opens the target of “%1” in the editor").arg(label));
}

void TargetPicker::setHandler(const Core::CupiObject &handler)
{
    m_model->setHandler(handler);
}

TargetKind TargetPicker::kind() const
{
    return Core::FieldEnums::targetKind(m_conversationValue);
}

void TargetPicker::setConversationInput(QComboBox *conversation)
{
    m_conversation = conversation;
    m_conversationValue = conversation ? FieldInput::value(conversation) : QString();
    if (conversation) {
        // Connected after the conversation's own binding: the edit has the new conversation
        // when this runs. Loading sets the combo with its signals blocked (FieldInput::setValue).
        connect(conversation, &QComboBox::currentIndexChanged, this,
                &TargetPicker::onConversationChanged);
    }
}

void TargetPicker::onConversationChanged()
{
    const TargetKind before = kind();
    m_conversationValue = m_conversation ? FieldInput::value(m_conversation) : QString();
    m_model->setTargetKind(kind());
    if (kind() != before && !m_id.isEmpty()) {
        // A call handler is no directory handler: the old target cannot stay.
        m_id.clear();
        m_info = {};
        m_editing = false;
        showTarget();
        Q_EMIT targetChanged();
        return;
    }
    showTarget();
}

void TargetPicker::setTargetId(const QString &objectId)
{
    m_editing = false;
    m_commitPending = false;
    m_id = objectId;
    // The conversation was set just before, with its signals blocked.
    m_conversationValue = m_conversation ? FieldInput::value(m_conversation) : QString();
    m_model->setTargetKind(kind());
    m_model->setSearchText({});
    m_info = m_names ? m_names->resolve(objectId, kind()) : TargetInfo::of(objectId);
    showTarget();
}

void TargetPicker::onTextEdited(const QString &text)
{
    m_editing = true;
    m_commitPending = false;
    m_model->setTargetKind(kind());
    m_model->setSearchText(text);
    if (text.trimmed().isEmpty())
        m_completer->popup()->hide();
}

void TargetPicker::onSearchFinished()
{
    if (std::exchange(m_commitPending, false)) {
        commit(); // Enter or Tab came before the matches
        return;
    }
    if (!m_editing || !m_edit->hasFocus())
        return;
    QAbstractItemView *popup = m_completer->popup();
    if (m_model->rowCount() == 0) {
        popup->hide();
        // Say so where the user looks (the text stays for correcting).
        QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())),
                           tr("Nothing found for “%1”.").arg(m_model->searchText()), m_edit);
        return;
    }
    // As wide as the names need (long names are common), within the screen.
    const int needed = popup->sizeHintForColumn(0) +
                       popup->verticalScrollBar()->sizeHint().width() + 2 * popup->frameWidth() + 8;
    QRect rect = m_edit->rect();
    const int room = m_edit->screen() ? m_edit->screen()->availableGeometry().right() -
                                            m_edit->mapToGlobal(QPoint(0, 0)).x()
                                      : rect.width();
    rect.setWidth(qBound(rect.width(), needed, qMax(rect.width(), room)));
    m_completer->complete(rect);
}

// Enter or leaving the field: the exact name (or extension) chooses that target; an emptied field
// clears it; anything else goes back to the chosen target.
void TargetPicker::commit()
{
    if (!m_editing)
        return;
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_editing = false;
        const bool had = !m_id.isEmpty();
        m_id.clear();
        m_info = {};
        showTarget();
        if (had)
            Q_EMIT targetChanged();
        return;
    }
    m_model->setTargetKind(kind());
    m_model->setSearchText(text);
    if (m_model->isSearching()) {
        m_commitPending = true; // decided when the matches are in
        m_model->searchNow();
        return;
    }
    const int row = m_model->exactMatch(text);
    if (row >= 0) {
        choose(m_model->resultAt(row));
        return;
    }
    m_editing = false;
    showTarget();
}

void TargetPicker::choose(const TargetInfo &target)
{
    m_editing = false;
    m_commitPending = false;
    m_completer->popup()->hide();
    if (target.id.isEmpty())
        return;
    const bool changed = target.id != m_id;
    m_id = target.id;
    m_info = target;
    if (m_names)
        m_names->add({target});
    showTarget();
    if (changed)
        Q_EMIT targetChanged();
}

void TargetPicker::showTarget()
{
    m_edit->setText(m_id.isEmpty() ? QString() : m_info.displayText());
    m_edit->setCursorPosition(0); // the start of a long name
    switch (kind()) {
    case TargetKind::CallHandler:
        m_edit->setPlaceholderText(tr("Type the name or extension of a handler or user…"));
        break;
    case TargetKind::DirectoryHandler:
        m_edit->setPlaceholderText(tr("Type the name or extension of a directory handler…"));
        break;
    case TargetKind::InterviewHandler:
        m_edit->setPlaceholderText(tr("Type the name or extension of an interview handler…"));
        break;
    case TargetKind::None:
        m_edit->setPlaceholderText(
            m_conversationValue.isEmpty() ? QString() : tr("This conversation takes no target"));
        break;
    }
    updateOpenButton();
}

void TargetPicker::updateOpenButton()
{
    QString tip;
    switch (m_id.isEmpty() ? TargetInfo::Kind::Pending : m_info.kind) {
    case TargetInfo::Kind::CallHandler:
    case TargetInfo::Kind::Mailbox:
        tip = tr("Open “%1” in the editor").arg(m_info.name);
        break;
    case TargetInfo::Kind::DirectoryHandler:
        tip = tr("Directory handlers cannot be opened here.");
        break;
    case TargetInfo::Kind::InterviewHandler:
        tip = tr("Interview handlers cannot be opened here.");
        break;
    case TargetInfo::Kind::NotFound:
        tip = tr("No call, directory or interview handler has this ID.");
        break;
    case TargetInfo::Kind::Unavailable:
        tip = tr("The target could not be read from the server.");
        break;
    case TargetInfo::Kind::Pending:
        tip = m_id.isEmpty() ? tr("Choose a target first.") : tr("Looking up the target…");
        break;
    }
    m_open->setEnabled(!m_id.isEmpty() && m_info.isCallHandler());
    m_open->setToolTip(tip);
}

} // namespace HandlerDesk::Ui
