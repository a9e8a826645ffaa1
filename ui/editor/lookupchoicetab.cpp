// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/lookupchoicetab.h"

#include "core/models/handlereditor.h"
#include "ui/editor/fieldinput.h"
#include "ui/lookupmessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>

namespace HandlerDesk::Ui {

using Core::HandlerPart;

LookupChoiceTab::LookupChoiceTab(const EditorContext &context, LookupChoice choice, QWidget *parent)
    : EditorTab(context, parent)
    , m_choice(std::move(choice))
{
    Q_ASSERT(!m_choice.choices.isEmpty() && m_choice.apply && m_choice.current);
    auto *form = new QFormLayout(this);
    auto *group = new QButtonGroup(this);
    for (const LookupChoice::Choice &c : std::as_const(m_choice.choices)) {
        auto *button = new QRadioButton(c.text, this);
        button->setObjectName(c.objectName);
        group->addButton(button);
        m_buttons.append(button);
        if (!c.field.isEmpty())
            bind(button, HandlerPart::Handler, {}, c.field, nullptr, nullptr, true);
    }

    Core::LookupModel *model = context.lookups->model(m_choice.kind);
    m_lookup = FieldInput::createLookup(specOf(HandlerPart::Handler, m_choice.lookupField), model,
                                        true, this);
    auto *message = makeMessageLabel(this);
    for (QRadioButton *button : std::as_const(m_buttons).first(m_buttons.size() - 1))
        form->addRow(button);
    form->addRow(m_buttons.constLast(), withMessage(m_lookup, message));
    form->addRow(QString(), new LookupMessage(context.lookups, m_choice.kind, this));
    labelFor(m_lookup, m_lookup->accessibleName())->hide(); // the radio button shows it
    if (!m_choice.hint.isEmpty()) {
        auto *hint = new QLabel(m_choice.hint, this);
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
    }
    bind(m_lookup, HandlerPart::Handler, {}, m_choice.lookupField, nullptr, message, true);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on && !isLoading())
            apply();
    });
    connect(m_lookup, &QComboBox::currentIndexChanged, this, [this] {
        if (!isLoading() && !FieldInput::isRepopulating(m_lookup))
            apply();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { showCurrentValues(); });
}

int LookupChoiceTab::checkedChoice() const
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->isChecked())
            return i;
    }
    return m_buttons.size() - 1;
}

void LookupChoiceTab::apply()
{
    Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    const int choice = checkedChoice();
    const bool fromList = choice == m_buttons.size() - 1;
    m_lookup->setEnabled(fromList);
    if (fromList && m_lookup->currentIndex() < 0 && m_lookup->count() > 0)
        m_lookup->setCurrentIndex(0); // comes back here through currentIndexChanged
    m_choice.apply(*edit, choice, fromList ? FieldInput::value(m_lookup) : QString());
    touched();
}

void LookupChoiceTab::refresh()
{
    const Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    const auto [choice, value] = m_choice.current(*edit);
    Q_ASSERT(choice >= 0 && choice < m_buttons.size());
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setChecked(i == choice);
    FieldInput::setValue(m_lookup, value);
    m_lookup->setEnabled(choice == m_buttons.size() - 1);
}

} // namespace HandlerDesk::Ui
