// SPDX-License-Identifier: GPL-3.0-or-later
// Codec::decodeError on bodies that are not fixtures, and CupiError::userMessage.
#include "core/codec.h"

#include <QElapsedTimer>
#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

class TestCodecErrors : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void plainText();
    void emptyAndBinary();
    void htmlIsCapped();
    void htmlEntitiesAndScripts();
    void htmlNestedAndUnclosed_data();
    void htmlNestedAndUnclosed();
    void hostileHtmlTakesLinearTime_data();
    void hostileHtmlTakesLinearTime();
    void hugeErrorDetailsAreCapped_data();
    void hugeErrorDetailsAreCapped();
    void userMessagePerKind_data();
    void userMessagePerKind();
};

void TestCodecErrors::plainText()
{
    const auto decoded =
        Codec::decodeError("  Service\n  temporarily   unavailable \n", "text/plain");
    QVERIFY(decoded.code.isEmpty());
    QCOMPARE(decoded.message, u"Service temporarily unavailable"_s);
}

void TestCodecErrors::emptyAndBinary()
{
    QVERIFY(Codec::decodeError(QByteArray(), "application/json").message.isEmpty());
    QVERIFY(Codec::decodeError("   \n", "text/html").message.isEmpty());
    QVERIFY(Codec::decodeError(QByteArray("\x00\xff\xfe\x01", 4), "application/octet-stream")
                .message.isEmpty());
    // JSON that is not ErrorDetails: its text, never a failure.
    const auto other = Codec::decodeError(R"({"status":"bad"})", "application/json");
    QVERIFY(other.code.isEmpty());
    QCOMPARE(other.message, uR"({"status":"bad"})"_s);
}

void TestCodecErrors::htmlIsCapped()
{
    const QByteArray body = "<html><head><title>Error</title></head><body><p>" +
                            QByteArray(2000, 'x') + "</p></body></html>";
    const auto decoded = Codec::decodeError(body, "text/html");
    QVERIFY(decoded.message.startsWith(u"Error: xxx"));
    QVERIFY(decoded.message.size() <= 300);
    QVERIFY(decoded.message.endsWith(u'…'));
}

void TestCodecErrors::htmlEntitiesAndScripts()
{
    const QByteArray body = "<!DOCTYPE html><html><head><script>var a = '<b>';</script></head>"
                            "<body><h1>Access&nbsp;denied &amp; logged</h1>"
                            "<p>Code &#65;&#x42;</p></body></html>";
    const auto decoded = Codec::decodeError(body, "");
    QCOMPARE(decoded.message, u"Access denied & logged: Code AB"_s);
}

void TestCodecErrors::htmlNestedAndUnclosed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("comment and style dropped")
        << QByteArray("<html><head><style>p{}</style><title>T &lt;1&gt;</title></head><body>"
                      "<!-- <p>hidden</p> --><p>A</p>\n<p>B&#x20AC;</p></body></html>")
        << u"T <1>: A B€"_s;
    QTest::newRow("h1 when no title")
        << QByteArray("<html><body><h1 class=x>Bad Gateway</h1><hr><p>nginx</p></body></html>")
        << u"Bad Gateway: nginx"_s;
    QTest::newRow("unclosed script is text; heading a whole word")
        << QByteArray("<html><title>T</title><body>Text<script>var x;</body></html>")
        << u"T: Text var x;"_s;
    QTest::newRow("unknown entity kept")
        << QByteArray("<html><body>a &bogus; b &amp c</body></html>") << u"a &bogus; b &amp c"_s;
    QTest::newRow("case-insensitive tags")
        << QByteArray("<HTML><TITLE>Up</TITLE><SCRIPT>x</SCRIPT><BODY>Down</BODY></HTML>")
        << u"Up: Down"_s;
}

void TestCodecErrors::htmlNestedAndUnclosed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(Codec::decodeError(body, "text/html").message, message);
}

void TestCodecErrors::hostileHtmlTakesLinearTime_data()
{
    // Shapes that made the former regular expressions quadratic (1.2 MB took 97 s).
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("start");
    const QByteArray head = "<html><head><title>Hostile</title></head><body>";
    QTest::newRow("unclosed tags") << head + QByteArray("<a").repeated(600'000) << u"Hostile"_s;
    QTest::newRow("unclosed scripts")
        << head + QByteArray("<script ").repeated(150'000) << u"Hostile"_s;
    QTest::newRow("unclosed comments")
        << head + QByteArray("<!--").repeated(300'000) << u"Hostile"_s;
    QTest::newRow("unclosed titles") << QByteArray("<html><title>").repeated(100'000) << QString();
    QTest::newRow("entities") << head + QByteArray("&#x41;&").repeated(200'000)
                              << u"Hostile: A&A&A&"_s;
}

void TestCodecErrors::hostileHtmlTakesLinearTime()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, start);
    QElapsedTimer timer;
    timer.start();
    const auto decoded = Codec::decodeError(body, "text/html");
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 1000, qPrintable(u"%1 bytes took %2 ms"_s.arg(body.size()).arg(ms)));
    QVERIFY2(decoded.message.startsWith(start), qPrintable(decoded.message.left(80)));
    QVERIFY(decoded.message.size() <= 300);
}

void TestCodecErrors::hugeErrorDetailsAreCapped_data()
{
    // A 20 MB message (and code) in ErrorDetails: capped where it is read.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray huge(20'000'000, 'm');
    QTest::newRow("xml") << "<ErrorDetails><errors><code>" + huge + "</code><message>" + huge +
                                "</message></errors></ErrorDetails>"
                         << QByteArray("application/xml");
    QTest::newRow("json") << R"({"errors":{"code":")" + huge + R"(","message":")" + huge + "\"}}"
                          << QByteArray("application/json");
}

void TestCodecErrors::hugeErrorDetailsAreCapped()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const auto decoded = Codec::decodeError(body, contentType);
    QVERIFY(decoded.message.startsWith(u"mmm"));
    QVERIFY(decoded.message.endsWith(u'…'));
    QVERIFY2(decoded.message.size() <= 2000, qPrintable(QString::number(decoded.message.size())));
    QVERIFY(decoded.code.startsWith(u"mmm"));
    QVERIFY(decoded.code.size() <= 100);
}

void TestCodecErrors::userMessagePerKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("mustContain");
    using K = CupiError::Kind;
    QTest::newRow("validation keeps server text")
        << int(K::Validation) << u"DtmfAccessId 2345 is already in use"_s
        << u"DtmfAccessId 2345 is already in use"_s;
    QTest::newRow("network") << int(K::Network) << u"Connection refused"_s
                             << u"Connection refused"_s;
    QTest::newRow("auth") << int(K::Auth) << u"HTTP Status 401"_s << u"password"_s;
    QTest::newRow("forbidden") << int(K::Forbidden) << QString() << u"rights"_s;
    QTest::newRow("busy") << int(K::Busy) << QString() << u"busy"_s;
    QTest::newRow("decode") << int(K::Decode) << u"XML line 3, column 4: x"_s
                            << u"XML line 3, column 4: x"_s;
    QTest::newRow("usage") << int(K::Usage) << u"Bad value"_s << u"Bad value"_s;
}

void TestCodecErrors::userMessagePerKind()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(QString, mustContain);
    const CupiError error(CupiError::Kind(kind), message, 400);
    QVERIFY(error.isError());
    QVERIFY2(error.userMessage().contains(mustContain), qPrintable(error.userMessage()));
    QVERIFY(CupiError().userMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestCodecErrors)
#include "tst_codecerrors.moc"
