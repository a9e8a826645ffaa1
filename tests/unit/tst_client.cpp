// SPDX-License-Identifier: GPL-3.0-or-later
// The CUPI client without a network: requests built by the one factory (URL, query, headers),
// the resource paths, the server-URL rule, the one reply classifier and the session cookies.
#include "core/cupiclient.h"
#include "core/net/replyclassifier.h"
#include "core/net/requestfactory.h"
#include "core/net/session.h"
#include "core/resources.h"

#include <QNetworkCookie>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core;
namespace Res = HandlerDesk::Core::Resources;
using Kind = CupiError::Kind;

Q_DECLARE_METATYPE(HandlerDesk::Core::WireFormat)
Q_DECLARE_METATYPE(HandlerDesk::Core::CupiError::Kind)

namespace {

QByteArray mime(WireFormat wire)
{
    return wire == WireFormat::Json ? "application/json" : "application/xml";
}

const QByteArray sessionCookies[] = {
    "JSESSIONIDSSO=sso1; Path=/; Secure; HttpOnly",
    "JSESSIONID=js1; Path=/vmrest/; Secure; HttpOnly",
    "REQUEST_TOKEN_KEY=tok1; Path=/; Secure; HttpOnly",
};

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

    void addWireRows()
    {
        QTest::addColumn<WireFormat>("wire");
        QTest::newRow("json") << WireFormat::Json;
        QTest::newRow("xml") << WireFormat::Xml;
    }

private Q_SLOTS:
    // ---- no network

    void requestFactory_data() { addWireRows(); }
    void requestFactory()
    {
        QFETCH(WireFormat, wire);
        const Net::RequestFactory factory(QUrl(u"https://cuc.example.com:8443/"_s), wire, 25000);
        ListRequest list;
        list.query = u"(DisplayName startswith A & B)"_s;
        list.sort = u"(DisplayName asc)"_s;
        const QString path =
            Res::callHandlers() + u'?' + Net::RequestFactory::listQuery(list, 100, 2);
        Net::RequestAuth basic{Net::RequestFactory::basicAuthorization(u"admin"_s, u"pw"_s), {}};
        const QNetworkRequest get = factory.make(path, basic, false);
        QCOMPARE(get.url().toEncoded(),
                 QByteArray("https://cuc.example.com:8443/vmrest/handlers/callhandlers"
                            "?rowsPerPage=100&pageNumber=2"
                            "&query=(DisplayName%20startswith%20A%20%26%20B)"
                            "&sort=(DisplayName%20asc)"));
        QCOMPARE(get.rawHeader("Accept"), mime(wire));
        QVERIFY(!get.hasRawHeader("Content-Type"));
        QCOMPARE(get.rawHeader("Authorization"), QByteArray("Basic YWRtaW46cHc="));
        QVERIFY(!get.hasRawHeader("Cookie"));
        QCOMPARE(get.transferTimeout(), 25000);
        QCOMPARE(get.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
        QCOMPARE(get.attribute(QNetworkRequest::CookieLoadControlAttribute).toInt(),
                 int(QNetworkRequest::Manual));

        // A session request carries only the cookies; a body gets its Content-Type.
        Net::RequestAuth session{{}, "JSESSIONID=abc"};
        const QNetworkRequest put = factory.make(Res::callHandler(u"x"_s), session, true);
        QVERIFY(!put.hasRawHeader("Authorization"));
        QCOMPARE(put.rawHeader("Cookie"), QByteArray("JSESSIONID=abc"));
        QCOMPARE(put.header(QNetworkRequest::ContentTypeHeader).toByteArray(), mime(wire));
    }

    void resourcePaths()
    {
        const Net::RequestFactory factory(QUrl(u"https://h"_s), WireFormat::Xml, 1000);
        QCOMPARE(Res::greeting(u"a1"_s, u"Off Hours"_s),
                 u"handlers/callhandlers/a1/greetings/Off%20Hours"_s);
        QCOMPARE(Res::menuEntry(u"a1"_s, u"*"_s), u"handlers/callhandlers/a1/menuentries/%2A"_s);
        QCOMPARE(Res::menuEntry(u"a1"_s, u"#"_s), u"handlers/callhandlers/a1/menuentries/%23"_s);
        QCOMPARE(factory.url(Res::menuEntry(u"a1"_s, u"#"_s)).toEncoded(),
                 QByteArray("https://h/vmrest/handlers/callhandlers/a1/menuentries/%23"));
        QCOMPARE(factory.url(Res::greeting(u"a1"_s, u"Off Hours"_s)).toEncoded(),
                 QByteArray("https://h/vmrest/handlers/callhandlers/a1/greetings/Off%20Hours"));
        QCOMPARE(Res::createCallHandler(u"t 1"_s),
                 u"handlers/callhandlers?templateObjectId=t%201"_s);
        QCOMPARE(Res::queryAnd({Res::queryIs(u"IsPrimary"_s, u"0"_s), QString(),
                                Res::queryStartsWith(u"DisplayName"_s, u"S"_s)}),
                 u"(IsPrimary is 0 & DisplayName startswith S)"_s);
        QCOMPARE(Res::queryAnd({Res::queryIs(u"IsPrimary"_s, u"0"_s)}), u"(IsPrimary is 0)"_s);
        QCOMPARE(Res::queryAnd({}), QString());
        QCOMPARE(Res::routingRules(), u"routingrules"_s);
        QCOMPARE(Res::routingRuleConditions(u"r 1"_s),
                 u"routingrules/r%201/routingruleconditions"_s);
    }

    // Found by tests/fuzz/fuzz_query: an id ".." made .../callhandlers/.., which a server or
    // proxy resolves to handlers/ (the id escaped its path segment); QUrl decodes "%2E%2E" to
    // "..", so such a path is refused before it is sent.
    void dotSegmentPathIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("refused");
        QTest::newRow("id ..") << Res::callHandler(u".."_s) << true;
        QTest::newRow("key .") << Res::menuEntry(u"a1"_s, u"."_s) << true;
        QTest::newRow("encoded") << u"handlers/callhandlers/%2E%2e"_s << true;
        QTest::newRow("template ..") << Res::createCallHandler(u".."_s) << false;
        QTest::newRow("dots in an id") << Res::callHandler(u"a.b..."_s) << false;
        QTest::newRow("list") << Res::callHandlers() + u"?query=(A is ..)"_s << false;
    }
    void dotSegmentPathIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(bool, refused);
        QCOMPARE(!Net::RequestFactory::checkPath(path).isEmpty(), refused);
    }

    void serverUrlCheck_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://cuc.example.com"_s << true;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost"_s << true;
        QTest::newRow("http ipv6 loopback") << u"http://[::1]:80"_s << true;
        QTest::newRow("http remote") << u"http://cuc.example.com"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
    }
    void serverUrlCheck()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(Net::RequestFactory::checkServerUrl(QUrl(url)).isEmpty(), allowed);
    }

    void classifier_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("expectBody");
        QTest::addColumn<CupiError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("ok") << 0 << 200 << QByteArray("application/json") << QByteArray("{}")
                            << true << Kind::None << QString() << QString();
        QTest::newRow("204") << 0 << 204 << QByteArray() << QByteArray() << false << Kind::None
                             << QString() << QString();
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << QByteArray()
                                 << QByteArray() << true << Kind::Network << QString() << QString();
        QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << 0 << QByteArray()
                                 << QByteArray() << true << Kind::Network << QString()
                                 << u"in time"_s;
        QTest::newRow("401 html")
            << int(QNetworkReply::AuthenticationRequiredError) << 401 << QByteArray("text/html")
            << QByteArray("<html><head><title>HTTP Status 401 - Bad credentials</title></head>"
                          "<body><h1>HTTP Status 401</h1></body></html>")
            << true << Kind::Auth << QString() << u"401"_s;
        QTest::newRow("403") << int(QNetworkReply::ContentAccessDenied) << 403 << QByteArray()
                             << QByteArray() << true << Kind::Forbidden << QString() << QString();
        QTest::newRow("400 xml")
            << int(QNetworkReply::ProtocolInvalidOperationError) << 400
            << QByteArray("application/xml")
            << QByteArray("<ErrorDetails><errors><code>DATA_EXCEPTION</code><message>MaxMsgLen "
                          "must be 1-3600</message></errors></ErrorDetails>")
            << false << Kind::Validation << u"DATA_EXCEPTION"_s << u"MaxMsgLen must be"_s;
        QTest::newRow("404 json")
            << int(QNetworkReply::ContentNotFoundError) << 404 << QByteArray("application/json")
            << QByteArray("{\"errors\":{\"code\":\"NOT_FOUND\",\"message\":\"callhandler - "
                          "ObjectId=x\"}}")
            << true << Kind::NotFound << u"NOT_FOUND"_s << u"ObjectId=x"_s;
        QTest::newRow("503") << int(QNetworkReply::ServiceUnavailableError) << 503
                             << QByteArray("text/plain") << QByteArray("server busy") << true
                             << Kind::Busy << QString() << QString();
        QTest::newRow("500 html")
            << int(QNetworkReply::InternalServerError) << 500 << QByteArray("text/html")
            << QByteArray("<html><head><title>Apache Tomcat - Error report</title></head>"
                          "<body>boom</body></html>")
            << true << Kind::Server << QString() << u"Tomcat"_s;
        QTest::newRow("html instead of json")
            << 0 << 200 << QByteArray("text/html") << QByteArray("<html>login</html>") << true
            << Kind::Decode << QString() << u"text/html"_s;
    }
    // A body shorter than its Content-Length was cut off, even when Qt reports no error: a
    // network failure (a write may have landed), and a GET may be sent again.
    void bodyCutShortOfContentLength()
    {
        Net::ReplyFacts facts;
        facts.httpStatus = 201;
        facts.contentType = "text/plain";
        facts.body = "/vmrest/handlers/callhandlers/1d9";
        facts.request = u"POST /vmrest/handlers/callhandlers"_s;
        facts.announcedLength = facts.body.size();
        QCOMPARE(Net::classifyReply(facts).kind(), Kind::None);
        facts.announcedLength = facts.body.size() + 33;
        const CupiError error = Net::classifyReply(facts);
        QCOMPARE(error.kind(), Kind::Network);
        QVERIFY2(error.message().contains(u"33 of 66"_s), qPrintable(error.message()));
        QVERIFY(Net::isRetryable(facts, true));
        facts.announcedLength = -1; // no Content-Length: the close ends the body
        QCOMPARE(Net::classifyReply(facts).kind(), Kind::None);
    }
    // Which failed writes may still have changed the server (the editor puts those parts back,
    // handlerctl says so): not a refusal of the request itself.
    void writeMayHaveLanded()
    {
        QVERIFY(CupiError(Kind::Network, u"closed"_s).writeMayHaveLanded());
        QVERIFY(CupiError(Kind::Decode, u"unreadable"_s, 200).writeMayHaveLanded());
        QVERIFY(CupiError(Kind::Server, u"boom"_s, 500).writeMayHaveLanded());
        QVERIFY(CupiError(Kind::Busy, u"busy"_s, 503).writeMayHaveLanded());
        QVERIFY(!CupiError().writeMayHaveLanded());
        QVERIFY(!CupiError(Kind::Validation, u"bad"_s, 400).writeMayHaveLanded());
        QVERIFY(!CupiError(Kind::Auth, u"401"_s, 401).writeMayHaveLanded());
        QVERIFY(!CupiError(Kind::Tls, u"untrusted"_s).writeMayHaveLanded());
        QVERIFY(!CupiError(Kind::Usage, u"not sent"_s).writeMayHaveLanded());
        QVERIFY(!CupiError(Kind::Server, u"teapot"_s, 418).writeMayHaveLanded());
    }
    void classifier()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, expectBody);
        QFETCH(CupiError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        Net::ReplyFacts facts;
        facts.networkError = QNetworkReply::NetworkError(networkError);
        facts.errorString = u"Connection refused"_s;
        facts.httpStatus = status;
        facts.contentType = contentType;
        facts.body = body;
        facts.expectBody = expectBody;
        facts.wire = WireFormat::Json;
        facts.request = u"GET /vmrest/handlers/callhandlers"_s;
        const CupiError error = Net::classifyReply(facts);
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.serverCode(), code);
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
        if (kind != Kind::None) {
            QCOMPARE(error.request(), facts.request);
            QVERIFY(!error.userMessage().isEmpty());
        }
    }

    void sessionRotation()
    {
        Net::Session session;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QNetworkCookie> first;
        for (const QByteArray &c : sessionCookies)
            first += QNetworkCookie::parseCookies(c);
        session.update(first, now);
        QCOMPARE(session.cookieHeader(u"/vmrest/users"_s, now),
                 QByteArray("JSESSIONIDSSO=sso1; JSESSIONID=js1; REQUEST_TOKEN_KEY=tok1"));
        QCOMPARE(session.cookieHeader(u"/other"_s, now),
                 QByteArray("JSESSIONIDSSO=sso1; REQUEST_TOKEN_KEY=tok1"));
        // Rotation: an expired Set-Cookie plus a new one on an ordinary reply.
        session.update(
            QNetworkCookie::parseCookies(
                "REQUEST_TOKEN_KEY=tok1; Path=/; Expires=Thu, 01 Jan 1970 00:00:10 GMT") +
                QNetworkCookie::parseCookies("REQUEST_TOKEN_KEY=tok2; Path=/"),
            now);
        QCOMPARE(session.cookieHeader(u"/vmrest/x"_s, now),
                 QByteArray("JSESSIONIDSSO=sso1; JSESSIONID=js1; REQUEST_TOKEN_KEY=tok2"));
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
