// SPDX-License-Identifier: GPL-3.0-or-later
// What a fresh object has before anyone changed it: the default greetings, caller input keys and
// transfer rules of a handler; and the login accounts derived from the users and tenants.
#include "constants.h"
#include "store.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

const QString T = u"true"_s, F = u"false"_s;

// The system's call handler template (the one without a TenantObjectId).
const Rec *systemTemplate(const Table &templates)
{
    const int tenantF = kind(KindId::Template).mustField(u"TenantObjectId"_s);
    for (const Rec &r : templates.rows) {
        if (r.at(tenantF).isEmpty())
            return &r;
    }
    return nullptr;
}

} // namespace

Rec Store::handlerFromTemplate(const Rec &tmpl, const QString &id, const QString &created)
{
    const Kind &hk = kind(KindId::Handler);
    const Kind &tk = kind(KindId::Template);
    Rec rec = newRec(KindId::Handler);
    for (int f = 0; f < hk.fields.size(); ++f) {
        const int tf = tk.field(hk.fields.at(f).name);
        if (tf >= 0 && hk.fields.at(f).type != FieldType::Derived)
            rec[f] = tmpl.at(tf);
    }
    set(KindId::Handler, rec, u"ObjectId"_s, id);
    set(KindId::Handler, rec, u"CreationTime"_s, created);
    set(KindId::Handler, rec, u"IsTemplate"_s, F);
    set(KindId::Handler, rec, u"IsPrimary"_s, F);
    set(KindId::Handler, rec, u"Undeletable"_s, F);
    set(KindId::Handler, rec, u"VoiceName"_s, {});
    set(KindId::Handler, rec, u"VoiceFileURI"_s, {});
    set(KindId::Handler, rec, u"DisplayName"_s, {});
    return rec;
}

// Lab servers' administrators are full users with a mailbox ([INF]: no public source shows one).
// The extension is the first free one from AdministratorExtension on, in the template's partition.
void Store::addAdministratorMailbox(const QString &alias, QRandomGenerator &random,
                                    const QString &created)
{
    const Kind &uk = kind(KindId::User);
    const int aliasF = uk.mustField(u"Alias"_s), tenantF = uk.mustField(u"TenantObjectId"_s);
    Rec *admin = nullptr;
    for (Rec &u : table(KindId::User).rows) {
        if (u.at(tenantF).isEmpty() && u.at(aliasF).compare(alias, Qt::CaseInsensitive) == 0)
            admin = &u;
    }
    const Rec *tmpl = systemTemplate(table(KindId::Template));
    if (!admin || !tmpl || !value(KindId::User, *admin, u"CallHandlerObjectId"_s).isEmpty())
        return;
    const QString partition = value(KindId::Template, *tmpl, u"PartitionObjectId"_s);
    QSet<QString> taken;
    for (KindId k : {KindId::Handler, KindId::User}) {
        for (const Rec &r : std::as_const(table(k).rows)) {
            if (value(k, r, u"PartitionObjectId"_s) == partition)
                taken.insert(value(k, r, u"DtmfAccessId"_s));
        }
    }
    int extension = AdministratorExtension;
    while (taken.contains(QString::number(extension)))
        ++extension;
    const QString userId = value(KindId::User, *admin, u"ObjectId"_s);
    const QString name = value(KindId::User, *admin, u"DisplayName"_s);
    Rec h = handlerFromTemplate(*tmpl, makeGuid(random), created);
    set(KindId::Handler, h, u"DisplayName"_s, name.isEmpty() ? alias : name);
    set(KindId::Handler, h, u"IsPrimary"_s, T);
    set(KindId::Handler, h, u"Undeletable"_s, T);
    set(KindId::Handler, h, u"DtmfAccessId"_s, QString::number(extension));
    set(KindId::Handler, h, u"RecipientDistributionListObjectId"_s, {});
    set(KindId::Handler, h, u"RecipientSubscriberObjectId"_s, userId);
    set(KindId::User, *admin, u"DtmfAccessId"_s, QString::number(extension));
    set(KindId::User, *admin, u"CallHandlerObjectId"_s, value(KindId::Handler, h, u"ObjectId"_s));
    set(KindId::User, *admin, u"PartitionObjectId"_s, partition);
    table(KindId::Handler).append(std::move(h));
}

void Store::rebuildAccounts(const QString &user, const QString &password)
{
    accounts.clear();
    accounts.append({user, password, {}, u"system administrator"_s});
    Table &users = table(KindId::User);
    const Kind &uk = kind(KindId::User);
    const int aliasF = uk.mustField(u"Alias"_s), tenantF = uk.mustField(u"TenantObjectId"_s);
    const bool hasAdmin = std::any_of(users.rows.cbegin(), users.rows.cend(), [&](const Rec &r) {
        return r.at(tenantF).isEmpty() && r.at(aliasF).compare(user, Qt::CaseInsensitive) == 0;
    });
    if (!hasAdmin) {
        Rec r = newRec(KindId::User);
        set(KindId::User, r, u"ObjectId"_s, newGuid());
        set(KindId::User, r, u"Alias"_s, user);
        set(KindId::User, r, u"DisplayName"_s, u"Administrator"_s);
        set(KindId::User, r, u"LastName"_s, u"Administrator"_s);
        users.append(r);
    }
    addAdministratorMailbox(user, m_runtimeRandom, nowIso());
    for (const Rec &t : table(KindId::Tenant).rows) {
        const QString tid = value(KindId::Tenant, t, u"ObjectId"_s);
        const QString domain = value(KindId::Tenant, t, u"SmtpDomain"_s);
        for (Rec &u : users.rows) {
            if (u.at(tenantF) != tid || !u.at(aliasF).section(u'@', 0, 0).endsWith(u"-admin"_s))
                continue;
            // A tenant's users are stored and sign in as alias@smtpdomain ([DOC] System
            // Administration Guide, Appendix C "Tenant Partitioning"); the generator and older
            // state files give the part before '@' only.
            if (!u.at(aliasF).contains(u'@'))
                u[aliasF] += u'@' + domain;
            accounts.append({u.at(aliasF), QString::fromLatin1(TenantPassword), tid,
                             u"tenant administrator, "_s + value(KindId::Tenant, t, u"Alias"_s)});
        }
    }
}

QList<Rec> Store::defaultChildren(KindId id, const QString &handlerId) const
{
    QList<Rec> list;
    auto mk = [&](std::initializer_list<std::pair<const char *, QString>> values) {
        Rec r = newRec(id);
        set(id, r, u"CallHandlerObjectId"_s, handlerId);
        for (const auto &[f, v] : values)
            set(id, r, L(f), v);
        list.append(r);
    };
    const QString off = u"1972-01-01 00:00:00.0"_s; // an expiry in the past: disabled
    if (id == KindId::Greeting) {
        for (const char *type :
             {"Standard", "Off Hours", "Alternate", "Busy", "Internal", "Error", "Holiday"}) {
            const QString t = L(type);
            const bool on = t == u"Standard"_s || t == u"Error"_s;
            mk({{"GreetingType", t},
                {"Enabled", on ? T : F},
                {"TimeExpires", on ? QString() : off},
                {"PlayWhat", u"0"_s},
                {"AfterGreetingAction", t == u"Error"_s ? u"6"_s : u"4"_s},
                {"IgnoreDigits", F},
                {"Reprompts", u"0"_s},
                {"RepromptDelay", u"2"_s},
                {"PlayRecordMessagePrompt", T},
                {"EnableTransfer", F},
                {"EnablePersonalVideoRecording", F},
                {"PlayRecordVideoMessagePrompt", F}});
        }
    } else if (id == KindId::MenuEntry) {
        // `*` signs in, `#` skips the greeting, both locked: Cisco's call handler template
        // example (JSON) and user template example; the other keys ignore the caller ([DOC]).
        for (const char *key : {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
            list.append(makeMenuEntry(handlerId, L(key), 0));
        list.append(makeMenuEntry(handlerId, u"*"_s, 2, u"SubSignIn"_s, {}, true));
        list.append(makeMenuEntry(handlerId, u"#"_s, 5, {}, {}, true));
    } else if (id == KindId::TransferOption) {
        // The phone system of the rules is the handler's (Cisco's examples show both).
        const Rec *handler = table(KindId::Handler).find(handlerId);
        const QString phoneSystem =
            handler ? value(KindId::Handler, *handler, u"MediaSwitchObjectId"_s) : QString();
        for (const char *type : {"Standard", "Off Hours", "Alternate"}) {
            const bool std = type[0] == 'S';
            mk({{"TransferOptionType", L(type)},
                {"Enabled", std ? T : F},
                {"TimeExpires", std ? QString() : off},
                {"Action", u"0"_s},
                {"TransferType", u"0"_s},
                {"TransferRings", u"4"_s},
                {"TransferHoldingMode", u"0"_s},
                {"TransferAnnounce", F},
                {"TransferConfirm", F},
                {"TransferIntroduce", F},
                {"TransferScreening", F},
                {"UsePrimaryExtension", T},
                {"PlayTransferPrompt", T},
                {"RnaAction", u"1"_s},
                {"TransferDtDetect", F},
                {"MediaSwitchObjectId", phoneSystem},
                {"PersonalCallTransfer", F}});
        }
    }
    return list;
}

Rec Store::makeMenuEntry(const QString &handlerId, const QString &key, int action,
                         const QString &conversation, const QString &target, bool locked)
{
    // Field positions looked up once: the generator makes tens of thousands of keys.
    static const Kind &k = kind(KindId::MenuEntry);
    static const int handlerF = k.mustField(u"CallHandlerObjectId"_s),
                     keyF = k.mustField(u"TouchtoneKey"_s), lockedF = k.mustField(u"Locked"_s),
                     actionF = k.mustField(u"Action"_s),
                     conversationF = k.mustField(u"TargetConversation"_s),
                     targetF = k.mustField(u"TargetHandlerObjectId"_s),
                     idF = k.mustField(u"ObjectId"_s), typeF = k.mustField(u"TransferType"_s),
                     ringsF = k.mustField(u"TransferRings"_s);
    Rec r = newRec(KindId::MenuEntry);
    r[handlerF] = handlerId;
    r[keyF] = key;
    r[lockedF] = locked ? T : F;
    r[actionF] = QString::number(action);
    r[conversationF] = conversation;
    r[targetF] = target;
    r[idF] = QUuid::createUuidV5(QUuid::fromString(handlerId), key).toString(QUuid::WithoutBraces);
    r[typeF] = u"0"_s; // release to switch, 4 rings: the data-field defaults
    r[ringsF] = u"4"_s;
    return r;
}

} // namespace CupiSim
