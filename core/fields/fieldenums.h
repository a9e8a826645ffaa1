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

// Call actions (AfterMessageAction, AfterGreetingAction, menu-entry Action) [PROTOCOL §6].
inline constexpr EnumValue CallActions[] = {
    {"0", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Ignore")},
    {"1", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Hang up")},
    {"2", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Go to")},
    {"3", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Error")},
    {"4", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Take message")},
    {"5", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Skip greeting")},
    {"6", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Restart greeting")},
    {"7", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Transfer to alternate contact number")},
    {"8", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Route from next call routing rule")},
};
inline constexpr char ActionGoto[] = "2";
inline constexpr char ActionTransferAltContact[] = "7";

// Conversations a call action can go to [PROTOCOL §6].
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
};

// The conversations that take a target, and its kind (PROTOCOL.md §6; the .NET SDK's
// GetActionDescription loads a directory handler for AD, an interview handler for PHInterview
// and a call handler — a user's primary one too — for PHGreeting and PHTransfer).
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
