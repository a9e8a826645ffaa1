// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic demo data for --seed: system objects, tenants, users, lists, schedules and
// company-like call handlers that route to each other.
#include "constants.h"
#include "referencedata.h"
#include "store.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

const char *const departments[] = {"Sales",
                                   "Billing",
                                   "Support",
                                   "Service",
                                   "Marketing",
                                   "Human Resources",
                                   "Shipping",
                                   "Receiving",
                                   "Accounts Payable",
                                   "Accounts Receivable",
                                   "Technical Support",
                                   "Customer Care",
                                   "Facilities",
                                   "IT Help Desk",
                                   "Legal",
                                   "Payroll",
                                   "Benefits",
                                   "Reception",
                                   "Warehouse",
                                   "Returns",
                                   "Purchasing",
                                   "Security",
                                   "Training",
                                   "Engineering"};
const char *const purposes[] = {"Main Menu",   "After Hours", "Holiday",          "Queue",
                                "Message Box", "Directory",   "Overflow",         "Spanish Menu",
                                "Emergency",   "Info Line",   "Callback Request", "Closed Message"};
const char *const sites[] = {"Boston",  "Chicago",   "Denver",    "Austin",    "Seattle",
                             "Atlanta", "London",    "Dublin",    "Frankfurt", "Paris",
                             "Mumbai",  "Bangalore", "Singapore", "Sydney",    "Toronto",
                             "Dallas",  "Phoenix",   "Miami",     "Madrid",    "Tokyo"};
const char *const firstNames[] = {"Alice",  "Bob",   "Carol", "David",  "Erin",   "Frank", "Grace",
                                  "Henry",  "Irene", "Jack",  "Karen",  "Liam",   "Maria", "Nathan",
                                  "Olivia", "Peter", "Quinn", "Rachel", "Samuel", "Tara"};
const char *const lastNames[] = {"Anderson", "Baker",  "Carter",  "Diaz",   "Evans",
                                 "Foster",   "Garcia", "Hughes",  "Iyer",   "Johnson",
                                 "Kim",      "Lopez",  "Miller",  "Nguyen", "Owens",
                                 "Patel",    "Quinn",  "Roberts", "Singh",  "Turner"};
const char *const tenantAliases[] = {"Acme",  "Globex", "Initech", "Umbrella",
                                     "Hooli", "Stark",  "Wayne",   "Wonka"};
constexpr qsizetype D = std::size(departments);
constexpr qsizetype P = std::size(purposes);
constexpr qsizetype S = std::size(sites);
static_assert(D == GeneratedDepartments && P == GeneratedPurposes);

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

struct Gen
{
    Store &store;
    QRandomGenerator rng;
    QDateTime clock = QDateTime(QDate(2013, 1, 2), QTime(15, 42, 48), Qt::UTC);
    QString created = u"2013-01-02T15:42:48Z"_s;
    // Each object a little later than the one before, as on a server that grew over time.
    void tick(int seconds)
    {
        clock = clock.addSecs(seconds);
        created = clock.toString(Qt::ISODate);
    }
    QSet<QString> handlerNames = {};

    QString guid() { return makeGuid(rng); }
    Rec rec(KindId id, std::initializer_list<std::pair<const char *, QString>> values)
    {
        Rec r = newRec(id);
        for (const auto &[f, v] : values)
            Store::set(id, r, L(f), v);
        return r;
    }
};

// One tenant (or the system, tenantId empty) and what it owns.
struct Group
{
    QString tenantId, prefix, partition, searchSpace, phoneSystem, allHours, weekdays, holidays;
    QString templateId, undeliverable, opening, goodbye, operatorId, operatorUser;
    QStringList users;
    int extensionBase = 1000;
};

const QString T = u"true"_s, F = u"false"_s;

Rec handlerBase(Gen &g, const Group &grp, const QString &id, const QString &name, bool tmpl)
{
    const KindId k = tmpl ? KindId::Template : KindId::Handler;
    return g.rec(k, {{"ObjectId", id},
                     {"CreationTime", g.created},
                     {"Language", u"1033"_s},
                     {"Undeletable", F},
                     {"LocationObjectId", g.store.locationId},
                     {"EditMsg", T},
                     {"IsPrimary", F},
                     {"OneKeyDelay", u"1500"_s},
                     {"ScheduleSetObjectId", grp.weekdays},
                     {"SendUrgentMsg", u"0"_s},
                     {"MaxMsgLen", u"300"_s},
                     {"IsTemplate", tmpl ? T : F},
                     {"TenantObjectId", grp.tenantId},
                     {"RecipientDistributionListObjectId", grp.undeliverable},
                     {"DisplayName", name},
                     {"AfterMessageAction", u"1"_s},
                     {"TimeZone", QString::number(SystemTimeZone)},
                     {"UseDefaultLanguage", T},
                     {"UseDefaultTimeZone", T},
                     {"MediaSwitchObjectId", grp.phoneSystem},
                     {"UseCallLanguage", T},
                     {"SendSecureMsg", F},
                     {"EnablePrependDigits", F},
                     {"DispatchDelivery", F},
                     {"CallSearchSpaceObjectId", grp.searchSpace},
                     {"InheritSearchSpaceFromCall", T},
                     {"PartitionObjectId", grp.partition},
                     {"PlayPostGreetingRecording", u"0"_s},
                     {"SendPrivateMsg", u"0"_s},
                     {"PlayAfterMessage", u"1"_s}});
}

void makeGroupObjects(Gen &g, Group &grp, int tenantIndex)
{
    Store &s = g.store;
    const QString p = grp.prefix;
    grp.partition = g.guid();
    grp.searchSpace = g.guid();
    grp.phoneSystem = g.guid();
    const QString partName = tenantIndex < 0 ? u"cuc-sim Partition"_s : p + u"Partition"_s;
    s.table(KindId::Partition)
        .append(g.rec(
            KindId::Partition,
            {{"ObjectId", grp.partition},
             {"Name", partName},
             {"Description", u"Partition of "_s + (p.isEmpty() ? u"the system"_s : p.trimmed())},
             {"TenantObjectId", grp.tenantId}}));
    s.table(KindId::SearchSpace)
        .append(g.rec(KindId::SearchSpace, {{"ObjectId", grp.searchSpace},
                                            {"Name", tenantIndex < 0 ? u"cuc-sim Search Space"_s
                                                                     : p + u"Search Space"_s},
                                            {"Description", u"Searches "_s + partName},
                                            {"TenantObjectId", grp.tenantId}}));
    s.table(KindId::PhoneSystem)
        .append(g.rec(KindId::PhoneSystem,
                      {{"ObjectId", grp.phoneSystem},
                       {"DisplayName", tenantIndex < 0 ? u"PhoneSystem"_s : p + u"Phone System"_s},
                       {"TenantObjectId", grp.tenantId}}));

    // Schedules and schedule sets: All Hours, Weekdays (with the holiday schedule excluded),
    // Holidays. All Hours and Weekdays are undeletable, Holidays is not (Cisco's examples).
    auto schedule = [&](const QString &name, bool holiday, int start, int end, bool weekend) {
        const QString id = g.guid();
        s.table(KindId::Schedule)
            .append(g.rec(KindId::Schedule, {{"ObjectId", id},
                                             {"DisplayName", name},
                                             {"OwnerLocationObjectId", s.locationId},
                                             {"Undeletable", holiday ? F : T},
                                             {"IsHoliday", holiday ? T : F},
                                             {"TenantObjectId", grp.tenantId}}));
        Rec d = g.rec(KindId::ScheduleDetail, {{"ObjectId", g.guid()},
                                               {"ScheduleObjectId", id},
                                               {"Subject", holiday ? u"New Year's Day"_s : name},
                                               {"StartTime", QString::number(start)},
                                               {"EndTime", QString::number(end)}});
        for (const char *day : {"IsActiveMonday", "IsActiveTuesday", "IsActiveWednesday",
                                "IsActiveThursday", "IsActiveFriday"})
            Store::set(KindId::ScheduleDetail, d, L(day), holiday ? F : T);
        Store::set(KindId::ScheduleDetail, d, u"IsActiveSaturday"_s, weekend ? T : F);
        Store::set(KindId::ScheduleDetail, d, u"IsActiveSunday"_s, weekend ? T : F);
        if (holiday) {
            Store::set(KindId::ScheduleDetail, d, u"StartDate"_s, u"2026-01-01 00:00:00.0"_s);
            Store::set(KindId::ScheduleDetail, d, u"EndDate"_s, u"2026-01-01 00:00:00.0"_s);
        }
        s.setChildren(KindId::ScheduleDetail, id, {d});
        return id;
    };
    auto scheduleSet = [&](const QString &name, QList<QPair<QString, bool>> members) {
        const QString id = g.guid();
        const bool holidays = name.endsWith(u"Holidays"_s);
        s.table(KindId::ScheduleSet)
            .append(g.rec(KindId::ScheduleSet, {{"ObjectId", id},
                                                {"DisplayName", name},
                                                {"OwnerLocationObjectId", s.locationId},
                                                {"Undeletable", holidays ? F : T},
                                                {"TenantObjectId", grp.tenantId}}));
        QList<Rec> list;
        for (const auto &[sid, exclude] : members)
            list.append(g.rec(KindId::ScheduleSetMember, {{"ScheduleSetObjectId", id},
                                                          {"ScheduleObjectId", sid},
                                                          {"Exclude", exclude ? T : F}}));
        s.setChildren(KindId::ScheduleSetMember, id, list);
        return id;
    };
    const QString all = schedule(p + u"All Hours"_s, false, 0, 0, true);
    const QString week = schedule(p + u"Weekdays"_s, false, 480, 1020, false);
    const QString hol = schedule(p + u"Holidays"_s, true, 0, 0, false);
    grp.allHours = scheduleSet(p + u"All Hours"_s, {{all, false}});
    grp.weekdays = scheduleSet(p + u"Weekdays"_s, {{week, false}, {hol, true}});
    grp.holidays = scheduleSet(p + u"Holidays"_s, {{hol, false}});

    // Distribution lists.
    const QString dlPrefix = tenantIndex < 0 ? QString() : p.trimmed() + u'_';
    auto list = [&](const QString &alias, const QString &name, bool undeletable,
                    const QString &ext) {
        const QString id = g.guid();
        s.table(KindId::DistributionList)
            .append(g.rec(KindId::DistributionList, {{"ObjectId", id},
                                                     {"Alias", alias},
                                                     {"DisplayName", name},
                                                     {"DtmfAccessId", ext},
                                                     {"IsPublic", T},
                                                     {"Undeletable", undeletable ? T : F},
                                                     {"LocationObjectId", s.locationId},
                                                     {"PartitionObjectId", grp.partition},
                                                     {"TenantObjectId", grp.tenantId}}));
        return id;
    };
    grp.undeliverable = list(dlPrefix.toLower() + u"undeliverablemessages"_s,
                             dlPrefix + u"Undeliverable Messages"_s, true, {});
    list(dlPrefix.toLower() + u"allvoicemailusers"_s, dlPrefix + u"All Voice Mail Users"_s, true,
         u"99991"_s); // Cisco's Distribution List example
    list(dlPrefix.toLower() + u"salesteam"_s, dlPrefix + u"Sales Team"_s, false, u"7001"_s);
    list(dlPrefix.toLower() + u"supportteam"_s, dlPrefix + u"Support Team"_s, false, u"7002"_s);

    // The template.
    grp.templateId = g.guid();
    Rec tmpl = handlerBase(
        g, grp, grp.templateId,
        tenantIndex < 0 ? u"System Call Handler Template"_s : p + u"Call Handler Template"_s, true);
    Store::set(KindId::Template, tmpl, u"Undeletable"_s, T);
    s.table(KindId::Template).append(tmpl);
}

} // namespace

namespace {

void makeUsersAndFixedHandlers(Gen &g, Group &grp, int tenantIndex, int userCount, int &nameSeq)
{
    Store &s = g.store;
    QList<Rec> primaries; // listed after Opening Greeting, Goodbye and Operator
    auto user = [&](const QString &alias, const QString &first, const QString &last,
                    const QString &ext, bool mailbox) {
        const QString id = g.guid();
        QString handlerId;
        const QString display = first + u' ' + last;
        if (mailbox) {
            g.tick(int(g.rng.bounded(60u, 3600u)));
            handlerId = g.guid();
            Rec h = handlerBase(g, grp, handlerId, display, false);
            Store::set(KindId::Handler, h, u"IsPrimary"_s, T);
            Store::set(KindId::Handler, h, u"Undeletable"_s, T);
            Store::set(KindId::Handler, h, u"DtmfAccessId"_s, ext);
            Store::set(KindId::Handler, h, u"RecipientDistributionListObjectId"_s, {});
            Store::set(KindId::Handler, h, u"RecipientSubscriberObjectId"_s, id);
            primaries.append(h);
            g.handlerNames.insert(display.toLower());
        }
        s.table(KindId::User)
            .append(g.rec(KindId::User, {{"ObjectId", id},
                                         {"Alias", alias},
                                         {"DisplayName", display},
                                         {"FirstName", first},
                                         {"LastName", last},
                                         {"DtmfAccessId", mailbox ? ext : QString()},
                                         {"TimeZone", QString::number(SystemTimeZone)},
                                         {"CallHandlerObjectId", handlerId},
                                         {"TenantObjectId", grp.tenantId},
                                         {"PartitionObjectId", grp.partition}}));
        return id;
    };
    const QString domainPart = grp.prefix.trimmed();
    if (tenantIndex >= 0)
        user(domainPart.toLower() + u"-admin"_s, domainPart, u"Administrator"_s, {}, false);
    for (int i = 0; i < userCount; ++i) {
        const int n = nameSeq++;
        const QString first = L(firstNames[n % std::size(firstNames)]);
        QString last = L(lastNames[(n / std::size(firstNames) + n) % std::size(lastNames)]);
        if (n >= int(std::size(firstNames) * std::size(lastNames)))
            last += u' ' + QString::number(n);
        const QString alias = (first.left(1) + last).toLower().remove(u' ');
        const QString id =
            user(alias, first, last, QString::number(grp.extensionBase + 100 + i), true);
        grp.users.append(id);
        if (i == 0)
            grp.operatorUser = id;
    }

    // Opening Greeting, Goodbye, Operator: undeletable, as on a fresh server.
    const QString p = grp.prefix;
    grp.opening = g.guid();
    grp.goodbye = g.guid();
    grp.operatorId = g.guid();
    auto fixed = [&](const QString &id, const QString &name, const QString &ext) {
        Rec h = handlerBase(g, grp, id, p + name, false);
        Store::set(KindId::Handler, h, u"Undeletable"_s, T);
        Store::set(KindId::Handler, h, u"DtmfAccessId"_s, ext);
        Store::set(KindId::Handler, h, u"VoiceName"_s, g.guid() + u".wav"_s);
        Store::set(KindId::Handler, h, u"VoiceFileURI"_s, u"/vmrest/voicefiles/"_s + g.guid());
        g.handlerNames.insert((p + name).toLower());
        return h;
    };
    Rec opening = fixed(grp.opening, u"Opening Greeting"_s, {});
    Store::set(KindId::Handler, opening, u"ScheduleSetObjectId"_s, grp.allHours);
    Store::set(KindId::Handler, opening, u"AfterMessageAction"_s, u"2"_s);
    Store::set(KindId::Handler, opening, u"AfterMessageTargetConversation"_s, u"PHGreeting"_s);
    Store::set(KindId::Handler, opening, u"AfterMessageTargetHandlerObjectId"_s, grp.goodbye);
    Rec bye = fixed(grp.goodbye, u"Goodbye"_s, {});
    // The template's after-message action: a Go to the Goodbye handler, as Cisco's example of the
    // Opening Greeting shows and its template example suggests (so handlers made from it too).
    if (Rec *tmpl = s.table(KindId::Template).find(grp.templateId)) {
        Store::set(KindId::Template, *tmpl, u"AfterMessageAction"_s, u"2"_s);
        Store::set(KindId::Template, *tmpl, u"AfterMessageTargetConversation"_s, u"PHGreeting"_s);
        Store::set(KindId::Template, *tmpl, u"AfterMessageTargetHandlerObjectId"_s, grp.goodbye);
    }
    Store::set(KindId::Handler, bye, u"ScheduleSetObjectId"_s, grp.allHours);
    Rec op = fixed(grp.operatorId, u"Operator"_s, u"0"_s);
    Store::set(KindId::Handler, op, u"RecipientDistributionListObjectId"_s, {});
    Store::set(KindId::Handler, op, u"RecipientSubscriberObjectId"_s, grp.operatorUser);
    Store::set(KindId::Handler, op, u"AfterMessageAction"_s, u"2"_s);
    Store::set(KindId::Handler, op, u"AfterMessageTargetConversation"_s, u"PHGreeting"_s);
    Store::set(KindId::Handler, op, u"AfterMessageTargetHandlerObjectId"_s, grp.goodbye);
    s.table(KindId::Handler).append(opening);
    s.table(KindId::Handler).append(bye);
    s.table(KindId::Handler).append(op);
    for (Rec &h : primaries)
        s.table(KindId::Handler).append(std::move(h));
}

// Application handlers of one group; "Main Menu" handlers route keys 1-5 to their
// department's other handlers, "After Hours" ones go back to the main menu after a message.
void makeHandlers(Gen &g, const Group &grp, int count, QStringList *mainMenus)
{
    Store &s = g.store;
    QStringList ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids.append(g.guid());
    const QString pfx = grp.prefix;
    for (int i = 0; i < count; ++i) {
        const qsizetype dept = i % D, purpose = (i / D) % P, site = (i / (D * P)) % (S + 1);
        const qsizetype round = i / (D * P * (S + 1));
        QString name = pfx + L(departments[dept]) + u' ' + L(purposes[purpose]);
        if (site > 0)
            name += u" ("_s + L(sites[site - 1]) + u')';
        if (round > 0)
            name += u' ' + QString::number(round + 1);
        while (g.handlerNames.contains(name.toLower()))
            name += u'+';
        g.handlerNames.insert(name.toLower());
        g.tick(int(g.rng.bounded(600u, 86400u)));
        Rec h = handlerBase(g, grp, ids.at(i), name, false);
        const quint32 r = g.rng.bounded(100u);
        Store::set(KindId::Handler, h, u"ScheduleSetObjectId"_s,
                   r < 70 ? grp.weekdays : (r < 90 ? grp.allHours : grp.holidays));
        if (i % 9 != 8) // some handlers have no extension
            Store::set(KindId::Handler, h, u"DtmfAccessId"_s,
                       QString::number(grp.extensionBase * 10 + 2000 + i));
        if (r % 3 == 0 && !grp.users.isEmpty()) {
            Store::set(KindId::Handler, h, u"RecipientDistributionListObjectId"_s, {});
            Store::set(KindId::Handler, h, u"RecipientSubscriberObjectId"_s,
                       grp.users.at(int(r) % grp.users.size()));
        }
        if (r % 4 != 0) {
            Store::set(KindId::Handler, h, u"AfterMessageAction"_s, u"2"_s);
            Store::set(KindId::Handler, h, u"AfterMessageTargetConversation"_s, u"PHGreeting"_s);
            Store::set(KindId::Handler, h, u"AfterMessageTargetHandlerObjectId"_s,
                       purpose == 1 ? ids.at(i - D) : grp.goodbye);
        }
        if (r % 10 == 7) { // a fixed language instead of the call's
            Store::set(KindId::Handler, h, u"UseCallLanguage"_s, F);
            Store::set(KindId::Handler, h, u"UseDefaultLanguage"_s, F);
            Store::set(KindId::Handler, h, u"Language"_s, purpose == 7 ? u"3082"_s : u"2057"_s);
        }
        if (r % 10 == 3) { // a fixed time zone
            Store::set(KindId::Handler, h, u"UseDefaultTimeZone"_s, F);
            Store::set(KindId::Handler, h, u"TimeZone"_s, r < 50 ? u"35"_s : u"85"_s);
        }
        Store::set(KindId::Handler, h, u"MaxMsgLen"_s, r < 20 ? u"120"_s : u"300"_s);
        s.table(KindId::Handler).append(h);
        if (purpose == 0) {
            mainMenus->append(ids.at(i));
            QList<Rec> entries = s.defaultChildren(KindId::MenuEntry, ids.at(i));
            entries[0] =
                Store::makeMenuEntry(ids.at(i), u"0"_s, 2, u"PHTransfer"_s, grp.operatorId);
            for (int key = 1; key <= 5; ++key) {
                const qsizetype target = i + D * key;
                if (target < count)
                    entries[key] = Store::makeMenuEntry(ids.at(i), QString::number(key), 2,
                                                        u"PHGreeting"_s, ids.at(target));
            }
            s.setChildren(KindId::MenuEntry, ids.at(i), entries);
        }
    }
}

} // namespace

void Store::generate(const GenerateOptions &options)
{
    Gen g{*this, QRandomGenerator(options.seed)};
    locationId = g.guid();
    table(KindId::Location)
        .append(g.rec(KindId::Location, {{"ObjectId", locationId},
                                         {"DisplayName", u"cuc-sim"_s},
                                         {"HostAddress", u"127.0.0.1"_s},
                                         {"DefaultLanguage", QString::number(SystemLanguage)},
                                         {"TimeZone", QString::number(SystemTimeZone)}}));
    addReferenceData(*this);

    const int tenants = qBound(0, options.tenants, int(std::size(tenantAliases)));
    QList<Group> groups(tenants + 1);
    for (int t = -1; t < tenants; ++t) {
        Group &grp = groups[t + 1];
        grp.extensionBase = (t + 2) * 1000;
        if (t >= 0) {
            const QString alias = L(tenantAliases[t]);
            grp.prefix = alias + u' ';
            grp.tenantId = g.guid();
        }
        makeGroupObjects(g, grp, t);
        if (t >= 0) {
            const QString alias = grp.prefix.trimmed();
            table(KindId::Tenant)
                .append(g.rec(KindId::Tenant, {{"ObjectId", grp.tenantId},
                                               {"Alias", alias},
                                               {"SmtpDomain", alias.toLower() + u".example.com"_s},
                                               {"Description", alias + u" Corporation"_s},
                                               {"PartitionObjectId", grp.partition},
                                               {"PhoneSystemObjectId", grp.phoneSystem},
                                               {"TimeZone", QString::number(SystemTimeZone)},
                                               {"Language", QString::number(SystemLanguage)},
                                               {"CreationDate", u"2013-01-12 14:57:32.569"_s}}));
        }
    }
    // The system administrator is a user too (no tenant; its mailbox comes below).
    table(KindId::User)
        .append(g.rec(KindId::User, {{"ObjectId", g.guid()},
                                     {"Alias", options.user},
                                     {"DisplayName", u"Administrator"_s},
                                     {"LastName", u"Administrator"_s},
                                     {"TimeZone", QString::number(SystemTimeZone)},
                                     {"PartitionObjectId", groups[0].partition}}));
    int nameSeq = 0;
    for (int t = -1; t < tenants; ++t)
        makeUsersAndFixedHandlers(g, groups[t + 1], t, t < 0 ? SystemUsers : UsersPerTenant,
                                  nameSeq);

    // The administrator's mailbox (defaults.cpp) is one of the fixed handlers.
    QRandomGenerator adminRandom(options.seed ^ 0xad417u);
    addAdministratorMailbox(options.user, adminRandom, g.created);
    const int fixed = int(table(KindId::Handler).rows.size());
    const int generated = qMax(0, options.handlers - fixed);
    const int per = generated / int(groups.size());
    for (int i = 0; i < groups.size(); ++i) {
        QStringList mainMenus;
        const int count = per + (i == 0 ? generated - per * int(groups.size()) : 0);
        makeHandlers(g, groups[i], count, &mainMenus);
        // The Opening Greeting offers the first main menus and the operator.
        QList<Rec> entries = defaultChildren(KindId::MenuEntry, groups[i].opening);
        entries[0] =
            makeMenuEntry(groups[i].opening, u"0"_s, 2, u"PHTransfer"_s, groups[i].operatorId);
        for (int key = 1; key <= 5 && key <= mainMenus.size(); ++key)
            entries[key] = makeMenuEntry(groups[i].opening, QString::number(key), 2,
                                         u"PHGreeting"_s, mainMenus.at(key - 1));
        setChildren(KindId::MenuEntry, groups[i].opening, entries);
    }
    addCallTargets(options.seed, g.created);
    addDirectoryObjects(options.seed);
    addCallFlow(options.seed);
    rebuildAccounts(options.user, options.password);
}

} // namespace CupiSim
