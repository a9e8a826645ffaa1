// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The object kinds cupi-sim serves and their field tables: name, type, read-only flag, range and
// length. Cross-field rules, enumerations and references live in rules.cpp.
#include <QHash>
#include <QList>
#include <QString>

namespace CupiSim {

enum class KindId {
    Handler,
    Template,
    Greeting,
    MenuEntry,
    TransferOption,
    Owner,
    ScheduleSet,
    ScheduleSetMember,
    Schedule,
    ScheduleDetail,
    User,
    DistributionList,
    Contact,
    LanguageMapping,
    InstalledLanguage,
    TimeZone,
    Tenant,
    Partition,
    SearchSpace,
    PhoneSystem,
    Location,
    DirectoryHandler,
    InterviewHandler,
    RoutingRule,
    RoutingRuleCondition,
    Count
};

enum class FieldType { String, Int, Bool, Derived };

// One piece of a derived (URI) field: a literal, or the value of another field.
struct UriPart
{
    QString literal;
    int field = -1;
    bool percentEncode = false;
};

struct Field
{
    QString name;
    FieldType type = FieldType::String;
    bool readOnly = false;
    int min = 0;
    int max = 0;        // min == max == 0: no range
    int maxLength = 0;  // 0: no limit
    QList<UriPart> uri; // FieldType::Derived only: emitted when every referenced field is set
    QByteArray latin1Name = name.toLatin1(); // for the writers
};

struct Kind
{
    KindId id = KindId::Count;
    QString listRoot; // XML root of a list: "Callhandlers"
    QString item;     // item element / JSON key: "Callhandler"
    QList<Field> fields;
    QHash<QString, int> byLowerName;
    int objectIdField = -1;
    int tenantField = -1; // -1: the kind is not tenant-scoped
    int parentField = -1; // sub-resources: the field holding the parent's ObjectId
    int keyField = -1;    // sub-resources: the key in the URL (GreetingType, TouchtoneKey …)

    int field(const QString &name) const { return byLowerName.value(name.toLower(), -1); }
    int mustField(const QString &name) const;
};

const Kind &kind(KindId id);

// A stored object: one value per field of its kind (derived fields stay null). A null or empty
// value means "absent" and is omitted on the wire.
using Rec = QList<QString>;
Rec newRec(KindId id);

} // namespace CupiSim
