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

LookupChoiceTab::LookupChoiceTab(const EditorContext &context, const QList<Choice> &choices,
                                 QStringView lookupField, Core::LookupCache::Kind kind,
                                 QWidget *parent)
    : EditorTab(context, parent)
{
    Q_ASSERT(!choices.isEmpty());
    auto *form = new QFormLayout(this);
    auto *group = new QButtonGroup(this);
    for (const Choice &choice : choices) {
        auto *button = new QRadioButton(choice.text, this);
        button->setObjectName(choice.objectName);
        group->addButton(button);
        m_choices.append(button);
        if (!choice.field.isEmpty())
            bind(button, HandlerPart::Handler, {}, choice.field, nullptr, nullptr, true);
    }

    Core::LookupModel *model = context.lookups->model(kind);
    m_lookup =
        FieldInput::createLookup(specOf(HandlerPart::Handler, lookupField), model, true, this);
    auto *message = makeMessageLabel(this);
    for (QRadioButton *button : std::as_const(m_choices).first(m_choices.size() - 1))
        form->addRow(button);
    form->addRow(m_choices.constLast(), withMessage(m_lookup, message));
    form->addRow(QString(), new LookupMessage(context.lookups, kind, this));
    labelFor(m_lookup, m_lookup->accessibleName())->hide(); // the radio button shows it
    bind(m_lookup, HandlerPart::Handler, {}, lookupField, nullptr, message, true);

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

QFormLayout *LookupChoiceTab::form() const
{
    return static_cast<QFormLayout *>(layout());
}

int LookupChoiceTab::checkedChoice() const
{
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i)->isChecked())
            return i;
    }
    return m_choices.size() - 1;
}

void LookupChoiceTab::apply()
{
    if (!m_context.editor->handlerEdit())
        return;
    const int choice = checkedChoice();
    const bool fromList = choice == m_choices.size() - 1;
    m_lookup->setEnabled(fromList);
    if (fromList && m_lookup->currentIndex() < 0 && m_lookup->count() > 0)
        m_lookup->setCurrentIndex(0); // comes back here through currentIndexChanged
    applyChoice(choice, fromList ? FieldInput::value(m_lookup) : QString());
    touched();
}

void LookupChoiceTab::showChoice(int choice, const QString &value)
{
    Q_ASSERT(choice >= 0 && choice < m_choices.size());
    for (int i = 0; i < m_choices.size(); ++i)
        m_choices.at(i)->setChecked(i == choice);
    FieldInput::setValue(m_lookup, value);
    m_lookup->setEnabled(choice == m_choices.size() - 1);
}

} // namespace HandlerDesk::Ui
