// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: enumerations shared by several field tables.
#pragma once

#include "core/fieldtable.h"

#include <QCoreApplication>

namespace HandlerDesk::Core {

// The translation context of the field tables' labels and messages, "HandlerDesk::Core::Fields"
// (lupdate names a context after the class that declares tr(), so the two must agree).
struct Fields
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::Fields)
};

} // namespace HandlerDesk::Core

namespace HandlerDesk::Core::FieldData {

// Where the rules come from (FieldSpec::source), the documents by their short names in
// /work/notes/issue8-sources.md §0. "CUPI-CH" is Cisco's CUPI API guide, chapter "Call Handler"
// (2022); the seed page (../shared/cupi/callhandler-api-seed.txt) is its older copy.
namespace Source {
inline constexpr char ChFields[] = "[DOC] CUPI-CH / seed: Call Handler APIs, Explanation of Data "
                                   "Fields";
inline constexpr char ChEnums[] = "[DOC] CUPI-CH: Enumeration Types (call actions, play after "
                                  "message, conversations, greeting types)";
inline constexpr char ChGreetings[] = "[DOC] CUPI-CH: Call Handler Greetings APIs, data fields";
inline constexpr char ChTransfer[] = "[DOC] CUPI-CH: TransferRules APIs, data fields";
inline constexpr char Keys[] = "[DOC] CUPI guide: Updating Caller Input Keys (keys 0-9, * and #; "
                               "TransferNumber optional, never empty)";
inline constexpr char Wire[] = "[DOC] PROTOCOL.md §2 (booleans true|false|0|1, CUPI times)";
inline constexpr char ObjectIdField[] = "[DOC] seed: Explanation of Data Fields, String(36) object "
                                        "ids; [INF] letters, digits, - and _ only (GUIDs)";
} // namespace Source

// Call actions (AfterMessageAction, AfterGreetingAction, menu-entry Action): CUPI-CH "Enumeration
// Types", values 0-8; the server takes any of them in any context (DEVGUIDE "Setting Actions").
inline constexpr EnumValue CallActions[] = {
    {"0", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Ignore")},
    {"1", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Hang up")},
    {"2", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Go to")},
    {"3", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Error")},
    {"4", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Take message")},
    {"5", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Skip greeting")},
    {"6", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Restart greeting")},
    {"7", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Alternate contact number")},
    {"8", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Route from next call routing rule")},
};
inline constexpr char ActionGoto[] = "2";
inline constexpr char ActionTransferAltContact[] = "7";

// Conversations a call action can go to: CUPI-CH "Enumeration Types" and CUPI-RR "Routing Rule
// RouteTargetConversation" [DOC], plus those real servers use that the guide does not list
// (the .NET SDK's ConversationNames, ConnectionTypes.cs [OBS]). A server may still have others:
// a value not listed here is shown as "Unknown (name)" and kept, never refused.
inline constexpr EnumValue Conversations[] = {
    {"AD", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Directory handler")},
    {"PHTransfer",
     QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Call handler: attempt transfer")},
    {"PHGreeting", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Call handler: go to greeting")},
    {"PHInterview", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Interview handler")},
    {"SystemTransfer", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "System transfer")},
    {"SubSignIn", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "User sign-in")},
    {"SubSysTransfer", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "User system transfer")},
    {"GreetingsAdministrator",
     QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Greetings administrator")},
    {"BroadcastMessageAdministrator",
     QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Broadcast message administrator")},
    {"CheckedOutGuest", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Checked-out guest")},
    {"ReverseTrapConv", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Reverse trap")},
    {"ConvUtilsLiveRecord", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Live record")},
    {"AttemptForward", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Attempt forward")},
    {"AttemptSignIn", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Attempt sign-in")},
    {"EasySignIn", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Easy sign-in")},
    {"ConvHotelCheckedOut",
     QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Hotel: checked-out guest")},
    {"ConvCvmMboxReset", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Mailbox reset")},
    {"TransferAltContactNumber",
     QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Alternate contact number")},
};

// The conversations that take a target, and its kind: CUPI-RR "Routing Rule
// RouteTargetConversation" (AD → directory handler, PHTransfer and PHGreeting → user or call
// handler, PHInterview → interview handler, the others n/a) [DOC]; the .NET SDK's
// GetActionDescription loads the same kinds, a user's primary call handler for a user [OBS].
struct ConversationTarget
{
    const char *conversation;
    TargetKind kind;
};
inline constexpr ConversationTarget ConversationTargets[] = {
    {"AD", TargetKind::DirectoryHandler},
    {"PHTransfer", TargetKind::CallHandler},
    {"PHGreeting", TargetKind::CallHandler},
    {"PHInterview", TargetKind::InterviewHandler},
};

inline constexpr EnumValue NeverAlwaysAsk[] = {
    {"0", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Never")},
    {"1", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Always")},
    {"2", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Ask")},
};

inline constexpr EnumValue NoAlwaysExternal[] = {
    {"0", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "No")},
    {"1", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Always")},
    {"2", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "External callers only")},
};

extern const FieldTable CallHandlerTable;
extern const FieldTable GreetingTable;
extern const FieldTable MenuEntryTable;
extern const FieldTable TransferOptionTable;

} // namespace HandlerDesk::Core::FieldData
