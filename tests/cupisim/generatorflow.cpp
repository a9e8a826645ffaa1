// SPDX-License-Identifier: GPL-3.0-or-later
// The call flow of the demo data, per tenant and for the system: each department's "Directory"
// handler is a sub-menu of its main menu (keys 1–6 to the department's other handlers, 7 and 8 to
// further main menus — a tree under the Opening Greeting —, key 9 back); then what a server that
// has been used for years shows: two handlers that send callers to each other with no way out, two
// handlers nothing points to any more, a key and an after-message action whose target no longer
// exists, an alternate greeting whose expiry has passed — and the call routing rules (the three a
// fresh server has, and a tenant's own). Made last, from a random generator of its own, so the
// objects of a --seed keep their ids.
#include "constants.h"
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

const QString T = u"true"_s, F = u"false"_s;
constexpr qsizetype D = GeneratedDepartments, P = GeneratedPurposes;
// A real past date, not the 1972 marker that Enabled=false writes: the greeting was enabled
// until then.
const QString expiredAt = u"2025-01-06 08:00:00.0"_s;

QString val(KindId k, const Rec &r, const char *field)
{
    return Store::value(k, r, QString::fromLatin1(field));
}

// What one tenant (or the system, tenantId empty) owns, found by the names generator.cpp gave.
struct Group
{
    QString tenantId, prefix, opening, goodbye, searchSpace, phoneSystem;
    QStringList app; // the application handlers in creation order (generator.cpp's index)
};

QList<Group> groupsOf(const Store &s)
{
    QList<Group> groups{Group{}};
    QHash<QString, qsizetype> byTenant{{QString(), 0}};
    for (const Rec &t : s.table(KindId::Tenant).rows) {
        byTenant.insert(val(KindId::Tenant, t, "ObjectId"), groups.size());
        groups.append(Group{val(KindId::Tenant, t, "ObjectId"),
                            val(KindId::Tenant, t, "Alias") + u' ',
                            {},
                            {},
                            {},
                            {},
                            {}});
    }
    auto firstOf = [&](KindId k, QString Group::*member) {
        for (const Rec &r : s.table(k).rows) {
            const auto it = byTenant.constFind(val(k, r, "TenantObjectId"));
            if (it != byTenant.cend() && (groups[*it].*member).isEmpty())
                groups[*it].*member = val(k, r, "ObjectId");
        }
    };
    firstOf(KindId::SearchSpace, &Group::searchSpace);
    firstOf(KindId::PhoneSystem, &Group::phoneSystem);
    const Kind &hk = kind(KindId::Handler);
    const int tenantF = hk.mustField(u"TenantObjectId"_s), primaryF = hk.mustField(u"IsPrimary"_s),
              nameF = hk.mustField(u"DisplayName"_s);
    for (const Rec &h : s.table(KindId::Handler).rows) {
        const auto it = byTenant.constFind(h.at(tenantF));
        if (it == byTenant.cend() || h.at(primaryF) == T)
            continue;
        Group &g = groups[*it];
        const QString &name = h.at(nameF), &id = h.at(hk.objectIdField);
        if (name == g.prefix + u"Opening Greeting"_s)
            g.opening = id;
        else if (name == g.prefix + u"Goodbye"_s)
            g.goodbye = id;
        else if (name != g.prefix + u"Operator"_s)
            g.app.append(id);
    }
    return groups;
}

qsizetype purposeOf(qsizetype index)
{
    return (index / D) % P;
}

struct Flow
{
    Store &s;
    QRandomGenerator &rng;
    const Group &g;

    qsizetype n() const { return g.app.size(); }
    QString at(qsizetype i) const { return i >= 0 && i < n() ? g.app.at(i) : QString(); }
    // Changes key `k` of `menu` in place (its ObjectId stays the one derived from the key).
    void key(const QString &menu, int k, int action, const QString &conversation = {},
             const QString &target = {})
    {
        static const Kind &mk = kind(KindId::MenuEntry);
        static const int actionF = mk.mustField(u"Action"_s),
                         conversationF = mk.mustField(u"TargetConversation"_s),
                         targetF = mk.mustField(u"TargetHandlerObjectId"_s);
        if (QList<Rec> *keys = s.children(KindId::MenuEntry, menu)) {
            Rec &entry = (*keys)[k];
            entry[actionF] = QString::number(action);
            entry[conversationF] = conversation;
            entry[targetF] = target;
        }
    }
    void go(const QString &menu, int k, const QString &target)
    {
        if (!menu.isEmpty() && !target.isEmpty())
            key(menu, k, 2, u"PHGreeting"_s, target);
    }
    void afterMessage(const QString &handler, const QString &conversation, const QString &target)
    {
        if (Rec *h = s.table(KindId::Handler).find(handler)) {
            Store::set(KindId::Handler, *h, u"AfterMessageAction"_s, u"2"_s);
            Store::set(KindId::Handler, *h, u"AfterMessageTargetConversation"_s, conversation);
            Store::set(KindId::Handler, *h, u"AfterMessageTargetHandlerObjectId"_s, target);
        }
    }

    QList<qsizetype> menus() const
    {
        QList<qsizetype> mains;
        for (qsizetype block = 0; block * D * P < n(); ++block) {
            for (qsizetype d = 0; d < D && block * D * P + d < n(); ++d)
                mains.append(block * D * P + d);
        }
        return mains;
    }

    // The purpose of the departments' sub-menus: "Directory" (5), or the last purpose there is
    // when a group has fewer handlers; 0: none.
    qsizetype subPurpose() const { return n() > D ? qMin<qsizetype>(5, (n() - 1) / D) : 0; }
    QString subMenuOf(qsizetype mainIndex) const
    {
        return subPurpose() > 0 ? at(mainIndex + D * subPurpose()) : QString();
    }

    // Each main menu's sub-menu (its key subPurpose()) returns to it with key 9, offers the
    // department's handlers of purposes 6–11 on keys 1–6, and main menus 5+2q and 6+2q on keys 7
    // and 8: a tree under the Opening Greeting, which offers the first five. The main menus keep
    // their keys.
    void tree(const QList<qsizetype> &mains)
    {
        for (qsizetype q = 0; q < mains.size(); ++q) {
            const QString sub = subMenuOf(mains.at(q));
            if (sub.isEmpty())
                continue;
            go(sub, 9, at(mains.at(q)));
            if (5 + 2 * q < mains.size())
                go(sub, 7, at(mains.at(5 + 2 * q)));
            if (6 + 2 * q < mains.size())
                go(sub, 8, at(mains.at(6 + 2 * q)));
            for (int k = 1; k <= 6 && subPurpose() == 5; ++k)
                go(sub, k, at(mains.at(q) + D * (5 + k)));
        }
    }

    // Two handlers whose greetings send callers to each other; no key leads out.
    void endlessLoop(const QString &a, const QString &b)
    {
        for (const auto &[self, other] : {std::pair{a, b}, std::pair{b, a}}) {
            QList<Rec> *greetings = s.children(KindId::Greeting, self);
            Rec &standard = (*greetings)[0];
            Store::set(KindId::Greeting, standard, u"AfterGreetingAction"_s, u"2"_s);
            Store::set(KindId::Greeting, standard, u"AfterGreetingTargetConversation"_s,
                       u"PHGreeting"_s);
            Store::set(KindId::Greeting, standard, u"AfterGreetingTargetHandlerObjectId"_s, other);
            for (int k = 0; k <= 10; ++k) // 0–9 and *
                key(self, k, 0);
            afterMessage(self, u"PHGreeting"_s, other);
        }
    }

    // The key of the (sub-)menu that leads to handler `index` goes back to its default.
    bool detach(qsizetype index)
    {
        const qsizetype p = purposeOf(index);
        const QString menu = p <= 5 ? at(index - D * p) : at(index - D * (p - 5));
        const int k = int(p <= 5 ? p : p - 5);
        QList<Rec> *keys = menu.isEmpty() ? nullptr : s.children(KindId::MenuEntry, menu);
        if (!keys || val(KindId::MenuEntry, keys->at(k), "TargetHandlerObjectId") != at(index))
            return false;
        key(menu, k, 0);
        return true;
    }

    void expireAlternate(const QString &handler)
    {
        QList<Rec> *greetings = s.children(KindId::Greeting, handler);
        Rec &alternate = (*greetings)[2];
        Store::set(KindId::Greeting, alternate, u"TimeExpires"_s, expiredAt);
        Store::set(KindId::Greeting, alternate, u"Enabled"_s, F);
    }
};

// The call routing rules. A fresh server has three, undeletable ([DOC] CUPI guide, "Routing
// Rules", list example: "Opening Greeting" Type 3 (both) PHTransfer to the Opening Greeting,
// "Attempt Sign In" Type 1 (direct) AttemptSignIn, "Attempt Forward" Type 2 (forwarded)
// AttemptForward; State 0, Flags 3, RouteAction 2, LanguageCode 0, CallType 2). Each tenant has
// its own ([DOC] "Tenant Partitioning"): an Opening Greeting rule for calls from its phone system
// (the guide's "Condition Based on a Phone System", Parameter 9) [INF: names and conditions].
// Then a "Sales Line" per group to its first main menu, for one dialed number [INF]. A new rule
// takes RuleIndex 0 and pushes the others down ([DOC] "Creating"), so the rules made later come
// first and the Opening Greeting rule stays last ([DOC] admin guide: "always the last entry").
void addRoutingRules(Store &s, QRandomGenerator &rng, const QList<Group> &groups,
                     const QStringList &firstMenus)
{
    const KindId k = KindId::RoutingRule;
    Table &rules = s.table(k);
    auto rule = [&](const Group &g, const QString &name, int type, const QString &conversation,
                    const QString &target, bool fixed) {
        Rec r = newRec(k);
        const QString id = makeGuid(rng);
        for (const auto &[f, v] :
             {std::pair{"ObjectId", id},
              {"DisplayName", name},
              {"State", u"0"_s},
              {"Type", QString::number(type)},
              {"Flags", fixed ? u"3"_s : u"0"_s},
              {"RouteTargetConversation", conversation},
              {"RouteTargetHandlerObjectId", target},
              {"RouteTargetHandlerObjectType", target.isEmpty() ? u"0"_s : u"3"_s},
              {"RouteAction", u"2"_s},
              {"LanguageCode", u"0"_s},
              {"UseDefaultLanguage", T},
              {"UseCallLanguage", T},
              {"CallType", u"2"_s},
              {"SearchSpaceObjectId", g.searchSpace},
              {"Undeletable", fixed ? T : F},
              {"TenantObjectId", g.tenantId}})
            Store::set(k, r, QString::fromLatin1(f), v);
        if (const Rec *h = target.isEmpty() ? nullptr : s.table(KindId::Handler).find(target))
            Store::set(k, r, u"RouteTargetHandlerDisplayName"_s,
                       Store::value(KindId::Handler, *h, u"DisplayName"_s));
        rules.append(r);
        return id;
    };
    auto condition = [&](const QString &ruleId, int parameter, const QString &operand) {
        const KindId c = KindId::RoutingRuleCondition;
        Rec r = newRec(c);
        Store::set(c, r, u"ObjectId"_s, makeGuid(rng));
        Store::set(c, r, u"RoutingRuleObjectId"_s, ruleId);
        Store::set(c, r, u"Parameter"_s, QString::number(parameter));
        Store::set(c, r, u"Operator"_s, u"2"_s); // Equals
        Store::set(c, r, u"OperandValue"_s, operand);
        QList<Rec> list = s.storedChildren(c, ruleId) ? *s.storedChildren(c, ruleId) : QList<Rec>();
        list.append(r);
        s.setChildren(c, ruleId, list);
    };
    const Group &system = groups.first();
    rule(system, u"Opening Greeting"_s, 3, u"PHTransfer"_s, system.opening, true);
    rule(system, u"Attempt Sign In"_s, 1, u"AttemptSignIn"_s, {}, true);
    rule(system, u"Attempt Forward"_s, 2, u"AttemptForward"_s, {}, true);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const Group &g = groups.at(i);
        if (!g.tenantId.isEmpty() && !g.opening.isEmpty())
            condition(
                rule(g, g.prefix + u"Opening Greeting"_s, 3, u"PHTransfer"_s, g.opening, false), 9,
                g.phoneSystem);
        if (firstMenus.at(i).isEmpty())
            continue;
        const QString sales =
            rule(g, g.prefix + u"Sales Line"_s, 1, u"PHGreeting"_s, firstMenus.at(i), false);
        condition(sales, 2, QString::number(5550100 + int(i)));
        if (!g.tenantId.isEmpty())
            condition(sales, 9, g.phoneSystem);
    }
    // RuleIndex: the last made is 0; the three defaults keep their order at the end.
    const int index = kind(k).mustField(u"RuleIndex"_s);
    const qsizetype custom = rules.rows.size() - 3;
    const int defaults[] = {2, 1, 0}; // Opening Greeting, Attempt Sign In, Attempt Forward
    for (qsizetype r = 0; r < rules.rows.size(); ++r)
        rules.rows[r][index] = QString::number(r < 3 ? custom + defaults[r] : custom - (r - 3) - 1);
}

} // namespace

void Store::addCallFlow(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x5e1f0a93u);
    const QList<Group> groups = groupsOf(*this);
    QStringList firstMenus; // per group: the first main menu (a routing rule's target)
    for (const Group &g : groups) {
        Flow f{*this, rng, g};
        const QList<qsizetype> mains = f.menus();
        firstMenus.append(mains.isEmpty() ? QString() : f.at(mains.first()));
        if (mains.isEmpty())
            continue;
        f.tree(mains);
        const QString firstSub = f.subMenuOf(mains.first());
        f.expireAlternate(firstSub.isEmpty() ? f.at(mains.first()) : firstSub);
        // The two last handlers that are not menus loop.
        const qsizetype sub = f.subPurpose();
        QList<qsizetype> loop;
        for (qsizetype i = f.n() - 1; i >= 0 && loop.size() < 2; --i) {
            if (purposeOf(i) != 0 && purposeOf(i) != sub)
                loop.append(i);
        }
        if (loop.size() == 2)
            f.endlessLoop(f.at(loop[0]), f.at(loop[1]));
        // Targets that no longer exist: key 0 of a sub-menu, an after-message action.
        if (!firstSub.isEmpty())
            f.key(firstSub, 0, 2, u"PHGreeting"_s, makeGuid(rng));
        const qsizetype holiday = 2 * D; // the first "Holiday" handler
        if (holiday < f.n())
            f.afterMessage(f.at(holiday), u"PHTransfer"_s, makeGuid(rng));
        // Two handlers nothing points to any more.
        int detached = 0;
        for (int tries = 0; tries < 50 && detached < 2 && f.n() > D; ++tries) {
            const qsizetype i = qsizetype(rng.bounded(quint32(f.n())));
            if (purposeOf(i) == 0 || purposeOf(i) == sub || loop.contains(i) || i == holiday)
                continue;
            detached += f.detach(i) ? 1 : 0;
        }
    }
    addRoutingRules(*this, rng, groups, firstMenus);
}

} // namespace CupiSim
