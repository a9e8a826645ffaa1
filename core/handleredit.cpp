// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handleredit.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

const QString UseCallLanguage = Field::UseCallLanguage.toString();
const QString UseDefaultLanguage = Field::UseDefaultLanguage.toString();
const QString Language = Field::Language.toString();
const QString UseDefaultTimeZone = Field::UseDefaultTimeZone.toString();
const QString TimeZone = Field::TimeZone.toString();
const QString RecipientUser = Field::RecipientSubscriberObjectId.toString();
const QString RecipientUserUri = Field::RecipientUserURI.toString();
const QString RecipientList = Field::RecipientDistributionListObjectId.toString();
const QString RecipientListUri = Field::RecipientDistributionListURI.toString();

} // namespace

LanguageChoice languageChoice(const CupiObject &object)
{
    LanguageChoice choice;
    choice.lcid = object.intValue(Language, 0);
    if (object.boolValue(UseCallLanguage, true))
        choice.mode = LanguageMode::InheritFromCall;
    else if (object.boolValue(UseDefaultLanguage, false))
        choice.mode = LanguageMode::SystemDefault;
    else
        choice.mode = LanguageMode::Specific;
    return choice;
}

void applyLanguage(CupiObject &object, LanguageMode mode, int lcid)
{
    switch (mode) {
    case LanguageMode::InheritFromCall:
        object.set(UseCallLanguage, boolText(true));
        return;
    case LanguageMode::SystemDefault:
        object.set(UseCallLanguage, boolText(false));
        object.set(UseDefaultLanguage, boolText(true));
        return;
    case LanguageMode::Specific:
        object.set(UseCallLanguage, boolText(false));
        object.set(UseDefaultLanguage, boolText(false));
        object.set(Language, QString::number(lcid));
        return;
    }
}

TimeZoneChoice timeZoneChoice(const CupiObject &object)
{
    TimeZoneChoice choice;
    choice.timeZoneId = object.value(TimeZone).toLongLong(); // 0 when absent or not a number
    const bool useDefault = object.boolValue(UseDefaultTimeZone, object.value(TimeZone).isEmpty());
    choice.mode = useDefault ? TimeZoneMode::SystemDefault : TimeZoneMode::Specific;
    return choice;
}

void applyTimeZone(CupiObject &object, TimeZoneMode mode, qint64 timeZoneId)
{
    switch (mode) {
    case TimeZoneMode::SystemDefault:
        object.set(UseDefaultTimeZone, boolText(true));
        return;
    case TimeZoneMode::Specific:
        object.set(UseDefaultTimeZone, boolText(false));
        object.set(TimeZone, QString::number(timeZoneId));
        return;
    }
}

ObjectEdit::ObjectEdit(const FieldTable &table, const CupiObject &loaded)
    : m_table(&table)
    , m_loaded(loaded)
    , m_edited(loaded)
{
    // Turning a greeting or transfer rule on needs Enabled and an EMPTY TimeExpires in one
    // request on real servers (PROTOCOL §10): the two always travel together.
    if (table.part() == HandlerPart::Greeting || table.part() == HandlerPart::TransferOption)
        addGroup({Field::Enabled.toString(), Field::TimeExpires.toString()}, true);
}

void ObjectEdit::reset(const CupiObject &loaded)
{
    m_loaded = loaded;
    m_edited = loaded;
}

const QStringList *ObjectEdit::groupOf(QStringView field) const
{
    for (const Group &group : m_groups) {
        if (group.fields.contains(field))
            return &group.fields;
    }
    return nullptr;
}

bool ObjectEdit::sameValue(QStringView field, const QString &a, const QString &b) const
{
    if (a.isEmpty() && b.isEmpty()) // absent and empty are the same to a person
        return true;
    const FieldSpec *spec = m_table->find(field);
    if (spec && spec->type == FieldType::Boolean) {
        const std::optional<bool> x = parseBool(a);
        const std::optional<bool> y = parseBool(b);
        if (x && y)
            return *x == *y;
    }
    return a == b;
}

bool ObjectEdit::isSendable(QStringView field) const
{
    // A conversation left over from a "Go to" that is no longer chosen is not sent (nor is a
    // target a conversation does not take): only what the current action uses.
    return !m_table->isReadOnly(field) && m_table->isRelevant(field, m_edited);
}

QStringList ObjectEdit::changedFields() const
{
    QStringList changed;
    for (const auto &[key, value] : m_edited.fields()) {
        if (isSendable(key) && !sameValue(key, m_loaded.value(key), value))
            changed.append(key);
    }
    for (const auto &[key, value] : m_loaded.fields()) {
        if (!m_edited.contains(key) && isSendable(key) && !value.isEmpty())
            changed.append(key);
    }
    return changed;
}

CupiObject ObjectEdit::putBody() const
{
    const QStringList changed = changedFields();
    QSet<QString> affectedGroupFields;
    QStringList sentEvenEmpty;
    for (const Group &group : m_groups) {
        if (std::none_of(changed.cbegin(), changed.cend(),
                         [&group](const QString &f) { return group.fields.contains(f); }))
            continue;
        for (const QString &member : group.fields)
            affectedGroupFields.insert(member);
        if (group.withEmpty)
            sentEvenEmpty += group.fields;
    }
    CupiObject body;
    for (const auto &[key, value] : m_edited.fields()) {
        if (m_table->isReadOnly(key))
            continue;
        // A group member that did not change goes along only when it has a value to send.
        if (changed.contains(key) || (affectedGroupFields.contains(key) && !value.isEmpty()))
            body.set(key, value);
    }
    for (const QString &member : std::as_const(sentEvenEmpty)) {
        if (!body.contains(member) && !m_table->isReadOnly(member))
            body.set(member, u""_s); // absent or empty here: sent empty
    }
    return body;
}

QList<FieldIssue> ObjectEdit::validate() const
{
    // Only what the edit changed is judged. A value read from the server — an enumeration value
    // this client does not know, a number outside the documented range — is kept as it is and
    // never blocks saving the other fields.
    const QStringList changed = changedFields();
    QList<FieldIssue> issues;
    for (const QString &field : changed) {
        const FieldSpec *spec = m_table->find(field);
        if (!spec)
            continue;
        if (const auto message =
                validateChange(*spec, m_loaded.value(field), m_edited.value(field)))
            issues.append({spec->name(), *message});
    }
    // The rules that span fields: what the edit introduced, and whatever names a changed field
    // (one bad value edited into another is still bad).
    const QList<FieldIssue> before = m_table->ruleIssues(m_loaded);
    for (const FieldIssue &issue : m_table->ruleIssues(m_edited)) {
        if (changed.contains(issue.field) || !before.contains(issue))
            issues.append(issue);
    }
    return issues;
}

QList<FieldConflict> ObjectEdit::conflicts(const CupiObject &serverNow) const
{
    QList<FieldConflict> result;
    const CupiObject body = putBody(); // a range-for over a temporary's member would dangle
    for (const auto &[field, mine] : body.fields()) {
        const QString base = m_loaded.value(field);
        const QString theirs = serverNow.value(field);
        if (!sameValue(field, theirs, base) && !sameValue(field, theirs, mine))
            result.append({field, mine, theirs, base});
    }
    return result;
}

void ObjectEdit::rebase(const CupiObject &serverNow,
                        const QHash<QString, ConflictResolution> &resolution)
{
    QSet<QString> takeTheirs;
    for (auto it = resolution.cbegin(); it != resolution.cend(); ++it) {
        if (it.value() != ConflictResolution::TakeTheirs)
            continue;
        takeTheirs.insert(it.key());
        if (const QStringList *group = groupOf(it.key())) {
            for (const QString &member : *group)
                takeTheirs.insert(member);
        }
    }
    CupiObject rebased = serverNow;
    for (const QString &field : changedFields()) {
        if (takeTheirs.contains(field))
            continue;
        if (m_edited.contains(field))
            rebased.set(field, m_edited.value(field));
        else
            rebased.remove(field);
    }
    m_loaded = serverNow;
    m_edited = rebased;
}

CallHandlerEdit::CallHandlerEdit(const CupiObject &loaded)
    : ObjectEdit(CallHandlerFields::table(), loaded)
{
    // Sent whole so the server cannot misread a lone flag (seed's language and time-zone tables).
    addGroup({UseCallLanguage, UseDefaultLanguage, Language});
    addGroup({UseDefaultTimeZone, TimeZone});
}

CallHandlerEdit::RecipientKind CallHandlerEdit::recipientKind() const
{
    if (!value(RecipientUser).isEmpty())
        return RecipientKind::User;
    if (!value(RecipientList).isEmpty())
        return RecipientKind::DistributionList;
    return RecipientKind::None;
}

QString CallHandlerEdit::recipientId() const
{
    switch (recipientKind()) {
    case RecipientKind::User:
        return value(RecipientUser);
    case RecipientKind::DistributionList:
        return value(RecipientList);
    case RecipientKind::None:
        break;
    }
    return QString();
}

void CallHandlerEdit::setRecipientUser(const QString &userObjectId)
{
    edited().remove(RecipientList);
    edited().remove(RecipientListUri);
    if (loaded().value(RecipientUser) != userObjectId)
        edited().remove(RecipientUserUri); // it named the previous user
    else if (loaded().contains(RecipientUserUri))
        edited().set(RecipientUserUri, loaded().value(RecipientUserUri));
    setValue(RecipientUser, userObjectId);
}

void CallHandlerEdit::setRecipientDistributionList(const QString &listObjectId)
{
    edited().remove(RecipientUser);
    edited().remove(RecipientUserUri);
    if (loaded().value(RecipientList) != listObjectId)
        edited().remove(RecipientListUri);
    else if (loaded().contains(RecipientListUri))
        edited().set(RecipientListUri, loaded().value(RecipientListUri));
    setValue(RecipientList, listObjectId);
}

} // namespace HandlerDesk::Core
