// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/editortab.h"

#include "core/fieldtable.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "core/models/lookupmodel.h"
#include "core/models/targetnames.h"
#include "ui/editor/fieldinput.h"
#include "ui/editor/targetpicker.h"
#include "ui/palette.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;

EditorTab::EditorTab(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
}

EditorTab::~EditorTab() = default;

namespace {

bool dependsOnAction(const Core::FieldTable &table, const QString &field)
{
    const Core::CallActionFields *action = table.callAction();
    if (!action)
        return false;
    for (QStringView f : {action->conversation, action->target, action->number}) {
        if (!f.isNull() && field == f)
            return true;
    }
    return false;
}

} // namespace

const Core::FieldSpec &EditorTab::specOf(HandlerPart part, QStringView field)
{
    const Core::FieldSpec *spec = Core::fieldTable(part).find(field);
    Q_ASSERT_X(spec, "EditorTab::specOf", qPrintable(field.toString()));
    return *spec;
}

QLabel *EditorTab::makeMessageLabel(QWidget *parent)
{
    auto *message = new QLabel(parent);
    message->setWordWrap(true);
    message->setVisible(false);
    setWarningText(message);
    return message;
}

QWidget *EditorTab::addField(QFormLayout *form, HandlerPart part, const QString &key,
                             QStringView field)
{
    const Core::FieldSpec &spec = specOf(part, field);
    const Core::CallActionFields *callAction = Core::fieldTable(part).callAction();
    QWidget *input = callAction && callAction->target == spec.key
                         ? createTargetPicker(spec, part, key)
                         : FieldInput::create(spec, this);
    auto *message = makeMessageLabel(this);
    QLayout *box = withMessage(input, message);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QLabel *label = nullptr;
    if (spec.type == Core::FieldType::Boolean && !spec.isEnum()) {
        form->addRow(QString(), box); // a check box carries its own label
    } else {
        label = new QLabel(spec.translatedLabel() + u":"_s, this);
        label->setBuddy(input);
        form->addRow(label, box);
    }
    bind(input, part, key, spec.name(), label, message);
    return input;
}

// The target of a call action: searched by name as one types, following the conversation input
// added before it (the field table orders the conversation first in every tab).
QWidget *EditorTab::createTargetPicker(const Core::FieldSpec &spec, HandlerPart part,
                                       const QString &key)
{
    Core::CupiClient *client = m_context.lookups ? m_context.lookups->client() : nullptr;
    Core::TargetNames *names = Core::TargetNames::of(client);
    if (names && m_context.handlers)
        names->setHandlerList(m_context.handlers);
    auto *picker = new TargetPicker(names, this);
    picker->setObjectName(spec.name());
    picker->setLabel(spec.translatedLabel());
    picker->setToolTip(spec.translatedDescription());
    const QStringView conversation = Core::fieldTable(part).callAction()->conversation;
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.part == part && b.key == key && b.field == conversation)
            picker->setConversationInput(qobject_cast<QComboBox *>(b.input));
    }
    if (m_context.editor) {
        connect(m_context.editor, &Core::HandlerEditor::handlerRead, picker,
                &TargetPicker::setHandler);
    }
    connect(picker, &TargetPicker::openRequested, this, &EditorTab::openHandlerRequested);
    return picker;
}

QLayout *EditorTab::withMessage(QWidget *input, QLabel *message)
{
    // A layout, not a box widget: the input stays a sibling of its form label, which is how Qt
    // tells screen readers which label a combo box has (AT-SPI's labelled-by relation).
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(input);
    column->addWidget(message);
    return column;
}

QLabel *EditorTab::labelFor(QWidget *input, const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setBuddy(input);
    return label;
}

QComboBox *EditorTab::addLookup(QFormLayout *form, QStringView field, Core::LookupModel *model,
                                bool searchable)
{
    const Core::FieldSpec &spec = specOf(HandlerPart::Handler, field);
    QComboBox *combo = FieldInput::createLookup(spec, model, searchable, this);
    auto *message = makeMessageLabel(this);
    auto *label = new QLabel(spec.translatedLabel() + u":"_s, this);
    label->setBuddy(combo);
    form->addRow(label, withMessage(combo, message));
    bind(combo, HandlerPart::Handler, {}, spec.name(), label, message);
    // Ids whose names arrive later, choices that change with the handler: show the choice again
    // once the list is in. (This can run inside showCurrentValues(): loading stays as it was.)
    connect(model, &QAbstractItemModel::modelReset, this, [this, combo, name = spec.key] {
        if (const Core::ObjectEdit *e = edit(HandlerPart::Handler, {})) {
            const bool wasLoading = std::exchange(m_loading, true);
            FieldInput::setValue(combo, e->value(name));
            m_loading = wasLoading;
        }
    });
    return combo;
}

void EditorTab::bind(QWidget *input, HandlerPart part, const QString &key, QStringView field,
                     QLabel *label, QLabel *message, bool custom)
{
    m_bindings.append({part, key, field.toString(), input, label, message, custom});
    if (message) // beside its input (same parent), for tests and inspection: "message/<field>"
        message->setObjectName(u"message/%1"_s.arg(field));
    if (!custom) {
        const Binding binding = m_bindings.constLast();
        FieldInput::onChanged(input, this, [this, binding] {
            if (!m_loading)
                write(binding);
        });
    }
}

Core::ObjectEdit *EditorTab::edit(HandlerPart part, const QString &key) const
{
    if (!m_context.editor)
        return nullptr;
    if (part == HandlerPart::Handler)
        return m_context.editor->handlerEdit();
    return m_context.editor->subEdit(part, key);
}

void EditorTab::write(const Binding &binding)
{
    const QString value = FieldInput::value(binding.input);
    if (binding.part == HandlerPart::Handler)
        m_context.editor->setField(binding.field, value);
    else
        m_context.editor->setSubField(binding.part, binding.key, binding.field, value);
    Q_EMIT changed();
}

void EditorTab::touched()
{
    if (m_loading)
        return;
    m_context.editor->touch();
    Q_EMIT changed();
}

void EditorTab::showCurrentValues()
{
    m_loading = true;
    for (const Binding &b : std::as_const(m_bindings)) {
        const Core::ObjectEdit *e = edit(b.part, b.key);
        b.input->setEnabled(e != nullptr && !e->table().isReadOnly(b.field));
        if (!b.custom && e)
            FieldInput::setValue(b.input, e->value(b.field));
    }
    refresh();
    m_loading = false;
}

int EditorTab::updateMarks(const QList<Core::EditProblem> &problems)
{
    int shown = 0;
    QHash<const Core::ObjectEdit *, QStringList> changedByEdit;
    for (const Binding &b : std::as_const(m_bindings)) {
        const Core::ObjectEdit *e = edit(b.part, b.key);
        if (e && !changedByEdit.contains(e))
            changedByEdit.insert(e, e->changedFields());
        const bool changed = e && changedByEdit.value(e).contains(b.field);
        // The visible label, else the input itself (a column header or a hidden label names it).
        QWidget *marked =
            b.label && !b.label->isHidden() ? static_cast<QWidget *>(b.label) : b.input;
        QFont font = marked->font();
        if (font.bold() != changed) {
            font.setBold(changed);
            marked->setFont(font);
        }
        b.input->setAccessibleDescription(changed ? tr("Changed") : QString());
        // A call action's conversation, target or number that does not matter for the chosen
        // action (a conversation unless "Go to", …) is not sent: its input is disabled.
        if (e && !b.custom && dependsOnAction(e->table(), b.field))
            b.input->setEnabled(e->table().isRelevant(b.field, e->edited()));
        if (!b.message)
            continue;
        QString text;
        for (const Core::EditProblem &p : problems) {
            if (p.part == b.part && p.field == b.field &&
                (b.part == HandlerPart::Handler || p.key == b.key)) {
                text = p.message;
                ++shown;
                break;
            }
        }
        b.message->setText(text);
        b.message->setVisible(!text.isEmpty());
    }
    updateOwnMarks();
    return shown;
}

bool EditorTab::showsField(HandlerPart part, const QString &key, const QString &field) const
{
    return std::any_of(m_bindings.cbegin(), m_bindings.cend(), [&](const Binding &b) {
        return b.part == part && (part == HandlerPart::Handler || b.key == key) &&
               (field.isEmpty() || b.field == field);
    });
}

} // namespace HandlerDesk::Ui
