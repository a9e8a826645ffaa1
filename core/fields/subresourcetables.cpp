// SPDX-License-Identifier: GPL-3.0-or-later
// Fields of the call-handler sub-resources the editor edits: greetings, caller input keys (menu
// entries) and transfer rules (PROTOCOL §6). Every field with a rule names its source; where
// Cisco's pages are silent the choice is marked [INF] with its reason, and kept tolerant.
#include "core/fields/fieldenums.h"

namespace HandlerDesk::Core::FieldData {

namespace {

using T = FieldType;

constexpr EnumValue GreetingTypes[] = {
    {"Standard", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Standard")},
    {"Off Hours", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Off hours")},
    {"Alternate", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Alternate")},
    {"Busy", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Busy")},
    {"Internal", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Internal")},
    {"Error", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Error")},
    {"Holiday", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Holiday")},
};

// PlayWhat: CUPI-CH names the three choices; their order is [INF] (see the spec's source).
constexpr EnumValue PlayWhat[] = {
    {"0", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "System default greeting")},
    {"1", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Personal recording")},
    {"2", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Nothing")},
};

constexpr EnumValue TouchtoneKeys[] = {
    {"0", "0"}, {"1", "1"}, {"2", "2"}, {"3", "3"}, {"4", "4"}, {"5", "5"},
    {"6", "6"}, {"7", "7"}, {"8", "8"}, {"9", "9"}, {"*", "*"}, {"#", "#"},
};

// Transfer rules are the first three greeting types: Standard, Off Hours, Alternate.
constexpr std::span<const EnumValue> TransferTypes = std::span(GreetingTypes).first(3);

constexpr EnumValue TransferActions[] = {
    {"0", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Send to the greeting")},
    {"1", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Transfer to the extension")},
};

constexpr EnumValue ReleaseSupervised[] = {
    {"0", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Release to phone system")},
    {"1", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Supervise transfer")},
};

// [INF] what to do when the extension is busy (CUPI-CH does not print this enumeration).
constexpr EnumValue HoldingModes[] = {
    {"0", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Send to the busy greeting")},
    {"1", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Put the caller on hold")},
    {"2", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Ask the caller to hold")},
};

// [INF] ring-no-answer action (CUPI-CH does not print this enumeration).
constexpr EnumValue RnaActions[] = {
    {"0", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Release the call")},
    {"1", QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Send to the greeting")},
};

// Rows every sub-resource has: the owning call handler and the object's own URI.
constexpr FieldSpec OwningHandler = {
    .key = Field::CallHandlerObjectId,
    .type = T::ObjectId,
    .readOnly = true,
    .maxLength = 36,
    .references = "CallHandler",
    .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Call handler"),
    .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "The owning call handler.")};

constexpr FieldSpec uriField(const char *description)
{
    return {.key = Field::URI,
            .readOnly = true,
            .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "URI"),
            .description = description};
}

constexpr FieldSpec Greeting[] = {
    {.key = Field::GreetingType,
     .readOnly = true,
     .enumValues = GreetingTypes,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Greeting"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Which of the 7 greetings."),
     .source = Source::ChEnums},
    {.key = Field::Enabled,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Enabled"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Whether the greeting plays (Standard and Error always do)."),
     .source = Source::ChGreetings},
    {.key = Field::TimeExpires,
     .type = T::DateTime,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Enabled until"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Empty or a future time (GMT) keeps it on; a past one "
                                      "turns it off."),
     .source = "[DOC] CUPI-CH: Call Handler Greetings APIs, TimeExpires (NULL or future = enabled, "
               "past = disabled); PROTOCOL.md §2 (time format)"},
    {.key = Field::PlayWhat,
     .type = T::Integer,
     .enumValues = PlayWhat,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Callers hear"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "What the greeting plays."),
     .source = "[DOC] CUPI-CH: Call Handler Greetings APIs, PlayWhat (system default greeting, "
               "personal recording or nothing; default 0); [INF] 1 personal recording, 2 nothing"},
    {.key = Field::AfterGreetingAction,
     .type = T::Integer,
     .enumValues = CallActions,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "After greeting"),
     .description =
         QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "What happens after the greeting."),
     .source = Source::ChEnums},
    {.key = Field::AfterGreetingTargetConversation,
     .enumValues = Conversations,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "After greeting: conversation"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "The conversation the caller goes to after the greeting."),
     .source = Source::ChEnums},
    {.key = Field::AfterGreetingTargetHandlerObjectId,
     .type = T::ObjectId,
     .maxLength = 36,
     .references = "CallHandler",
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "After greeting: target"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "The object the caller goes to after the greeting."),
     .source = Source::ObjectIdField},
    {.key = Field::IgnoreDigits,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Ignore caller input"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Keys pressed during the greeting are ignored."),
     .source = Source::ChGreetings},
    {.key = Field::Reprompts,
     .type = T::Integer,
     .hasRange = true,
     .minimum = 0,
     .maximum = 100,
     .unit = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "times"),
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Replay greeting"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "How often the greeting replays when the caller is silent."),
     .source = "[DOC] CUPI-CH: Call Handler Greetings APIs, Reprompts (0 to 100, default 0)"},
    {.key = Field::RepromptDelay,
     .type = T::Integer,
     .hasRange = true,
     .minimum = 0,
     .maximum = 100,
     .unit = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "seconds"),
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Delay between replays"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Seconds of silence before the greeting replays."),
     .source =
         "[DOC] CUPI-CH: Call Handler Greetings APIs, RepromptDelay (0 to 100 seconds, default 2)"},
    {.key = Field::EnableTransfer,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Allow transfers to numbers"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Callers may dial numbers not associated with users."),
     .source = Source::ChGreetings},
    {.key = Field::PlayRecordMessagePrompt,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Play \"record your message\""),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Play the record-message prompt before taking a message."),
     .source = Source::ChGreetings},
    OwningHandler,
    {.key = Field::GreetingStreamFilesURI,
     .readOnly = true,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Recordings URI"),
     .description =
         QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "URI of the greeting's recordings.")},
    uriField(QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "URI of the greeting.")),
};

constexpr FieldSpec MenuEntry[] = {
    {.key = Field::TouchtoneKey,
     .readOnly = true,
     .enumValues = TouchtoneKeys,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Key"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "The key: 0-9, * or #."),
     .source = Source::Keys},
    {.key = Field::Action,
     .type = T::Integer,
     .enumValues = CallActions,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Action"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "What happens when the caller presses the key."),
     .source = Source::ChEnums},
    {.key = Field::TargetConversation,
     .enumValues = Conversations,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Conversation"),
     .description =
         QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "The conversation a Go-to action goes to."),
     .source = Source::ChEnums},
    {.key = Field::TargetHandlerObjectId,
     .type = T::ObjectId,
     .maxLength = 36,
     .references = "CallHandler",
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Target"),
     .description =
         QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "The object a Go-to action goes to."),
     .source = Source::ObjectIdField},
    {.key = Field::TransferNumber,
     .maxLength = 40,
     .chars = CharSet::TransferString,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Transfer number"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "The number an alternate-contact transfer dials."),
     .source = "[DOC] CUPI guide: Updating Caller Input Keys (optional; the server refuses an "
               "empty string); [INF] at most 40 of digits, #, *, + and commas, as a transfer "
               "rule's Extension (CUPI-CH TransferRules)",
     .refusesEmpty = true},
    {.key = Field::Locked,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Locked"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Act on the key at once, without waiting for more digits."),
     .source = Source::Keys},
    OwningHandler,
    uriField(QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "URI of the key.")),
};

constexpr FieldSpec TransferOption[] = {
    {.key = Field::TransferOptionType,
     .readOnly = true,
     .enumValues = TransferTypes,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Transfer rule"),
     .description =
         QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Which of the 3 transfer rules."),
     .source =
         "[DOC] CUPI-CH: TransferRules APIs, TransferOptionType (Standard, Off Hours, Alternate)"},
    {.key = Field::Enabled,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Enabled"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Whether the rule applies (Standard always does)."),
     .source = "[DOC] CUPI-CH: TransferRules APIs, Enabled (with an empty TimeExpires: enabled "
               "with no end date)"},
    {.key = Field::TimeExpires,
     .type = T::DateTime,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Enabled until"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Empty or a future time (GMT) keeps it on."),
     .source = "[DOC] CUPI-CH: TransferRules APIs, TimeExpires (NULL or future = enabled); "
               "PROTOCOL.md §2 (time format)"},
    {.key = Field::Action,
     .type = T::Integer,
     .enumValues = TransferActions,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Calls go"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Send calls to the greeting or transfer them."),
     .source = "[DOC] CUPI-CH: TransferRules APIs, Action (default 0); PROTOCOL.md §6 (0 to the "
               "greeting, 1 transfer to Extension)"},
    {.key = Field::Extension,
     .maxLength = 40,
     .chars = CharSet::TransferString,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Transfer extension"),
     .description =
         QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "The extension calls are transferred to."),
     .source = "[DOC] CUPI-CH: TransferRules APIs, Extension (String(40); digits, hash, comma, "
               "asterisk, plus)"},
    {.key = Field::TransferType,
     .type = T::Integer,
     .enumValues = ReleaseSupervised,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Transfer type"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Release the call or supervise the transfer."),
     .source = "[DOC] CUPI-CH: TransferRules APIs, TransferType (0 unsupervised, release to "
               "switch; 1 supervised)"},
    {.key = Field::TransferRings,
     .type = T::Integer,
     .hasRange = true,
     .minimum = 2,
     .maximum = 20,
     .unit = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "rings"),
     .defaultValue = "4",
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Rings to wait"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Rings before a supervised transfer gives up."),
     .source = "[DOC] CUPI-CH: TransferRules APIs, TransferRings (range 2-20, default 4)"},
    {.key = Field::TransferHoldingMode,
     .type = T::Integer,
     .enumValues = HoldingModes,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "If the extension is busy"),
     .description =
         QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "What a supervised transfer does on busy."),
     .source = "[DOC] CUPI-CH: TransferRules APIs, TransferHoldingMode (Integer, default 0; its "
               "enumeration is not printed); [INF] values 0-2 as the admin pages offer them"},
    {.key = Field::TransferAnnounce,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Announce"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Say \"transferring call\" to the person who answers."),
     .source = Source::ChTransfer},
    {.key = Field::TransferConfirm,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Confirm"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Let the person who answers accept or refuse the call."),
     .source = Source::ChTransfer},
    {.key = Field::TransferIntroduce,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Introduce"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Say the handler's name to the person who answers."),
     .source = Source::ChTransfer},
    {.key = Field::TransferScreening,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Ask caller's name"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Record the caller's name and play it before connecting."),
     .source = Source::ChTransfer},
    {.key = Field::UsePrimaryExtension,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Use the handler's extension"),
     .description =
         QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Transfer to the handler's own extension."),
     .source = Source::ChTransfer},
    {.key = Field::PlayTransferPrompt,
     .type = T::Boolean,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "Play \"wait while I transfer\""),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "Tell the caller the call is being transferred."),
     .source = Source::ChTransfer},
    {.key = Field::RnaAction,
     .type = T::Integer,
     .enumValues = RnaActions,
     .label = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "If nobody answers"),
     .description = QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields",
                                      "What a transfer does when nobody answers."),
     .source = "[DOC] CUPI-CH: TransferRules APIs, RnaAction (Integer, default 1; its enumeration "
               "is not printed); [INF] 0 release, 1 to the greeting"},
    OwningHandler,
    uriField(QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", "URI of the transfer rule.")),
};

} // namespace

const FieldTable GreetingTable(HandlerPart::Greeting, Greeting);
const FieldTable MenuEntryTable(HandlerPart::MenuEntry, MenuEntry);
const FieldTable TransferOptionTable(HandlerPart::TransferOption, TransferOption);

} // namespace HandlerDesk::Core::FieldData
