// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/lookupchoicetab.h"

#include "core/fieldnames.h"
#include "core/handleredit.h"

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

LookupChoiceTab *createLanguageTab(const EditorContext &context, QWidget *parent)
{
    LookupChoice choice{
        .choices = {{LookupChoiceTab::tr("Inherit the language of the call"),
                     Field::UseCallLanguage.toString(), Field::UseCallLanguage},
                    {LookupChoiceTab::tr("Use the system default language"),
                     Field::UseDefaultLanguage.toString(), Field::UseDefaultLanguage},
                    {LookupChoiceTab::tr("Use this language:"), u"LanguageSpecific"_s, {}}},
        .lookupField = Field::Language,
        .kind = Core::LookupCache::Kind::Languages,
        .hint =
            LookupChoiceTab::tr("Languages installed for the phone conversation are listed first."),
        .apply =
            [](Core::CallHandlerEdit &edit, int index, const QString &value) {
                const LanguageMode mode = Modes[index];
                edit.setLanguage(mode, mode == LanguageMode::Specific ? value.toInt()
                                                                      : edit.language().lcid);
            },
        .current =
            [](const Core::CallHandlerEdit &edit) {
                const Core::LanguageChoice language = edit.language();
                const auto index = std::ranges::find(Modes, language.mode) - std::begin(Modes);
                return std::pair{int(index),
                                 language.lcid > 0 ? QString::number(language.lcid) : QString()};
            },
    };
    return new LookupChoiceTab(context, std::move(choice), parent);
}

} // namespace HandlerDesk::Ui
