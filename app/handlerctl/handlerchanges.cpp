// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handlerctl/handlerchanges.h"

#include "core/fieldnames.h"
#include "core/handleredit.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using HandlerDesk::Core::CupiObject;

namespace HandlerDesk::Ctl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Ctl::Commands)
};

bool isNumber(const QString &text)
{
    bool ok = false;
    text.toInt(&ok);
    return ok;
}

} // namespace

bool HandlerChanges::isEmpty() const
{
    return !name && !extension && !scheduleSet && !recipientUser && !recipientList && !language &&
           !timeZone;
}

QString HandlerChanges::checkSyntax() const
{
    if (language && *language != u"inherit"_s && *language != u"default"_s && !isNumber(*language))
        return Text::tr("--language takes 'inherit', 'default' or a language code such as 1033");
    if (timeZone && *timeZone != u"default"_s && !isNumber(*timeZone))
        return Text::tr("--time-zone takes 'default' or a time-zone id such as 35");
    return {};
}

CupiObject HandlerChanges::putBody(const CupiObject &loaded, QList<Core::FieldIssue> *issues) const
{
    // core's edit logic owns the minimal PUT, the field groups and the seed's language and
    // time-zone tables.
    Core::CallHandlerEdit edit(loaded);
    if (name)
        edit.setValue(Core::Field::DisplayName.toString(), *name);
    if (extension)
        edit.setValue(Core::Field::DtmfAccessId.toString(), *extension);
    if (scheduleSet)
        edit.setValue(Core::Field::ScheduleSetObjectId.toString(), *scheduleSet);
    if (recipientUser)
        edit.setRecipientUser(*recipientUser);
    if (recipientList)
        edit.setRecipientDistributionList(*recipientList);
    if (language) {
        if (*language == u"inherit"_s)
            edit.setLanguage(Core::LanguageMode::InheritFromCall);
        else if (*language == u"default"_s)
            edit.setLanguage(Core::LanguageMode::SystemDefault);
        else
            edit.setLanguage(Core::LanguageMode::Specific, language->toInt());
    }
    if (timeZone) {
        if (*timeZone == u"default"_s)
            edit.setTimeZone(Core::TimeZoneMode::SystemDefault);
        else
            edit.setTimeZone(Core::TimeZoneMode::Specific, timeZone->toLongLong());
    }
    if (issues)
        *issues = edit.validate();
    return edit.putBody();
}

} // namespace HandlerDesk::Ctl
