// SPDX-License-Identifier: GPL-3.0-or-later
// The allocation-light readers (issue 10): the JSON reader accepts exactly what a JSON parser
// accepts, the plain-XML fast path reads exactly what QXmlStreamReader reads (or leaves the body
// to it), and ListPage keeps absent and empty apart.
#include "tst_codec_fixtures.h"

#include "core/codec/codec_p.h"
#include "core/listpage.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

using namespace HandlerDesk::Core;
using namespace HandlerDesk::Core::TestFixtures;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<CupiObject> objectsOf(const Result<ListPage> &page)
{
    return page ? page->objects() : QList<CupiObject>();
}

} // namespace

class TestCodecReaders : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void jsonValidityMatchesQJsonDocument_data();
    void jsonValidityMatchesQJsonDocument();
    void jsonStringsAndDuplicates();
    void jsonExactItemNameWins();
    void plainXmlAgreesWithFullReader_data();
    void plainXmlAgreesWithFullReader();
    void plainXmlLeavesEveryTruncationToFullReader();
    void listPageAbsentEmptyAndProjection();
    void manyKeysTakeLinearTime_data();
    void manyKeysTakeLinearTime();
};

void TestCodecReaders::jsonValidityMatchesQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    const char *bodies[] = {
        R"({"A":"1"})",
        R"({"A":01})",
        R"({"A":1.})",
        R"({"A":-0})",
        R"({"A":-})",
        R"({"A":1e5,"B":-2.5E-3})",
        R"({"A":.5})",
        R"({"A":tru})",
        R"({"A":true,"B":false,"C":null})",
        R"({"A":"\u00e9\ud83d\ude00"})",
        R"({"A":"\x"})",
        R"({"A":"\u12"})",
        "{\"A\":\"a\tb\"}",
        R"({"A":[1,[2,{"b":{}}],[]]})",
        R"({"A":[1,]})",
        R"({"A":"1",})",
        R"({,"A":"1"})",
        R"({"A" "1"})",
        R"({"A":"1"} x)",
        " \r\n{ \"A\" : \"1\" , \"B\" : [ ] }\n ",
        R"({"A":"1"}{"B":"2"})",
        R"({"A":{"B":"1"})",
        R"()",
        R"("text")",
    };
    for (const char *body : bodies)
        QTest::newRow(body) << QByteArray(body);
}

void TestCodecReaders::jsonValidityMatchesQJsonDocument()
{
    QFETCH(QByteArray, body);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const bool valid = error.error == QJsonParseError::NoError && document.isObject();
    const Result<CupiObject> object = Codec::decodeObject(body, WireFormat::Json);
    QCOMPARE(object.ok(), valid);
    if (!valid)
        QCOMPARE(object.error().kind(), CupiError::Kind::Decode);
}

void TestCodecReaders::jsonStringsAndDuplicates()
{
    const Result<CupiObject> object = Codec::decodeObject(
        R"({"A":"x\"y\\z\/\n","B":"","Empty":"","A2":"\u00e9\ud83d\ude00","D":"1","D":"2"})",
        WireFormat::Json);
    QVERIFY(object.ok());
    QCOMPARE(object->value(u"A"), u"x\"y\\z/\n"_s);
    QCOMPARE(object->value(u"A2"), u"é😀"_s);
    QVERIFY(object->contains(u"Empty"));
    QVERIFY(!object->value(u"Empty").isNull());
    QCOMPARE(object->value(u"D"), u"2"_s); // the last one wins, as CupiObject::set()
    QCOMPARE(object->size(), 5);
}

void TestCodecReaders::jsonExactItemNameWins()
{
    const QByteArray body = R"({"CallHandler":[{"A":"case"}],"@total":"2",)"
                            R"("Callhandler":[{"A":"exact"},{"A":"exact2"}],"Other":{"x":[1]}})";
    const Result<ListPage> page = Codec::decodeListPage(body, WireFormat::Json, u"Callhandler");
    QVERIFY(page.ok());
    QCOMPARE(page->total(), 2);
    QCOMPARE(page->rowCount(), 2);
    QCOMPARE(page->value(0, u"A"), u"exact");
    const Result<ListPage> onlyCase =
        Codec::decodeListPage(R"({"CALLHANDLER":{"A":"1"}})", WireFormat::Json, u"Callhandler");
    QVERIFY(onlyCase.ok());
    QCOMPARE(onlyCase->rowCount(), 1);
    QCOMPARE(onlyCase->total(), 1);
}

void TestCodecReaders::plainXmlAgreesWithFullReader_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("plain"); // whether the fast path should take it
    QTest::newRow("fixture list") << fixture(u"callhandlers-list.xml"_s) << true;
    QTest::newRow("fixture one") << fixture(u"callhandlers-one.xml"_s) << true;
    QTest::newRow("fixture empty") << fixture(u"callhandlers-empty.xml"_s) << true;
    QTest::newRow("entities")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Callhandlers total=\"1\">"
                      "<Callhandler><A>x &amp; y &lt;&gt; &quot;&apos; &#233;&#x1F600;</A>"
                      "<B/><C></C><D>  spaced  </D></Callhandler></Callhandlers>")
        << true;
    QTest::newRow("other children")
        << QByteArray("<Callhandlers><Meta><X>1</X></Meta><CallHandler><A>1</A></CallHandler>"
                      "<Callhandler/></Callhandlers>")
        << true;
    QTest::newRow("no total")
        << QByteArray("<Callhandlers>\n  <Callhandler>\n    <A>1</A>\n  </Callhandler>\n"
                      "</Callhandlers>\n")
        << true;
    QTest::newRow("cdata") << QByteArray("<Callhandlers><Callhandler><A><![CDATA[<b>]]></A>"
                                         "</Callhandler></Callhandlers>")
                           << false;
    QTest::newRow("comment") << QByteArray("<Callhandlers><!-- x --><Callhandler><A>1</A>"
                                           "</Callhandler></Callhandlers>")
                             << false;
    QTest::newRow("nested") << QByteArray("<Callhandlers><Callhandler><A><B>1</B></A>"
                                          "</Callhandler></Callhandlers>")
                            << false;
    QTest::newRow("crlf") << QByteArray("<Callhandlers><Callhandler><A>a\r\nb</A>"
                                        "</Callhandler></Callhandlers>")
                          << false;
    QTest::newRow("item attribute")
        << QByteArray("<Callhandlers><Callhandler id=\"1\"><A>1</A></Callhandler></Callhandlers>")
        << false;
    QTest::newRow("namespace") << QByteArray("<Callhandlers><x:Callhandler xmlns:x=\"u\"><A>1</A>"
                                             "</x:Callhandler></Callhandlers>")
                               << false;
    QTest::newRow("latin1") << QByteArray(
                                   "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Callhandlers>"
                                   "<Callhandler><A>caf\xe9</A></Callhandler></Callhandlers>")
                            << false;
    QTest::newRow("bad utf8") << QByteArray("<Callhandlers><Callhandler><A>caf\xe9</A>"
                                            "</Callhandler></Callhandlers>")
                              << false;
    QTest::newRow("control character")
        << QByteArray("<Callhandlers><Callhandler><A>\x01</A></Callhandler></Callhandlers>")
        << false;
    QTest::newRow("cdata end in text")
        << QByteArray("<Callhandlers><Callhandler><A>]]></A></Callhandler></Callhandlers>")
        << false;
    QTest::newRow("unknown entity")
        << QByteArray("<Callhandlers><Callhandler><A>&nbsp;</A></Callhandler></Callhandlers>")
        << false;
    QTest::newRow("mismatched")
        << QByteArray("<Callhandlers><Callhandler><A>1</B></Callhandler></Callhandlers>") << false;
    QTest::newRow("trailing") << QByteArray("<Callhandlers/>x") << false;
    QTest::newRow("bad total") << QByteArray("<Callhandlers total=\"two\"/>") << false;
    // Found by tests/fuzz/fuzz_xml: bodies the fast path took although the full reader rejects
    // them (an unsupported version, a NUL in an attribute, a bad reference in a skipped item,
    // a reference to a character XML forbids, digits that are not the base's).
    QTest::newRow("xml 2.0") << QByteArray("<?xml version=\"2.0\" encoding=\"UTF-8\"?>"
                                           "<Callhandlers total=\"30\"/>")
                             << false;
    QTest::newRow("declaration junk")
        << QByteArray("<?xml version=\"1.0\" junk?><Callhandlers/>") << false;
    QTest::newRow("declaration standalone")
        << QByteArray("<?xml version='1.0' encoding='utf-8' standalone='yes' ?><Callhandlers/>")
        << true;
    QTest::newRow("nul in total") << QByteArray("<Callhandlers total=\"0\0\0\"/>", 25) << false;
    QTest::newRow("bad reference in skipped item")
        << QByteArray("<Callhandlers><TransferOption><URI>a&#0;b</URI></TransferOption>"
                      "</Callhandlers>")
        << false;
    QTest::newRow("reference to a control character")
        << QByteArray("<Callhandlers><Callhandler><A>&#1;</A></Callhandler></Callhandlers>")
        << false;
    QTest::newRow("reference to U+FFFE")
        << QByteArray("<Callhandlers><Callhandler><A>&#xFFFE;</A></Callhandler></Callhandlers>")
        << false;
    QTest::newRow("reference with sign")
        << QByteArray("<Callhandlers><Callhandler><A>&#+65;</A></Callhandler></Callhandlers>")
        << false;
}

void TestCodecReaders::plainXmlAgreesWithFullReader()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, plain);
    const std::optional<ListPage> fast = Codec::Detail::readPlainXmlPage(body, u"Callhandler");
    const Result<ListPage> full = Codec::Detail::readXmlPage(body, u"Callhandler");
    QCOMPARE(fast.has_value(), plain);
    if (fast) {
        QVERIFY2(full.ok(), qPrintable(full.error().message()));
        QCOMPARE(fast->total(), full->total());
        QCOMPARE(fast->objects(), full->objects());
    }
    // Whatever path reads it, the public decoder gives the full reader's answer.
    const Result<ListPage> decoded = Codec::decodeListPage(body, WireFormat::Xml, u"Callhandler");
    QCOMPARE(decoded.ok(), full.ok());
    QCOMPARE(objectsOf(decoded), objectsOf(full));
}

void TestCodecReaders::plainXmlLeavesEveryTruncationToFullReader()
{
    const QByteArray body = fixture(u"callhandlers-list.xml"_s).trimmed();
    for (qsizetype length = 0; length < body.size(); ++length) {
        const QByteArray cut = body.left(length);
        QVERIFY2(!Codec::Detail::readPlainXmlPage(cut, u"Callhandler"),
                 qPrintable(u"the fast path took a body cut at %1"_s.arg(length)));
        QVERIFY(!Codec::Detail::readPlainXmlObject(cut));
    }
}

void TestCodecReaders::listPageAbsentEmptyAndProjection()
{
    const Result<ListPage> page = Codec::decodeListPage(
        R"({"@total":"5","Callhandler":[{"A":"1","B":"","C":"3"},{"C":"x","A":"2"}]})",
        WireFormat::Json, u"Callhandler");
    QVERIFY(page.ok());
    QCOMPARE(page->total(), 5);
    QCOMPARE(page->rowCount(), 2);
    QVERIFY(page->value(0, u"B").isEmpty());
    QVERIFY(!page->value(0, u"B").isNull());
    QVERIFY(page->value(1, u"B").isNull());
    QVERIFY(!page->contains(1, u"B"));
    QCOMPARE(page->names(), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
    QCOMPARE(page->name(1, 0), u"C");
    QCOMPARE(page->nameIndex(1, 0), 2);
    const CupiObject projected = page->object(0, {u"C", u"A"});
    QCOMPARE(keys(projected), (QStringList{u"A"_s, u"C"_s})); // the row's order
    QCOMPARE(page->object(1).value(u"C"), u"x"_s);
}

void TestCodecReaders::manyKeysTakeLinearTime_data()
{
    // One object with 80,000 distinct keys: each key's lookup was a linear search (7.5 s).
    constexpr int Keys = 80'000;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("format");
    QByteArray xml = "<Callhandler>";
    QByteArray json = "{";
    for (int i = 0; i < Keys; ++i) {
        const QByteArray key = "K" + QByteArray::number(i);
        const QByteArray value = QByteArray::number(i * 7);
        xml += '<' + key + '>' + value + "</" + key + '>';
        json += (i > 0 ? ",\"" : "\"") + key + "\":\"" + value + '"';
    }
    QTest::newRow("xml") << xml + "</Callhandler>" << int(WireFormat::Xml);
    QTest::newRow("json") << json + '}' << int(WireFormat::Json);
}

void TestCodecReaders::manyKeysTakeLinearTime()
{
    QFETCH(QByteArray, body);
    QFETCH(int, format);
    QElapsedTimer timer;
    timer.start();
    const Result<CupiObject> object = Codec::decodeObject(body, WireFormat(format));
    const qint64 ms = timer.elapsed();
    QVERIFY(object.ok());
    QVERIFY2(ms < 1000, qPrintable(u"%1 bytes took %2 ms"_s.arg(body.size()).arg(ms)));
    QCOMPARE(object->size(), 80'000);
    QCOMPARE(object->fields().at(0).first, u"K0"_s);
    QCOMPARE(object->value(u"K79999"), u"559993"_s);
    QCOMPARE(object->fields().at(41'234).second, u"288638"_s);
}

QTEST_GUILESS_MAIN(TestCodecReaders)
#include "tst_codecreaders.moc"
