// SPDX-License-Identifier: GPL-3.0-or-later
// The other targets of a "Go to" in the demo data: per tenant and for the system, two directory
// handlers and two interview handlers; the Opening Greeting routes key 6 to a user's mailbox
// (the user's primary call handler), key 8 to the survey and key 9 to the company directory.
// Made after everything else, from a random generator of their own, so the rest of the data of a
// --seed stays exactly as it was before these kinds existed.
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

const QString T = u"true"_s, F = u"false"_s;

// What one tenant (or the system, tenantId empty) already has.
struct Owner
{
    QString tenantId;
    QString prefix; // "Acme " or ""
    int extensionBase = 1000;
    QString partition, undeliverable, opening, goodbye;
    QStringList mailboxes; // the users' primary call handlers, in creation order
};

QString field(KindId k, const Rec &r, const char *name)
{
    return Store::value(k, r, QString::fromLatin1(name));
}

// The objects a tenant owns, found by the names and fields generator.cpp gave them.
Owner ownerOf(const Store &s, const QString &tenantId, const QString &alias, int extensionBase)
{
    Owner o{tenantId, alias.isEmpty() ? QString() : alias + u' ', extensionBase, {}, {}, {}, {},
            {}};
    auto ours = [&](KindId k, const Rec &r) { return field(k, r, "TenantObjectId") == tenantId; };
    for (const Rec &r : s.table(KindId::Partition).rows) {
        if (ours(KindId::Partition, r) && o.partition.isEmpty())
            o.partition = field(KindId::Partition, r, "ObjectId");
    }
    for (const Rec &r : s.table(KindId::DistributionList).rows) {
        if (ours(KindId::DistributionList, r) &&
            field(KindId::DistributionList, r, "Alias").endsWith(u"undeliverablemessages"_s))
            o.undeliverable = field(KindId::DistributionList, r, "ObjectId");
    }
    for (const Rec &r : s.table(KindId::Handler).rows) {
        if (!ours(KindId::Handler, r))
            continue;
        const QString name = field(KindId::Handler, r, "DisplayName");
        const QString id = field(KindId::Handler, r, "ObjectId");
        if (field(KindId::Handler, r, "IsPrimary") == T)
            o.mailboxes.append(id);
        else if (name == o.prefix + u"Opening Greeting"_s)
            o.opening = id;
        else if (name == o.prefix + u"Goodbye"_s)
            o.goodbye = id;
    }
    return o;
}

Rec menuEntry(const QString &handlerId, int key, const QString &conversation, const QString &target)
{
    Rec r = newRec(KindId::MenuEntry);
    Store::set(KindId::MenuEntry, r, u"CallHandlerObjectId"_s, handlerId);
    Store::set(KindId::MenuEntry, r, u"TouchtoneKey"_s, QString::number(key));
    Store::set(KindId::MenuEntry, r, u"Action"_s, u"2"_s);
    Store::set(KindId::MenuEntry, r, u"TargetConversation"_s, conversation);
    Store::set(KindId::MenuEntry, r, u"TargetHandlerObjectId"_s, target);
    Store::set(KindId::MenuEntry, r, u"Locked"_s, F);
    return r;
}

} // namespace

void Store::addCallTargets(quint32 seed, const QString &created)
{
    QRandomGenerator rng(seed ^ 0x7a3d1c55u);
    QList<Owner> owners{ownerOf(*this, {}, {}, 1000)};
    int index = 0;
    for (const Rec &t : table(KindId::Tenant).rows) {
        owners.append(ownerOf(*this, value(KindId::Tenant, t, u"ObjectId"_s),
                              value(KindId::Tenant, t, u"Alias"_s), (index + 2) * 1000));
        ++index;
    }
    for (const Owner &o : std::as_const(owners)) {
        auto common = [&](KindId k, Rec &r, const QString &name, const QString &extension) {
            const QString id = makeGuid(rng);
            set(k, r, u"ObjectId"_s, id);
            set(k, r, u"CreationTime"_s, created);
            set(k, r, u"Language"_s, u"1033"_s);
            set(k, r, u"DisplayName"_s, o.prefix + name);
            set(k, r, u"Undeletable"_s, F);
            set(k, r, u"LocationObjectId"_s, locationId);
            set(k, r, u"TenantObjectId"_s, o.tenantId);
            set(k, r, u"DtmfAccessId"_s, extension);
            set(k, r, u"UseCallLanguage"_s, T);
            set(k, r, u"UseDefaultLanguage"_s, T);
            set(k, r, u"PartitionObjectId"_s, o.partition);
            table(k).append(r);
            return id;
        };
        auto directory = [&](const QString &name, const QString &extension, bool firstName) {
            Rec r = newRec(KindId::DirectoryHandler);
            for (const auto &[f, v] : {std::pair{"EndDialDelay", u"4"_s},
                                       {"MaxMatches", u"8"_s},
                                       {"MenuStyle", T},
                                       {"SayExtension", T},
                                       {"SearchByFirstName", firstName ? T : F},
                                       {"StartDialDelay", u"5"_s},
                                       {"Tries", u"1"_s},
                                       {"UseStarToExit", T},
                                       {"SearchScope", u"0"_s},
                                       {"PlayAllNames", F},
                                       {"ExitAction", u"2"_s},
                                       {"ExitTargetConversation", u"PHGreeting"_s},
                                       {"ExitTargetHandlerObjectId", o.goodbye},
                                       {"AutoRoute", F},
                                       {"VoiceEnabled", F}})
                set(KindId::DirectoryHandler, r, QString::fromLatin1(f), v);
            return common(KindId::DirectoryHandler, r, name, extension);
        };
        auto interview = [&](const QString &name, const QString &extension) {
            Rec r = newRec(KindId::InterviewHandler);
            set(KindId::InterviewHandler, r, u"SendUrgentMsg"_s, u"0"_s);
            set(KindId::InterviewHandler, r, u"RecipientDistributionListObjectId"_s,
                o.undeliverable);
            set(KindId::InterviewHandler, r, u"AfterMessageAction"_s, u"1"_s);
            set(KindId::InterviewHandler, r, u"DispatchDelivery"_s, F);
            return common(KindId::InterviewHandler, r, name, extension);
        };
        const QString companyDirectory =
            directory(u"Company Directory"_s, QString::number(o.extensionBase + 50), false);
        directory(u"Staff Directory (by first name)"_s, {}, true);
        const QString survey =
            interview(u"Customer Survey"_s, QString::number(o.extensionBase + 60));
        interview(u"Job Applications"_s, {});

        if (QList<Rec> *keys =
                o.opening.isEmpty() ? nullptr : children(KindId::MenuEntry, o.opening)) {
            if (o.mailboxes.size() > 1)
                (*keys)[6] = menuEntry(o.opening, 6, u"PHGreeting"_s, o.mailboxes.at(1));
            (*keys)[8] = menuEntry(o.opening, 8, u"PHInterview"_s, survey);
            (*keys)[9] = menuEntry(o.opening, 9, u"AD"_s, companyDirectory);
        }
    }
}

} // namespace CupiSim
