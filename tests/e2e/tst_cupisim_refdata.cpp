// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of cupi-sim's data with real servers' (issue 8), in XML and JSON: reference data
// as large as a real server's (time zones with Microsoft's index ids, the 149-entry language
// map), object shapes as in Cisco's examples (schedule sets, members, schedules, owners, users,
// greetings, caller input keys, transfer rules, distribution lists, contacts) and the defaults
// of Cisco's template example. Sources: README.md.
#include "tst_cupisim_fixture.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

class TestCupiSimRefData : public CupiSimFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }

    void timeZones_data() { addFormats(); }
    void timeZones();
    void timeZoneIds_data();
    void timeZoneIds();
    void languageMap_data() { addFormats(); }
    void languageMap();

    void scheduleShapes_data() { addFormats(); }
    void scheduleShapes();
    void ownerShapes_data() { addFormats(); }
    void ownerShapes();
    void directoryShapes_data() { addFormats(); }
    void directoryShapes();
    void subResourceShapes_data() { addFormats(); }
    void subResourceShapes();
    void templateDefaults_data() { addFormats(); }
    void templateDefaults();

private:
    Doc list(const QString &path, bool json) { return parse(m_sim.get(path, json).body, json); }
    QMap<QString, QString> get(const QString &path, bool json)
    {
        return parse(m_sim.get(path, json).body, json).fields;
    }
    QMap<QString, QString> first(const QString &path, const QString &query)
    {
        return list(path + u"?query="_s + q(query), true).items.value(0);
    }
    // The element (XML) or member (JSON) names of a body in the order they come.
    static QStringList namesInOrder(const QByteArray &body, bool json)
    {
        static const QRegularExpression xml(u"<(\\w+)>"_s), object(u"\"(\\w+)\":"_s);
        QStringList names;
        auto it = (json ? object : xml).globalMatch(QString::fromUtf8(body));
        while (it.hasNext())
            names.append(it.next().captured(1));
        return names;
    }
    // `expected` appear in `body` in this order (others may come between).
    static bool inOrder(const QByteArray &body, bool json, const QStringList &expected)
    {
        const QStringList names = namesInOrder(body, json);
        qsizetype at = -1;
        for (const QString &n : expected) {
            const qsizetype next = names.indexOf(n, at + 1);
            if (next < 0)
                return false;
            at = next;
        }
        return true;
    }
};

// Hundreds of zones with ids, "(GMT±hh:mm) Area/City" names and biases that agree.
void TestCupiSimRefData::timeZones()
{
    QFETCH(bool, json);
    const Doc d = list(u"/vmrest/timezones"_s, json);
    QVERIFY2(d.total.toInt() >= 400, qPrintable(d.total));
    QCOMPARE(d.items.size(), d.total.toInt());
    static const QRegularExpression name(u"^\\(GMT([+-])(\\d\\d):(\\d\\d)\\) [A-Za-z_]+/\\S+$"_s);
    QSet<QString> ids, names;
    for (const auto &z : d.items) {
        ids.insert(z.value(u"TimeZoneId"_s));
        names.insert(z.value(u"DisplayName"_s));
        const auto m = name.match(z.value(u"DisplayName"_s));
        QVERIFY2(m.hasMatch(), qPrintable(z.value(u"DisplayName"_s)));
        const int offset = (m.captured(2).toInt() * 60 + m.captured(3).toInt()) *
                           (m.captured(1) == u"-"_s ? -1 : 1);
        QCOMPARE(z.value(u"Bias"_s).toInt(), -offset); // UTC = local + bias
        const bool daylight = z.value(u"DaylightBias"_s) != u"0"_s;
        QCOMPARE(z.value(u"DaylightStartMonth"_s) != u"0"_s, daylight);
        QCOMPARE(z.value(u"DaylightEndMonth"_s) != u"0"_s, daylight);
        QCOMPARE(z.value(u"LanguageCode"_s), u"1033"_s);
    }
    QCOMPARE(ids.size(), d.items.size());
    QCOMPARE(names.size(), d.items.size());
    // Cisco's example and the .NET SDK's live test.
    auto kolkata = get(u"/vmrest/timezones/190"_s, json);
    QCOMPARE(kolkata.value(u"DisplayName"_s), u"(GMT+05:30) Asia/Kolkata"_s);
    QCOMPARE(kolkata.value(u"Bias"_s), u"-330"_s);
    QCOMPARE(m_sim.get(u"/vmrest/timezones/227"_s, json).status, 200);
    QCOMPARE(m_sim.get(u"/vmrest/timezones/-1"_s, json).status, 404);
    // A zone with daylight saving, as Windows writes the US rule: second Sunday of March at 2:00,
    // first Sunday of November at 2:00.
    const auto eastern = get(u"/vmrest/timezones/35"_s, json);
    QCOMPARE(eastern.value(u"DisplayName"_s), u"(GMT-05:00) America/New_York"_s);
    const QStringList rule{
        u"DaylightBias"_s,         u"DaylightStartMonth"_s, u"DaylightStartDayOfWeek"_s,
        u"DaylightStartWeek"_s,    u"DaylightStartHour"_s,  u"DaylightEndMonth"_s,
        u"DaylightEndDayOfWeek"_s, u"DaylightEndWeek"_s,    u"DaylightEndHour"_s};
    QStringList values;
    for (const QString &f : rule)
        values.append(eastern.value(f));
    QCOMPARE(values.join(u','), u"-60,3,0,2,2,11,0,1,2"_s);
}

// Every id of Microsoft's "Time Zone Index Values" (the numbering real servers use) is served,
// including the ids the demo data uses (35, 85, 190).
void TestCupiSimRefData::timeZoneIds_data()
{
    QTest::addColumn<QString>("id");
    const qint64 ids[] = {0,   1,   2,   3,   4,   10,  13,  15,  20,  25,  30,  33,  35,
                          40,  45,  50,  55,  56,  60,  65,  70,  73,  75,  80,  83,  85,
                          90,  95,  100, 105, 110, 113, 115, 120, 125, 130, 135, 140, 145,
                          150, 155, 158, 160, 165, 170, 175, 180, 185, 190, 193, 195, 200,
                          201, 203, 205, 207, 210, 215, 220, 225, 227, 230, 235, 240, 245,
                          250, 255, 260, 265, 270, 275, 280, 285, 290, 300};
    for (qint64 id : ids)
        QTest::addRow("%lld", id) << QString::number(id);
    for (qint64 id = 0x80000040; id <= 0x80000052; ++id)
        QTest::addRow("%llx", id) << QString::number(id);
}

void TestCupiSimRefData::timeZoneIds()
{
    QFETCH(QString, id);
    for (bool json : {false, true}) {
        const Reply r = m_sim.get(u"/vmrest/timezones/"_s + id, json);
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r.body, json).fields.value(u"TimeZoneId"_s), id);
    }
}

// The 149 entries of Cisco's Language Map example; the installed languages unchanged.
void TestCupiSimRefData::languageMap()
{
    QFETCH(bool, json);
    const Doc d = list(u"/vmrest/languagemap"_s, json);
    QCOMPARE(d.total, u"149"_s);
    QCOMPARE(d.items.size(), 149);
    QSet<QString> codes;
    for (const auto &l : d.items)
        codes.insert(l.value(u"LanguageCode"_s));
    QCOMPARE(codes.size(), 149);
    const QStringList first{u"1025 ARA ar-SA"_s, u"1026 BGR bg-BG"_s, u"1027 CAT ca-ES"_s};
    for (int i = 0; i < 3; ++i) {
        const auto &l = d.items.at(i);
        QCOMPARE(QStringList({l.value(u"LanguageCode"_s), l.value(u"LanguageAbbreviation"_s),
                              l.value(u"LanguageTag"_s)})
                     .join(u' '),
                 first.at(i));
    }
    // Paging keeps the total ([DOC] rowsPerPage=2&pageNumber=3).
    QCOMPARE(list(u"/vmrest/languagemap?rowsPerPage=2&pageNumber=3"_s, json).total, u"149"_s);
    QCOMPARE(get(u"/vmrest/languagemap/3082"_s, json).value(u"LanguageAbbreviation"_s), u"ESN"_s);
    QCOMPARE(get(u"/vmrest/languagemap/ESO"_s, json).value(u"LanguageCode"_s), u"9226"_s);
    QCOMPARE(m_sim.get(u"/vmrest/languagemap/33801"_s, json).status, 200);
    QStringList installed;
    for (const auto &l : list(u"/vmrest/installedlanguages"_s, json).items) {
        installed.append(l.value(u"LanguageCode"_s));
        QVERIFY(codes.contains(l.value(u"LanguageCode"_s)));
    }
    QCOMPARE(installed, (QStringList{u"1033"_s, u"2057"_s, u"1036"_s, u"1031"_s, u"3082"_s}));
}

// Schedule sets carry OwnerLocationURI, Undeletable and both spellings of the members' URI;
// undeletable sets cannot be deleted; members have ScheduleSetURI and refuse PUT (405).
void TestCupiSimRefData::scheduleShapes()
{
    QFETCH(bool, json);
    const Doc sets = list(u"/vmrest/schedulesets"_s, json);
    QVERIFY(!sets.items.isEmpty());
    for (const auto &s : sets.items) {
        const QString id = s.value(u"ObjectId"_s);
        const QString members = u"/vmrest/schedulesets/"_s + id + u"/schedulesetmembers"_s;
        QCOMPARE(s.value(u"ScheduleSetMemberURI"_s), members);
        QCOMPARE(s.value(u"ScheduleSetMembersURI"_s), members);
        QCOMPARE(s.value(u"OwnerLocationURI"_s),
                 u"/vmrest/locations/connectionlocations/"_s + s.value(u"OwnerLocationObjectId"_s));
        const bool fixed = s.value(u"DisplayName"_s).endsWith(u"All Hours"_s) ||
                           s.value(u"DisplayName"_s).endsWith(u"Weekdays"_s);
        QCOMPARE(s.value(u"Undeletable"_s), fixed ? u"true"_s : u"false"_s);
    }
    const auto set = first(u"/vmrest/schedulesets"_s, u"(DisplayName is Weekdays)"_s);
    const QString setUri = u"/vmrest/schedulesets/"_s + set.value(u"ObjectId"_s);
    const QByteArray weekdays = m_sim.get(setUri, json).body;
    QVERIFY2(inOrder(weekdays, json,
                     {u"URI"_s, u"ObjectId"_s, u"DisplayName"_s, u"OwnerLocationObjectId"_s,
                      u"OwnerLocationURI"_s, u"Undeletable"_s, u"ScheduleSetMemberURI"_s}),
             weekdays.constData());
    Sim::Options del = opts(json);
    del.contentType.clear();
    Reply r = m_sim.send("DELETE", setUri, {}, del);
    QCOMPARE(r.status, 400);
    QVERIFY(parse(r.body, json).fields.value(u"message"_s).contains(u"undeletable"_s));

    const Doc members = list(setUri + u"/schedulesetmembers"_s, json);
    QCOMPARE(members.items.size(), 2);
    const auto member = members.items.at(0);
    QCOMPARE(member.value(u"ScheduleSetURI"_s), setUri);
    QCOMPARE(member.value(u"ScheduleURI"_s),
             u"/vmrest/schedules/"_s + member.value(u"ScheduleObjectId"_s));
    r = m_sim.send("PUT", member.value(u"URI"_s),
                   body(json, {{u"Exclude"_s, u"true"_s}}, u"ScheduleSetMember"_s), opts(json));
    QCOMPARE(r.status, 405);
    QCOMPARE(get(member.value(u"URI"_s), json), member);

    for (const auto &s : list(u"/vmrest/schedules"_s, json).items) {
        QVERIFY(s.contains(u"OwnerLocationURI"_s));
        QCOMPARE(s.value(u"Undeletable"_s),
                 s.value(u"IsHoliday"_s) == u"true"_s ? u"false"_s : u"true"_s);
    }
}

// Owners as in "Call Handler Owner APIs": TargetHandlerObjectId, UserURI / DistributionListURI.
void TestCupiSimRefData::ownerShapes()
{
    QFETCH(bool, json);
    const QString id = create(json);
    const QString base = handlers + u'/' + id + u"/callhandlerowners"_s;
    const QString user = first(u"/vmrest/users"_s, u"(Alias is aanderson)"_s).value(u"ObjectId"_s);
    const QString dl = m_goodbye.value(u"RecipientDistributionListObjectId"_s);
    QCOMPARE(m_sim
                 .send("POST", base, body(json, {{u"UserObjectId"_s, user}}, u"CallhandlerOwner"_s),
                       opts(json))
                 .status,
             201);
    QCOMPARE(m_sim
                 .send("POST", base,
                       body(json, {{u"DistributionListObjectId"_s, dl}}, u"CallhandlerOwner"_s),
                       opts(json))
                 .status,
             201);
    const Doc owners = list(base, json);
    QCOMPARE(owners.items.size(), 2);
    for (const auto &o : owners.items) {
        QCOMPARE(o.value(u"TargetHandlerObjectId"_s), id);
        QVERIFY(!o.contains(u"CallHandlerObjectId"_s));
        QCOMPARE(o.value(u"URI"_s), base + u'/' + o.value(u"ObjectId"_s));
        if (o.contains(u"UserObjectId"_s))
            QCOMPARE(o.value(u"UserURI"_s), u"/vmrest/users/"_s + user);
        else
            QCOMPARE(o.value(u"DistributionListURI"_s), u"/vmrest/distributionlists/"_s + dl);
    }
}

// Users carry CallhandlerURI as every example payload spells it; lists carry their partition
// and Cisco's default extensions; contacts have extensions in a partition.
void TestCupiSimRefData::directoryShapes()
{
    QFETCH(bool, json);
    for (const auto &u : list(u"/vmrest/users"_s, json).items) {
        QVERIFY(!u.contains(u"CallHandlerURI"_s));
        QCOMPARE(u.contains(u"CallhandlerURI"_s), u.contains(u"CallHandlerObjectId"_s));
        if (u.contains(u"CallHandlerObjectId"_s))
            QCOMPARE(u.value(u"CallhandlerURI"_s),
                     handlers + u'/' + u.value(u"CallHandlerObjectId"_s));
    }
    const Doc lists = list(u"/vmrest/distributionlists"_s, json);
    for (const auto &l : lists.items) {
        QVERIFY2(!l.value(u"PartitionObjectId"_s).isEmpty(), qPrintable(l.value(u"DisplayName"_s)));
        QCOMPARE(l.value(u"PartitionURI"_s),
                 u"/vmrest/partitions/"_s + l.value(u"PartitionObjectId"_s));
    }
    const QString partition = m_goodbye.value(u"PartitionObjectId"_s);
    const Doc system = list(u"/vmrest/distributionlists?query="_s +
                                q(u"(PartitionObjectId is "_s + partition + u')'),
                            json);
    QMap<QString, QString> extensionOf;
    for (const auto &l : system.items)
        extensionOf.insert(l.value(u"Alias"_s), l.value(u"DtmfAccessId"_s));
    QCOMPARE(extensionOf.value(u"undeliverablemessages"_s, u"x"_s), QString());
    QCOMPARE(extensionOf.value(u"allvoicemailusers"_s), u"99991"_s);
    QCOMPARE(extensionOf.value(u"allvoicemailenabledcontacts"_s), u"99992"_s);

    const Reply r = m_sim.get(u"/vmrest/contacts"_s, json);
    QCOMPARE(r.status, 200);
    const Doc contacts = parse(r.body, json);
    if (!json)
        QCOMPARE(contacts.root, u"Contacts"_s);
    QCOMPARE(contacts.itemName, u"Contact"_s);
    QCOMPARE(contacts.total, u"9"_s); // three per tenant and for the system
    for (const auto &c : contacts.items) {
        QVERIFY(!c.value(u"DtmfAccessId"_s).isEmpty());
        QVERIFY(!c.value(u"PartitionObjectId"_s).isEmpty());
        QCOMPARE(get(c.value(u"URI"_s), json).value(u"Alias"_s), c.value(u"Alias"_s));
    }
}

// Greetings, caller input keys and transfer rules carry the fields of Cisco's examples, in
// their order.
void TestCupiSimRefData::subResourceShapes()
{
    QFETCH(bool, json);
    const QString id = create(json);
    const QString handler = handlers + u'/' + id;
    Reply r = m_sim.get(handler + u"/greetings/Alternate"_s, json);
    QVERIFY2(
        inOrder(r.body, json,
                {u"URI"_s, u"CallHandlerObjectId"_s, u"CallhandlerURI"_s, u"IgnoreDigits"_s,
                 u"PlayWhat"_s, u"RepromptDelay"_s, u"Reprompts"_s, u"TimeExpires"_s,
                 u"GreetingType"_s, u"AfterGreetingAction"_s, u"PlayRecordMessagePrompt"_s,
                 u"EnableTransfer"_s, u"EnablePersonalVideoRecording"_s,
                 u"PlayRecordVideoMessagePrompt"_s, u"GreetingStreamFilesURI"_s, u"Enabled"_s}),
        r.body.constData());
    const auto greeting = parse(r.body, json).fields;
    QCOMPARE(greeting.value(u"CallhandlerURI"_s), handler);
    QCOMPARE(greeting.value(u"EnablePersonalVideoRecording"_s), u"false"_s);
    QCOMPARE(greeting.value(u"PlayRecordVideoMessagePrompt"_s), u"false"_s);

    r = m_sim.get(handler + u"/menuentries/1"_s, json);
    QVERIFY2(
        inOrder(r.body, json,
                {u"URI"_s, u"CallHandlerObjectId"_s, u"CallhandlerURI"_s, u"TouchtoneKey"_s,
                 u"Locked"_s, u"Action"_s, u"ObjectId"_s, u"TransferType"_s, u"TransferRings"_s}),
        r.body.constData());
    const auto key = parse(r.body, json).fields;
    QCOMPARE(key.value(u"CallhandlerURI"_s), handler);
    QCOMPARE(QUuid::fromString(key.value(u"ObjectId"_s)).isNull(), false);
    QCOMPARE(get(handler + u"/menuentries/1"_s, !json).value(u"ObjectId"_s),
             key.value(u"ObjectId"_s)); // the same key keeps its id
    QVERIFY(get(handler + u"/menuentries/2"_s, json).value(u"ObjectId"_s) !=
            key.value(u"ObjectId"_s));

    r = m_sim.get(handler + u"/transferoptions/Standard"_s, json);
    QVERIFY2(inOrder(r.body, json,
                     {u"URI"_s,
                      u"CallHandlerObjectId"_s,
                      u"CallhandlerURI"_s,
                      u"TransferOptionType"_s,
                      u"Action"_s,
                      u"RnaAction"_s,
                      u"TransferAnnounce"_s,
                      u"TransferConfirm"_s,
                      u"TransferDtDetect"_s,
                      u"TransferHoldingMode"_s,
                      u"TransferIntroduce"_s,
                      u"TransferRings"_s,
                      u"TransferScreening"_s,
                      u"TransferType"_s,
                      u"MediaSwitchObjectId"_s,
                      u"PhoneSystemURI"_s,
                      u"UsePrimaryExtension"_s,
                      u"PlayTransferPrompt"_s,
                      u"PersonalCallTransfer"_s,
                      u"Enabled"_s}),
             r.body.constData());
    const auto rule = parse(r.body, json).fields;
    const QString phoneSystem = one(handler).value(u"MediaSwitchObjectId"_s);
    QCOMPARE(rule.value(u"MediaSwitchObjectId"_s), phoneSystem);
    QCOMPARE(rule.value(u"PhoneSystemURI"_s), u"/vmrest/phonesystems/"_s + phoneSystem);
    QCOMPARE(rule.value(u"TransferDtDetect"_s), u"false"_s);
    QCOMPARE(rule.value(u"PersonalCallTransfer"_s), u"false"_s);
}

// Cisco's template example: key # skips the greeting (Action 5); after a message the caller goes
// to the Goodbye handler (Go to, PHGreeting) — on the template and on a handler made from it.
void TestCupiSimRefData::templateDefaults()
{
    QFETCH(bool, json);
    const QString goodbye = m_goodbye.value(u"ObjectId"_s);
    for (const QString &path :
         {u"/vmrest/callhandlertemplates/"_s + m_template, handlers + u'/' + create(json)}) {
        const auto h = get(path, json);
        QCOMPARE(h.value(u"AfterMessageAction"_s), u"2"_s);
        QCOMPARE(h.value(u"AfterMessageTargetConversation"_s), u"PHGreeting"_s);
        QCOMPARE(h.value(u"AfterMessageTargetHandlerObjectId"_s), goodbye);
    }
    const QString handler = handlers + u'/' + create(json);
    const auto hash = get(handler + u"/menuentries/%23"_s, json);
    QCOMPARE(hash.value(u"Action"_s), u"5"_s);
    QCOMPARE(hash.value(u"Locked"_s), u"true"_s);
    const auto star = get(handler + u"/menuentries/%2A"_s, json);
    QCOMPARE(star.value(u"Action"_s), u"2"_s);
    QCOMPARE(star.value(u"TargetConversation"_s), u"SubSignIn"_s);
    QCOMPARE(get(handler + u"/menuentries/0"_s, json).value(u"Action"_s), u"0"_s);
    // The demo's Opening Greeting keeps routing keys to handlers, a mailbox, the survey and the
    // directory, and its # key too skips the greeting.
    const QString opening = handlers + u'/' + m_opening.value(u"ObjectId"_s);
    QStringList conversations;
    for (const QString &k : {u"0"_s, u"1"_s, u"6"_s, u"8"_s, u"9"_s})
        conversations.append(
            get(opening + u"/menuentries/"_s + k, json).value(u"TargetConversation"_s));
    QCOMPARE(conversations, (QStringList{u"PHTransfer"_s, u"PHGreeting"_s, u"PHGreeting"_s,
                                         u"PHInterview"_s, u"AD"_s}));
    QCOMPARE(get(opening + u"/menuentries/%23"_s, json).value(u"Action"_s), u"5"_s);
}

QTEST_GUILESS_MAIN(TestCupiSimRefData)
#include "tst_cupisim_refdata.moc"
