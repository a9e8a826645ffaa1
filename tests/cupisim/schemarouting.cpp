// SPDX-License-Identifier: GPL-3.0-or-later
// Call routing rules and their conditions: fields in the order of the examples of Cisco's CUPI
// guide, chapter "Call Routing" ("Routing Rules", "Routing Rule Conditions"); TenantObjectId [INF].
#include "schemabuilder.h"

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

using SchemaBuild::Builder;

// The XML list example's fields, then the five collection URIs of the JSON example (constant,
// emitted on every rule), then TenantObjectId: a tenant's own rules ([DOC] System Administration
// Guide, "Tenant Partitioning": each tenant has its own routing rules); the field is [INF] — no
// example shows it. Read-only as the guide says: RuleIndex (reordered by a PUT of the whole
// collection only), RouteTargetHandlerDisplayName and RouteTargetHandlerObjectType ("set
// automatically"), Flags (the .NET SDK's RoutingRule.cs: no setter) and Undeletable.
Kind routingRuleKind()
{
    const QString base = u"/vmrest/routingrules/{ObjectId}"_s;
    Builder b(KindId::RoutingRule, u"RoutingRules"_s, u"RoutingRule"_s);
    b.uri(u"URI"_s, base)
        .ro(u"ObjectId"_s)
        .s(u"DisplayName"_s, 64)
        .i(u"State"_s, 0, 2)
        .f(u"RuleIndex"_s, FieldType::Int, true)
        .i(u"Type"_s, 1, 3)
        .f(u"Flags"_s, FieldType::Int, true)
        .s(u"RouteTargetConversation"_s)
        .s(u"RouteTargetHandlerObjectId"_s, 36)
        .ro(u"RouteTargetHandlerDisplayName"_s)
        .f(u"RouteTargetHandlerObjectType"_s, FieldType::Int, true)
        .i(u"RouteAction"_s, 0, 8)
        .i(u"LanguageCode"_s, 0, 0)
        .b(u"UseDefaultLanguage"_s)
        .b(u"UseCallLanguage"_s)
        .i(u"CallType"_s, 0, 0)
        .s(u"SearchSpaceObjectId"_s, 36)
        .uri(u"SearchSpaceURI"_s, u"/vmrest/searchspaces/{SearchSpaceObjectId}"_s)
        .roBool(u"Undeletable"_s)
        .uri(u"RoutingRuleConditionsURI"_s, base + u"/routingruleconditions"_s)
        .uri(u"CallHandlerURI"_s, u"/vmrest/handlers/callhandlers"_s)
        .uri(u"DirectoryHandlerURI"_s, u"/vmrest/handlers/directoryhandlers"_s)
        .uri(u"InterviewHandlerURI"_s, u"/vmrest/handlers/interviewhandlers"_s)
        .uri(u"ConversationURI"_s,
             u"/vmrest/conversations?query=(CnvRoutingRuleForwardedCall%20is%201)"_s)
        .uri(u"SearchSpaceFetchURI"_s, u"/vmrest/searchspaces"_s)
        .ro(u"TenantObjectId"_s);
    return b.done(u"ObjectId"_s, u"TenantObjectId"_s);
}

// "Routing Rule Conditions", list example: URI, ObjectId, RoutingRuleObjectId, RoutingRuleURI,
// Parameter, Operator, OperandValue (0–64 characters, the data-field explanation).
Kind routingRuleConditionKind()
{
    const QString rule = u"/vmrest/routingrules/{RoutingRuleObjectId}"_s;
    Builder b(KindId::RoutingRuleCondition, u"RoutingRuleConditions"_s, u"RoutingRuleCondition"_s);
    b.uri(u"URI"_s, rule + u"/routingruleconditions/{ObjectId}"_s)
        .ro(u"ObjectId"_s)
        .ro(u"RoutingRuleObjectId"_s)
        .uri(u"RoutingRuleURI"_s, rule)
        .i(u"Parameter"_s, 1, 9)
        .i(u"Operator"_s, 1, 9)
        .s(u"OperandValue"_s, 64);
    return b.done(u"ObjectId"_s, {}, u"RoutingRuleObjectId"_s, u"ObjectId"_s);
}

} // namespace CupiSim
