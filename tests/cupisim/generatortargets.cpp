// SPDX-License-Identifier: GPL-3.0-or-later
// The objects the demo data gained later, per tenant and for the system: the other targets of a
// "Go to" (two directory handlers and two interview handlers; the Opening Greeting routes key 6
// to a user's mailbox (the user's primary call handler), key 8 to the survey and key 9 to the
// company directory), then contacts and the list of voicemail-enabled contacts. Made after
// everything else, each from a random generator of its own, so the rest of the data of a --seed
// stays exactly as it was before these kinds existed.
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

// The system's, then each tenant's (extension bases 1000, 2000, … as generator.cpp gave them).
QList<Owner> ownersOf(const Store &s)
{
    QList<Owner> owners{ownerOf(s, {}, {}, 1000)};
    for (const Rec &t : s.table(KindId::Tenant).rows)
        owners.append(ownerOf(s, field(KindId::Tenant, t, "ObjectId"),
                              field(KindId::Tenant, t, "Alias"), int(owners.size() + 1) * 1000));
    return owners;
}

} // namespace

void Store::addCallTargets(quint32 seed, const QString &created)
{
    QRandomGenerator rng(seed ^ 0x7a3d1c55u);
    const QList<Owner> owners = ownersOf(*this);
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
                (*keys)[6] =
                    makeMenuEntry(o.opening, u"6"_s, 2, u"PHGreeting"_s, o.mailboxes.at(1));
            (*keys)[8] = makeMenuEntry(o.opening, u"8"_s, 2, u"PHInterview"_s, survey);
            (*keys)[9] = makeMenuEntry(o.opening, u"9"_s, 2, u"AD"_s, companyDirectory);
        }
    }
}

void Store::addDirectoryObjects(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x2c9e4b17u);
    const QList<Owner> owners = ownersOf(*this);
    const char *const names[][2] = {{"Morgan", "Blake"}, {"Riley", "Chen"}, {"Jordan", "Ellis"}};
    for (const Owner &o : std::as_const(owners)) {
        const QString aliasPrefix =
            o.prefix.isEmpty() ? QString() : o.prefix.trimmed().toLower() + u'_';
        auto place = [&](KindId k, Rec &r, const QString &alias, const QString &extension) {
            set(k, r, u"ObjectId"_s, makeGuid(rng));
            set(k, r, u"Alias"_s, aliasPrefix + alias);
            set(k, r, u"DtmfAccessId"_s, extension);
            set(k, r, u"LocationObjectId"_s, locationId);
            set(k, r, u"PartitionObjectId"_s, o.partition);
            set(k, r, u"TenantObjectId"_s, o.tenantId);
        };
        // Contacts with extensions (Dial Plan: they share the partition's extensions).
        for (int i = 0; i < int(std::size(names)); ++i) {
            const QString first = QString::fromLatin1(names[i][0]);
            const QString last = QString::fromLatin1(names[i][1]);
            Rec r = newRec(KindId::Contact);
            place(KindId::Contact, r, (first.left(1) + last).toLower(),
                  QString::number(o.extensionBase + 80 + i));
            set(KindId::Contact, r, u"DisplayName"_s, o.prefix + first + u' ' + last);
            set(KindId::Contact, r, u"FirstName"_s, first);
            set(KindId::Contact, r, u"LastName"_s, last);
            set(KindId::Contact, r, u"ListInDirectory"_s, T);
            table(KindId::Contact).append(r);
        }
        // The third default list of Cisco's Distribution List example.
        Rec list = newRec(KindId::DistributionList);
        place(KindId::DistributionList, list, u"allvoicemailenabledcontacts"_s, u"99992"_s);
        const QString listPrefix = o.prefix.isEmpty() ? QString() : o.prefix.trimmed() + u'_';
        set(KindId::DistributionList, list, u"DisplayName"_s,
            listPrefix + u"All Voicemail-Enabled Contacts"_s);
        set(KindId::DistributionList, list, u"IsPublic"_s, T);
        set(KindId::DistributionList, list, u"Undeletable"_s, T);
        table(KindId::DistributionList).append(list);
    }
}

} // namespace CupiSim
