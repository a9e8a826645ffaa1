// SPDX-License-Identifier: GPL-3.0-or-later
// The pure logic of an edit: which fields changed, the minimal PUT body, validation through the
// field table, conflict detection against the server's current values, and the language and
// time-zone choices mapped to the fields as the seed's tables say. No QObject, no network.
#pragma once

#include "core/cupiobject.h"
#include "core/fieldtable.h"

#include <QHash>
#include <QStringList>

namespace HandlerDesk::Core {

// Language of a handler's prompts (seed, "Update the Language of Call Handler").
enum class LanguageMode : quint8 { InheritFromCall, SystemDefault, Specific };
struct LanguageChoice
{
    LanguageMode mode = LanguageMode::InheritFromCall;
    int lcid = 0; // the Language field (meaningful for Specific; kept for the others)
    bool operator==(const LanguageChoice &) const = default;
};
// UseCallLanguage=true → InheritFromCall; else UseDefaultLanguage=true → SystemDefault;
// else Specific(Language).
LanguageChoice languageChoice(const CupiObject &object);
// InheritFromCall: UseCallLanguage=true. SystemDefault: UseCallLanguage=false,
// UseDefaultLanguage=true. Specific: both false and Language=lcid. Other fields are left alone.
void applyLanguage(CupiObject &object, LanguageMode mode, int lcid = 0);

// Time zone (seed, "Updating Time Zone of Call Handler").
enum class TimeZoneMode { SystemDefault, Specific };
struct TimeZoneChoice
{
    TimeZoneMode mode = TimeZoneMode::SystemDefault;
    qint64 timeZoneId = 0; // the TimeZone field (Microsoft's extended ids pass 2^31)
    bool operator==(const TimeZoneChoice &) const = default;
};
// UseDefaultTimeZone=true → SystemDefault; false → Specific(TimeZone). When the flag is absent:
// SystemDefault unless a TimeZone is present.
TimeZoneChoice timeZoneChoice(const CupiObject &object);
// SystemDefault: UseDefaultTimeZone=true. Specific: UseDefaultTimeZone=false and TimeZone=id.
void applyTimeZone(CupiObject &object, TimeZoneMode mode, qint64 timeZoneId = 0);

// A field being saved whose server value changed since it was loaded.
struct FieldConflict
{
    QString field;
    QString mine;   // the value being saved
    QString theirs; // the server's value now (null when the server no longer has the field)
    QString base;   // the value when loaded
    bool operator==(const FieldConflict &) const = default;
};

enum class ConflictResolution { KeepMine, TakeTheirs };

// The edit of one CUPI object (a handler, a greeting, a menu entry, a transfer option): the
// object as loaded and as edited. "Modified" means the two differ — never a sticky flag — so
// editing a value back to what was loaded makes the edit unmodified again.
class ObjectEdit
{
public:
    explicit ObjectEdit(const FieldTable &table, const CupiObject &loaded = {});

    const FieldTable &table() const { return *m_table; }
    const CupiObject &loaded() const { return m_loaded; }
    const CupiObject &edited() const { return m_edited; }
    // Direct access for editors; everything below is computed from the values, so no
    // notification is needed here (HandlerEditor::touch() tells the UI).
    CupiObject &edited() { return m_edited; }

    QString value(QStringView field) const { return m_edited.value(field); }
    void setValue(const QString &field, const QString &value) { m_edited.set(field, value); }

    // Read/write fields whose edited value differs from the loaded one (booleans compare by
    // meaning: "1" equals "true"), in the edited object's order, then fields the edit removed.
    // Fields that do not matter for the edited action (FieldTable::isRelevant: a conversation
    // when the action is not "Go to", …) are left out: they are not sent.
    QStringList changedFields() const;
    bool isModified() const { return !changedFields().isEmpty(); }

    // Only the changed read/write fields, with whole groups (a changed language or time-zone
    // field brings its group). Removed fields cannot be sent and are left out. An unchanged edit
    // gives an empty body.
    CupiObject putBody() const;

    // The field table's findings about the changed fields (validateChange()) and the rules that
    // span fields which the edit broke or which name a changed field. Values the edit left alone
    // are never judged: an unknown enumeration value, an unknown field or an out-of-range number
    // read from the server is kept and does not block saving other fields.
    QList<FieldIssue> validate() const;

    // Fields in putBody() whose value on the server now differs both from the loaded value and
    // from the value being saved.
    QList<FieldConflict> conflicts(const CupiObject &serverNow) const;

    // Makes `serverNow` the new base and re-applies this edit's changes on top of it. A field
    // resolved TakeTheirs (by field name; unlisted fields default to KeepMine) takes the server's
    // value — together with the rest of its group, so a language or time-zone choice stays whole.
    void rebase(const CupiObject &serverNow,
                const QHash<QString, ConflictResolution> &resolution = {});

    // Back to the loaded values.
    void revert() { m_edited = m_loaded; }
    // A new base and no edits (after a load or a successful save and re-read).
    void reset(const CupiObject &loaded);

protected:
    // Fields that are only meaningful together: when one changes, the body carries all of them
    // that have a value — and, with `withEmpty`, the empty ones too (an empty value is itself
    // the message, as an empty TimeExpires that turns a greeting on).
    void addGroup(const QStringList &fields, bool withEmpty = false)
    {
        m_groups.append({fields, withEmpty});
    }
    const QStringList *groupOf(QStringView field) const;

private:
    bool sameValue(QStringView field, const QString &a, const QString &b) const;
    bool isSendable(QStringView field) const; // read/write and relevant for the action

    const FieldTable *m_table;
    CupiObject m_loaded;
    CupiObject m_edited;
    struct Group
    {
        QStringList fields;
        bool withEmpty = false;
    };
    QList<Group> m_groups;
};

// The edit of the call handler itself, with its language, time-zone and recipient choices.
class CallHandlerEdit : public ObjectEdit
{
public:
    explicit CallHandlerEdit(const CupiObject &loaded = {});

    LanguageChoice language() const { return languageChoice(edited()); }
    void setLanguage(LanguageMode mode, int lcid = 0) { applyLanguage(edited(), mode, lcid); }
    TimeZoneChoice timeZone() const { return timeZoneChoice(edited()); }
    void setTimeZone(TimeZoneMode mode, qint64 id = 0) { applyTimeZone(edited(), mode, id); }

    // One recipient per handler: setting one removes the other (and its URI) from the edit, so
    // the PUT carries the one recipient field.
    enum class RecipientKind { None, User, DistributionList };
    RecipientKind recipientKind() const;
    QString recipientId() const;
    void setRecipientUser(const QString &userObjectId);
    void setRecipientDistributionList(const QString &listObjectId);
};

} // namespace HandlerDesk::Core
