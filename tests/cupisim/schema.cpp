// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "schemabuilder.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

using SchemaBuild::Builder;

// The call handler fields in the seed's order, with the data-field table's ranges.
void handlerFields(Builder &b, bool isTemplate)
{
    const QString base =
        isTemplate ? u"/vmrest/callhandlertemplates/"_s : u"/vmrest/handlers/callhandlers/"_s;
    b.uri(u"URI"_s, base + u"{ObjectId}"_s)
        .ro(u"CreationTime"_s)
        .i(u"Language"_s, 0, 0)
        .roBool(u"Undeletable"_s)
        .ro(u"VoiceName"_s)
        .ro(u"VoiceFileURI"_s)
        .uri(u"VoiceNameURI"_s, base + u"{ObjectId}/voicename"_s)
        .ro(u"LocationObjectId"_s)
        .uri(u"LocationURI"_s, u"/vmrest/locations/connectionlocations/{LocationObjectId}"_s)
        .b(u"EditMsg"_s)
        .roBool(u"IsPrimary"_s)
        .i(u"OneKeyDelay"_s, 0, 10000)
        .s(u"ScheduleSetObjectId"_s, 36)
        .uri(u"ScheduleSetURI"_s, u"/vmrest/schedulesets/{ScheduleSetObjectId}"_s)
        .i(u"SendUrgentMsg"_s, 0, 2)
        .i(u"MaxMsgLen"_s, 1, 3600)
        .roBool(u"IsTemplate"_s)
        .ro(u"ObjectId"_s)
        .ro(u"TenantObjectId"_s)
        .s(u"RecipientDistributionListObjectId"_s, 36)
        .uri(u"RecipientDistributionListURI"_s,
             u"/vmrest/distributionlists/{RecipientDistributionListObjectId}"_s)
        .s(u"RecipientSubscriberObjectId"_s, 36)
        .uri(u"RecipientUserURI"_s, u"/vmrest/users/{RecipientSubscriberObjectId}"_s)
        .s(u"DisplayName"_s, 64)
        .i(u"AfterMessageAction"_s, 0, 8)
        .s(u"AfterMessageTargetConversation"_s)
        .s(u"AfterMessageTargetHandlerObjectId"_s, 36)
        .s(u"DtmfAccessId"_s, 40)
        .i(u"TimeZone"_s, 0, 0)
        .b(u"UseDefaultLanguage"_s)
        .b(u"UseDefaultTimeZone"_s)
        .s(u"MediaSwitchObjectId"_s, 36)
        .uri(u"PhoneSystemURI"_s, u"/vmrest/phonesystems/{MediaSwitchObjectId}"_s)
        .b(u"UseCallLanguage"_s)
        .b(u"SendSecureMsg"_s)
        .b(u"EnablePrependDigits"_s)
        .s(u"PrependDigits"_s, 40)
        .b(u"DispatchDelivery"_s)
        .s(u"CallSearchSpaceObjectId"_s, 36)
        .uri(u"CallSearchSpaceURI"_s, u"/vmrest/searchspaces/{CallSearchSpaceObjectId}"_s)
        .b(u"InheritSearchSpaceFromCall"_s)
        .s(u"PartitionObjectId"_s, 36)
        .uri(u"PartitionURI"_s, u"/vmrest/partitions/{PartitionObjectId}"_s)
        .i(u"PlayPostGreetingRecording"_s, 0, 2)
        .s(u"PostGreetingRecordingObjectId"_s, 36)
        .uri(u"PostGreetingURI"_s,
             u"/vmrest/postgreetingrecordings/{PostGreetingRecordingObjectId}"_s)
        .i(u"SendPrivateMsg"_s, 0, 2)
        .i(u"PlayAfterMessage"_s, 0, 2)
        .s(u"PlayAfterMessageRecordingObjectId"_s, 36)
        .uri(u"GreetingsURI"_s, base + u"{ObjectId}/greetings"_s)
        .uri(u"TransferOptionsURI"_s, base + u"{ObjectId}/transferoptions"_s)
        .uri(u"MenuEntriesURI"_s, base + u"{ObjectId}/menuentries"_s);
    if (!isTemplate)
        b.uri(u"CallHandlerOwnerURI"_s, base + u"{ObjectId}/callhandlerowners"_s);
}

std::array<Kind, size_t(KindId::Count)> makeKinds()
{
    std::array<Kind, size_t(KindId::Count)> kinds;
    auto put = [&kinds](Kind k) { kinds[size_t(k.id)] = std::move(k); };
    {
        Builder b(KindId::Handler, u"Callhandlers"_s, u"Callhandler"_s);
        handlerFields(b, false);
        put(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    {
        Builder b(KindId::Template, u"CallhandlerTemplates"_s, u"CallhandlerTemplate"_s);
        handlerFields(b, true);
        put(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    const QString h = u"/vmrest/handlers/callhandlers/{CallHandlerObjectId}"_s;
    {
        Builder b(KindId::Greeting, u"Greetings"_s, u"Greeting"_s);
        b.ro(u"CallHandlerObjectId"_s)
            .ro(u"GreetingType"_s)
            .b(u"Enabled"_s)
            .s(u"TimeExpires"_s)
            .i(u"PlayWhat"_s, 0, 2)
            .i(u"AfterGreetingAction"_s, 0, 8)
            .s(u"AfterGreetingTargetConversation"_s)
            .s(u"AfterGreetingTargetHandlerObjectId"_s, 36)
            .b(u"IgnoreDigits"_s)
            .i(u"Reprompts"_s, 0, 100)
            .i(u"RepromptDelay"_s, 0, 100)
            .b(u"PlayRecordMessagePrompt"_s)
            .b(u"EnableTransfer"_s)
            .uri(u"URI"_s, h + u"/greetings/{%GreetingType}"_s)
            .uri(u"GreetingStreamFilesURI"_s,
                 h + u"/greetings/{%GreetingType}/greetingstreamfiles"_s);
        put(b.done(u"GreetingType"_s, {}, u"CallHandlerObjectId"_s, u"GreetingType"_s));
    }
    {
        Builder b(KindId::MenuEntry, u"MenuEntries"_s, u"MenuEntry"_s);
        b.ro(u"CallHandlerObjectId"_s)
            .ro(u"TouchtoneKey"_s)
            .i(u"Action"_s, 0, 8)
            .s(u"TargetConversation"_s)
            .s(u"TargetHandlerObjectId"_s, 36)
            .s(u"TransferNumber"_s, 40)
            .b(u"Locked"_s)
            .uri(u"URI"_s, h + u"/menuentries/{%TouchtoneKey}"_s);
        put(b.done(u"TouchtoneKey"_s, {}, u"CallHandlerObjectId"_s, u"TouchtoneKey"_s));
    }
    {
        Builder b(KindId::TransferOption, u"TransferOptions"_s, u"TransferOption"_s);
        b.ro(u"CallHandlerObjectId"_s)
            .ro(u"TransferOptionType"_s)
            .b(u"Enabled"_s)
            .s(u"TimeExpires"_s)
            .i(u"Action"_s, 0, 1)
            .s(u"Extension"_s, 40)
            .i(u"TransferType"_s, 0, 1)
            .i(u"TransferRings"_s, 2, 20)
            .i(u"TransferHoldingMode"_s, 0, 2)
            .b(u"TransferAnnounce"_s)
            .b(u"TransferConfirm"_s)
            .b(u"TransferIntroduce"_s)
            .b(u"TransferScreening"_s)
            .b(u"UsePrimaryExtension"_s)
            .b(u"PlayTransferPrompt"_s)
            .i(u"RnaAction"_s, 0, 1)
            .uri(u"URI"_s, h + u"/transferoptions/{%TransferOptionType}"_s);
        put(b.done(u"TransferOptionType"_s, {}, u"CallHandlerObjectId"_s, u"TransferOptionType"_s));
    }
    {
        Builder b(KindId::Owner, u"CallhandlerOwners"_s, u"CallhandlerOwner"_s);
        b.ro(u"ObjectId"_s)
            .ro(u"CallHandlerObjectId"_s)
            .s(u"UserObjectId"_s, 36)
            .s(u"DistributionListObjectId"_s, 36)
            .uri(u"URI"_s, h + u"/callhandlerowners/{ObjectId}"_s);
        put(b.done(u"ObjectId"_s, {}, u"CallHandlerObjectId"_s, u"ObjectId"_s));
    }
    {
        Builder b(KindId::ScheduleSet, u"ScheduleSets"_s, u"ScheduleSet"_s);
        b.ro(u"ObjectId"_s)
            .s(u"DisplayName"_s, 64)
            .s(u"OwnerLocationObjectId"_s, 36)
            .ro(u"TenantObjectId"_s)
            .uri(u"URI"_s, u"/vmrest/schedulesets/{ObjectId}"_s)
            .uri(u"ScheduleSetMembersURI"_s,
                 u"/vmrest/schedulesets/{ObjectId}/schedulesetmembers"_s);
        put(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    {
        Builder b(KindId::ScheduleSetMember, u"ScheduleSetMembers"_s, u"ScheduleSetMember"_s);
        b.ro(u"ScheduleSetObjectId"_s)
            .s(u"ScheduleObjectId"_s, 36)
            .b(u"Exclude"_s)
            .uri(
                u"URI"_s,
                u"/vmrest/schedulesets/{ScheduleSetObjectId}/schedulesetmembers/{ScheduleObjectId}"_s)
            .uri(u"ScheduleURI"_s, u"/vmrest/schedules/{ScheduleObjectId}"_s);
        put(b.done(u"ScheduleObjectId"_s, {}, u"ScheduleSetObjectId"_s, u"ScheduleObjectId"_s));
    }
    {
        Builder b(KindId::Schedule, u"Schedules"_s, u"Schedule"_s);
        b.ro(u"ObjectId"_s)
            .s(u"DisplayName"_s, 64)
            .s(u"OwnerLocationObjectId"_s, 36)
            .b(u"IsHoliday"_s)
            .ro(u"TenantObjectId"_s)
            .uri(u"URI"_s, u"/vmrest/schedules/{ObjectId}"_s)
            .uri(u"ScheduleDetailsURI"_s, u"/vmrest/schedules/{ObjectId}/scheduledetails"_s);
        put(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    {
        Builder b(KindId::ScheduleDetail, u"ScheduleDetails"_s, u"ScheduleDetail"_s);
        b.ro(u"ObjectId"_s)
            .ro(u"ScheduleObjectId"_s)
            .s(u"Subject"_s, 64)
            .i(u"StartTime"_s, 0, 1440)
            .i(u"EndTime"_s, 0, 1440)
            .s(u"StartDate"_s)
            .s(u"EndDate"_s)
            .b(u"IsActiveMonday"_s)
            .b(u"IsActiveTuesday"_s)
            .b(u"IsActiveWednesday"_s)
            .b(u"IsActiveThursday"_s)
            .b(u"IsActiveFriday"_s)
            .b(u"IsActiveSaturday"_s)
            .b(u"IsActiveSunday"_s)
            .uri(u"URI"_s, u"/vmrest/schedules/{ScheduleObjectId}/scheduledetails/{ObjectId}"_s);
        put(b.done(u"ObjectId"_s, {}, u"ScheduleObjectId"_s, u"ObjectId"_s));
    }
    {
        Builder b(KindId::User, u"Users"_s, u"User"_s);
        b.ro(u"ObjectId"_s)
            .s(u"Alias"_s, 64)
            .s(u"DisplayName"_s, 64)
            .s(u"FirstName"_s, 64)
            .s(u"LastName"_s, 64)
            .s(u"DtmfAccessId"_s, 40)
            .i(u"TimeZone"_s, 0, 0)
            .ro(u"CallHandlerObjectId"_s)
            .ro(u"TenantObjectId"_s)
            .ro(u"PartitionObjectId"_s)
            .uri(u"URI"_s, u"/vmrest/users/{ObjectId}"_s)
            .uri(u"CallHandlerURI"_s, u"/vmrest/handlers/callhandlers/{CallHandlerObjectId}"_s);
        put(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    {
        Builder b(KindId::DistributionList, u"DistributionLists"_s, u"DistributionList"_s);
        b.ro(u"ObjectId"_s)
            .s(u"Alias"_s, 64)
            .s(u"DisplayName"_s, 64)
            .s(u"DtmfAccessId"_s, 40)
            .b(u"IsPublic"_s)
            .roBool(u"Undeletable"_s)
            .ro(u"TenantObjectId"_s)
            .uri(u"URI"_s, u"/vmrest/distributionlists/{ObjectId}"_s);
        put(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    {
        Builder b(KindId::LanguageMapping, u"LanguageMappings"_s, u"LanguageMapping"_s);
        b.ro(u"LanguageCode"_s).ro(u"LanguageAbbreviation"_s).ro(u"LanguageTag"_s);
        put(b.done(u"LanguageCode"_s));
    }
    {
        Builder b(KindId::InstalledLanguage, u"InstalledLanguages"_s, u"InstalledLanguage"_s);
        b.ro(u"LanguageCode"_s).ro(u"LanguageType"_s).roBool(u"Loaded"_s).roBool(u"IsLicensed"_s);
        put(b.done(u"LanguageCode"_s));
    }
    {
        Builder b(KindId::TimeZone, u"TimeZones"_s, u"TimeZone"_s);
        b.ro(u"TimeZoneId"_s)
            .ro(u"DisplayName"_s)
            .ro(u"Bias"_s)
            .ro(u"DaylightBias"_s)
            .ro(u"DaylightStartMonth"_s)
            .ro(u"DaylightStartDayOfWeek"_s)
            .ro(u"DaylightStartWeek"_s)
            .ro(u"DaylightStartHour"_s)
            .ro(u"DaylightEndMonth"_s)
            .ro(u"DaylightEndDayOfWeek"_s)
            .ro(u"DaylightEndWeek"_s)
            .ro(u"DaylightEndHour"_s)
            .ro(u"LanguageCode"_s);
        put(b.done(u"TimeZoneId"_s));
    }
    {
        Builder b(KindId::Tenant, u"Tenants"_s, u"Tenant"_s);
        b.ro(u"ObjectId"_s)
            .ro(u"Alias"_s)
            .ro(u"SmtpDomain"_s)
            .ro(u"Description"_s)
            .ro(u"PartitionObjectId"_s)
            .ro(u"PhoneSystemObjectId"_s)
            .ro(u"TimeZone"_s)
            .ro(u"Language"_s)
            .ro(u"CreationDate"_s)
            .uri(u"URI"_s, u"/vmrest/tenants/{ObjectId}"_s);
        put(b.done(u"ObjectId"_s, u"ObjectId"_s));
    }
    {
        Builder b(KindId::Partition, u"Partitions"_s, u"Partition"_s);
        b.ro(u"ObjectId"_s)
            .ro(u"Name"_s)
            .ro(u"Description"_s)
            .ro(u"TenantObjectId"_s)
            .uri(u"URI"_s, u"/vmrest/partitions/{ObjectId}"_s);
        put(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    {
        Builder b(KindId::SearchSpace, u"SearchSpaces"_s, u"SearchSpace"_s);
        b.ro(u"ObjectId"_s)
            .ro(u"Name"_s)
            .ro(u"Description"_s)
            .ro(u"TenantObjectId"_s)
            .uri(u"URI"_s, u"/vmrest/searchspaces/{ObjectId}"_s);
        put(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    {
        Builder b(KindId::PhoneSystem, u"PhoneSystems"_s, u"PhoneSystem"_s);
        b.ro(u"ObjectId"_s)
            .ro(u"DisplayName"_s)
            .ro(u"TenantObjectId"_s)
            .uri(u"URI"_s, u"/vmrest/phonesystems/{ObjectId}"_s);
        put(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    {
        Builder b(KindId::Location, u"ConnectionLocations"_s, u"ConnectionLocation"_s);
        b.ro(u"ObjectId"_s)
            .ro(u"DisplayName"_s)
            .ro(u"HostAddress"_s)
            .ro(u"DefaultLanguage"_s)
            .ro(u"TimeZone"_s)
            .uri(u"URI"_s, u"/vmrest/locations/connectionlocations/{ObjectId}"_s);
        put(b.done(u"ObjectId"_s));
    }
    put(directoryHandlerKind());
    put(interviewHandlerKind());
    return kinds;
}

} // namespace

int Kind::mustField(const QString &name) const
{
    const int f = field(name);
    Q_ASSERT_X(f >= 0, "Kind::mustField", qPrintable(name));
    return f;
}

const Kind &kind(KindId id)
{
    static const auto kinds = makeKinds();
    return kinds[size_t(id)];
}

Rec newRec(KindId id)
{
    return Rec(kind(id).fields.size());
}

} // namespace CupiSim
