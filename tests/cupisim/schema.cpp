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

// Greetings, caller input keys and transfer rules: fields in the order of Cisco's examples
// (CUPI guide, "Call Handler Greetings APIs", "User Caller Input", "TransferRules APIs").
// `h` is the parent handler's URI.
Kind greetingKind(const QString &h)
{
    Builder b(KindId::Greeting, u"Greetings"_s, u"Greeting"_s);
    b.uri(u"URI"_s, h + u"/greetings/{%GreetingType}"_s)
        .ro(u"CallHandlerObjectId"_s)
        .uri(u"CallhandlerURI"_s, h)
        .b(u"IgnoreDigits"_s)
        .i(u"PlayWhat"_s, 0, 2)
        .i(u"RepromptDelay"_s, 0, 100)
        .i(u"Reprompts"_s, 0, 100)
        .s(u"TimeExpires"_s)
        .ro(u"GreetingType"_s)
        .i(u"AfterGreetingAction"_s, 0, 8)
        .s(u"AfterGreetingTargetConversation"_s)
        .s(u"AfterGreetingTargetHandlerObjectId"_s, 36)
        .b(u"PlayRecordMessagePrompt"_s)
        .b(u"EnableTransfer"_s)
        .b(u"EnablePersonalVideoRecording"_s)
        .b(u"PlayRecordVideoMessagePrompt"_s)
        .uri(u"GreetingStreamFilesURI"_s, h + u"/greetings/{%GreetingType}/greetingstreamfiles"_s)
        .b(u"Enabled"_s);
    return b.done(u"GreetingType"_s, {}, u"CallHandlerObjectId"_s, u"GreetingType"_s);
}

Kind menuEntryKind(const QString &h)
{
    Builder b(KindId::MenuEntry, u"MenuEntries"_s, u"MenuEntry"_s);
    b.uri(u"URI"_s, h + u"/menuentries/{%TouchtoneKey}"_s)
        .ro(u"CallHandlerObjectId"_s)
        .uri(u"CallhandlerURI"_s, h)
        .ro(u"TouchtoneKey"_s)
        .b(u"Locked"_s)
        .i(u"Action"_s, 0, 8)
        .s(u"TargetConversation"_s)
        .s(u"TargetHandlerObjectId"_s, 36)
        .s(u"TransferNumber"_s, 40)
        .ro(u"ObjectId"_s)
        .i(u"TransferType"_s, 0, 1)
        .i(u"TransferRings"_s, 2, 20);
    return b.done(u"ObjectId"_s, {}, u"CallHandlerObjectId"_s, u"TouchtoneKey"_s);
}

Kind transferOptionKind(const QString &h)
{
    Builder b(KindId::TransferOption, u"TransferOptions"_s, u"TransferOption"_s);
    b.uri(u"URI"_s, h + u"/transferoptions/{%TransferOptionType}"_s)
        .ro(u"CallHandlerObjectId"_s)
        .uri(u"CallhandlerURI"_s, h)
        .ro(u"TransferOptionType"_s)
        .i(u"Action"_s, 0, 1)
        .s(u"Extension"_s, 40)
        .i(u"RnaAction"_s, 0, 1)
        .s(u"TimeExpires"_s)
        .b(u"TransferAnnounce"_s)
        .b(u"TransferConfirm"_s)
        .b(u"TransferDtDetect"_s)
        .i(u"TransferHoldingMode"_s, 0, 2)
        .b(u"TransferIntroduce"_s)
        .i(u"TransferRings"_s, 2, 20)
        .b(u"TransferScreening"_s)
        .i(u"TransferType"_s, 0, 1)
        .s(u"MediaSwitchObjectId"_s, 36)
        .uri(u"PhoneSystemURI"_s, u"/vmrest/phonesystems/{MediaSwitchObjectId}"_s)
        .b(u"UsePrimaryExtension"_s)
        .b(u"PlayTransferPrompt"_s)
        .b(u"PersonalCallTransfer"_s)
        .b(u"Enabled"_s);
    return b.done(u"TransferOptionType"_s, {}, u"CallHandlerObjectId"_s, u"TransferOptionType"_s);
}

// Owners as in "Call Handler Owner APIs": the handler is the TargetHandlerObjectId.
Kind ownerKind()
{
    Builder b(KindId::Owner, u"CallhandlerOwners"_s, u"CallhandlerOwner"_s);
    b.uri(u"URI"_s,
          u"/vmrest/handlers/callhandlers/{TargetHandlerObjectId}/callhandlerowners/{ObjectId}"_s)
        .s(u"DistributionListObjectId"_s, 36)
        .uri(u"DistributionListURI"_s, u"/vmrest/distributionlists/{DistributionListObjectId}"_s)
        .ro(u"ObjectId"_s)
        .ro(u"TargetHandlerObjectId"_s)
        .s(u"UserObjectId"_s, 36)
        .uri(u"UserURI"_s, u"/vmrest/users/{UserObjectId}"_s);
    return b.done(u"ObjectId"_s, {}, u"TargetHandlerObjectId"_s, u"ObjectId"_s);
}

// Schedule sets, members and schedules as in "CUPI API for Schedules". Cisco's list and single
// examples call the members' URI ScheduleSetMemberURI, its "Schedule Set API" section and the
// public scripts that run against real servers ScheduleSetMembersURI: both are served.
Kind scheduleSetKind()
{
    const QString location = u"/vmrest/locations/connectionlocations/{OwnerLocationObjectId}"_s;
    const QString members = u"/vmrest/schedulesets/{ObjectId}/schedulesetmembers"_s;
    Builder b(KindId::ScheduleSet, u"ScheduleSets"_s, u"ScheduleSet"_s);
    b.uri(u"URI"_s, u"/vmrest/schedulesets/{ObjectId}"_s)
        .ro(u"ObjectId"_s)
        .ro(u"TenantObjectId"_s)
        .s(u"DisplayName"_s, 64)
        .s(u"OwnerLocationObjectId"_s, 36)
        .uri(u"OwnerLocationURI"_s, location)
        .roBool(u"Undeletable"_s)
        .uri(u"ScheduleSetMemberURI"_s, members)
        .uri(u"ScheduleSetMembersURI"_s, members);
    return b.done(u"ObjectId"_s, u"TenantObjectId"_s);
}

Kind scheduleSetMemberKind()
{
    const QString set = u"/vmrest/schedulesets/{ScheduleSetObjectId}"_s;
    Builder b(KindId::ScheduleSetMember, u"ScheduleSetMembers"_s, u"ScheduleSetMember"_s);
    b.uri(u"URI"_s, set + u"/schedulesetmembers/{ScheduleObjectId}"_s)
        .ro(u"ScheduleSetObjectId"_s)
        .uri(u"ScheduleSetURI"_s, set)
        .s(u"ScheduleObjectId"_s, 36)
        .uri(u"ScheduleURI"_s, u"/vmrest/schedules/{ScheduleObjectId}"_s)
        .b(u"Exclude"_s);
    return b.done(u"ScheduleObjectId"_s, {}, u"ScheduleSetObjectId"_s, u"ScheduleObjectId"_s);
}

Kind scheduleKind()
{
    Builder b(KindId::Schedule, u"Schedules"_s, u"Schedule"_s);
    b.uri(u"URI"_s, u"/vmrest/schedules/{ObjectId}"_s)
        .ro(u"ObjectId"_s)
        .ro(u"TenantObjectId"_s)
        .s(u"DisplayName"_s, 64)
        .s(u"OwnerLocationObjectId"_s, 36)
        .uri(u"OwnerLocationURI"_s,
             u"/vmrest/locations/connectionlocations/{OwnerLocationObjectId}"_s)
        .roBool(u"Undeletable"_s)
        .b(u"IsHoliday"_s)
        .uri(u"ScheduleDetailsURI"_s, u"/vmrest/schedules/{ObjectId}/scheduledetails"_s);
    return b.done(u"ObjectId"_s, u"TenantObjectId"_s);
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
    put(greetingKind(h));
    put(menuEntryKind(h));
    put(transferOptionKind(h));
    put(ownerKind());
    put(scheduleSetKind());
    put(scheduleSetMemberKind());
    put(scheduleKind());
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
    for (Kind k : directoryKinds())
        put(std::move(k));
    put(directoryHandlerKind());
    put(interviewHandlerKind());
    put(routingRuleKind());
    put(routingRuleConditionKind());
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
