// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/timezonetab.h"

#include "core/fieldnames.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::TimeZoneMode;
namespace Field = Core::Field;

namespace {
// The tab's choices, in order: the system default, then one from the list.
constexpr int DefaultChoice = 0;
constexpr int SpecificChoice = 1;
} // namespace

TimeZoneTab::TimeZoneTab(const EditorContext &context, QWidget *parent)
    : LookupChoiceTab(context,
                      {{tr("Use the system default time zone"),
                        Field::UseDefaultTimeZone.toString(), Field::UseDefaultTimeZone},
                       {tr("Use this time zone:"), u"TimeZoneSpecific"_s, {}}},
                      Field::TimeZone, Core::LookupCache::Kind::TimeZones, parent)
{
}

void TimeZoneTab::applyChoice(int choice, const QString &value)
{
    Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (choice == DefaultChoice)
        edit->setTimeZone(TimeZoneMode::SystemDefault, edit->timeZone().timeZoneId);
    else
        edit->setTimeZone(TimeZoneMode::Specific, value.toLongLong());
}

void TimeZoneTab::refresh()
{
    const Core::CallHandlerEdit *edit = m_context.editor->handlerEdit();
    if (!edit)
        return;
    const Core::TimeZoneChoice choice = edit->timeZone();
    const bool specific = choice.mode == TimeZoneMode::Specific;
    const bool known = specific || choice.timeZoneId > 0;
    showChoice(specific ? SpecificChoice : DefaultChoice,
               known ? QString::number(choice.timeZoneId) : QString());
}

} // namespace HandlerDesk::Ui
