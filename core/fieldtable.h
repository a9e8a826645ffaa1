// SPDX-License-Identifier: GPL-3.0-or-later
// The one owner of the call-handler field facts (and those of the sub-resources the editor edits):
// CUPI name, type, read-only or read/write, length, range, allowed characters, default,
// enumeration values with their meanings, a translatable label and a one-line description.
// Validation, the editor and handlerctl read this table.
#pragma once

#include "core/fieldnames.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace HandlerDesk::Core {

class CupiObject;

// Which part of a call handler a field table, an edit, a problem or a conflict is about: the
// handler itself or one of the sub-resources the editor edits.
enum class HandlerPart { Handler, Greeting, MenuEntry, TransferOption };

enum class FieldType { String, Integer, Boolean, DateTime, ObjectId };

// Which characters a String field takes.
enum class CharSet {
    Any,
    DtmfKeys,       // 0-9 * # (what a caller can dial: extensions)
    DialString,     // 0-9 # * + (prepend digits)
    TransferString, // 0-9 # * + , (numbers the phone system dials: transfer extensions)
};

// One allowed value of an enumerated field and what it means. `label` is a
// QT_TRANSLATE_NOOP("HandlerDesk::Core::Fields", …) text; use FieldSpec::enumLabel() to show it.
struct EnumValue
{
    const char *value;
    const char *label;
};

struct FieldSpec
{
    QStringView key; // CUPI name, exact casing: a constant of core/fieldnames.h
    FieldType type = FieldType::String;
    bool readOnly = false;
    bool required = false; // may not be empty
    int maxLength = 0;     // String/ObjectId: at most this many characters; 0 = none
    CharSet chars = CharSet::Any;
    bool hasRange = false; // Integer: minimum..maximum inclusive
    qint64 minimum = 0;
    qint64 maximum = 0;
    const char *unit = nullptr;         // translatable unit of the range ("seconds")
    const char *defaultValue = nullptr; // documented default, as wire text; null when none
    const char *references = nullptr;   // ObjectId: the kind of object ("ScheduleSet", "User", …)
    std::span<const EnumValue> enumValues = {};
    const char *label = nullptr;       // translatable short label ("Max message length")
    const char *description = nullptr; // translatable one-line description (tooltips)
    // Where the field's rules (type, range, length, characters, required, values) come from: a
    // document and section ([DOC]), public code or traces that work against real servers
    // ([OBS]), or an inference with its reason ([INF]). Every field with a rule has one.
    const char *source = nullptr;
    // Once the field has a value the server refuses an empty one (CUPI's menu-entry
    // TransferNumber): an edit that empties it is refused, and it is never sent empty.
    bool refusesEmpty = false;

    QString name() const { return key.toString(); }
    bool isEnum() const { return !enumValues.empty(); }
    QString translatedLabel() const;
    QString translatedDescription() const;
    QString translatedUnit() const;
    // The meaning of an enumeration value ("Ask" for SendUrgentMsg 2); empty when unknown.
    QString enumLabel(const QString &value) const;
    // Whether `value` is one of the enumeration's values (any value of a field that is not one).
    bool knowsValue(const QString &value) const;
    // An enumeration value as a person reads it: its meaning, or "Unknown (EasySignIn)" for a
    // value this table does not know (real servers have more than any table, and a value read
    // from the server is shown and kept, never refused). Other fields: the value itself.
    QString valueText(const QString &value) const;
    // Whether the field has a rule a value can break (type, range, length, characters, required,
    // enumeration): such a field names its `source`.
    bool hasRule() const;
    QString defaultText() const { return defaultValue ? QLatin1String(defaultValue) : QString(); }
    // The rule in a few translated words: "Whole number, 1 to 3600 seconds; default 300",
    // "Read-only".
    QString ruleSummary() const;
};

// What a "Go to" call action's conversation goes to: the kind of object its target is.
enum class TargetKind {
    None,             // the conversation takes no target (SubSignIn, SystemTransfer, …)
    CallHandler,      // PHGreeting, PHTransfer: a call handler, also a user's primary one
    DirectoryHandler, // AD
    InterviewHandler, // PHInterview
};

// The fields of one call action: the handler's after-message action, a greeting's
// after-greeting action, a caller input key's action (CUPI names).
struct CallActionFields
{
    QStringView action;
    QStringView conversation;
    QStringView target;
    QStringView number; // the alternate-contact number (action 7); null when there is none
};

// A validation finding: the field it is about and a translated sentence naming field and rule.
struct FieldIssue
{
    QString field;
    QString message;

    bool operator==(const FieldIssue &other) const = default;
};

// The fields of one kind of CUPI object.
class FieldTable
{
public:
    constexpr FieldTable(HandlerPart part, std::span<const FieldSpec> specs)
        : m_part(part)
        , m_specs(specs)
    {
    }

    HandlerPart part() const { return m_part; }
    std::span<const FieldSpec> all() const { return m_specs; }
    // Exact name first, then ignoring case (servers and seed pages differ in casing).
    const FieldSpec *find(QStringView name) const;
    bool isReadOnly(QStringView name) const; // unknown fields are treated as read-only
    QStringList names() const;

    // The call action of this kind of object; null when it has none (transfer rules).
    const CallActionFields *callAction() const;
    // Whether `field` matters for `object` as it is now: a call action's conversation only for
    // "Go to", its target only for "Go to" a conversation that takes one, the alternate-contact
    // number only for "Alternate contact number". Every other field always matters.
    // A field that does not matter is neither sent nor judged, and its input is disabled.
    bool isRelevant(QStringView field, const CupiObject &object) const;

    // Every field of `object` this table knows, checked by validateField(), plus ruleIssues().
    // Unknown fields and fields that do not matter for the object's action (isRelevant()) are not
    // judged. (An edit judges only what it changed: ObjectEdit::validate().)
    QList<FieldIssue> validate(const CupiObject &object) const;
    // The rules that span fields, each with its source in core/fields/objectrules.cpp (one
    // recipient, language choice, time zone, a "Go to" needs its conversation and, when the
    // conversation takes one, its target; greetings and transfer rules that cannot be turned off).
    QList<FieldIssue> ruleIssues(const CupiObject &object) const;

private:
    HandlerPart m_part;
    std::span<const FieldSpec> m_specs;
};

// The tables, by part, and shortcuts to them: CallHandlerFields::find(Field::MaxMsgLen).
const FieldTable &fieldTable(HandlerPart part);

template <HandlerPart P> struct FieldsOf
{
    static const FieldTable &table() { return fieldTable(P); }
    static const FieldSpec *find(QStringView name) { return table().find(name); }
    static std::span<const FieldSpec> all() { return table().all(); }
};
using CallHandlerFields = FieldsOf<HandlerPart::Handler>;
using GreetingFields = FieldsOf<HandlerPart::Greeting>;
using MenuEntryFields = FieldsOf<HandlerPart::MenuEntry>;
using TransferOptionFields = FieldsOf<HandlerPart::TransferOption>;

// Checks a value an edit changed from `loaded`: validateField(), and a field that refuses an empty
// value once it has one (FieldSpec::refusesEmpty).
std::optional<QString> validateChange(const FieldSpec &spec, const QString &loaded,
                                      const QString &value);

// A regular expression that matches a whole value of the character set ("[0-9*#]*"); empty for
// CharSet::Any. validateField() checks with it and input widgets restrict typing with it.
QString allowedTextPattern(CharSet chars);

// "Unknown (EasySignIn)": how a value read from the server that the field table does not know is
// shown (FieldSpec::valueText(), the editor's combo and spin boxes), so a person sees it is kept,
// not chosen.
QString unknownValueText(const QString &value);

// Checks one value against its spec: empty when fine, else a translated sentence naming the field
// and the rule ("Max message length must be between 1 and 3600 seconds."). An empty value is fine
// unless the field is required.
std::optional<QString> validateField(const FieldSpec &spec, const QString &value);

// Value lists that several specs above share as their enumValues, and the target of a conversation.
namespace FieldEnums {
std::span<const EnumValue> callActions();   // 0 Ignore … 8 RouteFromNextRule
std::span<const EnumValue> conversations(); // AD, PHTransfer, PHGreeting, …, EasySignIn, …
// The kind of target `conversation` takes; TargetKind::None for the others and for
// conversations this table does not know (real servers have more, PROTOCOL.md §10).
TargetKind targetKind(QStringView conversation);
} // namespace FieldEnums

} // namespace HandlerDesk::Core
