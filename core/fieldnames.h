// SPDX-License-Identifier: GPL-3.0-or-later
// The CUPI field names, each written once (exact casing, as the server sends them). The field
// tables (core/fields/*) describe the call handler's and its parts'; the others here are fields of
// the objects they refer to that handlerctl shows (languages, time zones, tenants, users, lists).
// Every other piece of code that names a field uses these constants (Field::DisplayName), never a
// string of its own. One constant per line, sorted by name; the macro makes each constant's text
// its own name, so the two cannot differ.
#pragma once

#include <QStringView>

#define HD_CUPI_FIELD(name) inline constexpr QStringView name = u"" #name

namespace HandlerDesk::Core::Field {

HD_CUPI_FIELD(Action);
HD_CUPI_FIELD(AfterGreetingAction);
HD_CUPI_FIELD(AfterGreetingTargetConversation);
HD_CUPI_FIELD(AfterGreetingTargetHandlerObjectId);
HD_CUPI_FIELD(AfterMessageAction);
HD_CUPI_FIELD(AfterMessageTargetConversation);
HD_CUPI_FIELD(AfterMessageTargetHandlerObjectId);
HD_CUPI_FIELD(Alias);
HD_CUPI_FIELD(CallHandlerObjectId);
HD_CUPI_FIELD(CallHandlerOwnerURI);
HD_CUPI_FIELD(CallSearchSpaceObjectId);
HD_CUPI_FIELD(CallSearchSpaceURI);
HD_CUPI_FIELD(CreationTime);
HD_CUPI_FIELD(Description);
HD_CUPI_FIELD(DispatchDelivery);
HD_CUPI_FIELD(DisplayName);
HD_CUPI_FIELD(DtmfAccessId);
HD_CUPI_FIELD(EditMsg);
HD_CUPI_FIELD(EnablePrependDigits);
HD_CUPI_FIELD(EnableTransfer);
HD_CUPI_FIELD(Enabled);
HD_CUPI_FIELD(Extension);
HD_CUPI_FIELD(GreetingStreamFilesURI);
HD_CUPI_FIELD(GreetingType);
HD_CUPI_FIELD(GreetingsURI);
HD_CUPI_FIELD(IgnoreDigits);
HD_CUPI_FIELD(InheritSearchSpaceFromCall);
HD_CUPI_FIELD(IsPrimary);
HD_CUPI_FIELD(IsTemplate);
HD_CUPI_FIELD(Language);
HD_CUPI_FIELD(LanguageAbbreviation);
HD_CUPI_FIELD(LanguageCode);
HD_CUPI_FIELD(LanguageTag);
HD_CUPI_FIELD(LocationObjectId);
HD_CUPI_FIELD(LocationURI);
HD_CUPI_FIELD(Locked);
HD_CUPI_FIELD(MaxMsgLen);
HD_CUPI_FIELD(MediaSwitchObjectId);
HD_CUPI_FIELD(MenuEntriesURI);
HD_CUPI_FIELD(ObjectId);
HD_CUPI_FIELD(OneKeyDelay);
HD_CUPI_FIELD(PartitionObjectId);
HD_CUPI_FIELD(PartitionURI);
HD_CUPI_FIELD(PhoneSystemURI);
HD_CUPI_FIELD(PlayAfterMessage);
HD_CUPI_FIELD(PlayAfterMessageRecordingObjectId);
HD_CUPI_FIELD(PlayPostGreetingRecording);
HD_CUPI_FIELD(PlayRecordMessagePrompt);
HD_CUPI_FIELD(PlayTransferPrompt);
HD_CUPI_FIELD(PlayWhat);
HD_CUPI_FIELD(PostGreetingRecordingObjectId);
HD_CUPI_FIELD(PostGreetingURI);
HD_CUPI_FIELD(PrependDigits);
HD_CUPI_FIELD(RecipientDistributionListObjectId);
HD_CUPI_FIELD(RecipientDistributionListURI);
HD_CUPI_FIELD(RecipientSubscriberObjectId);
HD_CUPI_FIELD(RecipientUserURI);
HD_CUPI_FIELD(RepromptDelay);
HD_CUPI_FIELD(Reprompts);
HD_CUPI_FIELD(RnaAction);
HD_CUPI_FIELD(RouteAction);
HD_CUPI_FIELD(RouteTargetConversation);
HD_CUPI_FIELD(RouteTargetHandlerObjectId);
HD_CUPI_FIELD(ScheduleSetObjectId);
HD_CUPI_FIELD(ScheduleSetURI);
HD_CUPI_FIELD(SendPrivateMsg);
HD_CUPI_FIELD(SendSecureMsg);
HD_CUPI_FIELD(SendUrgentMsg);
HD_CUPI_FIELD(SmtpDomain);
HD_CUPI_FIELD(State);
HD_CUPI_FIELD(TargetConversation);
HD_CUPI_FIELD(TargetHandlerObjectId);
HD_CUPI_FIELD(TenantObjectId);
HD_CUPI_FIELD(TimeExpires);
HD_CUPI_FIELD(TimeZone);
HD_CUPI_FIELD(TimeZoneId);
HD_CUPI_FIELD(TouchtoneKey);
HD_CUPI_FIELD(TransferAnnounce);
HD_CUPI_FIELD(TransferConfirm);
HD_CUPI_FIELD(TransferHoldingMode);
HD_CUPI_FIELD(TransferIntroduce);
HD_CUPI_FIELD(TransferNumber);
HD_CUPI_FIELD(TransferOptionType);
HD_CUPI_FIELD(TransferOptionsURI);
HD_CUPI_FIELD(TransferRings);
HD_CUPI_FIELD(TransferScreening);
HD_CUPI_FIELD(TransferType);
HD_CUPI_FIELD(URI);
HD_CUPI_FIELD(Undeletable);
HD_CUPI_FIELD(UseCallLanguage);
HD_CUPI_FIELD(UseDefaultLanguage);
HD_CUPI_FIELD(UseDefaultTimeZone);
HD_CUPI_FIELD(UsePrimaryExtension);
HD_CUPI_FIELD(VoiceFileURI);
HD_CUPI_FIELD(VoiceName);
HD_CUPI_FIELD(VoiceNameURI);

} // namespace HandlerDesk::Core::Field

#undef HD_CUPI_FIELD
