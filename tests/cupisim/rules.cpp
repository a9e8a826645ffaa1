// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

// Conversation names accepted as targets (PROTOCOL.md §6, [DOC]).
const QStringList conversations = {u"AD"_s,
                                   u"PHTransfer"_s,
                                   u"PHGreeting"_s,
                                   u"PHInterview"_s,
                                   u"SystemTransfer"_s,
                                   u"SubSignIn"_s,
                                   u"SubSysTransfer"_s,
                                   u"GreetingsAdministrator"_s,
                                   u"BroadcastMessageAdministrator"_s,
                                   u"CheckedOutGuest"_s,
                                   u"ReverseTrapConv"_s,
                                   u"ConvUtilsLiveRecord"_s,
                                   u"AttemptForward"_s,
                                   u"AttemptSignIn"_s};
// Conversations that need a target, and the kind of object it must be: the .NET SDK's
// GetActionDescription (ConnectionServerRest.cs) loads a call handler for PHTransfer and
// PHGreeting (a user's primary handler too), an interview handler for PHInterview and a
// directory ("name lookup") handler for AD, and calls the link invalid when there is none [OBS].
struct TargetRule
{
    QString conversation;
    KindId kind;
    QString what;
};
const QList<TargetRule> targetRules = {
    {u"PHTransfer"_s, KindId::Handler, u"call handler"_s},
    {u"PHGreeting"_s, KindId::Handler, u"call handler"_s},
    {u"PHInterview"_s, KindId::InterviewHandler, u"interview handler"_s},
    {u"AD"_s, KindId::DirectoryHandler, u"directory handler"_s},
};

const TargetRule *targetRuleOf(const QString &conversation)
{
    for (const TargetRule &rule : targetRules) {
        if (rule.conversation == conversation)
            return &rule;
    }
    return nullptr;
}
const QString expiredTime = u"1972-01-01 00:00:00.0"_s;

QString canonicalBool(const QString &v, bool *ok)
{
    *ok = true;
    if (v == u"1"_s || v.compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return u"true"_s;
    if (v == u"0"_s || v.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        return u"false"_s;
    *ok = false;
    return {};
}

// Step 1, for every kind: types, ranges and lengths of the field table.
QString applyTyped(KindId id, Rec &rec, const FieldValues &body, QSet<int> *changed)
{
    const Kind &k = kind(id);
    for (const auto &[name, raw] : body) {
        const int f = k.field(name);
        if (f < 0 || k.fields.at(f).readOnly)
            continue; // unknown and read-only fields are ignored ([DOC] / [INF])
        const Field &fd = k.fields.at(f);
        QString v = raw.trimmed();
        if (fd.type == FieldType::Bool) {
            bool ok = false;
            v = canonicalBool(v, &ok);
            if (!ok)
                return u"Invalid value '%1' for %2: expected true or false"_s.arg(raw, fd.name);
        } else if (fd.type == FieldType::Int && !v.isEmpty()) {
            bool ok = false;
            const qlonglong n = v.toLongLong(&ok);
            if (!ok)
                return u"Invalid value '%1' for %2: expected an integer"_s.arg(raw, fd.name);
            if ((fd.min != 0 || fd.max != 0) && (n < fd.min || n > fd.max))
                return u"Invalid value %1 for %2: must be between %3 and %4"_s.arg(
                    v, fd.name, QString::number(fd.min), QString::number(fd.max));
            v = QString::number(n);
        } else if (fd.maxLength > 0 && v.size() > fd.maxLength) {
            return u"Invalid value for %1: at most %2 characters are allowed (%3 given)"_s.arg(
                fd.name, QString::number(fd.maxLength), QString::number(v.size()));
        }
        rec[f] = v;
        changed->insert(f);
    }
    return {};
}

struct Check
{
    const Store &store;
    const QString &tenant;
    KindId id;
    Rec &rec;
    const QSet<int> &changed;

    int f(const QString &name) const { return kind(id).mustField(name); }
    QString v(const QString &name) const { return rec.at(f(name)); }
    bool touched(const QString &name) const { return changed.contains(f(name)); }

    // A reference that was changed must name an object the caller can see.
    QString ref(const QString &field, KindId target, const QString &what) const
    {
        if (!touched(field) || v(field).isEmpty())
            return {};
        if (!findVisible(store, target, v(field), tenant))
            return u"Invalid %1: %2 '%3' does not exist"_s.arg(field, what, v(field));
        return {};
    }
    // The target must be an object of the kind its conversation goes to (any of the three
    // kinds for a conversation that takes none [INF]); judged when the target was sent, or the
    // conversation of a Goto changed.
    QString target(const QString &actionF, const QString &convF, const QString &targetF) const
    {
        const QString id = v(targetF);
        if (id.isEmpty() || !(touched(targetF) || (touched(convF) && v(actionF) == u"2"_s)))
            return {};
        if (const TargetRule *rule = targetRuleOf(v(convF))) {
            if (!findVisible(store, rule->kind, id, tenant))
                return u"Invalid %1: %2 '%3' does not exist"_s.arg(targetF, rule->what, id);
            return {};
        }
        for (KindId k : {KindId::Handler, KindId::DirectoryHandler, KindId::InterviewHandler}) {
            if (findVisible(store, k, id, tenant))
                return {};
        }
        return u"Invalid %1: call handler '%2' does not exist"_s.arg(targetF, id);
    }
    QString action(const QString &actionF, const QString &convF, const QString &targetF) const
    {
        const QString conv = v(convF);
        if (touched(convF) && !conv.isEmpty() && !conversations.contains(conv))
            return u"Invalid %1 '%2': not a known conversation"_s.arg(convF, conv);
        if (QString e = target(actionF, convF, targetF); !e.isEmpty())
            return e;
        const bool relevant = touched(actionF) || touched(convF) || touched(targetF);
        if (relevant && v(actionF) == u"2"_s) {
            if (conv.isEmpty())
                return u"Invalid %1: action 2 (Goto) requires %2"_s.arg(actionF, convF);
            if (targetRuleOf(conv) && v(targetF).isEmpty())
                return u"Invalid %1: conversation %2 requires %3"_s.arg(convF, conv, targetF);
        }
        return {};
    }
};

QString uniqueAmongHandlers(const Store &store, const Rec &rec, const QString &field,
                            const QString &partition)
{
    const Kind &k = kind(KindId::Handler);
    const int f = k.mustField(field), idF = k.objectIdField;
    const int partF = k.mustField(u"PartitionObjectId"_s);
    const QString value = rec.at(f);
    for (const Rec &r : store.table(KindId::Handler).rows) {
        if (r.at(idF) == rec.at(idF) || r.at(f).compare(value, Qt::CaseInsensitive) != 0)
            continue;
        if (!partition.isNull() && r.at(partF) != partition)
            continue;
        return partition.isNull()
                   ? u"Invalid DisplayName: a call handler named '%1' already exists"_s.arg(value)
                   : u"Invalid DtmfAccessId: extension %1 is already used by '%2' in this partition"_s
                         .arg(value, r.at(k.mustField(u"DisplayName"_s)));
    }
    return {};
}

QString handlerRules(const Check &c, const FieldValues &body, bool creating)
{
    // Recipient: a user or a list, never both; setting one clears the other.
    const bool user = c.touched(u"RecipientSubscriberObjectId"_s) &&
                      !c.v(u"RecipientSubscriberObjectId"_s).isEmpty();
    const bool list = c.touched(u"RecipientDistributionListObjectId"_s) &&
                      !c.v(u"RecipientDistributionListObjectId"_s).isEmpty();
    if (user && list)
        return u"Invalid recipient: set either RecipientSubscriberObjectId or "
               "RecipientDistributionListObjectId, not both"_s;
    if (user)
        c.rec[c.f(u"RecipientDistributionListObjectId"_s)].clear();
    if (list)
        c.rec[c.f(u"RecipientSubscriberObjectId"_s)].clear();
    // Language (seed table): a Language given alone selects that language.
    const bool langGiven = c.touched(u"Language"_s) && !c.v(u"Language"_s).isEmpty();
    if (langGiven && !c.touched(u"UseDefaultLanguage"_s))
        c.rec[c.f(u"UseDefaultLanguage"_s)] = u"false"_s;
    if (c.touched(u"Language"_s) && c.v(u"Language"_s).isEmpty() &&
        !c.touched(u"UseDefaultLanguage"_s))
        c.rec[c.f(u"UseDefaultLanguage"_s)] = u"true"_s;
    if (c.v(u"UseCallLanguage"_s) == u"false"_s && c.v(u"UseDefaultLanguage"_s) == u"false"_s &&
        c.v(u"Language"_s).isEmpty())
        return u"Invalid Language: a language code is required when UseCallLanguage and "
               "UseDefaultLanguage are false"_s;
    if (langGiven && !findVisible(c.store, KindId::LanguageMapping, c.v(u"Language"_s), {}))
        return u"Invalid Language: %1 is not in the language map"_s.arg(c.v(u"Language"_s));
    // Time zone: UseDefaultTimeZone=false needs a valid TimeZone.
    if (c.touched(u"TimeZone"_s) || c.touched(u"UseDefaultTimeZone"_s)) {
        const QString tz = c.v(u"TimeZone"_s);
        if (c.v(u"UseDefaultTimeZone"_s) == u"false"_s && tz.isEmpty())
            return u"Invalid TimeZone: a time zone is required when UseDefaultTimeZone is false"_s;
        if (!tz.isEmpty() && !findVisible(c.store, KindId::TimeZone, tz, {}))
            return u"Invalid TimeZone: %1 is not a time zone of this server"_s.arg(tz);
    }
    const QString name = c.v(u"DisplayName"_s).trimmed();
    if ((creating || c.touched(u"DisplayName"_s)) && name.isEmpty())
        return u"Invalid DisplayName: a display name is required"_s;
    if (c.touched(u"DisplayName"_s))
        if (QString e = uniqueAmongHandlers(c.store, c.rec, u"DisplayName"_s, {}); !e.isEmpty())
            return e;
    static const QRegularExpression dialable(u"^[0-9*#]+$"_s);
    static const QRegularExpression prepend(u"^[0-9*#+]*$"_s);
    const QString ext = c.v(u"DtmfAccessId"_s);
    if ((c.touched(u"DtmfAccessId"_s) || c.touched(u"PartitionObjectId"_s)) && !ext.isEmpty()) {
        if (!dialable.match(ext).hasMatch())
            return u"Invalid DtmfAccessId '%1': only digits, * and # are allowed"_s.arg(ext);
        if (QString e =
                uniqueAmongHandlers(c.store, c.rec, u"DtmfAccessId"_s, c.v(u"PartitionObjectId"_s));
            !e.isEmpty())
            return e;
    }
    if (c.touched(u"PrependDigits"_s) && !prepend.match(c.v(u"PrependDigits"_s)).hasMatch())
        return u"Invalid PrependDigits: only digits, #, * and + are allowed"_s;
    if (c.touched(u"ScheduleSetObjectId"_s) && c.v(u"ScheduleSetObjectId"_s).isEmpty())
        return u"Invalid ScheduleSetObjectId: a call handler needs a schedule set"_s;
    const struct
    {
        const char *field;
        KindId target;
        const char *what;
    } refs[] = {
        {"ScheduleSetObjectId", KindId::ScheduleSet, "schedule set"},
        {"RecipientSubscriberObjectId", KindId::User, "user"},
        {"RecipientDistributionListObjectId", KindId::DistributionList, "distribution list"},
        {"MediaSwitchObjectId", KindId::PhoneSystem, "phone system"},
        {"CallSearchSpaceObjectId", KindId::SearchSpace, "search space"},
        {"PartitionObjectId", KindId::Partition, "partition"},
    };
    for (const auto &r : refs) {
        if (QString e = c.ref(QString::fromLatin1(r.field), r.target, QString::fromLatin1(r.what));
            !e.isEmpty())
            return e;
    }
    Q_UNUSED(body)
    return c.action(u"AfterMessageAction"_s, u"AfterMessageTargetConversation"_s,
                    u"AfterMessageTargetHandlerObjectId"_s);
}

QString enabledRule(const Check &c, const QString &typeField, const QStringList &fixedOn)
{
    if (!c.touched(u"Enabled"_s))
        return {};
    const QString type = c.v(typeField);
    if (c.v(u"Enabled"_s) == u"false"_s && fixedOn.contains(type))
        return u"Invalid Enabled: the %1 %2 cannot be disabled"_s.arg(
            type, c.id == KindId::Greeting ? u"greeting"_s : u"transfer rule"_s);
    if (!c.touched(u"TimeExpires"_s))
        c.rec[c.f(u"TimeExpires"_s)] = c.v(u"Enabled"_s) == u"true"_s ? QString() : expiredTime;
    return {};
}

} // namespace

bool visibleTo(KindId id, const Rec &rec, const QString &tenantId)
{
    const int f = kind(id).tenantField;
    return tenantId.isEmpty() || f < 0 || rec.at(f).compare(tenantId, Qt::CaseInsensitive) == 0;
}

const Rec *findVisible(const Store &store, KindId id, const QString &objectId,
                       const QString &tenantId)
{
    const Rec *r = store.table(id).find(objectId);
    return r && visibleTo(id, *r, tenantId) ? r : nullptr;
}

QString applyChanges(const Store &store, const QString &tenantId, KindId id, Rec &rec,
                     const FieldValues &body, bool creating)
{
    QSet<int> changed;
    if (QString e = applyTyped(id, rec, body, &changed); !e.isEmpty())
        return e;
    const Check c{store, tenantId, id, rec, changed};
    switch (id) {
    case KindId::Handler:
        return handlerRules(c, body, creating);
    case KindId::Greeting:
        if (QString e = enabledRule(c, u"GreetingType"_s, {u"Standard"_s, u"Error"_s});
            !e.isEmpty())
            return e;
        return c.action(u"AfterGreetingAction"_s, u"AfterGreetingTargetConversation"_s,
                        u"AfterGreetingTargetHandlerObjectId"_s);
    case KindId::TransferOption:
        if (QString e = enabledRule(c, u"TransferOptionType"_s, {u"Standard"_s}); !e.isEmpty())
            return e;
        if (c.v(u"Action"_s) == u"1"_s && c.v(u"Extension"_s).isEmpty() &&
            c.v(u"UsePrimaryExtension"_s) != u"true"_s)
            return u"Invalid Action: transferring (1) requires an Extension"_s;
        return {};
    case KindId::MenuEntry:
        if (c.v(u"Action"_s) == u"7"_s && c.v(u"TransferNumber"_s).isEmpty())
            return u"Invalid Action: 7 (TransferAltContact) requires a TransferNumber"_s;
        return c.action(u"Action"_s, u"TargetConversation"_s, u"TargetHandlerObjectId"_s);
    case KindId::Owner: {
        const bool user = c.touched(u"UserObjectId"_s) && !c.v(u"UserObjectId"_s).isEmpty();
        const bool list = c.touched(u"DistributionListObjectId"_s) &&
                          !c.v(u"DistributionListObjectId"_s).isEmpty();
        if (user && list)
            return u"Invalid owner: set either UserObjectId or DistributionListObjectId"_s;
        if (user)
            rec[c.f(u"DistributionListObjectId"_s)].clear();
        if (list)
            rec[c.f(u"UserObjectId"_s)].clear();
        if (c.v(u"UserObjectId"_s).isEmpty() && c.v(u"DistributionListObjectId"_s).isEmpty())
            return u"Invalid owner: UserObjectId or DistributionListObjectId is required"_s;
        if (QString e = c.ref(u"UserObjectId"_s, KindId::User, u"user"_s); !e.isEmpty())
            return e;
        return c.ref(u"DistributionListObjectId"_s, KindId::DistributionList,
                     u"distribution list"_s);
    }
    case KindId::ScheduleSet:
    case KindId::Schedule:
        if ((creating || c.touched(u"DisplayName"_s)) && c.v(u"DisplayName"_s).isEmpty())
            return u"Invalid DisplayName: a display name is required"_s;
        if (creating && c.v(u"OwnerLocationObjectId"_s).isEmpty())
            return u"Invalid OwnerLocationObjectId: required to create a schedule"_s;
        return c.ref(u"OwnerLocationObjectId"_s, KindId::Location, u"location"_s);
    case KindId::ScheduleSetMember:
        if (c.v(u"ScheduleObjectId"_s).isEmpty())
            return u"Invalid ScheduleObjectId: required"_s;
        return c.ref(u"ScheduleObjectId"_s, KindId::Schedule, u"schedule"_s);
    default:
        return {};
    }
}

QString checkHandlerDelete(const Store &store, const Rec &handler)
{
    const Kind &k = kind(KindId::Handler);
    const QString id = handler.at(k.objectIdField);
    const QString name = handler.at(k.mustField(u"DisplayName"_s));
    if (handler.at(k.mustField(u"Undeletable"_s)) == u"true"_s)
        return u"Cannot delete call handler '%1': it is undeletable"_s.arg(name);
    QStringList users; // "'Name' (how)"
    auto nameOf = [&](const QString &hid) {
        const Rec *r = store.table(KindId::Handler).find(hid);
        return r ? r->at(k.mustField(u"DisplayName"_s)) : hid;
    };
    const int amF = k.mustField(u"AfterMessageTargetHandlerObjectId"_s);
    for (const Rec &r : store.table(KindId::Handler).rows) {
        if (r.at(amF).compare(id, Qt::CaseInsensitive) == 0 && r.at(k.objectIdField) != id)
            users.append(u"'%1' (after-message action)"_s.arg(r.at(k.mustField(u"DisplayName"_s))));
    }
    const struct
    {
        KindId kind;
        const char *target;
        const char *key;
        const char *how;
    } subs[] = {
        {KindId::MenuEntry, "TargetHandlerObjectId", "TouchtoneKey", "caller input key %1"},
        {KindId::Greeting, "AfterGreetingTargetHandlerObjectId", "GreetingType",
         "after %1 greeting"},
    };
    for (const auto &s : subs) {
        const int tF = kind(s.kind).mustField(QString::fromLatin1(s.target));
        const int keyF = kind(s.kind).mustField(QString::fromLatin1(s.key));
        const auto &map = store.childMap(s.kind);
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.key().compare(id, Qt::CaseInsensitive) == 0)
                continue;
            for (const Rec &e : it.value()) {
                if (e.at(tF).compare(id, Qt::CaseInsensitive) == 0)
                    users.append(u"'%1' (%2)"_s.arg(nameOf(it.key()),
                                                    QString::fromLatin1(s.how).arg(e.at(keyF))));
            }
        }
    }
    if (users.isEmpty())
        return {};
    users.sort();
    QString list = users.mid(0, 5).join(u", "_s);
    if (users.size() > 5)
        list += u" and %1 more"_s.arg(users.size() - 5);
    return u"Cannot delete call handler '%1': it is referenced by other objects in the "
           "database: %2"_s.arg(name, list);
}

QString checkScheduleSetDelete(const Store &store, const Rec &set)
{
    const QString id = set.at(kind(KindId::ScheduleSet).objectIdField);
    const int f = kind(KindId::Handler).mustField(u"ScheduleSetObjectId"_s);
    qsizetype n = 0;
    for (const Rec &r : store.table(KindId::Handler).rows)
        n += r.at(f).compare(id, Qt::CaseInsensitive) == 0 ? 1 : 0;
    if (n > 0)
        return u"Cannot delete schedule set '%1': it is used by %2 call handler(s)"_s.arg(
            Store::value(KindId::ScheduleSet, set, u"DisplayName"_s), QString::number(n));
    return {};
}

} // namespace CupiSim
