// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The ONLY place that knows CUPI paths and list item names. Paths are relative to /vmrest and
// already percent-encoded (ids, "Off%20Hours", menu keys "%2A" and "%23").
namespace HandlerDesk::Core::Resources {

// One member of a collection: {collection}/{id}, the id percent-encoded (an ObjectId, a greeting
// type "Off Hours" → Off%20Hours, a menu key "*" → %2A, "#" → %23).
QString member(const QString &collection, const QString &id);

QString callHandlers();                 // handlers/callhandlers
QString callHandler(const QString &id); // handlers/callhandlers/{id}
// POST path for a create from a template: handlers/callhandlers?templateObjectId={id}
QString createCallHandler(const QString &templateId);
QString greetings(const QString &handlerId);
QString greeting(const QString &handlerId, const QString &type);
QString menuEntries(const QString &handlerId);
QString menuEntry(const QString &handlerId, const QString &key);
QString transferOptions(const QString &handlerId);
QString transferOption(const QString &handlerId, const QString &type);
// The other targets of a "Go to": directory handlers (conversation AD) and interview handlers
// (PHInterview).
QString directoryHandlers(); // handlers/directoryhandlers
QString interviewHandlers(); // handlers/interviewhandlers
// Call routing rules, where calls enter: routingrules, routingrules/{id},
// routingrules/{id}/routingruleconditions.
QString routingRules();
QString routingRule(const QString &id);
QString routingRuleConditions(const QString &ruleId);
QString templates(); // callhandlertemplates
QString scheduleSets();
QString users();
QString distributionLists();
QString languageMap();
QString installedLanguages();
QString timeZones();
QString tenants();
QString version();

// A CUPI query clause "(Field is Value)" / "(Field startswith Value)".
QString queryIs(const QString &field, const QString &value);
QString queryStartsWith(const QString &field, const QString &value);
// Joins clauses with " & " inside one pair of parentheses: "(IsPrimary is 0 & TenantObjectId is
// x)" (10.x servers accept up to 5); empty clauses are skipped.
QString queryAnd(const QStringList &clauses);

// List item names (the singular element / JSON key).
namespace Item {
inline constexpr QLatin1StringView CallHandler{"Callhandler"};
inline constexpr QLatin1StringView CallHandlerTemplate{"CallhandlerTemplate"};
inline constexpr QLatin1StringView Greeting{"Greeting"};
inline constexpr QLatin1StringView MenuEntry{"MenuEntry"};
inline constexpr QLatin1StringView TransferOption{"TransferOption"};
inline constexpr QLatin1StringView DirectoryHandler{"DirectoryHandler"};
inline constexpr QLatin1StringView InterviewHandler{"InterviewHandler"};
inline constexpr QLatin1StringView RoutingRule{"RoutingRule"};
inline constexpr QLatin1StringView RoutingRuleCondition{"RoutingRuleCondition"};
inline constexpr QLatin1StringView ScheduleSet{"ScheduleSet"};
inline constexpr QLatin1StringView User{"User"};
inline constexpr QLatin1StringView DistributionList{"DistributionList"};
inline constexpr QLatin1StringView LanguageMapping{"LanguageMapping"};
inline constexpr QLatin1StringView InstalledLanguage{"InstalledLanguage"};
inline constexpr QLatin1StringView TimeZone{"TimeZone"};
inline constexpr QLatin1StringView Tenant{"Tenant"};
} // namespace Item

// Request-body root names.
namespace Root {
inline constexpr QLatin1StringView CallHandler{"Callhandler"};
inline constexpr QLatin1StringView Greeting{"Greeting"};
inline constexpr QLatin1StringView MenuEntry{"MenuEntry"};
inline constexpr QLatin1StringView TransferOption{"TransferOption"};
inline constexpr QLatin1StringView RoutingRule{"RoutingRule"};
} // namespace Root

} // namespace HandlerDesk::Core::Resources
