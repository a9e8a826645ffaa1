// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/lookupchoicetab.h"

#include "core/fieldnames.h"
#include "core/handleredit.h"

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::TimeZoneMode;
namespace Field = Core::Field;

namespace {
// The tab's choices, in order: the system default, then one from the list.
constexpr int DefaultChoice = 0;
constexpr int SpecificChoice = 1;
} // namespace

LookupChoiceTab *createTimeZoneTab(const EditorContext &context, QWidget *parent)
{
    LookupChoice choice{
        .choices = {{LookupChoiceTab::tr("Use the system default time zone"),
                     Field::UseDefaultTimeZone.toString(), Field::UseDefaultTimeZone},
                    {LookupChoiceTab::tr("Use this time zone:"), u"TimeZoneSpecific"_s, {}}},
        .lookupField = Field::TimeZone,
        .kind = Core::LookupCache::Kind::TimeZones,
        .hint = {},
        .apply =
            [](Core::CallHandlerEdit &edit, int index, const QString &value) {
                if (index == DefaultChoice)
                    edit.setTimeZone(TimeZoneMode::SystemDefault, edit.timeZone().timeZoneId);
                else
                    edit.setTimeZone(TimeZoneMode::Specific, value.toLongLong());
            },
        .current =
            [](const Core::CallHandlerEdit &edit) {
                const Core::TimeZoneChoice zone = edit.timeZone();
                const bool specific = zone.mode == TimeZoneMode::Specific;
                const bool known = specific || zone.timeZoneId > 0;
                return std::pair{specific ? SpecificChoice : DefaultChoice,
                                 known ? QString::number(zone.timeZoneId) : QString()};
            },
    };
    return new LookupChoiceTab(context, std::move(choice), parent);
}

} // namespace HandlerDesk::Ui
