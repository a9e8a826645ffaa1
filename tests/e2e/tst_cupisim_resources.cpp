// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of cupi-sim's sub-resources (greetings, caller input keys, transfer rules, owners),
// lookups, schedule sets and errors, in XML and JSON.
#include "tst_cupisim_fixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

class TestCupiSimResources : public CupiSimFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void subResources_data() { addFormats(); }
    void subResources();
    void subResourceRules_data();
    void subResourceRules();
    void owners_data() { addFormats(); }
    void owners();
    void lookups_data();
    void lookups();
    void lookupDetails();
    void scheduleSets_data() { addFormats(); }
    void scheduleSets();
    void errors_data() { addFormats(); }
    void errors();
};

void TestCupiSimResources::subResources()
{
    QFETCH(bool, json);
    const QString base = handlers + u'/' + m_opening.value(u"ObjectId"_s);
    Doc d = parse(m_sim.get(base + u"/greetings"_s, json).body, json);
    QCOMPARE(d.total, u"7"_s);
    QCOMPARE(d.itemName, u"Greeting"_s);
    if (!json)
        QCOMPARE(d.root, u"Greetings"_s);
    QStringList types;
    for (const auto &g : d.items)
        types << g.value(u"GreetingType"_s);
    QCOMPARE(types, (QStringList{u"Standard"_s, u"Off Hours"_s, u"Alternate"_s, u"Busy"_s,
                                 u"Internal"_s, u"Error"_s, u"Holiday"_s}));
    Reply r = m_sim.get(base + u"/greetings/Off%20Hours"_s, json);
    QCOMPARE(r.status, 200);
    QCOMPARE(parse(r.body, json).fields.value(u"GreetingType"_s), u"Off Hours"_s);

    d = parse(m_sim.get(base + u"/menuentries"_s, json).body, json);
    QCOMPARE(d.total, u"12"_s);
    QCOMPARE(d.itemName, u"MenuEntry"_s);
    r = m_sim.get(base + u"/menuentries/%2A"_s, json);
    QCOMPARE(r.status, 200);
    auto star = parse(r.body, json).fields;
    QCOMPARE(star.value(u"TouchtoneKey"_s), u"*"_s);
    QCOMPARE(star.value(u"Locked"_s), u"true"_s);
    QCOMPARE(star.value(u"TargetConversation"_s), u"SubSignIn"_s);
    QCOMPARE(m_sim.get(base + u"/menuentries/%23"_s, json).status, 200);
    // The Opening Greeting routes key 0 to the operator.
    QCOMPARE(parse(m_sim.get(base + u"/menuentries/0"_s, json).body, json)
                 .fields.value(u"TargetHandlerObjectId"_s),
             m_operator.value(u"ObjectId"_s));

    d = parse(m_sim.get(base + u"/transferoptions"_s, json).body, json);
    QCOMPARE(d.total, u"3"_s);
    QCOMPARE(d.itemName, u"TransferOption"_s);
    QCOMPARE(m_sim.get(base + u"/transferoptions/Off%20Hours"_s, json).status, 200);

    // PUT partial → 204 and visible.
    const QString id = create(json);
    const QString sub = handlers + u'/' + id;
    QCOMPARE(m_sim
                 .send("PUT", sub + u"/greetings/Alternate"_s,
                       body(json, {{u"Enabled"_s, u"true"_s}, {u"TimeExpires"_s, QString()}},
                            u"Greeting"_s),
                       opts(json))
                 .status,
             204);
    QCOMPARE(one(sub + u"/greetings/Alternate"_s).value(u"Enabled"_s), u"true"_s);
    QCOMPARE(m_sim
                 .send("PUT", sub + u"/transferoptions/Standard"_s,
                       body(json,
                            {{u"Action"_s, u"1"_s},
                             {u"Extension"_s, u"4321"_s},
                             {u"TransferRings"_s, u"6"_s}},
                            u"TransferOption"_s),
                       opts(json))
                 .status,
             204);
    QCOMPARE(one(sub + u"/transferoptions/Standard"_s).value(u"TransferRings"_s), u"6"_s);

    // An unknown handler: its lists are empty, its items 404.
    r = m_sim.get(handlers + u"/00000000-0000-0000-0000-000000000000/menuentries"_s, json);
    QCOMPARE(r.status, 200);
    QCOMPARE(parse(r.body, json).total, u"0"_s);
    QCOMPARE(
        m_sim.get(handlers + u"/00000000-0000-0000-0000-000000000000/greetings/Standard"_s, json)
            .status,
        404);
    QCOMPARE(m_sim.get(sub + u"/greetings/Nope"_s, json).status, 404);
}

void TestCupiSimResources::subResourceRules_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    for (bool json : {false, true}) {
        const char *f = json ? "json" : "xml";
        QTest::addRow("%s Standard greeting disabled", f)
            << json << u"/greetings/Standard"_s << u"Greeting"_s << u"Enabled"_s << u"false"_s;
        QTest::addRow("%s Error greeting disabled", f)
            << json << u"/greetings/Error"_s << u"Greeting"_s << u"Enabled"_s << u"0"_s;
        QTest::addRow("%s Reprompts 101", f)
            << json << u"/greetings/Standard"_s << u"Greeting"_s << u"Reprompts"_s << u"101"_s;
        QTest::addRow("%s greeting action 9", f)
            << json << u"/greetings/Busy"_s << u"Greeting"_s << u"AfterGreetingAction"_s << u"9"_s;
        QTest::addRow("%s Standard transfer disabled", f)
            << json << u"/transferoptions/Standard"_s << u"TransferOption"_s << u"Enabled"_s
            << u"false"_s;
        QTest::addRow("%s TransferRings 1", f)
            << json << u"/transferoptions/Standard"_s << u"TransferOption"_s << u"TransferRings"_s
            << u"1"_s;
        QTest::addRow("%s TransferRings 21", f)
            << json << u"/transferoptions/Alternate"_s << u"TransferOption"_s << u"TransferRings"_s
            << u"21"_s;
        QTest::addRow("%s menu action 9", f)
            << json << u"/menuentries/1"_s << u"MenuEntry"_s << u"Action"_s << u"9"_s;
        QTest::addRow("%s menu target", f) << json << u"/menuentries/2"_s << u"MenuEntry"_s
                                           << u"TargetHandlerObjectId"_s << u"nope"_s;
    }
}

void TestCupiSimResources::subResourceRules()
{
    QFETCH(bool, json);
    QFETCH(QString, path);
    QFETCH(QString, root);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QString uri = handlers + u'/' + m_goodbye.value(u"ObjectId"_s) + path;
    const auto before = one(uri);
    const Reply r = m_sim.send("PUT", uri, body(json, {{field, value}}, root), opts(json));
    QCOMPARE(r.status, 400);
    const Doc e = parse(r.body, json);
    QCOMPARE(e.fields.value(u"code"_s), u"DATA_EXCEPTION"_s);
    QVERIFY2(e.fields.value(u"message"_s).contains(field),
             qPrintable(e.fields.value(u"message"_s)));
    QCOMPARE(one(uri), before);
}

void TestCupiSimResources::owners()
{
    QFETCH(bool, json);
    const QString id = create(json);
    const QString base = handlers + u'/' + id + u"/callhandlerowners"_s;
    Reply r = m_sim.get(base, json);
    QCOMPARE(r.status, 200);
    QCOMPARE(parse(r.body, json).total, u"0"_s);
    const QString user =
        parse(m_sim.get(u"/vmrest/users?query="_s + q(u"(Alias is aanderson)"_s), true).body, true)
            .items.value(0)
            .value(u"ObjectId"_s);
    r = m_sim.send("POST", base, body(json, {{u"UserObjectId"_s, user}}, u"CallhandlerOwner"_s),
                   opts(json));
    QCOMPARE(r.status, 201);
    const QString ownerUri = QString::fromUtf8(r.body);
    const Doc d = parse(m_sim.get(base, json).body, json);
    QCOMPARE(d.total, u"1"_s);
    QCOMPARE(d.itemName, u"CallhandlerOwner"_s);
    if (json)
        QVERIFY(d.jsonItemIsObject);
    QCOMPARE(one(ownerUri).value(u"UserObjectId"_s), user);
    const QString list = m_goodbye.value(u"RecipientDistributionListObjectId"_s);
    QCOMPARE(m_sim
                 .send("PUT", ownerUri,
                       body(json, {{u"DistributionListObjectId"_s, list}}, u"CallhandlerOwner"_s),
                       opts(json))
                 .status,
             204);
    const auto owner = one(ownerUri);
    QCOMPARE(owner.value(u"DistributionListObjectId"_s), list);
    QVERIFY(!owner.contains(u"UserObjectId"_s));
    QCOMPARE(m_sim
                 .send("PUT", ownerUri,
                       body(json, {{u"UserObjectId"_s, u"nope"_s}}, u"CallhandlerOwner"_s),
                       opts(json))
                 .status,
             400);
}

void TestCupiSimResources::lookups_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("field"); // present in every item
    const struct
    {
        const char *path, *root, *item, *field;
    } rows[] = {
        {"/vmrest/callhandlertemplates", "CallhandlerTemplates", "CallhandlerTemplate",
         "DisplayName"},
        {"/vmrest/schedulesets", "ScheduleSets", "ScheduleSet", "OwnerLocationObjectId"},
        {"/vmrest/schedules", "Schedules", "Schedule", "IsHoliday"},
        {"/vmrest/users", "Users", "User", "Alias"},
        {"/vmrest/distributionlists", "DistributionLists", "DistributionList", "DisplayName"},
        {"/vmrest/languagemap", "LanguageMappings", "LanguageMapping", "LanguageCode"},
        {"/vmrest/installedlanguages", "InstalledLanguages", "InstalledLanguage", "LanguageType"},
        {"/vmrest/timezones", "TimeZones", "TimeZone", "Bias"},
        {"/vmrest/tenants", "Tenants", "Tenant", "SmtpDomain"},
        {"/vmrest/partitions", "Partitions", "Partition", "Name"},
        {"/vmrest/searchspaces", "SearchSpaces", "SearchSpace", "Name"},
        {"/vmrest/phonesystems", "PhoneSystems", "PhoneSystem", "DisplayName"},
        {"/vmrest/locations/connectionlocations", "ConnectionLocations", "ConnectionLocation",
         "HostAddress"},
    };
    for (bool json : {false, true}) {
        for (const auto &r : rows)
            QTest::addRow("%s %s", json ? "json" : "xml", r.path)
                << json << QString::fromLatin1(r.path) << QString::fromLatin1(r.root)
                << QString::fromLatin1(r.item) << QString::fromLatin1(r.field);
    }
}

void TestCupiSimResources::lookups()
{
    QFETCH(bool, json);
    QFETCH(QString, path);
    QFETCH(QString, root);
    QFETCH(QString, item);
    QFETCH(QString, field);
    const Reply r = m_sim.get(path, json);
    QCOMPARE(r.status, 200);
    const Doc d = parse(r.body, json);
    QVERIFY2(d.ok, qPrintable(d.error));
    if (!json)
        QCOMPARE(d.root, root);
    QCOMPARE(d.itemName, item);
    QVERIFY(d.allStrings);
    QCOMPARE(d.items.size(), d.total.toInt());
    QVERIFY(d.total.toInt() >= 1);
    if (json && d.items.size() == 1)
        QVERIFY(d.jsonItemIsObject);
    for (const auto &o : d.items)
        QVERIFY2(o.contains(field), qPrintable(field));
}

void TestCupiSimResources::lookupDetails()
{
    Reply r = m_sim.get(u"/vmrest/timezones/190"_s, true);
    QCOMPARE(r.status, 200);
    QCOMPARE(parse(r.body, true).fields.value(u"DisplayName"_s), u"(GMT+05:30) Asia/Kolkata"_s);
    QVERIFY(parse(m_sim.get(u"/vmrest/timezones"_s, true).body, true).items.size() >= 40);
    QCOMPARE(parse(m_sim.get(u"/vmrest/languagemap/ENU"_s, true).body, true)
                 .fields.value(u"LanguageCode"_s),
             u"1033"_s);
    QCOMPARE(parse(m_sim.get(u"/vmrest/languagemap/1041"_s, false).body, false)
                 .fields.value(u"LanguageAbbreviation"_s),
             u"JPN"_s);
    r = m_sim.get(u"/vmrest/version"_s, false);
    QCOMPARE(r.status, 200);
    const Doc v = parse(r.body, false);
    QCOMPARE(v.root, u"VersionInformation"_s);
    QCOMPARE(v.fields.value(u"name"_s), u"vmrest"_s);
    QVERIFY(!parse(m_sim.get(u"/vmrest/version"_s, true).body, true)
                 .fields.value(u"version"_s)
                 .isEmpty());

    // Schedule sets: members and schedule details; the three named sets exist.
    const Doc sets = parse(
        m_sim.get(u"/vmrest/schedulesets?query="_s + q(u"(DisplayName is Weekdays)"_s), true).body,
        true);
    QCOMPARE(sets.total, u"1"_s);
    const Doc members =
        parse(m_sim
                  .get(u"/vmrest/schedulesets/"_s + sets.items[0].value(u"ObjectId"_s) +
                           u"/schedulesetmembers"_s,
                       true)
                  .body,
              true);
    QCOMPARE(members.itemName, u"ScheduleSetMember"_s);
    QCOMPARE(members.total, u"2"_s);
    bool holidayExcluded = false;
    for (const auto &m : members.items) {
        const auto s = one(u"/vmrest/schedules/"_s + m.value(u"ScheduleObjectId"_s));
        if (s.value(u"IsHoliday"_s) == u"true"_s)
            holidayExcluded = m.value(u"Exclude"_s) == u"true"_s;
        const Doc details =
            parse(m_sim
                      .get(u"/vmrest/schedules/"_s + m.value(u"ScheduleObjectId"_s) +
                               u"/scheduledetails"_s,
                           true)
                      .body,
                  true);
        QCOMPARE(details.itemName, u"ScheduleDetail"_s);
        QVERIFY(details.items.value(0).contains(u"StartTime"_s));
    }
    QVERIFY(holidayExcluded);
    for (const QString &n : {u"All Hours"_s, u"Holidays"_s})
        QCOMPARE(
            parse(m_sim
                      .get(u"/vmrest/schedulesets?query="_s + q(u"(DisplayName is "_s + n + u')'),
                           true)
                      .body,
                  true)
                .total,
            u"1"_s);

    // Users carry their primary handler; every account is a user.
    const Doc users = parse(m_sim.get(u"/vmrest/users"_s, true).body, true);
    int withHandler = 0;
    for (const auto &u : users.items) {
        if (u.contains(u"CallHandlerObjectId"_s)) {
            ++withHandler;
            QCOMPARE(one(handlers + u'/' + u.value(u"CallHandlerObjectId"_s)).value(u"IsPrimary"_s),
                     u"true"_s);
        }
    }
    QVERIFY(withHandler > 0);
    const Doc admin =
        parse(m_sim.get(u"/vmrest/users?query="_s + q(u"(Alias is admin)"_s), true).body, true);
    QCOMPARE(admin.total, u"1"_s);
    QVERIFY(!admin.items[0].contains(u"TenantObjectId"_s));
    // One connection location: a JSON object, not an array.
    QVERIFY(parse(m_sim.get(u"/vmrest/locations/connectionlocations"_s, true).body, true)
                .jsonItemIsObject);
}

void TestCupiSimResources::scheduleSets()
{
    QFETCH(bool, json);
    const QString location =
        parse(m_sim.get(u"/vmrest/locations/connectionlocations"_s, true).body, true)
            .items.value(0)
            .value(u"ObjectId"_s);
    Reply r =
        m_sim.send("POST", u"/vmrest/schedulesets"_s,
                   body(json, {{u"DisplayName"_s, u"No Owner"_s}}, u"ScheduleSet"_s), opts(json));
    QCOMPARE(r.status, 400); // OwnerLocationObjectId is required
    QVERIFY(parse(r.body, json).fields.value(u"message"_s).contains(u"OwnerLocationObjectId"_s));
    const QString name = u"Conformance Set %1"_s.arg(json);
    r = m_sim.send("POST", u"/vmrest/schedulesets"_s,
                   body(json, {{u"DisplayName"_s, name}, {u"OwnerLocationObjectId"_s, location}},
                        u"ScheduleSet"_s),
                   opts(json));
    QCOMPARE(r.status, 201);
    const QString set = QString::fromUtf8(r.body);
    QVERIFY(set.startsWith(u"/vmrest/schedulesets/"_s));
    QCOMPARE(one(set).value(u"DisplayName"_s), name);
    const QString schedule =
        parse(
            m_sim.get(u"/vmrest/schedules?query="_s + q(u"(DisplayName is Holidays)"_s), true).body,
            true)
            .items.value(0)
            .value(u"ObjectId"_s);
    r = m_sim.send("POST", set + u"/schedulesetmembers"_s,
                   body(json, {{u"ScheduleObjectId"_s, schedule}, {u"Exclude"_s, u"false"_s}},
                        u"ScheduleSetMember"_s),
                   opts(json));
    QCOMPARE(r.status, 201);
    QCOMPARE(parse(m_sim.get(set + u"/schedulesetmembers"_s, json).body, json).total, u"1"_s);
    QCOMPARE(m_sim
                 .send("PUT", set,
                       body(json, {{u"DisplayName"_s, name + u" renamed"_s}}, u"ScheduleSet"_s),
                       opts(json))
                 .status,
             204);
    // A set in use by a handler cannot be deleted; an unused one can.
    const QString id = create(json);
    QCOMPARE(m_sim
                 .send("PUT", handlers + u'/' + id,
                       body(json, {{u"ScheduleSetObjectId"_s, set.section(u'/', -1)}}), opts(json))
                 .status,
             204);
    Sim::Options del = opts(json);
    del.contentType.clear();
    r = m_sim.send("DELETE", set, {}, del);
    QCOMPARE(r.status, 400);
    QCOMPARE(m_sim.send("DELETE", handlers + u'/' + id, {}, del).status, 204);
    QCOMPARE(m_sim.send("DELETE", set, {}, del).status, 204);
    QCOMPARE(m_sim.get(set, json).status, 404);
    QCOMPARE(m_sim.send("DELETE", set, {}, del).status, 404);
}

void TestCupiSimResources::errors()
{
    QFETCH(bool, json);
    for (const QString &id : {u"00000000-0000-0000-0000-000000000000"_s, u"not-a-guid"_s}) {
        Reply r = m_sim.get(handlers + u'/' + id, json);
        QCOMPARE(r.status, 404);
        Doc e = parse(r.body, json);
        if (!json)
            QCOMPARE(e.root, u"ErrorDetails"_s);
        QCOMPARE(e.fields.value(u"code"_s), u"NOT_FOUND"_s);
        QVERIFY(e.fields.value(u"message"_s).contains(id));
        Sim::Options del = opts(json);
        del.contentType.clear();
        QCOMPARE(m_sim.send("DELETE", handlers + u'/' + id, {}, del).status, 404);
        r = m_sim.send("PUT", handlers + u'/' + id, body(json, {{u"MaxMsgLen"_s, u"100"_s}}),
                       opts(json));
        QCOMPARE(r.status, 400);
        e = parse(r.body, json);
        QCOMPARE(e.fields.value(u"code"_s), u"DATA_EXCEPTION"_s);
        QCOMPARE(e.fields.value(u"message"_s), u"Callhandler not found"_s);
    }
    QCOMPARE(m_sim.get(u"/vmrest/schedulesets/nope"_s, json).status, 404);
    QCOMPARE(m_sim.get(u"/vmrest/users/nope"_s, json).status, 404);
    // A body without a Content-Type → 415.
    const Reply r = m_sim.send("PUT", handlers + u'/' + m_goodbye.value(u"ObjectId"_s),
                               body(json, {{u"MaxMsgLen"_s, u"100"_s}}), opts(json, "text/plain"));
    QCOMPARE(r.status, 415);
}

QTEST_GUILESS_MAIN(TestCupiSimResources)
#include "tst_cupisim_resources.moc"
