// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of cupi-sim's protocol with what real servers do (issue 8), in XML and JSON:
// compound queries with or without spaces around '&', case-sensitive field names in request
// bodies, XML declarations, and 201 Created (typed body with the URI, Location as 10.x servers
// double it).
#include "tst_cupisim_fixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace CupiSimTest;

class TestCupiSimProtocol : public CupiSimFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startFixture();
        if (QTest::currentTestFailed()) // no simulator: nothing below can run
            return;
        m_acme = parse(m_sim.get(u"/vmrest/tenants"_s, true).body, true)
                     .items.value(0)
                     .value(u"ObjectId"_s);
        QVERIFY(!m_acme.isEmpty());
    }
    void compoundQueries_data();
    void compoundQueries();
    void ampersandInAValue_data() { addFormats(); }
    void ampersandInAValue();
    void tooManyClauses_data() { addFormats(); }
    void tooManyClauses();
    void bodyFieldNamesAreCaseSensitive_data() { addFormats(); }
    void bodyFieldNamesAreCaseSensitive();
    void createIgnoresMiscasedFields_data() { addFormats(); }
    void createIgnoresMiscasedFields();
    void xmlDeclarations_data() { addFormats(); }
    void xmlDeclarations();
    void created_data() { addFormats(); }
    void created();

private:
    QString m_acme; // the first tenant
};

void TestCupiSimProtocol::compoundQueries_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("joiner");
    for (bool json : {false, true}) {
        const char *wire = json ? "json" : "xml";
        // Cisco's troubleshooting guide sends "(A is x%26B is y)": no spaces.
        QTest::addRow("%s, no spaces", wire) << json << u"&"_s;
        QTest::addRow("%s, spaces", wire) << json << u" & "_s;
        QTest::addRow("%s, uneven spaces", wire) << json << u"  &"_s;
    }
}

void TestCupiSimProtocol::compoundQueries()
{
    QFETCH(bool, json);
    QFETCH(QString, joiner);
    // Expected: the tenant's system handlers whose name starts with "Acme S", from the whole list.
    QStringList expected;
    for (const auto &h : parse(m_sim.get(handlers, true).body, true).items) {
        if (h.value(u"TenantObjectId"_s) == m_acme && h.value(u"IsPrimary"_s) == u"false"_s &&
            h.value(u"DisplayName"_s).startsWith(u"Acme S"_s, Qt::CaseInsensitive))
            expected.append(h.value(u"ObjectId"_s));
    }
    QVERIFY(expected.size() >= 2);
    const QString query = u"(TenantObjectId is "_s + m_acme + joiner +
                          u"DisplayName startswith Acme S"_s + joiner + u"IsPrimary is 0)"_s;
    const Reply r = m_sim.get(handlers + u"?query="_s + q(query), json);
    QCOMPARE(r.status, 200);
    const Doc d = parse(r.body, json);
    QVERIFY2(d.ok, qPrintable(d.error));
    QStringList got;
    for (const auto &h : d.items)
        got.append(h.value(u"ObjectId"_s));
    QCOMPARE(d.total.toInt(), expected.size());
    QCOMPARE(got, expected);
}

// A '&' that does not start a clause is part of the value before it [INF].
void TestCupiSimProtocol::ampersandInAValue()
{
    QFETCH(bool, json);
    const QString name = u"R&D Lab %1"_s.arg(json ? u"JSON"_s : u"XML"_s);
    const Reply created =
        m_sim.send("POST", handlers + u"?templateObjectId="_s + m_template,
                   body(json, {{u"DisplayName"_s, name}}, u"CallHandler"_s), opts(json));
    QCOMPARE(created.status, 201);
    const QString id = QString::fromUtf8(created.body).section(u'/', -1);
    for (const QString &query :
         {u"(DisplayName is "_s + name + u')',
          u"(IsPrimary is 0&DisplayName startswith R&D Lab "_s + (json ? u"J)"_s : u"X)"_s),
          u"(DisplayName startswith R&D Lab & IsPrimary is 0)"_s}) {
        const Reply r = m_sim.get(handlers + u"?query="_s + q(query), json);
        QVERIFY2(r.status == 200, qPrintable(query));
        const Doc d = parse(r.body, json);
        QStringList ids;
        for (const auto &h : d.items)
            ids.append(h.value(u"ObjectId"_s));
        QVERIFY2(ids.contains(id), qPrintable(query));
    }
    // A clause with an unknown column after '&' is still an error.
    const Reply r =
        m_sim.get(handlers + u"?query="_s + q(u"(IsPrimary is 0&DisplayNme startswith R)"_s), json);
    QCOMPARE(r.status, 400);
}

void TestCupiSimProtocol::tooManyClauses()
{
    QFETCH(bool, json);
    QStringList clauses;
    for (int i = 0; i < 5; ++i)
        clauses.append(u"IsPrimary is 0"_s);
    Reply r = m_sim.get(handlers + u"?query="_s + q(u'(' + clauses.join(u'&') + u')'), json);
    QCOMPARE(r.status, 200); // five clauses: the most allowed [INF]
    clauses.append(u"IsPrimary is 0"_s);
    r = m_sim.get(handlers + u"?query="_s + q(u'(' + clauses.join(u'&') + u')'), json);
    QCOMPARE(r.status, 400);
    QCOMPARE(parse(r.body, json).fields.value(u"code"_s), u"DATA_EXCEPTION"_s);
}

// A wrongly cased or unknown name is ignored, with no error and no effect.
void TestCupiSimProtocol::bodyFieldNamesAreCaseSensitive()
{
    QFETCH(bool, json);
    const QString id = create(json);
    QVERIFY(!id.isEmpty());
    const QString path = handlers + u'/' + id;
    const QMap<QString, QString> before = one(path);
    // The seed's own typo, ScheduleSetObjectid, names no field.
    QString otherSet;
    for (const auto &s : parse(m_sim.get(u"/vmrest/schedulesets"_s, true).body, true).items) {
        if (!s.contains(u"TenantObjectId"_s) &&
            s.value(u"ObjectId"_s) != before.value(u"ScheduleSetObjectId"_s))
            otherSet = s.value(u"ObjectId"_s);
    }
    QVERIFY(!otherSet.isEmpty());
    const QString name = u"Case Sensitive %1"_s.arg(json);
    Reply r = m_sim.send("PUT", path,
                         body(json, {{u"maxmsglen"_s, u"42"_s},
                                     {u"ScheduleSetObjectid"_s, otherSet},
                                     {u"DISPLAYNAME"_s, u"Shouting"_s},
                                     {u"DisplayName"_s, name}}),
                         opts(json));
    QCOMPARE(r.status, 204);
    QMap<QString, QString> after = one(path);
    QCOMPARE(after.value(u"DisplayName"_s), name); // the correctly spelled field applies
    QCOMPARE(after.value(u"MaxMsgLen"_s), before.value(u"MaxMsgLen"_s));
    QCOMPARE(after.value(u"ScheduleSetObjectId"_s), before.value(u"ScheduleSetObjectId"_s));

    // Only wrongly cased names: a valid no-op, even with a value the field would refuse.
    r = m_sim.send("PUT", path, body(json, {{u"maxMsgLen"_s, u"not a number"_s}}), opts(json));
    QCOMPARE(r.status, 204);
    QCOMPARE(one(path).value(u"MaxMsgLen"_s), before.value(u"MaxMsgLen"_s));

    // Sub-resources too: a caller input key.
    const QString key = path + u"/menuentries/3"_s;
    const QString action = one(key).value(u"Action"_s);
    QCOMPARE(m_sim.send("PUT", key, body(json, {{u"action"_s, u"1"_s}}, u"MenuEntry"_s), opts(json))
                 .status,
             204);
    QCOMPARE(one(key).value(u"Action"_s), action);
    QCOMPARE(m_sim.send("PUT", key, body(json, {{u"Action"_s, u"1"_s}}, u"MenuEntry"_s), opts(json))
                 .status,
             204);
    QCOMPARE(one(key).value(u"Action"_s), u"1"_s);
}

void TestCupiSimProtocol::createIgnoresMiscasedFields()
{
    QFETCH(bool, json);
    const QString maxLen =
        one(u"/vmrest/callhandlertemplates/"_s + m_template).value(u"MaxMsgLen"_s);
    QVERIFY(!maxLen.isEmpty() && maxLen != u"77"_s);
    const QString name = u"Created Case %1"_s.arg(json);
    Reply r = m_sim.send(
        "POST", handlers + u"?templateObjectId="_s + m_template,
        body(json, {{u"DisplayName"_s, name}, {u"maxMsgLen"_s, u"77"_s}}, u"CallHandler"_s),
        opts(json));
    QCOMPARE(r.status, 201);
    QCOMPARE(one(QString::fromUtf8(r.body)).value(u"MaxMsgLen"_s), maxLen);
    // A name only in the wrong case is no name: the handler needs one.
    r = m_sim.send("POST", handlers + u"?templateObjectId="_s + m_template,
                   body(json, {{u"displayname"_s, name + u" 2"_s}}, u"CallHandler"_s), opts(json));
    QCOMPARE(r.status, 400);
    QVERIFY(parse(r.body, json).fields.value(u"message"_s).contains(u"DisplayName"_s));
}

void TestCupiSimProtocol::xmlDeclarations()
{
    QFETCH(bool, json);
    const QByteArray plain = R"(<?xml version="1.0" encoding="UTF-8"?>)";
    const QByteArray standalone = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
    const QList<QString> ok = {handlers + u"?rowsPerPage=2"_s,
                               handlers + u'/' + m_goodbye.value(u"ObjectId"_s),
                               handlers + u"?query="_s + q(u"(DisplayName is Nobody Here)"_s),
                               u"/vmrest/version"_s, u"/vmrest/languagemap/1033"_s};
    for (const QString &path : ok) {
        const Reply r = m_sim.get(path, json);
        QCOMPARE(r.status, 200);
        if (json) {
            QVERIFY2(r.body.startsWith('{'), r.body.left(60).constData());
        } else {
            QVERIFY2(r.body.startsWith(plain + '<'), r.body.left(60).constData());
            QVERIFY(!r.body.contains("standalone"));
        }
    }
    // Errors (ErrorDetails) say standalone="yes".
    const Reply e = m_sim.get(handlers + u"/no-such-handler"_s, json);
    QCOMPARE(e.status, 404);
    if (json)
        QVERIFY(e.body.startsWith(R"({"errors":)"));
    else
        QVERIFY2(e.body.startsWith(standalone + "<ErrorDetails>"), e.body.constData());
}

// The new object's URI is the body; Location repeats the collection's path, as on 10.x servers.
void TestCupiSimProtocol::created()
{
    QFETCH(bool, json);
    auto check = [&](const QString &collection, const QByteArray &payload, const QString &prefix) {
        const Reply r = m_sim.send("POST", collection, payload, opts(json));
        if (r.status != 201)
            return u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
        const QString uri = QString::fromUtf8(r.body);
        if (!uri.startsWith(prefix) || uri.size() <= prefix.size())
            return u"body "_s + uri;
        const QByteArray type = json ? "application/json" : "application/xml";
        if (r.contentType != type)
            return u"content type "_s + QString::fromLatin1(r.contentType);
        const QString path = collection.section(u'?', 0, 0);
        if (r.header("Location") != (m_sim.baseUrl + path + uri).toUtf8())
            return u"Location "_s + QString::fromUtf8(r.header("Location"));
        return m_sim.get(uri, json).status == 200 ? QString() : u"not found at "_s + uri;
    };
    QCOMPARE(check(handlers + u"?templateObjectId="_s + m_template,
                   body(json, {{u"DisplayName"_s, u"Created %1"_s.arg(json)}}, u"CallHandler"_s),
                   handlers + u'/'),
             QString());
    const QString location =
        parse(m_sim.get(u"/vmrest/locations/connectionlocations"_s, true).body, true)
            .items.value(0)
            .value(u"ObjectId"_s);
    const QString setName = u"Created Set %1"_s.arg(json);
    QCOMPARE(check(u"/vmrest/schedulesets"_s,
                   body(json, {{u"DisplayName"_s, setName}, {u"OwnerLocationObjectId"_s, location}},
                        u"ScheduleSet"_s),
                   u"/vmrest/schedulesets/"_s),
             QString());
    const QString set =
        parse(m_sim
                  .get(u"/vmrest/schedulesets?query="_s + q(u"(DisplayName is "_s + setName + u')'),
                       true)
                  .body,
              true)
            .items.value(0)
            .value(u"ObjectId"_s);
    const QString schedule =
        parse(m_sim.get(u"/vmrest/schedules?query="_s + q(u"(DisplayName is All Hours)"_s), true)
                  .body,
              true)
            .items.value(0)
            .value(u"ObjectId"_s);
    QVERIFY(!set.isEmpty() && !schedule.isEmpty());
    const QString members = u"/vmrest/schedulesets/"_s + set + u"/schedulesetmembers"_s;
    QCOMPARE(check(members,
                   body(json, {{u"ScheduleObjectId"_s, schedule}, {u"Exclude"_s, u"false"_s}},
                        u"ScheduleSetMember"_s),
                   members + u'/'),
             QString());
}

QTEST_GUILESS_MAIN(TestCupiSimProtocol)
#include "tst_cupisim_protocol.moc"
