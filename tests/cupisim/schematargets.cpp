// SPDX-License-Identifier: GPL-3.0-or-later
// Directory handlers (conversation AD) and interview handlers (PHInterview): the targets of a
// "Go to" besides call handlers. Fields as Cisco's CUPI guide lists them ("Directory Handler
// APIs", "Interview Handler APIs"; DtmfAccessId of interview handlers from the .NET SDK's
// InterviewHandler.cs), without the voice-name, greeting-stream and question sub-resources.
#include "schemabuilder.h"

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

using SchemaBuild::Builder;

namespace {

// The fields both kinds start with, in the guide's order.
Builder &head(Builder &b, const QString &uri)
{
    return b.uri(u"URI"_s, uri)
        .ro(u"CreationTime"_s)
        .i(u"Language"_s, 0, 0)
        .s(u"DisplayName"_s, 64)
        .roBool(u"Undeletable"_s)
        .ro(u"LocationObjectId"_s)
        .uri(u"LocationURI"_s, u"/vmrest/locations/connectionlocations/{LocationObjectId}"_s);
}

} // namespace

Kind directoryHandlerKind()
{
    Builder b(KindId::DirectoryHandler, u"DirectoryHandlers"_s, u"DirectoryHandler"_s);
    head(b, u"/vmrest/handlers/directoryhandlers/{ObjectId}"_s)
        .i(u"EndDialDelay"_s, 1, 10)
        .i(u"MaxMatches"_s, 1, 8)
        .b(u"MenuStyle"_s)
        .b(u"SayExtension"_s)
        .b(u"SearchByFirstName"_s)
        .i(u"StartDialDelay"_s, 1, 10)
        .i(u"Tries"_s, 1, 10)
        .b(u"UseStarToExit"_s)
        .i(u"SearchScope"_s, 0, 6)
        .b(u"PlayAllNames"_s)
        .i(u"ExitAction"_s, 0, 8)
        .s(u"ExitTargetConversation"_s)
        .s(u"ExitTargetHandlerObjectId"_s, 36)
        .b(u"AutoRoute"_s)
        .ro(u"ObjectId"_s)
        .ro(u"TenantObjectId"_s)
        .s(u"DtmfAccessId"_s, 40)
        .roBool(u"VoiceEnabled"_s)
        .b(u"UseCallLanguage"_s)
        .b(u"UseDefaultLanguage"_s)
        .s(u"PartitionObjectId"_s, 36)
        .uri(u"PartitionURI"_s, u"/vmrest/partitions/{PartitionObjectId}"_s);
    return b.done(u"ObjectId"_s, u"TenantObjectId"_s);
}

Kind interviewHandlerKind()
{
    const QString base = u"/vmrest/handlers/interviewhandlers/{ObjectId}"_s;
    Builder b(KindId::InterviewHandler, u"InterviewHandlers"_s, u"InterviewHandler"_s);
    head(b, base)
        .i(u"SendUrgentMsg"_s, 0, 2)
        .ro(u"ObjectId"_s)
        .ro(u"TenantObjectId"_s)
        .s(u"RecipientDistributionListObjectId"_s, 36)
        .uri(u"RecipientDistributionListURI"_s,
             u"/vmrest/distributionlists/{RecipientDistributionListObjectId}"_s)
        .s(u"RecipientSubscriberObjectId"_s, 36)
        .uri(u"RecipientUserURI"_s, u"/vmrest/users/{RecipientSubscriberObjectId}"_s)
        .i(u"AfterMessageAction"_s, 0, 8)
        .s(u"AfterMessageTargetConversation"_s)
        .s(u"AfterMessageTargetHandlerObjectId"_s, 36)
        .b(u"UseCallLanguage"_s)
        .b(u"UseDefaultLanguage"_s)
        .b(u"DispatchDelivery"_s)
        .s(u"DtmfAccessId"_s, 40)
        .s(u"PartitionObjectId"_s, 36)
        .uri(u"PartitionURI"_s, u"/vmrest/partitions/{PartitionObjectId}"_s)
        .uri(u"InterviewQuestionsURI"_s, base + u"/interviewquestions"_s);
    return b.done(u"ObjectId"_s, u"TenantObjectId"_s);
}

} // namespace CupiSim
