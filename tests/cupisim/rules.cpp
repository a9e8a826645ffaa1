// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

// Conversation names a Go to may name, case-sensitively: the routing-rule table of Cisco's CUPI
// guide ("Routing Rule RouteTargetConversation": "only certain string values are valid") and
// the .NET SDK's ConversationNames (ConnectionTypes.cs), whose DevGuide adds "These Conversation
// names ARE case sensitive". Any other name → 400.
const QStringList conversations = {u"AD"_s,
                                   u"PHTransfer"_s,
                                   u"PHGreeting"_s,
                                   u"PHInterview"_s,
                                   u"AttemptForward"_s,
                                   u"AttemptSignIn"_s,
                                   u"BroadcastMessageAdministrator"_s,
                                   u"SystemTransfer"_s,
                                   u"CheckedOutGuest"_s,
                                   u"GreetingsAdministrator"_s,
                                   u"ReverseTrapConv"_s,
                                   u"SubSignIn"_s,
                                   u"ConvUtilsLiveRecord"_s,
                                   u"SubSysTransfer"_s,
                                   u"ConvHotelCheckedOut"_s,
                                   u"ConvCvmMboxReset"_s,
                                   u"EasySignIn"_s,
                                   u"TransferAltContactNumber"_s};
// Conversations that need a target ("For some Conversations, it is required to specify a
// Route_TargetHandlerObjectId as well": the same table names AD, PHTransfer, PHGreeting and
// PHInterview), and the kind of object it must be: the table's TargetHandler column, and the
// .NET SDK's GetActionDescription (ConnectionServerRest.cs), which loads a call handler for
// PHTransfer and PHGreeting (a user's primary handler too), an interview handler for PHInterview
// and a directory ("name lookup") handler for AD, and calls the link invalid when there is none.
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
    const Rec &before; // the object as it was before this request
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
        // A Go to whose conversation needs a target must have one. Nothing else about actions is
        // checked: a Go to without a conversation is accepted (Cisco's "User Caller Input"
        // examples 3 and 4 send only Action 2 and a target, 204), and the DevGuide says the
        // server sets any legal action value whatever it means in its context.
        const bool relevant = touched(actionF) || touched(convF) || touched(targetF);
        if (relevant && v(actionF) == u"2"_s && targetRuleOf(conv) && v(targetF).isEmpty())
            return u"Invalid %1: conversation %2 requires %3"_s.arg(convF, conv, targetF);
        return {};
    }
};

// An object is a tenant's because its partition is (the admin guide's Tenant Partitioning; the
// troubleshooting guide finds a tenant's objects by PartitionObjectId): a handler's
// TenantObjectId follows its partition, and it cannot be without one [INF].
QString followPartition(const Check &c, bool creating)
{
    if (!creating && !c.touched(u"PartitionObjectId"_s))
        return {};
    const Rec *partition = c.store.table(KindId::Partition).find(c.v(u"PartitionObjectId"_s));
    if (!partition)
        return u"Invalid PartitionObjectId: a call handler needs a partition"_s;
    c.rec[c.f(u"TenantObjectId"_s)] =
        Store::value(KindId::Partition, *partition, u"TenantObjectId"_s);
    return {};
}

QString handlerRules(const Check &c, bool creating)
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
        if (QString e = nameTaken(c.store, c.rec); !e.isEmpty())
            return e;
    static const QRegularExpression dialable(u"^[0-9*#]+$"_s);
    static const QRegularExpression prepend(u"^[0-9*#+]*$"_s);
    const QString ext = c.v(u"DtmfAccessId"_s);
    if ((c.touched(u"DtmfAccessId"_s) || c.touched(u"PartitionObjectId"_s)) && !ext.isEmpty()) {
        if (!dialable.match(ext).hasMatch())
            return u"Invalid DtmfAccessId '%1': only digits, * and # are allowed"_s.arg(ext);
        if (QString e = extensionTaken(c.store, c.rec); !e.isEmpty())
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
    if (QString e = followPartition(c, creating); !e.isEmpty())
        return e;
    return c.action(u"AfterMessageAction"_s, u"AfterMessageTargetConversation"_s,
                    u"AfterMessageTargetHandlerObjectId"_s);
}

// TimeExpires as CUPI writes it ("2012-12-31 12:00:00.0", GMT), or with a 'T' and a 'Z'.
QDateTime expiryTime(const QString &text)
{
    if (text.size() < 19 || (text.at(10) != u' ' && text.at(10) != u'T'))
        return {};
    const QDate date = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
    QString clock = text.mid(11);
    if (clock.endsWith(u'Z'))
        clock.chop(1);
    QTime time = QTime::fromString(clock, u"HH:mm:ss.z"_s);
    if (!time.isValid())
        time = QTime::fromString(clock, u"HH:mm:ss"_s);
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

bool isOn(const QString &timeExpires)
{
    return timeExpires.isEmpty() || expiryTime(timeExpires) > QDateTime::currentDateTimeUtc();
}

// A greeting or transfer rule is on while its TimeExpires is empty or in the future ([DOC]
// "Call Handler" chapter: "If the value is NULL or a date in the future then the transfer option
// is considered enabled"). Enabled=false disables it ([DOC] "<Enabled>false</Enabled>" → 204).
// Clearing TimeExpires needs Enabled=true in the same request, as the .NET SDK sends it ([OBS]
// Greeting.cs, TransferOption.cs: "you also have to pass the enabled flag in this case, it's only
// valid for update when the date is cleared"): Enabled=true alone, or an empty TimeExpires
// alone, changes nothing. Enabled then says what TimeExpires says.
QString enabledRule(const Check &c, const QString &typeField, const QStringList &fixedOn)
{
    const bool enabledSent = c.touched(u"Enabled"_s), expiresSent = c.touched(u"TimeExpires"_s);
    if (!enabledSent && !expiresSent)
        return {};
    QString expires = c.v(u"TimeExpires"_s);
    if (!expires.isEmpty() && !expiryTime(expires).isValid())
        return u"Invalid TimeExpires '%1': expected yyyy-MM-dd hh:mm:ss"_s.arg(expires);
    const bool off = enabledSent && c.v(u"Enabled"_s) == u"false"_s;
    const bool on = enabledSent && c.v(u"Enabled"_s) == u"true"_s;
    if (off && isOn(expires))
        expires = expiredTime;
    else if (expiresSent && expires.isEmpty() && !on)
        expires = c.before.at(c.f(u"TimeExpires"_s));
    const QString type = c.v(typeField);
    if (!isOn(expires) && fixedOn.contains(type))
        return u"Invalid %1: the %2 %3 cannot be disabled"_s.arg(
            off ? u"Enabled"_s : u"TimeExpires"_s, type,
            c.id == KindId::Greeting ? u"greeting"_s : u"transfer rule"_s);
    c.rec[c.f(u"TimeExpires"_s)] = expires;
    c.rec[c.f(u"Enabled"_s)] = isOn(expires) ? u"true"_s : u"false"_s;
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

void fillRouteTarget(const Store &store, Rec &rule)
{
    const Kind &k = kind(KindId::RoutingRule);
    const QString target = rule.at(k.mustField(u"RouteTargetHandlerObjectId"_s));
    QString &type = rule[k.mustField(u"RouteTargetHandlerObjectType"_s)];
    QString &name = rule[k.mustField(u"RouteTargetHandlerDisplayName"_s)];
    name.clear();
    if (target.isEmpty()) {
        type = u"0"_s;
        return;
    }
    for (const auto &[id, code] : {std::pair{KindId::Handler, u"3"_s},
                                   {KindId::InterviewHandler, u"5"_s},
                                   {KindId::DirectoryHandler, u"6"_s}}) {
        if (const Rec *r = store.table(id).find(target)) {
            type = code;
            name = Store::value(id, *r, u"DisplayName"_s);
            return;
        }
    }
}

QString applyChanges(const Store &store, const QString &tenantId, KindId id, Rec &rec,
                     const FieldValues &body, bool creating)
{
    QSet<int> changed;
    const Rec before = rec;
    if (QString e = applyTyped(id, rec, body, &changed); !e.isEmpty())
        return e;
    const Check c{store, tenantId, id, rec, before, changed};
    switch (id) {
    case KindId::Handler:
        return handlerRules(c, creating);
    case KindId::Greeting:
        if (QString e = enabledRule(c, u"GreetingType"_s, {u"Standard"_s, u"Error"_s});
            !e.isEmpty())
            return e;
        return c.action(u"AfterGreetingAction"_s, u"AfterGreetingTargetConversation"_s,
                        u"AfterGreetingTargetHandlerObjectId"_s);
    case KindId::TransferOption:
        // Transferring (Action 1) needs no Extension: the .NET SDK's TransferOption.cs says an
        // empty one means the handler's own (UsePrimaryExtension) [OBS].
        if (QString e = enabledRule(c, u"TransferOptionType"_s, {u"Standard"_s}); !e.isEmpty())
            return e;
        return c.ref(u"MediaSwitchObjectId"_s, KindId::PhoneSystem, u"phone system"_s);
    case KindId::MenuEntry:
        // Action 7 needs no TransferNumber, but one cannot be set empty ([DOC] "Updating Caller
        // Input Keys": "including a TransferNumber is optional … the CUPI API does not allow you
        // to set the TransferNumber to an empty string").
        if (c.touched(u"TransferNumber"_s) && c.v(u"TransferNumber"_s).isEmpty())
            return u"Invalid TransferNumber: it cannot be set to an empty string"_s;
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
    case KindId::RoutingRule:
        // The destination is checked as a handler's Go to is ("Routing Rule Examples":
        // RouteAction, RouteTargetConversation and RouteTargetHandlerObjectId together).
        if ((creating || c.touched(u"DisplayName"_s)) && c.v(u"DisplayName"_s).trimmed().isEmpty())
            return u"Invalid DisplayName: a display name is required"_s;
        if (QString e = c.ref(u"SearchSpaceObjectId"_s, KindId::SearchSpace, u"search space"_s);
            !e.isEmpty())
            return e;
        if (QString e = c.action(u"RouteAction"_s, u"RouteTargetConversation"_s,
                                 u"RouteTargetHandlerObjectId"_s);
            !e.isEmpty())
            return e;
        fillRouteTarget(store, rec);
        return {};
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

} // namespace CupiSim
