// SPDX-License-Identifier: GPL-3.0-or-later
// FieldTable::validate: the per-field checks plus the rules that span fields. Each rule says where
// it comes from; rules the sources do not back are not here (issue 8: a handler with a transfer
// rule to its primary extension, a key 7 without a number, prepending switched on without digits
// are all what real servers accept).
#include "core/cupiobject.h"
#include "core/fields/fieldenums.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

// The call action of each kind of object that has one.
struct ActionRule
{
    HandlerPart part;
    CallActionFields fields;
};

constexpr ActionRule ActionRules[] = {
    {HandlerPart::Handler,
     {Field::AfterMessageAction,
      Field::AfterMessageTargetConversation,
      Field::AfterMessageTargetHandlerObjectId,
      {}}},
    {HandlerPart::Greeting,
     {Field::AfterGreetingAction,
      Field::AfterGreetingTargetConversation,
      Field::AfterGreetingTargetHandlerObjectId,
      {}}},
    {HandlerPart::MenuEntry,
     {Field::Action, Field::TargetConversation, Field::TargetHandlerObjectId,
      Field::TransferNumber}},
};

// Sub-resources that always stay on: "You cannot disable the standard greeting" (CUPI-CH greeting
// types) and "The Standard transfer option should never be disabled" (CUPI-CH TransferRules,
// TimeExpires) [DOC]; the .NET SDK's UpdateGreetingEnabledStatus refuses Standard and Error too
// (Greeting.cs) [OBS].
struct AlwaysOnRule
{
    HandlerPart part;
    QStringView typeField;
    const char *typeValue;
};

constexpr AlwaysOnRule AlwaysOnRules[] = {
    {HandlerPart::Greeting, Field::GreetingType, "Standard"},
    {HandlerPart::Greeting, Field::GreetingType, "Error"},
    {HandlerPart::TransferOption, Field::TransferOptionType, "Standard"},
};

QString text(const char *latin1)
{
    return QLatin1String(latin1);
}

QString labelOf(const FieldTable &table, QStringView key)
{
    const FieldSpec *spec = table.find(key);
    return spec ? spec->translatedLabel() : key.toString();
}

bool isFalse(const CupiObject &object, QStringView key)
{
    return object.contains(key) && !object.boolValue(key, true);
}

void callHandlerRules(const CupiObject &object, QList<FieldIssue> &issues)
{
    // One message recipient: a user or a distribution list. Every Cisco example has exactly one
    // of the two, and a new handler gets the Undeliverable Messages list (CUPI-CH, Creating a
    // Call Handler, note) [DOC]; that both or neither are refused is [INF].
    const QString user = object.value(Field::RecipientSubscriberObjectId);
    const QString list = object.value(Field::RecipientDistributionListObjectId);
    if (!user.isEmpty() && !list.isEmpty()) {
        issues.append({Field::RecipientSubscriberObjectId.toString(),
                       Fields::tr("Messages go to one recipient: choose a user or a "
                                  "distribution list, not both.")});
    } else if (user.isEmpty() && list.isEmpty() &&
               (!user.isNull() || !list.isNull())) { // judged only when the object has one
        issues.append({Field::RecipientSubscriberObjectId.toString(),
                       Fields::tr("Choose the user or distribution list that receives "
                                  "messages.")});
    }
    // Language: both flags false selects "the particular language as per the code" (seed,
    // "Update the Language of Call Handler", table) [DOC].
    if (isFalse(object, Field::UseCallLanguage) && isFalse(object, Field::UseDefaultLanguage) &&
        object.value(Field::Language).isEmpty()) {
        issues.append({Field::Language.toString(),
                       Fields::tr("Choose a language, or use the caller's language or the "
                                  "system default language.")});
    }
    // Time zone: "TimeZone: used when the UseDefaultTimezone is set to false" (seed, Explanation
    // of Data Fields) and both are mandatory to update it (seed, "Updating Time Zone") [DOC].
    if (isFalse(object, Field::UseDefaultTimeZone) && object.value(Field::TimeZone).isEmpty()) {
        issues.append({Field::TimeZone.toString(),
                       Fields::tr("Choose a time zone, or use the system default time "
                                  "zone.")});
    }
}

// A "Go to" needs its conversation: "Goto (2): go to an object such as a call handler, directory
// handler or interview handler" (CUPI-CH Enumeration Types) [DOC]. "For some Conversations, it is
// required to specify a Route_TargetHandlerObjectId as well" (CUPI-RR, RouteTargetConversation:
// AD, PHTransfer, PHGreeting, PHInterview) [DOC]. A key's "Alternate contact number"
// needs NO number ("including a TransferNumber is optional", CUPI guide, Updating Caller Input
// Keys) [DOC]; emptying one is refused by the edit instead (FieldSpec::refusesEmpty).
void callActionRules(const FieldTable &table, const CallActionFields &rule,
                     const CupiObject &object, QList<FieldIssue> &issues)
{
    const QString action = object.value(rule.action);
    const QString conversation = object.value(rule.conversation);
    if (action == text(FieldData::ActionGoto) && conversation.isEmpty()) {
        issues.append(
            {rule.conversation.toString(),
             Fields::tr("%1: choose where the call goes.").arg(labelOf(table, rule.action))});
    } else if (action == text(FieldData::ActionGoto) &&
               FieldEnums::targetKind(conversation) != TargetKind::None &&
               object.value(rule.target).isEmpty()) {
        const FieldSpec *spec = table.find(rule.conversation);
        issues.append({rule.target.toString(),
                       Fields::tr("%1 is required for “%2”.")
                           .arg(labelOf(table, rule.target),
                                spec ? spec->valueText(conversation) : conversation)});
    }
}

} // namespace

QList<FieldIssue> FieldTable::validate(const CupiObject &object) const
{
    QList<FieldIssue> issues;
    for (const auto &[key, value] : object.fields()) {
        const FieldSpec *spec = find(key);
        if (!spec || spec->readOnly || !isRelevant(key, object))
            continue; // not ours to judge: the server sent it and we never send it back
        if (const auto message = validateField(*spec, value))
            issues.append({spec->name(), *message});
    }
    return issues + ruleIssues(object);
}

QList<FieldIssue> FieldTable::ruleIssues(const CupiObject &object) const
{
    QList<FieldIssue> issues;
    if (const CallActionFields *rule = callAction())
        callActionRules(*this, *rule, object, issues);
    for (const AlwaysOnRule &rule : AlwaysOnRules) {
        if (rule.part == m_part && object.value(rule.typeField) == text(rule.typeValue) &&
            isFalse(object, Field::Enabled)) {
            const FieldSpec *type = find(rule.typeField);
            issues.append(
                {Field::Enabled.toString(),
                 Fields::tr("The %1 rule cannot be turned off.")
                     .arg(type ? type->enumLabel(text(rule.typeValue)) : text(rule.typeValue))});
        }
    }
    if (m_part == HandlerPart::Handler)
        callHandlerRules(object, issues);
    return issues;
}

const CallActionFields *FieldTable::callAction() const
{
    for (const ActionRule &rule : ActionRules) {
        if (rule.part == m_part)
            return &rule.fields;
    }
    return nullptr;
}

bool FieldTable::isRelevant(QStringView field, const CupiObject &object) const
{
    const CallActionFields *rule = callAction();
    if (!rule)
        return true;
    const QString action = object.value(rule->action);
    const bool goTo = action == text(FieldData::ActionGoto);
    if (field.compare(rule->conversation, Qt::CaseInsensitive) == 0)
        return goTo;
    if (field.compare(rule->target, Qt::CaseInsensitive) == 0)
        return goTo && FieldEnums::targetKind(object.value(rule->conversation)) != TargetKind::None;
    if (!rule->number.isNull() && field.compare(rule->number, Qt::CaseInsensitive) == 0)
        return action == text(FieldData::ActionTransferAltContact);
    return true;
}

} // namespace HandlerDesk::Core
