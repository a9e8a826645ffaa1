// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handlerctl/handlerchanges.h"

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

const QStringList &languageGroup()
{
    static const QStringList group = {u"UseCallLanguage"_s, u"UseDefaultLanguage"_s,
                                      u"Language"_s};
    return group;
}

const QStringList &timeZoneGroup()
{
    static const QStringList group = {u"UseDefaultTimeZone"_s, u"TimeZone"_s};
    return group;
}
} // namespace

bool HandlerChanges::isEmpty() const
{
    return !name && !extension && !scheduleSet && !recipientUser && !recipientList && !language
           && !timeZone;
}

QString HandlerChanges::checkSyntax() const
{
    if (language && *language != u"inherit"_s && *language != u"default"_s
        && !isNumber(*language))
        return Text::tr("--language takes 'inherit', 'default' or a language code such as 1033");
    if (timeZone && *timeZone != u"default"_s && !isNumber(*timeZone))
        return Text::tr("--time-zone takes 'default' or a time-zone id such as 35");
    return {};
}

CupiObject HandlerChanges::putBody(const CupiObject &loaded, QList<Core::FieldIssue> *issues) const
{
    CupiObject edited = loaded;
    if (name)
        edited.set(u"DisplayName"_s, *name);
    if (extension)
        edited.set(u"DtmfAccessId"_s, *extension);
    if (scheduleSet)
        edited.set(u"ScheduleSetObjectId"_s, *scheduleSet);
    // One recipient per handler: the server clears the other field when one is set.
    if (recipientUser)
        edited.set(u"RecipientSubscriberObjectId"_s, *recipientUser);
    if (recipientList)
        edited.set(u"RecipientDistributionListObjectId"_s, *recipientList);
    if (language) {
        // The seed's table: inherit = UseCallLanguage; system default = UseDefaultLanguage;
        // a language = both false + Language.
        if (*language == u"inherit"_s) {
            edited.set(u"UseCallLanguage"_s, u"true"_s);
        } else if (*language == u"default"_s) {
            edited.set(u"UseCallLanguage"_s, u"false"_s);
            edited.set(u"UseDefaultLanguage"_s, u"true"_s);
        } else {
            edited.set(u"UseCallLanguage"_s, u"false"_s);
            edited.set(u"UseDefaultLanguage"_s, u"false"_s);
            edited.set(u"Language"_s, *language);
        }
    }
    if (timeZone) {
        if (*timeZone == u"default"_s) {
            edited.set(u"UseDefaultTimeZone"_s, u"true"_s);
        } else {
            edited.set(u"UseDefaultTimeZone"_s, u"false"_s);
            edited.set(u"TimeZone"_s, *timeZone);
        }
    }

    CupiObject body;
    bool languageChanged = false;
    bool timeZoneChanged = false;
    for (const auto &[key, value] : edited.fields()) {
        if (loaded.contains(key) && loaded.value(key) == value)
            continue;
        languageChanged |= languageGroup().contains(key);
        timeZoneChanged |= timeZoneGroup().contains(key);
        body.set(key, value);
    }
    // A changed group goes whole, so the server cannot misread a lone flag.
    auto addGroup = [&](const QStringList &group) {
        for (const QString &key : group) {
            if (edited.contains(key) && !body.contains(key))
                body.set(key, edited.value(key));
        }
    };
    if (languageChanged)
        addGroup(languageGroup());
    if (timeZoneChanged)
        addGroup(timeZoneGroup());

    QList<Core::FieldIssue> found = validateFields(body);
    // Rules across fields (language, time zone, recipient) on the edited handler, as far as
    // they concern what is being sent.
    for (const Core::FieldIssue &issue : Core::CallHandlerFields::table().validate(edited)) {
        if (body.contains(issue.field) && !found.contains(issue))
            found.append(issue);
    }
    if (issues)
        *issues = found;
    return body;
}

QList<Core::FieldIssue> validateFields(const CupiObject &object)
{
    QList<Core::FieldIssue> issues;
    for (const auto &[key, value] : object.fields()) {
        const Core::FieldSpec *spec = Core::CallHandlerFields::find(key);
        if (!spec)
            continue;
        if (spec->readOnly) {
            issues.append({key, Text::tr("%1 is read-only.").arg(spec->translatedLabel())});
            continue;
        }
        if (const auto problem = Core::validateField(*spec, value))
            issues.append({key, *problem});
    }
    return issues;
}

} // namespace HandlerDesk::Ctl
