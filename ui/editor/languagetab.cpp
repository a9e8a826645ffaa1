// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/languagetab.h"

#include "core/handleredit.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "ui/editor/fieldinput.h"
#include "ui/lookupmessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;
using Core::LanguageMode;
namespace Field = Core::Field;

LanguageTab::LanguageTab(const EditorContext &context, QWidget *parent)
    : EditorTab(context, parent)
{
    auto *form = new QFormLayout(this);
    m_inherit = new QRadioButton(tr("Inherit the language of the call"), this);
    m_inherit->setObjectName(Field::UseCallLanguage.toString());
    m_default = new QRadioButton(tr("Use the system default language"), this);
    m_default->setObjectName(Field::UseDefaultLanguage.toString());
    m_specific = new QRadioButton(tr("Use this language:"), this);
    m_specific->setObjectName(u"LanguageSpecific"_s);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_inherit, m_default, m_specific})
        group->addButton(b);

    const Core::FieldSpec &spec = specOf(HandlerPart::Handler, Field::Language);
    m_language = FieldInput::createLookup(spec, context.lookups->languages(), true, this);
    auto *message = makeMessageLabel(this);

    form->addRow(m_inherit);
    form->addRow(m_default);
    form->addRow(m_specific, withMessage(m_language, message));
    form->addRow(QString(),
                 new LookupMessage(context.lookups, Core::LookupCache::Kind::Languages, this));
    labelFor(m_language, m_language->accessibleName())->hide(); // the radio button shows it
    auto *hint = new QLabel(tr("Languages installed for the phone conversation are listed "
                               "first."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    bind(m_inherit, HandlerPart::Handler, {}, Field::UseCallLanguage, nullptr, nullptr, true);
    bind(m_default, HandlerPart::Handler, {}, Field::UseDefaultLanguage, nullptr, nullptr, true);
    bind(m_language, HandlerPart::Handler, {}, Field::Language, nullptr, message, true);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on && !isLoading())
            apply();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!isLoading() && !FieldInput::isRepopulating(m_language))
            apply();
    });
    connect(context.lookups->languages(), &QAbstractItemModel::modelReset, this,
            [this] { showCurrentValues(); });
}

void LanguageTab::apply()
{
    Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    m_language->setEnabled(m_specific->isChecked());
    if (m_inherit->isChecked()) {
        edit->setLanguage(LanguageMode::InheritFromCall, edit->language().lcid);
    } else if (m_default->isChecked()) {
        edit->setLanguage(LanguageMode::SystemDefault, edit->language().lcid);
    } else {
        if (m_language->currentIndex() < 0 && m_language->count() > 0)
            m_language->setCurrentIndex(0); // comes back here through currentIndexChanged
        edit->setLanguage(LanguageMode::Specific, FieldInput::value(m_language).toInt());
    }
    touched();
}

void LanguageTab::refresh()
{
    const Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    const Core::LanguageChoice choice = edit->language();
    m_inherit->setChecked(choice.mode == LanguageMode::InheritFromCall);
    m_default->setChecked(choice.mode == LanguageMode::SystemDefault);
    m_specific->setChecked(choice.mode == LanguageMode::Specific);
    FieldInput::setValue(m_language, choice.lcid > 0 ? QString::number(choice.lcid) : QString());
    m_language->setEnabled(choice.mode == LanguageMode::Specific);
}

} // namespace HandlerDesk::Ui
