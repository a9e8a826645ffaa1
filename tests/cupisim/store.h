// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The simulated server's data: one table per top-level kind, sub-resources per parent, the login
// accounts, deterministic generation and the --state file.
#include "schema.h"

#include <QRandomGenerator>
#include <QReadWriteLock>

#include <array>

namespace CupiSim {

// A version-4 style GUID from `random` (deterministic for a seeded generator).
QString makeGuid(QRandomGenerator &random);

class Table
{
public:
    QList<Rec> rows;

    const Rec *find(const QString &id) const;
    Rec *find(const QString &id);
    void append(Rec rec);
    bool remove(const QString &id);
    void setKind(KindId id) { m_kind = id; }
    void reindex();

private:
    KindId m_kind = KindId::Count;
    QHash<QString, int> m_index; // lower-case ObjectId → row
};

struct Account
{
    QString login;
    QString password;
    QString tenantId; // empty: system administrator
    QString description;
};

struct GenerateOptions
{
    int handlers = 0;
    int tenants = 0;
    quint32 seed = 1;
    QString user;
    QString password;
};

class Store
{
public:
    Store();

    Table &table(KindId id) { return m_tables[size_t(id)]; }
    const Table &table(KindId id) const { return m_tables[size_t(id)]; }
    // Sub-resources of one parent. Greetings, menu entries and transfer options are made from
    // their defaults on first access (a handler's are only stored once read or changed).
    QList<Rec> *children(KindId id, const QString &parentId);
    // The stored sub-resources only, without making defaults (null when none are stored): what a
    // reader that shares `lock` may use.
    const QList<Rec> *storedChildren(KindId id, const QString &parentId) const;
    // Kinds whose lists children() makes from the defaults when a handler has none stored.
    static bool hasDefaults(KindId id);
    const QHash<QString, QList<Rec>> &childMap(KindId id) const { return m_children[size_t(id)]; }
    void setChildren(KindId id, const QString &parentId, QList<Rec> list);
    void removeChildren(const QString &parentId);

    QList<Account> accounts; // made at start, never changed while serving

    // Guards the tables and sub-resources while the server runs: readers (a GET, the --state
    // save) share it, a request that changes anything holds it alone (SimServer takes it).
    mutable QReadWriteLock lock;
    QString locationId;

    void generate(const GenerateOptions &options);
    // Directory and interview handlers per tenant and for the system, and keys of the Opening
    // Greetings that go to them (generatortargets.cpp); part of generate().
    void addCallTargets(quint32 seed, const QString &created);
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

    QString newGuid(); // random, for objects created at run time
    static QString nowIso();

    // The value of a named field ("" when absent).
    static QString value(KindId id, const Rec &rec, const QString &field);
    static void set(KindId id, Rec &rec, const QString &field, const QString &value);
    QList<Rec> defaultChildren(KindId id, const QString &handlerId) const;
    // A caller input key of `handlerId`; its ObjectId is derived from the handler and the key,
    // so a key made from the defaults again has the same one.
    static Rec makeMenuEntry(const QString &handlerId, const QString &key, int action,
                             const QString &conversation = {}, const QString &target = {},
                             bool locked = false);
    // Contacts and the contacts' list per tenant and for the system (generatortargets.cpp);
    // part of generate(), after addCallTargets().
    void addDirectoryObjects(quint32 seed);
    // The call flow between the generated handlers (sub-menus, ways back, a loop with no exit,
    // unreachable handlers, dangling targets, an expired greeting) and the call routing rules
    // (generatorflow.cpp); part of generate(), last.
    void addCallFlow(quint32 seed);
    // A new call handler with its template's values (no name, deletable, not primary).
    static Rec handlerFromTemplate(const Rec &tmpl, const QString &id, const QString &created);
    // Login accounts: the system administrator, and one per tenant (its administrator user, whose
    // Alias is its sign-in name alias@smtpdomain). Adds the system administrator's user when it
    // is missing and gives it a mailbox.
    void rebuildAccounts(const QString &user, const QString &password);
    // The system administrator's user `alias` becomes a full user: an extension and a primary
    // call handler made from the system template (no-op when it has one or does not exist).
    void addAdministratorMailbox(const QString &alias, QRandomGenerator &random,
                                 const QString &created);

private:
    std::array<Table, size_t(KindId::Count)> m_tables;
    std::array<QHash<QString, QList<Rec>>, size_t(KindId::Count)> m_children;
    QRandomGenerator m_runtimeRandom;
};

} // namespace CupiSim
