// SPDX-License-Identifier: GPL-3.0-or-later
// The XML and JSON codecs on saved server bodies (tests/unit/data), both wires.
#include "tst_codec_fixtures.h"

#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

using namespace HandlerDesk::Core::TestFixtures;

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void decodeList_data();
    void decodeList();
    void listItemNameToleratesCase_data();
    void listItemNameToleratesCase();
    void sameResultFromBothWires_data();
    void sameResultFromBothWires();
    void textIsExact_data();
    void textIsExact();
    void fieldOrderIsKept();
    void jsonScalarsBecomeText();
    void xmlNestedElementIsKept();
    void malformedBodyIsDecodeError_data();
    void malformedBodyIsDecodeError();
    void decodeErrorNamesLineAndColumn();
    void everyTruncationIsOkOrDecodeError_data();
    void everyTruncationIsOkOrDecodeError();
    void requestBodiesRoundTrip_data();
    void requestBodiesRoundTrip();
    void encodeXmlShape();
    void encodeJsonShape();
    void encodeEscapes_data();
    void encodeEscapes();
    void decodeError_data();
    void decodeError();
    void mimeType();
};

void TestCodec::decodeList_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("firstFieldCount");

    QTest::newRow("xml list") << u"callhandlers-list.xml"_s << qint64(2)
                              << QStringList{u"Opening Greeting"_s, u"Goodbye"_s} << 46;
    QTest::newRow("json list") << u"callhandlers-list.json"_s << qint64(2)
                               << QStringList{u"Opening Greeting"_s, u"Operator"_s} << 46;
    QTest::newRow("xml one") << u"callhandlers-one.xml"_s << qint64(1) << QStringList{u"Operator"_s}
                             << 46;
    QTest::newRow("json one (object, not array)")
        << u"callhandlers-one.json"_s << qint64(1) << QStringList{u"Operator"_s} << 46;
    QTest::newRow("xml empty") << u"callhandlers-empty.xml"_s << qint64(0) << QStringList{} << 0;
    QTest::newRow("json empty") << u"callhandlers-empty.json"_s << qint64(0) << QStringList{} << 0;
}

void TestCodec::decodeList()
{
    QFETCH(QString, file);
    QFETCH(qint64, total);
    QFETCH(QStringList, names);
    QFETCH(int, firstFieldCount);

    const Result<CupiList> list = Codec::decodeList(fixture(file), wireOf(file), u"Callhandler"_s);
    QVERIFY2(list.ok(), qPrintable(list.error().message()));
    QCOMPARE(list->total, total);
    QStringList decodedNames;
    for (const CupiObject &item : list->items)
        decodedNames.append(item.displayName());
    QCOMPARE(decodedNames, names);
    if (!names.isEmpty()) {
        QCOMPARE(list->items.first().size(), firstFieldCount);
        QCOMPARE(list->items.first().objectId().size(), 36);
    }
}

void TestCodec::listItemNameToleratesCase_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xml") << u"callhandlers-list.xml"_s;
    QTest::newRow("json") << u"callhandlers-list.json"_s;
    QTest::newRow("json one") << u"callhandlers-one.json"_s;
}

void TestCodec::listItemNameToleratesCase()
{
    QFETCH(QString, file);
    const QByteArray body = fixture(file);
    const Result<CupiList> exact = Codec::decodeList(body, wireOf(file), u"Callhandler"_s);
    const Result<CupiList> otherCase = Codec::decodeList(body, wireOf(file), u"CallHandler"_s);
    QVERIFY(exact.ok());
    QVERIFY(otherCase.ok());
    QVERIFY(!exact->items.isEmpty());
    QCOMPARE(otherCase->items, exact->items);
    // A different item name finds nothing, but the total is still the server's.
    const Result<CupiList> other = Codec::decodeList(body, wireOf(file), u"User"_s);
    QVERIFY(other.ok());
    QVERIFY(other->items.isEmpty());
    QCOMPARE(other->total, exact->total);
}

void TestCodec::sameResultFromBothWires_data()
{
    QTest::addColumn<QString>("xmlFile");
    QTest::addColumn<QString>("jsonFile");
    QTest::addColumn<bool>("isList");
    QTest::newRow("list") << u"callhandlers-list.xml"_s << u"callhandlers-list-seedxml.json"_s
                          << true;
    QTest::newRow("one-element list")
        << u"callhandlers-one.xml"_s << u"callhandlers-one.json"_s << true;
    QTest::newRow("empty list") << u"callhandlers-empty.xml"_s << u"callhandlers-empty.json"_s
                                << true;
    QTest::newRow("object test") << u"callhandler.xml"_s << u"callhandler-test.json"_s << false;
    QTest::newRow("object goodbye")
        << u"callhandler-goodbye.xml"_s << u"callhandler.json"_s << false;
    QTest::newRow("text") << u"callhandler-text.xml"_s << u"callhandler-text.json"_s << false;
}

void TestCodec::sameResultFromBothWires()
{
    QFETCH(QString, xmlFile);
    QFETCH(QString, jsonFile);
    QFETCH(bool, isList);
    if (isList) {
        const auto xml = Codec::decodeList(fixture(xmlFile), WireFormat::Xml, u"Callhandler"_s);
        const auto json = Codec::decodeList(fixture(jsonFile), WireFormat::Json, u"Callhandler"_s);
        QVERIFY(xml.ok());
        QVERIFY(json.ok());
        QCOMPARE(xml->total, json->total);
        QCOMPARE(xml->items, json->items);
    } else {
        const auto xml = Codec::decodeObject(fixture(xmlFile), WireFormat::Xml);
        const auto json = Codec::decodeObject(fixture(jsonFile), WireFormat::Json);
        QVERIFY(xml.ok());
        QVERIFY(json.ok());
        QVERIFY(!xml->isEmpty());
        QCOMPARE(keys(*xml), keys(*json));
        QCOMPARE(*xml, *json);
    }
}

void TestCodec::textIsExact_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xml") << u"callhandler-text.xml"_s;
    QTest::newRow("json") << u"callhandler-text.json"_s;
}

void TestCodec::textIsExact()
{
    QFETCH(QString, file);
    const Result<CupiObject> object = Codec::decodeObject(fixture(file), wireOf(file));
    QVERIFY2(object.ok(), qPrintable(object.error().message()));
    QCOMPARE(object->displayName(), u"  R&D <Sales> \"Zürich\" — 東京 \U0001F4DE  "_s);
    QVERIFY(object->contains(u"DtmfAccessId"));
    QVERIFY(object->value(u"DtmfAccessId").isEmpty());
    QVERIFY(!object->value(u"DtmfAccessId").isNull());
    QVERIFY(!object->contains(u"Language"));
    QVERIFY(object->value(u"Language").isNull());
    QCOMPARE(object->value(u"FutureField"), u"kept 'as is'"_s);
    QCOMPARE(object->value(u"Description"), u"line one\nline <two>"_s);
}

void TestCodec::fieldOrderIsKept()
{
    const QStringList expected = {u"ObjectId"_s, u"DisplayName"_s, u"DtmfAccessId"_s,
                                  u"FutureField"_s, u"Description"_s};
    for (const QString &file : {u"callhandler-text.xml"_s, u"callhandler-text.json"_s}) {
        const Result<CupiObject> object = Codec::decodeObject(fixture(file), wireOf(file));
        QVERIFY(object.ok());
        QCOMPARE(keys(*object), expected);
    }
    // Not alphabetical: the seed's order (URI, CreationTime, Language, …).
    const auto list =
        Codec::decodeList(fixture(u"callhandlers-list.json"_s), WireFormat::Json, u"Callhandler"_s);
    QVERIFY(list.ok());
    QCOMPARE(keys(list->items.first()).mid(0, 3),
             (QStringList{u"URI"_s, u"CreationTime"_s, u"Language"_s}));
}

void TestCodec::jsonScalarsBecomeText()
{
    const QByteArray body = R"({"MaxMsgLen":300,"Undeletable":true,"IsPrimary":false,)"
                            R"("Ratio":-1.5e3,"Gone":null,"Nested":{"b":"2","a":[1,"x"]}})";
    const Result<CupiObject> object = Codec::decodeObject(body, WireFormat::Json);
    QVERIFY(object.ok());
    QCOMPARE(object->value(u"MaxMsgLen"), u"300"_s);
    QCOMPARE(object->intValue(u"MaxMsgLen"), 300);
    QCOMPARE(object->value(u"Undeletable"), u"true"_s);
    QVERIFY(object->boolValue(u"Undeletable"));
    QCOMPARE(object->value(u"IsPrimary"), u"false"_s);
    QCOMPARE(object->value(u"Ratio"), u"-1.5e3"_s);
    QVERIFY(!object->contains(u"Gone"));
    QCOMPARE(object->value(u"Nested"), uR"({"b":"2","a":[1,"x"]})"_s);

    const auto list = Codec::decodeList(R"({"@total":3,"Callhandler":[{"A":"1"}]})",
                                        WireFormat::Json, u"Callhandler"_s);
    QVERIFY(list.ok());
    QCOMPARE(list->total, 3);
    QCOMPARE(list->items.size(), 1);
}

void TestCodec::xmlNestedElementIsKept()
{
    const QByteArray body = "<Callhandler><A>1</A><Owner><Name>x &amp; y</Name></Owner>"
                            "<B>2</B></Callhandler>";
    const Result<CupiObject> object = Codec::decodeObject(body, WireFormat::Xml);
    QVERIFY(object.ok());
    QCOMPARE(keys(*object), (QStringList{u"A"_s, u"Owner"_s, u"B"_s}));
    QCOMPARE(object->value(u"Owner"), u"<Name>x &amp; y</Name>"_s);
    QCOMPARE(object->value(u"B"), u"2"_s);
}

void TestCodec::malformedBodyIsDecodeError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("wire");
    QTest::addColumn<bool>("isList");
    const int xml = int(WireFormat::Xml);
    const int json = int(WireFormat::Json);
    QTest::newRow("xml truncated") << QByteArray("<Callhandler><A>1</A>") << xml << false;
    QTest::newRow("xml mismatched")
        << QByteArray("<Callhandler>\n<A>1</B></Callhandler>") << xml << false;
    QTest::newRow("xml seed typo >>")
        << QByteArray("<Callhandler><U>>true</U></Callhandler>x") << xml << false;
    QTest::newRow("xml empty") << QByteArray() << xml << false;
    QTest::newRow("xml list truncated")
        << QByteArray("<Callhandlers total=\"2\"><Callhandler>") << xml << true;
    QTest::newRow("xml bad total") << QByteArray("<Callhandlers total=\"two\"/>") << xml << true;
    QTest::newRow("json truncated") << QByteArray("{\"A\":\"1\"") << json << false;
    QTest::newRow("json missing comma")
        << QByteArray("{\n\"A\":\"1\"\n\"B\":\"2\"}") << json << false;
    QTest::newRow("json array for object") << QByteArray("[]") << json << false;
    QTest::newRow("json empty") << QByteArray() << json << false;
    QTest::newRow("json items not objects")
        << QByteArray(R"({"@total":"1","Callhandler":["x"]})") << json << true;
    QTest::newRow("json item is text")
        << QByteArray(R"({"@total":"1","Callhandler":"x"})") << json << true;
    QTest::newRow("json bad total") << QByteArray(R"({"@total":"x"})") << json << true;
    QTest::newRow("html for json") << QByteArray("<html><body>Oops</body></html>") << json << true;
}

void TestCodec::malformedBodyIsDecodeError()
{
    QFETCH(QByteArray, body);
    QFETCH(int, wire);
    QFETCH(bool, isList);
    const CupiError error =
        isList ? Codec::decodeList(body, WireFormat(wire), u"Callhandler"_s).error()
               : Codec::decodeObject(body, WireFormat(wire)).error();
    QCOMPARE(error.kind(), CupiError::Kind::Decode);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.userMessage().isEmpty());
}

void TestCodec::decodeErrorNamesLineAndColumn()
{
    const CupiError xml =
        Codec::decodeObject("<Callhandler>\n  <A>1</B></Callhandler>", WireFormat::Xml).error();
    QVERIFY2(xml.message().contains(u"line 2, column 10"), qPrintable(xml.message()));
    const CupiError json =
        Codec::decodeObject("{\n\"A\":\"1\"\n\"B\":\"2\"}", WireFormat::Json).error();
    QVERIFY2(json.message().contains(u"line 3, column"), qPrintable(json.message()));
}

void TestCodec::everyTruncationIsOkOrDecodeError_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name :
         {"callhandlers-list.xml", "callhandlers-list.json", "callhandlers-one.json",
          "callhandler-text.xml", "callhandler-text.json"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCodec::everyTruncationIsOkOrDecodeError()
{
    // A body cut anywhere (a dropped connection) is never half-read as a smaller valid list.
    QFETCH(QString, file);
    const QByteArray body = fixture(file).trimmed();
    for (qsizetype length = 0; length < body.size(); ++length) {
        const auto list = Codec::decodeList(body.left(length), wireOf(file), u"Callhandler"_s);
        QVERIFY2(!list.ok(), qPrintable(u"accepted a body cut at %1"_s.arg(length)));
        QCOMPARE(list.error().kind(), CupiError::Kind::Decode);
    }
    QVERIFY(Codec::decodeList(body, wireOf(file), u"Callhandler"_s).ok());
}

void TestCodec::requestBodiesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("fields");
    for (const QString &ext : {u"xml"_s, u"json"_s}) {
        QTest::addRow("post %s", qPrintable(ext))
            << u"post-create."_s + ext << QStringList{u"DisplayName"_s};
        QTest::addRow("schedule set %s", qPrintable(ext))
            << u"put-schedule-set."_s + ext << QStringList{u"ScheduleSetObjectId"_s};
        QTest::addRow("recipient %s", qPrintable(ext))
            << u"put-recipient."_s + ext << QStringList{u"RecipientSubscriberObjectId"_s};
        QTest::addRow("time zone %s", qPrintable(ext))
            << u"put-timezone."_s + ext << QStringList{u"UseDefaultTimeZone"_s, u"TimeZone"_s};
    }
}

void TestCodec::requestBodiesRoundTrip()
{
    QFETCH(QString, file);
    QFETCH(QStringList, fields);
    const WireFormat wire = wireOf(file);
    const Result<CupiObject> object = Codec::decodeObject(fixture(file), wire);
    QVERIFY(object.ok());
    QCOMPARE(keys(*object), fields);
    for (const WireFormat out : {WireFormat::Xml, WireFormat::Json}) {
        const QByteArray encoded = Codec::encodeObject(*object, out, u"Callhandler"_s);
        const Result<CupiObject> again = Codec::decodeObject(encoded, out);
        QVERIFY(again.ok());
        QCOMPARE(*again, *object);
    }
}

void TestCodec::encodeXmlShape()
{
    CupiObject object;
    object.set(u"UseDefaultTimeZone"_s, u"false"_s);
    object.set(u"TimeZone"_s, u"190"_s);
    QCOMPARE(Codec::encodeObject(object, WireFormat::Xml, u"Callhandler"_s),
             QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Callhandler>"
                        "<UseDefaultTimeZone>false</UseDefaultTimeZone><TimeZone>190</TimeZone>"
                        "</Callhandler>\n"));
}

void TestCodec::encodeJsonShape()
{
    CupiObject object;
    object.set(u"UseDefaultTimeZone"_s, u"false"_s);
    object.set(u"TimeZone"_s, u"190"_s);
    object.set(u"DtmfAccessId"_s, QString());
    QCOMPARE(Codec::encodeObject(object, WireFormat::Json, u"Callhandler"_s),
             QByteArray(R"({"UseDefaultTimeZone":"false","TimeZone":"190","DtmfAccessId":""})"));
}

void TestCodec::encodeEscapes_data()
{
    QTest::addColumn<int>("wire");
    QTest::newRow("xml") << int(WireFormat::Xml);
    QTest::newRow("json") << int(WireFormat::Json);
}

void TestCodec::encodeEscapes()
{
    QFETCH(int, wire);
    CupiObject object;
    object.set(u"DisplayName"_s, u"  <a> & \"b\" 'c' \\ Zürich 東京 \U0001F4DE\ttab  "_s);
    object.set(u"Empty"_s, u""_s);
    object.set(u"Lines"_s, u"one\ntwo"_s);
    const QByteArray body = Codec::encodeObject(object, WireFormat(wire), u"Callhandler"_s);
    QVERIFY(body.contains("Z\xC3\xBCrich")); // UTF-8, not escaped
    const Result<CupiObject> decoded = Codec::decodeObject(body, WireFormat(wire));
    QVERIFY2(decoded.ok(), body.constData());
    QCOMPARE(*decoded, object);
}

void TestCodec::decodeError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("ErrorDetails xml")
        << u"error-notfound.xml"_s << QByteArray("application/xml") << u"NOT_FOUND"_s
        << u"scheduleset - ObjectId=30d9f6c4-7f83-4d8e-b2e3-0fd7c6f2b9a1"_s;
    QTest::newRow("ErrorDetails json")
        << u"error-dataexception.json"_s << QByteArray("application/json; charset=utf-8")
        << u"DATA_EXCEPTION"_s << u"Max message length must be between 1 and 3600 seconds."_s;
    QTest::newRow("several errors json")
        << u"error-multiple.json"_s << QByteArray("application/json") << u"DATA_EXCEPTION"_s
        << u"DisplayName is required; Invalid DtmfAccessId"_s;
    QTest::newRow("tomcat 401")
        << u"error-tomcat401.html"_s << QByteArray("text/html;charset=utf-8") << QString()
        << u"HTTP Status 401 – Unauthorized: Type Status Report Message Unauthorized Description "
           "The request has not been applied because it lacks valid authentication credentials "
           "for the target resource. Apache Tomcat"_s;
    QTest::newRow("proxy 502 without content type")
        << u"error-proxy502.html"_s << QByteArray() << QString() << u"502 Bad Gateway: nginx"_s;
}

void TestCodec::decodeError()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const Codec::ServerMessage decoded = Codec::decodeError(fixture(file), contentType);
    QCOMPARE(decoded.code, code);
    QCOMPARE(decoded.message, message);
}

void TestCodec::mimeType()
{
    QCOMPARE(Codec::mimeType(WireFormat::Json), QByteArray("application/json"));
    QCOMPARE(Codec::mimeType(WireFormat::Xml), QByteArray("application/xml"));
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
