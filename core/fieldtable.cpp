// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fieldtable.h"

#include "core/cupiobject.h"
#include "core/cupitime.h"
#include "core/fields/fieldenums.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("HandlerDesk::Core::Fields", text) : QString();
}

bool isDateTimeText(const QString &value)
{
    return CupiTime::isValid(value);
}

} // namespace

QString allowedTextPattern(CharSet chars)
{
    switch (chars) {
    case CharSet::Any:
        break;
    case CharSet::DtmfKeys:
        return u"[0-9*#]*"_s;
    case CharSet::DialString:
        return u"[0-9#*+]*"_s;
    case CharSet::TransferString:
        return u"[0-9#*+,]*"_s;
    }
    return {};
}

namespace {

// The characters of a set, in words ("digits, * and #"); empty for CharSet::Any.
QString charactersText(CharSet chars)
{
    switch (chars) {
    case CharSet::Any:
        break;
    case CharSet::DtmfKeys:
        return Fields::tr("digits, * and #");
    case CharSet::DialString:
        return Fields::tr("digits, #, * and +");
    case CharSet::TransferString:
        return Fields::tr("digits, #, *, + and commas");
    }
    return {};
}

std::optional<QString> checkCharacters(const FieldSpec &spec, const QString &value)
{
    if (spec.chars == CharSet::Any) {
        // Control characters cannot travel in XML 1.0 (W3C XML 1.0 §2.2, production Char), and
        // the server serves every field in XML too [INF].
        for (const QChar c : value) {
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') {
                return Fields::tr("%1 may not contain control characters.")
                    .arg(spec.translatedLabel());
            }
        }
        return std::nullopt;
    }
    const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(allowedTextPattern(spec.chars)));
    if (allowed.match(value).hasMatch())
        return std::nullopt;
    return Fields::tr("%1 may contain only %2.")
        .arg(spec.translatedLabel(), charactersText(spec.chars));
}

std::optional<QString> checkEnum(const FieldSpec &spec, const QString &value)
{
    QStringList allowed;
    for (const EnumValue &option : spec.enumValues) {
        if (value == QLatin1String(option.value))
            return std::nullopt;
        const QString text = QLatin1String(option.value);
        const QString meaning = translated(option.label);
        allowed.append(meaning == text ? text : u"%1 (%2)"_s.arg(text, meaning));
    }
    return Fields::tr("%1 must be one of: %2.").arg(spec.translatedLabel(), allowed.join(u", "_s));
}

std::optional<QString> checkInteger(const FieldSpec &spec, const QString &value)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok)
        return Fields::tr("%1 must be a whole number.").arg(spec.translatedLabel());
    if (spec.hasRange && (number < spec.minimum || number > spec.maximum)) {
        if (spec.unit) {
            return Fields::tr("%1 must be between %2 and %3 %4.")
                .arg(spec.translatedLabel())
                .arg(spec.minimum)
                .arg(spec.maximum)
                .arg(spec.translatedUnit());
        }
        return Fields::tr("%1 must be between %2 and %3.")
            .arg(spec.translatedLabel())
            .arg(spec.minimum)
            .arg(spec.maximum);
    }
    return std::nullopt;
}

} // namespace

QString FieldSpec::translatedLabel() const
{
    return label ? translated(label) : name();
}

QString FieldSpec::translatedDescription() const
{
    return translated(description);
}

QString FieldSpec::translatedUnit() const
{
    return translated(unit);
}

QString FieldSpec::enumLabel(const QString &value) const
{
    for (const EnumValue &option : enumValues) {
        if (value == QLatin1String(option.value))
            return translated(option.label);
    }
    return QString();
}

bool FieldSpec::knowsValue(const QString &value) const
{
    if (!isEnum())
        return true;
    return std::any_of(enumValues.begin(), enumValues.end(), [&value](const EnumValue &option) {
        return value == QLatin1String(option.value);
    });
}

QString FieldSpec::valueText(const QString &value) const
{
    if (!isEnum() || value.isEmpty())
        return value;
    if (knowsValue(value))
        return enumLabel(value);
    return unknownValueText(value);
}

bool FieldSpec::hasRule() const
{
    return !readOnly && (required || maxLength > 0 || chars != CharSet::Any || hasRange ||
                         isEnum() || type != FieldType::String);
}

QString FieldSpec::ruleSummary() const
{
    if (readOnly)
        return Fields::tr("Read-only");
    QString rule;
    if (isEnum()) {
        QStringList options;
        for (const EnumValue &option : enumValues) {
            const QString text = QLatin1String(option.value);
            const QString meaning = translated(option.label);
            options.append(meaning == text ? text : u"%1 %2"_s.arg(text, meaning));
        }
        rule = Fields::tr("One of: %1").arg(options.join(u", "_s));
    } else {
        switch (type) {
        case FieldType::String:
            rule = chars == CharSet::Any ? Fields::tr("Text")
                                         : Fields::tr("Only %1").arg(charactersText(chars));
            if (maxLength > 0)
                rule = Fields::tr("%1, up to %2 characters").arg(rule).arg(maxLength);
            break;
        case FieldType::Integer:
            rule = Fields::tr("Whole number");
            if (hasRange) {
                rule = unit ? Fields::tr("%1, %2 to %3 %4")
                                  .arg(rule)
                                  .arg(minimum)
                                  .arg(maximum)
                                  .arg(translatedUnit())
                            : Fields::tr("%1, %2 to %3").arg(rule).arg(minimum).arg(maximum);
            }
            break;
        case FieldType::Boolean:
            rule = Fields::tr("true or false");
            break;
        case FieldType::DateTime:
            rule = Fields::tr("Date and time (UTC)");
            break;
        case FieldType::ObjectId:
            rule = references ? Fields::tr("Object ID of a %1").arg(QLatin1String(references))
                              : Fields::tr("Object ID");
            break;
        }
    }
    if (required)
        rule = Fields::tr("%1; required").arg(rule);
    if (defaultValue)
        rule = Fields::tr("%1; default %2").arg(rule, defaultText());
    return rule;
}

const FieldSpec *FieldTable::find(QStringView name) const
{
    for (const FieldSpec &spec : m_specs) {
        if (name == spec.key)
            return &spec;
    }
    for (const FieldSpec &spec : m_specs) {
        if (name.compare(spec.key, Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

bool FieldTable::isReadOnly(QStringView name) const
{
    const FieldSpec *spec = find(name);
    return !spec || spec->readOnly;
}

QStringList FieldTable::names() const
{
    QStringList result;
    result.reserve(qsizetype(m_specs.size()));
    for (const FieldSpec &spec : m_specs)
        result.append(spec.name());
    return result;
}

const FieldTable &fieldTable(HandlerPart part)
{
    switch (part) {
    case HandlerPart::Handler:
        return FieldData::CallHandlerTable;
    case HandlerPart::Greeting:
        return FieldData::GreetingTable;
    case HandlerPart::MenuEntry:
        return FieldData::MenuEntryTable;
    case HandlerPart::TransferOption:
        return FieldData::TransferOptionTable;
    }
    Q_UNREACHABLE();
    return FieldData::CallHandlerTable;
}

std::span<const EnumValue> FieldEnums::callActions()
{
    return FieldData::CallActions;
}

std::span<const EnumValue> FieldEnums::conversations()
{
    return FieldData::Conversations;
}

TargetKind FieldEnums::targetKind(QStringView conversation)
{
    for (const FieldData::ConversationTarget &target : FieldData::ConversationTargets) {
        if (conversation == QLatin1String(target.conversation))
            return target.kind;
    }
    return TargetKind::None;
}

std::optional<QString> validateField(const FieldSpec &spec, const QString &value)
{
    if (value.isEmpty()) {
        if (spec.required)
            return Fields::tr("%1 is required.").arg(spec.translatedLabel());
        return std::nullopt;
    }
    if (spec.maxLength > 0 && value.size() > spec.maxLength) {
        return Fields::tr("%1 can have at most %2 characters.")
            .arg(spec.translatedLabel())
            .arg(spec.maxLength);
    }
    if (spec.isEnum())
        return checkEnum(spec, value);
    switch (spec.type) {
    case FieldType::String:
        return checkCharacters(spec, value);
    case FieldType::Integer:
        return checkInteger(spec, value);
    case FieldType::Boolean:
        if (!parseBool(value))
            return Fields::tr("%1 must be true or false.").arg(spec.translatedLabel());
        return std::nullopt;
    case FieldType::DateTime:
        if (!isDateTimeText(value)) {
            return Fields::tr("%1 must be a date and time such as 2013-01-02T15:42:48Z.")
                .arg(spec.translatedLabel());
        }
        return std::nullopt;
    case FieldType::ObjectId: {
        // [INF] CUPI object ids are GUIDs (every Cisco example); letters, digits, - and _ keep a
        // typo (a name pasted into an id field) from reaching the server.
        static const QRegularExpression id(u"^[0-9A-Za-z_-]+$"_s);
        if (!id.match(value).hasMatch())
            return Fields::tr("%1 is not a valid object ID.").arg(spec.translatedLabel());
        return std::nullopt;
    }
    }
    return std::nullopt;
}

QString unknownValueText(const QString &value)
{
    return Fields::tr("Unknown (%1)").arg(value);
}

std::optional<QString> validateChange(const FieldSpec &spec, const QString &loaded,
                                      const QString &value)
{
    if (spec.refusesEmpty && value.isEmpty() && !loaded.isEmpty()) {
        return Fields::tr("%1 cannot be emptied: the server refuses an empty value once it has "
                          "one. Enter another, or choose another action.")
            .arg(spec.translatedLabel());
    }
    return validateField(spec, value);
}

} // namespace HandlerDesk::Core
