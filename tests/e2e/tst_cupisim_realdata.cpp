// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of cupi-sim's rules with what real servers do (issue 8), in XML and JSON: every
// conversation name real servers use, which of them take a target, menu action 7 and its
// TransferNumber, extensions unique within a partition across handlers, users, lists, contacts,
// directory and interview handlers, tenancy that follows the partition, and enabling greetings
// and transfer rules (Enabled together with an empty TimeExpires). Sources: README.md.
#include "tst_cupisim_fixture.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

namespace {

const QString directoryHandlers = u"/vmrest/handlers/directoryhandlers"_s;
const QString interviewHandlers = u"/vmrest/handlers/interviewhandlers"_s;

} // namespace

class TestCupiSimRealData : public CupiSimFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startFixture();
        if (QTest::currentTestFailed()) // no simulator: nothing below can run
            return;
        m_systemPartition = m_goodbye.value(u"PartitionObjectId"_s);
        const Doc tenants = parse(m_sim.get(u"/vmrest/tenants"_s, true).body, true);
        QCOMPARE(tenants.items.value(0).value(u"Alias"_s), u"Acme"_s);
        m_acme = tenants.items.at(0).value(u"ObjectId"_s);
        m_acmePartition = tenants.items.at(0).value(u"PartitionObjectId"_s);
        for (const auto &[login, password] : std::as_const(m_sim.accounts)) {
            if (login.contains(u"acme"_s, Qt::CaseInsensitive))
                m_acmeAccount = {login, password};
        }
        QVERIFY(!m_acmeAccount.first.isEmpty());
    }

    void conversations_data();
    void conversations();
    void conversationNeedsTarget_data() { addFormats(); }
    void conversationNeedsTarget();
    void gotoWithoutConversation_data() { addFormats(); }
    void gotoWithoutConversation();
    void alternateContactNumber_data() { addFormats(); }
    void alternateContactNumber();
    void transferWithoutExtension_data() { addFormats(); }
    void transferWithoutExtension();

    void extensionsPerPartition_data();
    void extensionsPerPartition();
    void ownExtensionKept_data() { addFormats(); }
    void ownExtensionKept();
    void tenancyFollowsPartition_data() { addFormats(); }
    void tenancyFollowsPartition();
    void everyObjectInItsPartitionsTenant_data() { addFormats(); }
    void everyObjectInItsPartitionsTenant();

    void enablingGreeting_data() { addFormats(); }
    void enablingGreeting();
    void enablingTransferRule_data() { addFormats(); }
    void enablingTransferRule();

private:
    QString m_systemPartition, m_acme, m_acmePartition;
    QPair<QString, QString> m_acmeAccount;

    QMap<QString, QString> first(const QString &path, const QString &query)
    {
        return parse(m_sim.get(path + u"?query="_s + q(query), true).body, true).items.value(0);
    }
    Reply put(bool json, const QString &path, const QList<QPair<QString, QString>> &fields,
              const QString &root)
    {
        return m_sim.send("PUT", path, body(json, fields, root), opts(json));
    }
    QString errorMessage(const Reply &r, bool json)
    {
        const Doc e = parse(r.body, json);
        return e.fields.value(u"code"_s) + u": "_s + e.fields.value(u"message"_s);
    }
    // A target of the kind `conversation` needs, or empty for a conversation that takes none.
    QString targetFor(const QString &conversation)
    {
        if (conversation == u"AD"_s)
            return first(directoryHandlers, u"(DisplayName is Company Directory)"_s)
                .value(u"ObjectId"_s);
        if (conversation == u"PHInterview"_s)
            return first(interviewHandlers, u"(DisplayName is Customer Survey)"_s)
                .value(u"ObjectId"_s);
        if (conversation == u"PHTransfer"_s || conversation == u"PHGreeting"_s)
            return m_goodbye.value(u"ObjectId"_s);
        return {};
    }
    static QString pastTime() { return u"2001-01-01 00:00:00.0"_s; }
    static QString futureTime()
    {
        return QDateTime::currentDateTimeUtc().addDays(3).toString(u"yyyy-MM-dd HH:mm:ss.0"_s);
    }
};

// Every name of the routing-rules table and of the .NET SDK's ConversationNames is accepted
// and stored, on a caller input key, a handler's after-message action and a greeting's
// after-greeting action; a name in another case, or not a conversation, is refused.
void TestCupiSimRealData::conversations_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<int>("status");
    const char *const names[] = {"AD",
                                 "PHTransfer",
                                 "PHGreeting",
                                 "PHInterview",
                                 "AttemptForward",
                                 "AttemptSignIn",
                                 "BroadcastMessageAdministrator",
                                 "SystemTransfer",
                                 "CheckedOutGuest",
                                 "GreetingsAdministrator",
                                 "ReverseTrapConv",
                                 "SubSignIn",
                                 "ConvUtilsLiveRecord",
                                 "SubSysTransfer",
                                 "ConvHotelCheckedOut",
                                 "ConvCvmMboxReset",
                                 "EasySignIn",
                                 "TransferAltContactNumber"};
    for (bool json : {false, true}) {
        const char *f = json ? "json" : "xml";
        for (const char *name : names)
            QTest::addRow("%s %s", f, name) << json << QString::fromLatin1(name) << 204;
        QTest::addRow("%s easysignin", f) << json << u"easysignin"_s << 400; // case-sensitive
        QTest::addRow("%s NoSuchConversation", f) << json << u"NoSuchConversation"_s << 400;
    }
}

void TestCupiSimRealData::conversations()
{
    QFETCH(bool, json);
    QFETCH(QString, conversation);
    QFETCH(int, status);
    const QString id = create(json);
    QVERIFY(!id.isEmpty());
    const QString handler = handlers + u'/' + id;
    const QString target = targetFor(conversation);
    const struct
    {
        QString path, root, action, conversation, target;
    } places[] = {
        {handler + u"/menuentries/4"_s, u"MenuEntry"_s, u"Action"_s, u"TargetConversation"_s,
         u"TargetHandlerObjectId"_s},
        {handler, u"Callhandler"_s, u"AfterMessageAction"_s, u"AfterMessageTargetConversation"_s,
         u"AfterMessageTargetHandlerObjectId"_s},
        {handler + u"/greetings/Busy"_s, u"Greeting"_s, u"AfterGreetingAction"_s,
         u"AfterGreetingTargetConversation"_s, u"AfterGreetingTargetHandlerObjectId"_s},
    };
    for (const auto &p : places) {
        const auto before = one(p.path);
        QList<QPair<QString, QString>> fields{{p.action, u"2"_s}, {p.conversation, conversation}};
        if (!target.isEmpty())
            fields.append({p.target, target});
        const Reply r = put(json, p.path, fields, p.root);
        QVERIFY2(r.status == status, qPrintable(p.path + u": "_s + errorMessage(r, json)));
        const auto now = one(p.path);
        if (status == 204) {
            QCOMPARE(now.value(p.action), u"2"_s);
            QCOMPARE(now.value(p.conversation), conversation);
        } else {
            QVERIFY(errorMessage(r, json).contains(p.conversation));
            QCOMPARE(now, before);
        }
    }
}

// AD, PHTransfer, PHGreeting and PHInterview need a target (the routing-rules table).
void TestCupiSimRealData::conversationNeedsTarget()
{
    QFETCH(bool, json);
    const QString key = handlers + u'/' + create(json) + u"/menuentries/3"_s;
    for (const QString &conversation :
         {u"AD"_s, u"PHTransfer"_s, u"PHGreeting"_s, u"PHInterview"_s}) {
        const Reply r =
            put(json, key, {{u"Action"_s, u"2"_s}, {u"TargetConversation"_s, conversation}},
                u"MenuEntry"_s);
        QCOMPARE(r.status, 400);
        QVERIFY2(errorMessage(r, json).contains(u"TargetHandlerObjectId"_s),
                 qPrintable(errorMessage(r, json)));
        QCOMPARE(one(key).value(u"Action"_s), u"0"_s);
    }
}

// Cisco's "User Caller Input" examples 3 and 4 send Action 2 with a target and no conversation
// (204); the server does not judge actions by their context.
void TestCupiSimRealData::gotoWithoutConversation()
{
    QFETCH(bool, json);
    const QString handler = handlers + u'/' + create(json);
    const QString directory = targetFor(u"AD"_s);
    Reply r = put(json, handler + u"/menuentries/5"_s,
                  {{u"Action"_s, u"2"_s}, {u"TargetHandlerObjectId"_s, directory}}, u"MenuEntry"_s);
    QCOMPARE(r.status, 204);
    QCOMPARE(one(handler + u"/menuentries/5"_s).value(u"TargetHandlerObjectId"_s), directory);
    r = put(json, handler + u"/menuentries/6"_s, {{u"Action"_s, u"2"_s}}, u"MenuEntry"_s);
    QCOMPARE(r.status, 204);
    QCOMPARE(one(handler + u"/menuentries/6"_s).value(u"Action"_s), u"2"_s);
    r = put(json, handler,
            {{u"AfterMessageAction"_s, u"2"_s},
             {u"AfterMessageTargetConversation"_s, QString()},
             {u"AfterMessageTargetHandlerObjectId"_s, QString()}},
            u"Callhandler"_s);
    QCOMPARE(r.status, 204);
    // Ignore (0) and Skip greeting (5) are legal values anywhere.
    r = put(json, handler + u"/greetings/Standard"_s, {{u"AfterGreetingAction"_s, u"5"_s}},
            u"Greeting"_s);
    QCOMPARE(r.status, 204);
}

// "Updating Caller Input Keys": a TransferNumber is optional with action 7, but the CUPI API does
// not allow setting it to an empty string.
void TestCupiSimRealData::alternateContactNumber()
{
    QFETCH(bool, json);
    const QString handler = handlers + u'/' + create(json);
    const QString key = handler + u"/menuentries/1"_s;
    QCOMPARE(put(json, key, {{u"Action"_s, u"7"_s}}, u"MenuEntry"_s).status, 204);
    auto now = one(key);
    QCOMPARE(now.value(u"Action"_s), u"7"_s);
    QVERIFY(!now.contains(u"TransferNumber"_s));
    // Example 1 of "User Caller Input".
    QCOMPARE(put(json, handler + u"/menuentries/2"_s,
                 {{u"Action"_s, u"7"_s},
                  {u"TransferType"_s, u"1"_s},
                  {u"TransferNumber"_s, u"2344"_s},
                  {u"TransferRings"_s, u"4"_s}},
                 u"MenuEntry"_s)
                 .status,
             204);
    now = one(handler + u"/menuentries/2"_s);
    QCOMPARE(now.value(u"TransferNumber"_s), u"2344"_s);
    QCOMPARE(now.value(u"TransferType"_s), u"1"_s);
    QCOMPARE(now.value(u"TransferRings"_s), u"4"_s);
    const Reply r = put(json, handler + u"/menuentries/2"_s, {{u"TransferNumber"_s, QString()}},
                        u"MenuEntry"_s);
    QCOMPARE(r.status, 400);
    QVERIFY2(errorMessage(r, json).contains(u"TransferNumber"_s),
             qPrintable(errorMessage(r, json)));
    QCOMPARE(one(handler + u"/menuentries/2"_s).value(u"TransferNumber"_s), u"2344"_s);
    // A key that never had one refuses an empty one too.
    QCOMPARE(
        put(json, key, {{u"Action"_s, u"7"_s}, {u"TransferNumber"_s, QString()}}, u"MenuEntry"_s)
            .status,
        400);
}

// A transfer rule that transfers (Action 1) without an Extension is accepted: the .NET SDK says
// the handler's own extension is used then.
void TestCupiSimRealData::transferWithoutExtension()
{
    QFETCH(bool, json);
    const QString rule = handlers + u'/' + create(json) + u"/transferoptions/Standard"_s;
    QCOMPARE(put(json, rule, {{u"Action"_s, u"1"_s}, {u"UsePrimaryExtension"_s, u"false"_s}},
                 u"TransferOption"_s)
                 .status,
             204);
    QCOMPARE(one(rule).value(u"Action"_s), u"1"_s);
}

// Extensions are unique within a partition across every kind that has one; another partition's
// extension is free.
void TestCupiSimRealData::extensionsPerPartition_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("path");  // where the extension's owner is listed
    QTest::addColumn<QString>("query"); // finds it
    QTest::addColumn<QString>("what");  // the message names its kind
    QTest::addColumn<int>("status");
    for (bool json : {false, true}) {
        const char *f = json ? "json" : "xml";
        QTest::addRow("%s user", f)
            << json << u"/vmrest/users"_s << u"(Alias is aanderson)"_s << u"user"_s << 400;
        QTest::addRow("%s distribution list", f)
            << json << u"/vmrest/distributionlists"_s << u"(DisplayName is All Voice Mail Users)"_s
            << u"distribution list"_s << 400;
        QTest::addRow("%s contact", f) << json << u"/vmrest/contacts"_s
                                       << u"(DisplayName is Morgan Blake)"_s << u"contact"_s << 400;
        QTest::addRow("%s directory handler", f)
            << json << directoryHandlers << u"(DisplayName is Company Directory)"_s
            << u"directory handler"_s << 400;
        QTest::addRow("%s interview handler", f)
            << json << interviewHandlers << u"(DisplayName is Customer Survey)"_s
            << u"interview handler"_s << 400;
        QTest::addRow("%s call handler", f)
            << json << handlers << u"(DisplayName is Operator)"_s << u"call handler"_s << 400;
        QTest::addRow("%s another partition's user", f)
            << json << u"/vmrest/users"_s << u"(DtmfAccessId is 2100)"_s << QString() << 204;
        QTest::addRow("%s another partition's contact", f)
            << json << u"/vmrest/contacts"_s << u"(DisplayName is Acme Riley Chen)"_s << QString()
            << 204;
    }
}

void TestCupiSimRealData::extensionsPerPartition()
{
    QFETCH(bool, json);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, what);
    QFETCH(int, status);
    const auto owner = first(path, query);
    const QString extension = owner.value(u"DtmfAccessId"_s);
    QVERIFY2(!extension.isEmpty(), qPrintable(path + query));
    QCOMPARE(owner.value(u"PartitionObjectId"_s) == m_systemPartition, status == 400);
    const QString handler = handlers + u'/' + create(json);
    const auto before = one(handler);
    const Reply r = put(json, handler, {{u"DtmfAccessId"_s, extension}}, u"Callhandler"_s);
    QVERIFY2(r.status == status, qPrintable(errorMessage(r, json)));
    if (status == 400) {
        QVERIFY2(errorMessage(r, json).contains(u"DtmfAccessId"_s) &&
                     errorMessage(r, json).contains(what),
                 qPrintable(errorMessage(r, json)));
        QCOMPARE(one(handler), before);
    } else {
        QCOMPARE(one(handler).value(u"DtmfAccessId"_s), extension);
        // Free again for the other format's run.
        QCOMPARE(put(json, handler, {{u"DtmfAccessId"_s, QString()}}, u"Callhandler"_s).status,
                 204);
    }
}

// A user's primary call handler shares the user's extension: setting it again is no conflict.
void TestCupiSimRealData::ownExtensionKept()
{
    QFETCH(bool, json);
    const auto user = first(u"/vmrest/users"_s, u"(Alias is aanderson)"_s);
    const QString mailbox = handlers + u'/' + user.value(u"CallHandlerObjectId"_s);
    QCOMPARE(one(mailbox).value(u"DtmfAccessId"_s), user.value(u"DtmfAccessId"_s));
    const Reply r =
        put(json, mailbox, {{u"DtmfAccessId"_s, user.value(u"DtmfAccessId"_s)}}, u"Callhandler"_s);
    QVERIFY2(r.status == 204, qPrintable(errorMessage(r, json)));
}

// A handler moved into a tenant's partition becomes the tenant's: its TenantObjectId follows, the
// tenant's administrator sees it; moved back, it is the system's again.
void TestCupiSimRealData::tenancyFollowsPartition()
{
    QFETCH(bool, json);
    QString name;
    const QString id = create(json, &name);
    const QString handler = handlers + u'/' + id;
    QVERIFY(!one(handler).contains(u"TenantObjectId"_s));
    Sim::Options acme = Sim::withJson(json);
    acme.user = m_acmeAccount.first;
    acme.password = m_acmeAccount.second;
    auto nam = m_sim.makeNam();
    acme.nam = nam.get();
    QCOMPARE(m_sim.send("GET", handler, {}, acme).status, 404);

    // An extension taken in Acme's partition (its company directory's) blocks the move.
    QCOMPARE(put(json, handler, {{u"DtmfAccessId"_s, u"2050"_s}}, u"Callhandler"_s).status, 204);
    Reply r = put(json, handler, {{u"PartitionObjectId"_s, m_acmePartition}}, u"Callhandler"_s);
    QCOMPARE(r.status, 400);
    QVERIFY2(errorMessage(r, json).contains(u"DtmfAccessId"_s), qPrintable(errorMessage(r, json)));
    QVERIFY(!one(handler).contains(u"TenantObjectId"_s));

    const QString free = json ? u"2998"_s : u"2999"_s; // one per run: it comes back below
    r = put(json, handler, {{u"DtmfAccessId"_s, free}, {u"PartitionObjectId"_s, m_acmePartition}},
            u"Callhandler"_s);
    QVERIFY2(r.status == 204, qPrintable(errorMessage(r, json)));
    QCOMPARE(one(handler).value(u"TenantObjectId"_s), m_acme);
    r = m_sim.send("GET", handler, {}, acme);
    QCOMPARE(r.status, 200);
    QCOMPARE(parse(r.body, json).fields.value(u"DisplayName"_s), name);
    const Doc listed = parse(
        m_sim.get(handlers + u"?query="_s + q(u"(TenantObjectId is "_s + m_acme + u')'), json).body,
        json);
    bool found = false;
    for (const auto &h : listed.items)
        found = found || h.value(u"ObjectId"_s) == id;
    QVERIFY(found);

    QCOMPARE(
        put(json, handler, {{u"PartitionObjectId"_s, m_systemPartition}}, u"Callhandler"_s).status,
        204);
    QVERIFY(!one(handler).contains(u"TenantObjectId"_s));
    QCOMPARE(m_sim.send("GET", handler, {}, acme).status, 404);
    // A handler cannot be without a partition.
    QCOMPARE(put(json, handler, {{u"PartitionObjectId"_s, QString()}}, u"Callhandler"_s).status,
             400);
}

// Every object that has a partition belongs to the partition's tenant (or to none).
void TestCupiSimRealData::everyObjectInItsPartitionsTenant()
{
    QFETCH(bool, json);
    QMap<QString, QString> tenantOf;
    for (const auto &p : parse(m_sim.get(u"/vmrest/partitions"_s, json).body, json).items)
        tenantOf.insert(p.value(u"ObjectId"_s), p.value(u"TenantObjectId"_s));
    QCOMPARE(tenantOf.size(), 3);
    for (const QString &path :
         {handlers + u"?rowsPerPage=400"_s, u"/vmrest/users"_s, u"/vmrest/distributionlists"_s,
          u"/vmrest/contacts"_s, directoryHandlers, interviewHandlers}) {
        const Doc d = parse(m_sim.get(path, json).body, json);
        QVERIFY2(!d.items.isEmpty(), qPrintable(path));
        for (const auto &o : d.items) {
            const QString partition = o.value(u"PartitionObjectId"_s);
            QVERIFY2(tenantOf.contains(partition), qPrintable(path + o.value(u"DisplayName"_s)));
            QCOMPARE(o.value(u"TenantObjectId"_s), tenantOf.value(partition));
        }
    }
}

// Only Enabled=true together with an empty TimeExpires enables a greeting for good (the .NET
// SDK's Greeting.cs); Enabled=true alone, or an empty TimeExpires alone, leaves it off.
void TestCupiSimRealData::enablingGreeting()
{
    QFETCH(bool, json);
    const QString greeting = handlers + u'/' + create(json) + u"/greetings/Alternate"_s;
    const auto off = one(greeting);
    QCOMPARE(off.value(u"Enabled"_s), u"false"_s);
    QVERIFY(!off.value(u"TimeExpires"_s).isEmpty());

    QCOMPARE(put(json, greeting, {{u"Enabled"_s, u"true"_s}}, u"Greeting"_s).status, 204);
    QCOMPARE(one(greeting), off);
    QCOMPARE(put(json, greeting, {{u"TimeExpires"_s, QString()}}, u"Greeting"_s).status, 204);
    QCOMPARE(one(greeting), off);

    QCOMPARE(put(json, greeting, {{u"Enabled"_s, u"true"_s}, {u"TimeExpires"_s, QString()}},
                 u"Greeting"_s)
                 .status,
             204);
    auto now = one(greeting);
    QCOMPARE(now.value(u"Enabled"_s), u"true"_s);
    QVERIFY(!now.contains(u"TimeExpires"_s));

    // Disabling: Enabled=false alone (Cisco's example) writes a time in the past.
    QCOMPARE(put(json, greeting, {{u"Enabled"_s, u"false"_s}}, u"Greeting"_s).status, 204);
    now = one(greeting);
    QCOMPARE(now.value(u"Enabled"_s), u"false"_s);
    QVERIFY(!now.value(u"TimeExpires"_s).isEmpty());

    // On until a time: a future TimeExpires (with or without Enabled).
    const QString until = futureTime();
    QCOMPARE(put(json, greeting, {{u"TimeExpires"_s, until}}, u"Greeting"_s).status, 204);
    now = one(greeting);
    QCOMPARE(now.value(u"Enabled"_s), u"true"_s);
    QCOMPARE(now.value(u"TimeExpires"_s), until);
    QCOMPARE(put(json, greeting, {{u"TimeExpires"_s, pastTime()}}, u"Greeting"_s).status, 204);
    QCOMPARE(one(greeting).value(u"Enabled"_s), u"false"_s);

    // A time that is not one, and the Standard greeting's expiry in the past, are refused.
    QCOMPARE(put(json, greeting, {{u"TimeExpires"_s, u"next week"_s}}, u"Greeting"_s).status, 400);
    const QString standard = greeting.section(u'/', 0, -2) + u"/Standard"_s;
    const Reply r = put(json, standard, {{u"TimeExpires"_s, pastTime()}}, u"Greeting"_s);
    QCOMPARE(r.status, 400);
    QVERIFY2(errorMessage(r, json).contains(u"TimeExpires"_s), qPrintable(errorMessage(r, json)));
    QCOMPARE(one(standard).value(u"Enabled"_s), u"true"_s);
}

void TestCupiSimRealData::enablingTransferRule()
{
    QFETCH(bool, json);
    const QString rule = handlers + u'/' + create(json) + u"/transferoptions/Off%20Hours"_s;
    const auto off = one(rule);
    QCOMPARE(off.value(u"Enabled"_s), u"false"_s);
    QCOMPARE(put(json, rule, {{u"Enabled"_s, u"true"_s}}, u"TransferOption"_s).status, 204);
    QCOMPARE(one(rule), off);
    QCOMPARE(put(json, rule, {{u"Enabled"_s, u"true"_s}, {u"TimeExpires"_s, QString()}},
                 u"TransferOption"_s)
                 .status,
             204);
    QCOMPARE(one(rule).value(u"Enabled"_s), u"true"_s);
    QCOMPARE(put(json, rule, {{u"Enabled"_s, u"false"_s}}, u"TransferOption"_s).status, 204);
    QCOMPARE(one(rule).value(u"Enabled"_s), u"false"_s);
}

QTEST_GUILESS_MAIN(TestCupiSimRealData)
#include "tst_cupisim_realdata.moc"
