// SPDX-License-Identifier: GPL-3.0-or-later
// FieldTable::validate: the per-field checks plus the rules that span fields.
#include "core/cupiobject.h"
#include "core/fields/fieldenums.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

// The call action of each kind of object that has one.
struct ActionRule
{
    FieldTable::Kind kind;
    CallActionFields fields;
};

constexpr ActionRule ActionRules[] = {
    {FieldTable::Kind::CallHandler,
     {"AfterMessageAction", "AfterMessageTargetConversation", "AfterMessageTargetHandlerObjectId",
      nullptr}},
    {FieldTable::Kind::Greeting,
     {"AfterGreetingAction", "AfterGreetingTargetConversation",
      "AfterGreetingTargetHandlerObjectId", nullptr}},
    {FieldTable::Kind::MenuEntry,
     {"Action", "TargetConversation", "TargetHandlerObjectId", "TransferNumber"}},
};

// Sub-resources that always stay on (PROTOCOL §6).
struct AlwaysOnRule
{
    FieldTable::Kind kind;
    const char *typeField;
    const char *typeValue;
};

constexpr AlwaysOnRule AlwaysOnRules[] = {
    {FieldTable::Kind::Greeting, "GreetingType", "Standard"},
    {FieldTable::Kind::Greeting, "GreetingType", "Error"},
    {FieldTable::Kind::TransferOption, "TransferOptionType", "Standard"},
};

QString text(const char *latin1)
{
    return QLatin1String(latin1);
}

QString labelOf(const FieldTable &table, const char *key)
{
    const FieldSpec *spec = table.find(text(key));
    return spec ? spec->translatedLabel() : text(key);
}

bool isFalse(const CupiObject &object, QStringView key)
{
    return object.contains(key) && !object.boolValue(key, true);
}

void callHandlerRules(const FieldTable &table, const CupiObject &object, QList<FieldIssue> &issues)
{
    // One message recipient: a user or a distribution list.
    const QString user = object.value(u"RecipientSubscriberObjectId");
    const QString list = object.value(u"RecipientDistributionListObjectId");
    if (!user.isEmpty() && !list.isEmpty()) {
        issues.append({u"RecipientSubscriberObjectId"_s,
                       Fields::tr("Messages go to one recipient: choose a user or a "
                                  "distribution list, not both.")});
    } else if (user.isEmpty() && list.isEmpty() &&
               (!user.isNull() || !list.isNull())) { // judged only when the object has one
        issues.append({u"RecipientSubscriberObjectId"_s,
                       Fields::tr("Choose the user or distribution list that receives "
                                  "messages.")});
    }
    // Language: a specific language needs its code.
    if (isFalse(object, u"UseCallLanguage") && isFalse(object, u"UseDefaultLanguage") &&
        object.value(u"Language").isEmpty()) {
        issues.append(
            {u"Language"_s, Fields::tr("Choose a language, or use the caller's language or the "
                                       "system default language.")});
    }
    // Time zone: a specific zone needs its id.
    if (isFalse(object, u"UseDefaultTimeZone") && object.value(u"TimeZone").isEmpty()) {
        issues.append(
            {u"TimeZone"_s, Fields::tr("Choose a time zone, or use the system default time "
                                       "zone.")});
    }
    if (object.boolValue(u"EnablePrependDigits") && object.value(u"PrependDigits").isEmpty()) {
        issues.append(
            {u"PrependDigits"_s, Fields::tr("%1: enter the digits, or turn prepending off.")
                                     .arg(labelOf(table, "PrependDigits"))});
    }
}

void transferRules(const FieldTable &table, const CupiObject &object, QList<FieldIssue> &issues)
{
    if (object.value(u"Action") == u"1" && !object.boolValue(u"UsePrimaryExtension") &&
        object.value(u"Extension").isEmpty()) {
        issues.append(
            {u"Extension"_s,
             Fields::tr("%1 is required to transfer calls.").arg(labelOf(table, "Extension"))});
    }
}

// A "Go to" needs its conversation and, when the conversation takes one, its target
// (PROTOCOL.md §6; cupi-sim refuses both, rules.cpp); a transfer to the alternate contact
// needs its number.
void callActionRules(const FieldTable &table, const CallActionFields &rule,
                     const CupiObject &object, QList<FieldIssue> &issues)
{
    const QString action = object.value(text(rule.action));
    const QString conversation = object.value(text(rule.conversation));
    if (action == text(FieldData::ActionGoto) && conversation.isEmpty()) {
        issues.append(
            {text(rule.conversation),
             Fields::tr("%1: choose where the call goes.").arg(labelOf(table, rule.action))});
    } else if (action == text(FieldData::ActionGoto) &&
               FieldEnums::targetKind(conversation) != TargetKind::None &&
               object.value(text(rule.target)).isEmpty()) {
        const FieldSpec *spec = table.find(text(rule.conversation));
        issues.append(
            {text(rule.target), Fields::tr("%1 is required for “%2”.")
                                    .arg(labelOf(table, rule.target),
                                         spec ? spec->enumLabel(conversation) : conversation)});
    }
    if (rule.number && action == text(FieldData::ActionTransferAltContact) &&
        object.value(text(rule.number)).isEmpty()) {
        issues.append(
            {text(rule.number), Fields::tr("%1 is required to transfer to an alternate contact.")
                                    .arg(labelOf(table, rule.number))});
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

    if (const CallActionFields *rule = callAction())
        callActionRules(*this, *rule, object, issues);
    for (const AlwaysOnRule &rule : AlwaysOnRules) {
        if (rule.kind == m_kind && object.value(text(rule.typeField)) == text(rule.typeValue) &&
            isFalse(object, u"Enabled")) {
            const FieldSpec *type = find(text(rule.typeField));
            issues.append({u"Enabled"_s, Fields::tr("The %1 rule cannot be turned off.")
                                             .arg(type ? type->enumLabel(text(rule.typeValue))
                                                       : text(rule.typeValue))});
        }
    }
    if (m_kind == Kind::CallHandler)
        callHandlerRules(*this, object, issues);
    else if (m_kind == Kind::TransferOption)
        transferRules(*this, object, issues);
    return issues;
}

const CallActionFields *FieldTable::callAction() const
{
    for (const ActionRule &rule : ActionRules) {
        if (rule.kind == m_kind)
            return &rule.fields;
    }
    return nullptr;
}

bool FieldTable::isRelevant(QStringView field, const CupiObject &object) const
{
    const CallActionFields *rule = callAction();
    if (!rule)
        return true;
    const QString action = object.value(text(rule->action));
    const bool goTo = action == text(FieldData::ActionGoto);
    if (field.compare(text(rule->conversation), Qt::CaseInsensitive) == 0)
        return goTo;
    if (field.compare(text(rule->target), Qt::CaseInsensitive) == 0) {
        return goTo &&
               FieldEnums::targetKind(object.value(text(rule->conversation))) != TargetKind::None;
    }
    if (rule->number && field.compare(text(rule->number), Qt::CaseInsensitive) == 0)
        return action == text(FieldData::ActionTransferAltContact);
    return true;
}

} // namespace HandlerDesk::Core
