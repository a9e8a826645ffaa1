// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 CSV of CUPI objects.
#include "core/csv.h"
#include "tst_codec_fixtures.h"

#include <QBuffer>
#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void escape_data();
    void escape();
    void document();
    void headerWithoutRows();
    void seedListRoundTrip();
};

void TestCsv::escape_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Opening Greeting"_s << u"Opening Greeting"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Sales, East"_s << u"\"Sales, East\""_s;
    QTest::newRow("quote") << u"The \"A\" team"_s << u"\"The \"\"A\"\" team\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("edge spaces") << u" x "_s << u"\" x \""_s;
    // OWASP's CSV-injection rule (issue 11; "+91" was written as it is before).
    QTest::newRow("plus neutralised") << u"+91"_s << u"'+91"_s;
    QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s
                             << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
    QTest::newRow("leading carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("inside is kept") << u"a=b-c"_s << u"a=b-c"_s;
    QTest::newRow("non-ascii") << u"Zürich 東京"_s << u"Zürich 東京"_s;
}

void TestCsv::escape()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escape(value), expected);
}

void TestCsv::document()
{
    CupiObject a;
    a.set(u"DisplayName"_s, u"Sales, East"_s);
    a.set(u"DtmfAccessId"_s, u"2001"_s);
    CupiObject b;
    b.set(u"DisplayName"_s, u"Zürich \"Nord\""_s);
    b.set(u"Extra"_s, u"x"_s);
    QCOMPARE(Csv::columnsOf({a, b}),
             (QStringList{u"DisplayName"_s, u"DtmfAccessId"_s, u"Extra"_s}));
    const QByteArray csv = Csv::write({u"DisplayName"_s, u"DtmfAccessId"_s}, {a, b});
    QCOMPARE(csv, QByteArray("DisplayName,DtmfAccessId\r\n"
                             "\"Sales, East\",2001\r\n"
                             "\"Z\xC3\xBCrich \"\"Nord\"\"\",\r\n"));
}

// A list with no rows is still a CSV document: its header row, nothing else.
void TestCsv::headerWithoutRows()
{
    QCOMPARE(Csv::write({u"DisplayName"_s, u"Dtmf, Access"_s}, {}),
             QByteArray("DisplayName,\"Dtmf, Access\"\r\n"));
    QCOMPARE(Csv::columnsOf({}), QStringList());
}

void TestCsv::seedListRoundTrip()
{
    const auto list = Codec::decodeList(TestFixtures::fixture(u"callhandlers-list.json"_s),
                                        WireFormat::Json, u"Callhandler"_s);
    QVERIFY(list.ok());
    const QStringList columns = Csv::columnsOf(list->items);
    QCOMPARE(columns.first(), u"URI"_s);
    QByteArray out;
    QBuffer buffer(&out);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.writeHeader(columns);
    for (const CupiObject &item : list->items)
        writer.writeObject(item);
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.size(), 4); // header, 2 rows, the empty rest after the last CRLF
    QVERIFY(lines.last().isEmpty());
    QVERIFY(lines.at(1).contains(",Opening Greeting,"));
    QVERIFY(lines.at(2).contains(",Operator,"));
    // Operator has no TenantObjectId: an empty field keeps the columns aligned.
    QCOMPARE(lines.at(2).count(','), lines.at(0).count(','));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
