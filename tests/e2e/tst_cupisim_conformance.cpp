// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of cupi-sim's call handlers with the CUPI seed page and PROTOCOL.md: every request
// of the seed in XML and JSON, body shapes, listing, create/update/delete and the rules.
#include "tst_cupisim_fixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

class TestCupiSimConformance : public CupiSimFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startFixture(); }
    void startupOutput();
    void listHandlers_data() { addFormats(); }
    void listHandlers();
    void listOneAndEmpty_data() { addFormats(); }
    void listOneAndEmpty();
    void getHandler_data() { addFormats(); }
    void getHandler();
    void seedPutRequests_data();
    void seedPutRequests();
    void createUpdateDelete_data() { addFormats(); }
    void createUpdateDelete();
    void createErrors_data() { addFormats(); }
    void createErrors();
    void paging();
    void querySort();
    void rules_data();
    void rules();
    void recipientAndLanguage_data() { addFormats(); }
    void recipientAndLanguage();
    void readOnlyFieldsIgnored();
    void deleteRules_data() { addFormats(); }
    void deleteRules();
};

void TestCupiSimConformance::startupOutput()
{
    const QStringList &l = m_sim.startupLines;
    QVERIFY(l.size() >= 3);
    QVERIFY(l.at(0).startsWith(u"cupi-sim listening on https://127.0.0.1:"_s));
    QVERIFY(QRegularExpression(u"^certificate sha256 ([0-9A-F]{2}:){31}[0-9A-F]{2}$"_s)
                .match(l.at(1))
                .hasMatch());
    QCOMPARE(l.at(2), u"account admin password admin (system administrator)"_s);
    QCOMPARE(m_sim.accounts.size(), 3); // admin + 2 tenants by default
    QVERIFY(m_sim.accounts.at(1).first.contains(u'@'));
}

void TestCupiSimConformance::listHandlers()
{
    QFETCH(bool, json);
    const Reply r = m_sim.get(handlers, json);
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith(json ? "application/json" : "application/xml"));
    const Doc d = parse(r.body, json);
    QVERIFY2(d.ok, qPrintable(d.error));
    if (!json)
        QCOMPARE(d.root, u"Callhandlers"_s);
    QCOMPARE(d.itemName, u"Callhandler"_s);
    QVERIFY(d.allStrings);
    QVERIFY(d.total.toInt() >= 300);
    QCOMPARE(d.items.size(), d.total.toInt());
    bool primary = false, system = false;
    for (const auto &h : d.items) {
        QVERIFY(h.value(u"URI"_s).endsWith(h.value(u"ObjectId"_s)));
        QVERIFY(!h.value(u"DisplayName"_s).isEmpty());
        QVERIFY(h.contains(u"MaxMsgLen"_s) && h.contains(u"ScheduleSetObjectId"_s));
        QVERIFY(!h.contains(u"DtmfAccessId"_s) || !h.value(u"DtmfAccessId"_s).isEmpty());
        (h.value(u"IsPrimary"_s) == u"true"_s ? primary : system) = true;
    }
    QVERIFY(primary && system);
}

void TestCupiSimConformance::listOneAndEmpty()
{
    QFETCH(bool, json);
    Reply r = m_sim.get(handlers + u"?query="_s + q(u"(DisplayName is Goodbye)"_s), json);
    QCOMPARE(r.status, 200);
    Doc d = parse(r.body, json);
    QCOMPARE(d.total, u"1"_s);
    QCOMPARE(d.items.size(), 1);
    if (json)
        QVERIFY(d.jsonItemIsObject); // one element: an object, not an array
    QCOMPARE(d.items.at(0).value(u"DisplayName"_s), u"Goodbye"_s);
    QVERIFY(!d.items.at(0).contains(u"DtmfAccessId"_s)); // absent fields are omitted

    r = m_sim.get(handlers + u"?query="_s + q(u"(DisplayName is No Such Handler)"_s), json);
    QCOMPARE(r.status, 200);
    if (json)
        QCOMPARE(r.body, QByteArray(R"({"@total":"0"})"));
    else
        QVERIFY(r.body.endsWith(R"(<Callhandlers total="0"/>)"));
}

void TestCupiSimConformance::getHandler()
{
    QFETCH(bool, json);
    const Reply r = m_sim.get(handlers + u'/' + m_goodbye.value(u"ObjectId"_s), json);
    QCOMPARE(r.status, 200);
    const Doc d = parse(r.body, json);
    if (!json)
        QCOMPARE(d.root, u"Callhandler"_s);
    QVERIFY(d.allStrings);
    QCOMPARE(d.fields.value(u"ObjectId"_s), m_goodbye.value(u"ObjectId"_s));
    QCOMPARE(d.fields.value(u"Undeletable"_s), u"true"_s);
    // Every field of the seed's examples.
    for (const char *f : {"URI",
                          "CreationTime",
                          "Language",
                          "Undeletable",
                          "VoiceNameURI",
                          "LocationObjectId",
                          "LocationURI",
                          "EditMsg",
                          "IsPrimary",
                          "OneKeyDelay",
                          "ScheduleSetObjectId",
                          "ScheduleSetURI",
                          "SendUrgentMsg",
                          "MaxMsgLen",
                          "IsTemplate",
                          "ObjectId",
                          "RecipientDistributionListObjectId",
                          "RecipientDistributionListURI",
                          "DisplayName",
                          "AfterMessageAction",
                          "TimeZone",
                          "UseDefaultLanguage",
                          "UseDefaultTimeZone",
                          "MediaSwitchObjectId",
                          "PhoneSystemURI",
                          "UseCallLanguage",
                          "SendSecureMsg",
                          "EnablePrependDigits",
                          "DispatchDelivery",
                          "CallSearchSpaceObjectId",
                          "CallSearchSpaceURI",
                          "InheritSearchSpaceFromCall",
                          "PartitionObjectId",
                          "PartitionURI",
                          "PlayPostGreetingRecording",
                          "SendPrivateMsg",
                          "PlayAfterMessage",
                          "GreetingsURI",
                          "TransferOptionsURI",
                          "MenuEntriesURI",
                          "CallHandlerOwnerURI",
                          "VoiceName",
                          "VoiceFileURI"})
        QVERIFY2(d.fields.contains(QString::fromLatin1(f)), f);
}

void TestCupiSimConformance::seedPutRequests_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("lookup"); // where a valid value comes from
    for (bool json : {false, true}) {
        const char *fmt = json ? "json" : "xml";
        QTest::addRow("%s schedule set", fmt)
            << json << u"ScheduleSetObjectId"_s << u"/vmrest/schedulesets"_s;
        QTest::addRow("%s recipient user", fmt)
            << json << u"RecipientSubscriberObjectId"_s << u"/vmrest/users"_s;
        QTest::addRow("%s recipient list", fmt)
            << json << u"RecipientDistributionListObjectId"_s << u"/vmrest/distributionlists"_s;
    }
}

void TestCupiSimConformance::seedPutRequests()
{
    QFETCH(bool, json);
    QFETCH(QString, field);
    QFETCH(QString, lookup);
    const QString id = create(json);
    QVERIFY(!id.isEmpty());
    const Doc l = parse(
        m_sim.get(lookup + u"?query="_s + q(u"(DisplayName startswith W)"_s), true).body, true);
    Doc all = parse(m_sim.get(lookup, true).body, true);
    QVERIFY(!all.items.isEmpty());
    // A system object (no tenant), different from the current value.
    QString value;
    const QString current = one(handlers + u'/' + id).value(field);
    for (const auto &o : all.items) {
        if (!o.contains(u"TenantObjectId"_s) && o.value(u"ObjectId"_s) != current)
            value = o.value(u"ObjectId"_s);
    }
    Q_UNUSED(l)
    QVERIFY(!value.isEmpty());
    const Reply r =
        m_sim.send("PUT", handlers + u'/' + id, body(json, {{field, value}}), opts(json));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(one(handlers + u'/' + id).value(field), value);
}

void TestCupiSimConformance::createUpdateDelete()
{
    QFETCH(bool, json);
    const QString name = u"Taxoma_Test %1"_s.arg(json ? u"json"_s : u"xml"_s);
    Reply r = m_sim.send("POST", handlers + u"?templateObjectId="_s + m_template,
                         body(json, {{u"DisplayName"_s, name}}, u"CallHandler"_s), opts(json));
    QCOMPARE(r.status, 201);
    const QString uri = QString::fromUtf8(r.body);
    QVERIFY(uri.startsWith(handlers + u'/'));
    QVERIFY(QString::fromUtf8(r.header("Location")).endsWith(uri));
    const QMap<QString, QString> h = one(uri);
    const QMap<QString, QString> t = one(u"/vmrest/callhandlertemplates/"_s + m_template);
    QCOMPARE(h.value(u"DisplayName"_s), name);
    for (const char *f : {"ScheduleSetObjectId", "RecipientDistributionListObjectId", "MaxMsgLen",
                          "PartitionObjectId", "Language", "OneKeyDelay"})
        QCOMPARE(h.value(QString::fromLatin1(f)), t.value(QString::fromLatin1(f)));
    QCOMPARE(h.value(u"IsTemplate"_s), u"false"_s);
    QCOMPARE(h.value(u"Undeletable"_s), u"false"_s);

    r = m_sim.send(
        "PUT", uri,
        body(json,
             {{u"MaxMsgLen"_s, u"600"_s}, {u"EditMsg"_s, u"0"_s}, {u"NoSuchField"_s, u"x"_s}}),
        opts(json));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(one(uri).value(u"MaxMsgLen"_s), u"600"_s);
    QCOMPARE(one(uri).value(u"EditMsg"_s), u"false"_s);
    QCOMPARE(one(uri).value(u"DisplayName"_s), name); // partial: the rest unchanged

    Sim::Options del = opts(json);
    del.contentType.clear();
    r = m_sim.send("DELETE", uri, {}, del);
    QCOMPARE(r.status, 204);
    QCOMPARE(m_sim.get(uri, json).status, 404);
    // The seed's short DELETE path is served too.
    const QString id2 = create(json);
    QCOMPARE(m_sim.send("DELETE", u"/vmrest/callhandlers/"_s + id2, {}, del).status, 204);
    QCOMPARE(m_sim.get(handlers + u'/' + id2, json).status, 404);
}

void TestCupiSimConformance::createErrors()
{
    QFETCH(bool, json);
    Reply r = m_sim.send("POST", handlers, body(json, {{u"DisplayName"_s, u"No Template"_s}}),
                         opts(json));
    QCOMPARE(r.status, 400);
    QVERIFY(parse(r.body, json).fields.value(u"message"_s).contains(u"templateObjectId"_s));
    r = m_sim.send("POST", handlers + u"?templateObjectId=nope"_s,
                   body(json, {{u"DisplayName"_s, u"Bad Template"_s}}), opts(json));
    QCOMPARE(r.status, 400);
    r = m_sim.send("POST", handlers + u"?templateObjectId="_s + m_template,
                   body(json, {{u"DisplayName"_s, u"goodbye"_s}}), opts(json));
    QCOMPARE(r.status, 400); // DisplayName unique among handlers (case-insensitive)
    const Doc e = parse(r.body, json);
    QCOMPARE(e.fields.value(u"code"_s), u"DATA_EXCEPTION"_s);
    QVERIFY(e.fields.value(u"message"_s).contains(u"DisplayName"_s));
    r = m_sim.send("POST", handlers + u"?templateObjectId="_s + m_template, body(json, {}),
                   opts(json));
    QCOMPARE(r.status, 400); // a display name is required
}

void TestCupiSimConformance::paging()
{
    const int total =
        parse(m_sim.get(handlers + u"?pageNumber=0"_s, true).body, true).total.toInt();
    QVERIFY(total >= 300);
    Doc d = parse(m_sim.get(handlers + u"?pageNumber=0&rowsPerPage=10"_s, true).body, true);
    QCOMPARE(d.total.toInt(), total);
    QCOMPARE(d.items.size(), 0); // count only
    d = parse(m_sim.get(handlers + u"?rowsPerPage=10&pageNumber=2"_s, true).body, true);
    QCOMPARE(d.items.size(), 10);
    QCOMPARE(d.total.toInt(), total);
    const Doc all = parse(m_sim.get(handlers, true).body, true);
    QCOMPARE(d.items.at(0).value(u"ObjectId"_s), all.items.at(10).value(u"ObjectId"_s));
    const Reply past = m_sim.get(handlers + u"?rowsPerPage=100&pageNumber=999"_s, true);
    QCOMPARE(past.status, 200);
    d = parse(past.body, true);
    QCOMPARE(d.items.size(), 0);
    QCOMPARE(d.total.toInt(), total);
    d = parse(m_sim.get(handlers + u"?rowsPerPage=7&rowsPerPage=3"_s, true).body, true);
    QCOMPARE(d.items.size(), 7); // the first occurrence wins

    Sim capped(
        {u"--max-rows-per-page"_s, u"25"_s, u"--handlers"_s, u"60"_s, u"--tenants"_s, u"0"_s});
    QString error;
    QVERIFY2(capped.start(&error), qPrintable(error));
    d = parse(capped.get(u"/vmrest/handlers/callhandlers?rowsPerPage=100"_s, true).body, true);
    QCOMPARE(d.items.size(), 25);
    QCOMPARE(d.total.toInt(), 60);
}

void TestCupiSimConformance::querySort()
{
    const Doc all = parse(m_sim.get(handlers, true).body, true);
    const Doc sys =
        parse(m_sim.get(handlers + u"?query="_s + q(u"(IsPrimary is 0)"_s), true).body, true);
    const Doc pri =
        parse(m_sim.get(handlers + u"?query="_s + q(u"(isprimary IS true)"_s), true).body, true);
    QVERIFY(sys.total.toInt() > 0 && pri.total.toInt() > 0);
    QCOMPARE(sys.total.toInt() + pri.total.toInt(), all.total.toInt());
    for (const auto &h : sys.items)
        QCOMPARE(h.value(u"IsPrimary"_s), u"false"_s);

    Doc d = parse(
        m_sim.get(handlers + u"?query="_s + q(u"(DisplayName startswith sales)"_s), true).body,
        true);
    QVERIFY(d.total.toInt() > 0);
    for (const auto &h : d.items)
        QVERIFY(h.value(u"DisplayName"_s).startsWith(u"Sales"_s));
    const QString tenant =
        parse(m_sim.get(u"/vmrest/tenants"_s, true).body, true).items.at(0).value(u"ObjectId"_s);
    d = parse(m_sim
                  .get(handlers + u"?query="_s +
                           q(u"(TenantObjectId is "_s + tenant + u" & DisplayName startswith "_s +
                             u"Acme)"_s) +
                           u"&sort="_s + q(u"(DisplayName desc)"_s),
                       true)
                  .body,
              true);
    QVERIFY(d.total.toInt() > 2);
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        QCOMPARE(d.items[i].value(u"TenantObjectId"_s), tenant);
        if (i > 0)
            QVERIFY(d.items[i - 1]
                        .value(u"DisplayName"_s)
                        .compare(d.items[i].value(u"DisplayName"_s), Qt::CaseInsensitive) >= 0);
    }
    d = parse(m_sim.get(handlers + u"?sort="_s + q(u"(DtmfAccessId asc)"_s), true).body, true);
    QCOMPARE(d.items.size(), all.items.size());
    // With a query, the sort column must be in the query ([DOC]).
    Reply r = m_sim.get(handlers + u"?query="_s + q(u"(IsPrimary is 0)"_s) + u"&sort="_s +
                            q(u"(DisplayName asc)"_s),
                        true);
    QCOMPARE(r.status, 400);
    r = m_sim.get(handlers + u"?query="_s + q(u"(NoSuchColumn is 1)"_s), true);
    QCOMPARE(r.status, 400);
}

void TestCupiSimConformance::rules_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions"); // the message names this field
    const struct
    {
        const char *tag, *field, *value, *mentions;
    } rows[] = {
        {"DisplayName > 64", "DisplayName", "", "DisplayName"},
        {"DisplayName empty", "DisplayName", " ", "DisplayName"},
        {"MaxMsgLen 0", "MaxMsgLen", "0", "MaxMsgLen"},
        {"MaxMsgLen 3601", "MaxMsgLen", "3601", "MaxMsgLen"},
        {"MaxMsgLen text", "MaxMsgLen", "long", "MaxMsgLen"},
        {"OneKeyDelay 10001", "OneKeyDelay", "10001", "OneKeyDelay"},
        {"OneKeyDelay -1", "OneKeyDelay", "-1", "OneKeyDelay"},
        {"AfterMessageAction 9", "AfterMessageAction", "9", "AfterMessageAction"},
        {"SendUrgentMsg 3", "SendUrgentMsg", "3", "SendUrgentMsg"},
        {"SendPrivateMsg 3", "SendPrivateMsg", "3", "SendPrivateMsg"},
        {"PlayAfterMessage 3", "PlayAfterMessage", "3", "PlayAfterMessage"},
        {"PlayPostGreetingRecording 3", "PlayPostGreetingRecording", "3",
         "PlayPostGreetingRecording"},
        {"conversation", "AfterMessageTargetConversation", "NoSuchConv",
         "AfterMessageTargetConversation"},
        {"target handler", "AfterMessageTargetHandlerObjectId",
         "00000000-0000-0000-0000-000000000000", "AfterMessageTargetHandlerObjectId"},
        {"schedule set", "ScheduleSetObjectId", "00000000-0000-0000-0000-000000000000",
         "ScheduleSetObjectId"},
        {"user", "RecipientSubscriberObjectId", "00000000-0000-0000-0000-000000000000",
         "RecipientSubscriberObjectId"},
        {"list", "RecipientDistributionListObjectId", "nope", "RecipientDistributionListObjectId"},
        {"language", "Language", "9999", "Language"},
        {"time zone", "TimeZone", "9999", "TimeZone"},
        {"boolean", "EditMsg", "maybe", "EditMsg"},
        {"extension chars", "DtmfAccessId", "12a4", "DtmfAccessId"},
        {"extension > 40", "DtmfAccessId", "12345678901234567890123456789012345678901",
         "DtmfAccessId"},
        {"extension taken", "DtmfAccessId", "0", "DtmfAccessId"}, // the Operator's
        {"prepend digits", "PrependDigits", "12x", "PrependDigits"},
    };
    for (bool json : {false, true}) {
        for (const auto &r : rows) {
            QString value = QString::fromLatin1(r.value);
            if (QByteArray(r.tag) == "DisplayName > 64")
                value = QString(65, u'x');
            QTest::addRow("%s %s", json ? "json" : "xml", r.tag)
                << json << QString::fromLatin1(r.field) << value << QString::fromLatin1(r.mentions);
        }
    }
}

void TestCupiSimConformance::rules()
{
    QFETCH(bool, json);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, mentions);
    const QString id = create(json);
    QVERIFY(!id.isEmpty());
    const QMap<QString, QString> before = one(handlers + u'/' + id);
    const Reply r =
        m_sim.send("PUT", handlers + u'/' + id, body(json, {{field, value}}), opts(json));
    QCOMPARE(r.status, 400);
    const Doc e = parse(r.body, json);
    QCOMPARE(e.fields.value(u"code"_s), u"DATA_EXCEPTION"_s);
    QVERIFY2(e.fields.value(u"message"_s).contains(mentions),
             qPrintable(e.fields.value(u"message"_s)));
    QCOMPARE(one(handlers + u'/' + id), before); // nothing half-applied
}

void TestCupiSimConformance::recipientAndLanguage()
{
    QFETCH(bool, json);
    const QString id = create(json);
    const QString uri = handlers + u'/' + id;
    const QString user =
        parse(m_sim.get(u"/vmrest/users?query="_s + q(u"(Alias is aanderson)"_s), true).body, true)
            .items.value(0)
            .value(u"ObjectId"_s);
    QVERIFY(!user.isEmpty());
    QCOMPARE(
        m_sim.send("PUT", uri, body(json, {{u"RecipientSubscriberObjectId"_s, user}}), opts(json))
            .status,
        204);
    auto h = one(uri);
    QCOMPARE(h.value(u"RecipientSubscriberObjectId"_s), user);
    QVERIFY(!h.contains(u"RecipientDistributionListObjectId"_s)); // setting one clears the other
    const QString list = m_goodbye.value(u"RecipientDistributionListObjectId"_s);
    QCOMPARE(m_sim
                 .send("PUT", uri, body(json, {{u"RecipientDistributionListObjectId"_s, list}}),
                       opts(json))
                 .status,
             204);
    h = one(uri);
    QCOMPARE(h.value(u"RecipientDistributionListObjectId"_s), list);
    QVERIFY(!h.contains(u"RecipientSubscriberObjectId"_s));

    // Language alone → that language (UseDefaultLanguage false).
    QCOMPARE(m_sim
                 .send("PUT", uri,
                       body(json, {{u"UseCallLanguage"_s, u"false"_s}, {u"Language"_s, u"1036"_s}}),
                       opts(json))
                 .status,
             204);
    h = one(uri);
    QCOMPARE(h.value(u"Language"_s), u"1036"_s);
    QCOMPARE(h.value(u"UseDefaultLanguage"_s), u"false"_s);
    // Back to the system default: UseDefaultLanguage true is allowed with any Language.
    QCOMPARE(
        m_sim.send("PUT", uri, body(json, {{u"UseDefaultLanguage"_s, u"1"_s}}), opts(json)).status,
        204);
    QCOMPARE(one(uri).value(u"UseDefaultLanguage"_s), u"true"_s);
    // Both false without a language is refused.
    Reply r = m_sim.send("PUT", uri,
                         body(json, {{u"UseDefaultLanguage"_s, u"0"_s}, {u"Language"_s, u""_s}}),
                         opts(json));
    QCOMPARE(r.status, 400);

    // Time zone (seed): UseDefaultTimeZone false + TimeZone 190.
    QCOMPARE(
        m_sim
            .send("PUT", uri,
                  body(json, {{u"UseDefaultTimeZone"_s, u"false"_s}, {u"TimeZone"_s, u"190"_s}}),
                  opts(json))
            .status,
        204);
    QCOMPARE(one(uri).value(u"TimeZone"_s), u"190"_s);
    QCOMPARE(one(uri).value(u"UseDefaultTimeZone"_s), u"false"_s);
    r = m_sim.send("PUT", uri,
                   body(json, {{u"UseDefaultTimeZone"_s, u"false"_s}, {u"TimeZone"_s, u""_s}}),
                   opts(json));
    QCOMPARE(r.status, 400);
    QVERIFY(parse(r.body, json).fields.value(u"message"_s).contains(u"TimeZone"_s));
}

void TestCupiSimConformance::readOnlyFieldsIgnored()
{
    const QString id = create(true);
    const QString uri = handlers + u'/' + id;
    const auto before = one(uri);
    const Reply r = m_sim.send("PUT", uri,
                               body(true, {{u"ObjectId"_s, u"x"_s},
                                           {u"IsPrimary"_s, u"true"_s},
                                           {u"Undeletable"_s, u"true"_s},
                                           {u"URI"_s, u"/x"_s}}),
                               opts(true));
    QCOMPARE(r.status, 204);
    QCOMPARE(one(uri), before);
}

void TestCupiSimConformance::deleteRules()
{
    QFETCH(bool, json);
    Sim::Options del = opts(json);
    del.contentType.clear();
    Reply r = m_sim.send("DELETE", handlers + u'/' + m_opening.value(u"ObjectId"_s), {}, del);
    QCOMPARE(r.status, 400);
    QVERIFY(parse(r.body, json).fields.value(u"message"_s).contains(u"undeletable"_s));
    // A primary handler is undeletable too.
    const Doc pri = parse(
        m_sim.get(handlers + u"?query="_s + q(u"(IsPrimary is 1)"_s) + u"&rowsPerPage=1"_s, true)
            .body,
        true);
    QCOMPARE(m_sim.send("DELETE", handlers + u'/' + pri.items.at(0).value(u"ObjectId"_s), {}, del)
                 .status,
             400);

    QString targetName, byMessageName, byKeyName;
    const QString target = create(json, &targetName);
    const QString byMessage = create(json, &byMessageName);
    const QString byKey = create(json, &byKeyName);
    QCOMPARE(m_sim
                 .send("PUT", handlers + u'/' + byMessage,
                       body(json, {{u"AfterMessageAction"_s, u"2"_s},
                                   {u"AfterMessageTargetConversation"_s, u"PHGreeting"_s},
                                   {u"AfterMessageTargetHandlerObjectId"_s, target}}),
                       opts(json))
                 .status,
             204);
    QCOMPARE(m_sim
                 .send("PUT", handlers + u'/' + byKey + u"/menuentries/3"_s,
                       body(json,
                            {{u"Action"_s, u"2"_s},
                             {u"TargetConversation"_s, u"PHTransfer"_s},
                             {u"TargetHandlerObjectId"_s, target}},
                            u"MenuEntry"_s),
                       opts(json))
                 .status,
             204);
    r = m_sim.send("DELETE", handlers + u'/' + target, {}, del);
    QCOMPARE(r.status, 400);
    const QString message = parse(r.body, json).fields.value(u"message"_s);
    QVERIFY2(message.contains(byMessageName) && message.contains(byKeyName), qPrintable(message));
    // Once nothing routes to it, it can go.
    QCOMPARE(m_sim.send("DELETE", handlers + u'/' + byMessage, {}, del).status, 204);
    QCOMPARE(m_sim.send("DELETE", handlers + u'/' + byKey, {}, del).status, 204);
    QCOMPARE(m_sim.send("DELETE", handlers + u'/' + target, {}, del).status, 204);
}

QTEST_GUILESS_MAIN(TestCupiSimConformance)
#include "tst_cupisim_conformance.moc"
