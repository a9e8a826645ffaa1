// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that look at the rest of the store: unique names and extensions, and what may be
// deleted.
#include "rules.h"

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

QString nameTaken(const Store &store, const Rec &handler)
{
    const Kind &k = kind(KindId::Handler);
    const int nameF = k.mustField(u"DisplayName"_s);
    const QString name = handler.at(nameF);
    for (const Rec &r : store.table(KindId::Handler).rows) {
        if (r.at(k.objectIdField) != handler.at(k.objectIdField) &&
            r.at(nameF).compare(name, Qt::CaseInsensitive) == 0)
            return u"Invalid DisplayName: a call handler named '%1' already exists"_s.arg(name);
    }
    return {};
}

// Extensions are unique within a partition across every kind that has them (Cisco's CUPI
// guide, Dial Plan, "Partition API": users with mailboxes, contacts, system distribution lists,
// call, directory and interview handlers …). A user and its primary call handler share one.
QString extensionTaken(const Store &store, const Rec &handler)
{
    const Kind &hk = kind(KindId::Handler);
    const QString id = handler.at(hk.objectIdField);
    const QString extension = handler.at(hk.mustField(u"DtmfAccessId"_s));
    const QString partition = handler.at(hk.mustField(u"PartitionObjectId"_s));
    const struct
    {
        KindId kind;
        const char *what;
    } owners[] = {{KindId::User, "user"}, // before the primary handler that shares its extension
                  {KindId::Contact, "contact"},
                  {KindId::DistributionList, "distribution list"},
                  {KindId::Handler, "call handler"},
                  {KindId::DirectoryHandler, "directory handler"},
                  {KindId::InterviewHandler, "interview handler"}};
    auto same = [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };
    for (const auto &o : owners) {
        const Kind &k = kind(o.kind);
        const int extF = k.mustField(u"DtmfAccessId"_s);
        const int partF = k.mustField(u"PartitionObjectId"_s);
        const int mailboxF = k.field(u"CallHandlerObjectId"_s); // users: their primary handler
        for (const Rec &r : store.table(o.kind).rows) {
            if (!same(r.at(extF), extension) || !same(r.at(partF), partition) ||
                (o.kind == KindId::Handler && same(r.at(k.objectIdField), id)) ||
                (mailboxF >= 0 && same(r.at(mailboxF), id)))
                continue;
            return u"Invalid DtmfAccessId: extension %1 is already used by %2 '%3' in this "
                   "partition"_s.arg(extension, QString::fromLatin1(o.what),
                                     r.at(k.mustField(u"DisplayName"_s)));
        }
    }
    return {};
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
    // A routing rule that sends calls here holds the handler too [INF, as the references above].
    const Kind &rk = kind(KindId::RoutingRule);
    const int rtF = rk.mustField(u"RouteTargetHandlerObjectId"_s);
    for (const Rec &r : store.table(KindId::RoutingRule).rows) {
        if (r.at(rtF).compare(id, Qt::CaseInsensitive) == 0)
            users.append(u"'%1' (routing rule)"_s.arg(r.at(rk.mustField(u"DisplayName"_s))));
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
    if (Store::value(KindId::ScheduleSet, set, u"Undeletable"_s) == u"true"_s)
        return u"Cannot delete schedule set '%1': it is undeletable"_s.arg(
            Store::value(KindId::ScheduleSet, set, u"DisplayName"_s));
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
