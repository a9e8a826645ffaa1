// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/languagetab.h"

#include "core/fieldnames.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::LanguageMode;
namespace Field = Core::Field;

namespace {
// In the order of the tab's choices.
constexpr LanguageMode Modes[] = {LanguageMode::InheritFromCall, LanguageMode::SystemDefault,
                                  LanguageMode::Specific};
} // namespace

LanguageTab::LanguageTab(const EditorContext &context, QWidget *parent)
    : LookupChoiceTab(context,
                      {{tr("Inherit the language of the call"), Field::UseCallLanguage.toString(),
                        Field::UseCallLanguage},
                       {tr("Use the system default language"), Field::UseDefaultLanguage.toString(),
                        Field::UseDefaultLanguage},
                       {tr("Use this language:"), u"LanguageSpecific"_s, {}}},
                      Field::Language, Core::LookupCache::Kind::Languages, parent)
{
    auto *hint = new QLabel(tr("Languages installed for the phone conversation are listed "
                               "first."),
                            this);
    hint->setWordWrap(true);
    form()->addRow(QString(), hint);
}

void LanguageTab::applyChoice(int choice, const QString &value)
{
    Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    const LanguageMode mode = Modes[choice];
    edit->setLanguage(mode, mode == LanguageMode::Specific ? value.toInt() : edit->language().lcid);
}

void LanguageTab::refresh()
{
    const Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    const Core::LanguageChoice choice = edit->language();
    showChoice(int(std::ranges::find(Modes, choice.mode) - std::begin(Modes)),
               choice.lcid > 0 ? QString::number(choice.lcid) : QString());
}

} // namespace HandlerDesk::Ui
