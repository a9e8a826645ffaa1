// SPDX-License-Identifier: GPL-3.0-or-later
// Codec::decodeError on bodies that are not fixtures, and CupiError::userMessage.
#include "core/codec.h"

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
