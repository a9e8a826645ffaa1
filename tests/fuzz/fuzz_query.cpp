// SPDX-License-Identifier: GPL-3.0-or-later
// The URL and query builders (core/resources.cpp, core/operations/handlerquery.cpp,
// core/net/requestfactory.cpp) on any text. The input is split at NUL bytes into an object id, a
// sub-resource key, a template id, search text (a person's "FIELD is VALUE" or plain text), a sort
// field and a tenant id. Invariants: every URL is valid and printable ASCII (no raw control
// character, space or non-ASCII byte); an id or key stays in its one path segment (no '/', no
// dot segment, decodes back to itself); the path is the resource's; no fragment; a list URL's
// query has exactly the parameters set and each decodes back to the value given.
#include "fuzzcheck.h"

#include "core/net/connectionsettings.h"
#include "core/net/requestfactory.h"
#include "core/operations/handlerquery.h"
#include "core/resources.h"

#include <QStringList>
#include <QUrl>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const Net::RequestFactory &factory()
{
    static const Net::RequestFactory f(QUrl(u"https://cuc.example.com:8443"_s), WireFormat::Json,
                                       30000);
    return f;
}

// The URL of `pathWithQuery`, checked for what every request URL must be.
QUrl checkedUrl(const QString &pathWithQuery)
{
    const QUrl url = factory().url(pathWithQuery);
    FUZZ_CHECK(url.isValid(), "the URL parses");
    FUZZ_CHECK(url.scheme() == u"https"_s && url.host() == u"cuc.example.com"_s &&
                   url.port() == 8443 && url.userInfo().isEmpty(),
               "the server is the one configured");
    FUZZ_CHECK(!url.hasFragment(), "no fragment");
    const QByteArray encoded = url.toEncoded();
    for (const char c : encoded)
        FUZZ_CHECK(c > 0x20 && c < 0x7f, "the URL is printable ASCII");
    FUZZ_CHECK(QUrl::fromEncoded(encoded, QUrl::StrictMode) == url, "the URL reparses the same");
    return url;
}

// The encoded path of `url` below /vmrest/, split at '/'.
QList<QByteArray> segments(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    FUZZ_CHECK(path.startsWith("/vmrest/"), "the path is under /vmrest/");
    return path.mid(8).split('/');
}

// A dot segment in a path is allowed only when RequestFactory::checkPath() refuses to send it.
void checkSegment(const QByteArray &segment, const QString &text, const QString &path)
{
    FUZZ_CHECK((segment != "." && segment != "..") ||
                   !Net::RequestFactory::checkPath(path).isEmpty(),
               "an id is never a dot segment that is sent");
    FUZZ_CHECK(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)) == text,
               "a path segment decodes back to its id");
}

void checkMember(const QString &id, const QString &key, const QString &templateId)
{
    QString path = Resources::callHandler(id);
    QUrl url = checkedUrl(path);
    FUZZ_CHECK(!url.hasQuery(), "an id adds no query");
    QList<QByteArray> parts = segments(url);
    FUZZ_CHECK(parts.size() == 3 && parts[0] == "handlers" && parts[1] == "callhandlers",
               "an id stays in its one path segment");
    checkSegment(parts[2], id, path);

    path = Resources::menuEntry(id, key);
    url = checkedUrl(path);
    FUZZ_CHECK(!url.hasQuery(), "a key adds no query");
    parts = segments(url);
    FUZZ_CHECK(parts.size() == 5 && parts[3] == "menuentries",
               "an id and a key stay in their path segments");
    checkSegment(parts[2], id, path);
    checkSegment(parts[4], key, path);

    path = Resources::createCallHandler(templateId);
    url = checkedUrl(path);
    FUZZ_CHECK(Net::RequestFactory::checkPath(path).isEmpty(), "a template id is never refused");
    parts = segments(url);
    FUZZ_CHECK(parts.size() == 2 && parts[1] == "callhandlers", "the create path is fixed");
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    FUZZ_CHECK(query.startsWith("templateObjectId=") && !query.contains('&'),
               "a template id stays in its one parameter");
    FUZZ_CHECK(QString::fromUtf8(QByteArray::fromPercentEncoding(query.mid(17))) == templateId,
               "the template parameter decodes back to its id");
}

void checkList(const QString &search, const QString &sortField, const QString &tenant,
               bool includePrimary)
{
    const std::optional<QString> clause = parseQueryClause(search);
    if (clause)
        FUZZ_CHECK(clause->startsWith(u'(') && clause->endsWith(u')'), "a clause is parenthesised");
    ListRequest request =
        handlerListRequest({includePrimary, tenant,
                            clause.value_or(Resources::queryStartsWith(u"DisplayName"_s, search))});
    request.sort = sortField.isEmpty() ? QString() : u"("_s + sortField + u" asc)"_s;

    const QString path = request.resource + u'?' + Net::RequestFactory::listQuery(request, 100, 2);
    FUZZ_CHECK(Net::RequestFactory::checkPath(path).isEmpty(), "a list query is never refused");
    const QUrl url = checkedUrl(path);
    FUZZ_CHECK(segments(url) == QList<QByteArray>({"handlers", "callhandlers"}),
               "the list path is fixed");
    QStringList expected = {u"rowsPerPage=100"_s, u"pageNumber=2"_s};
    if (!request.query.isEmpty())
        expected << u"query="_s + request.query;
    if (!request.sort.isEmpty())
        expected << u"sort="_s + request.sort;
    QStringList got;
    for (const QByteArray &item : url.query(QUrl::FullyEncoded).toLatin1().split('&'))
        got << QString::fromUtf8(QByteArray::fromPercentEncoding(item));
    FUZZ_CHECK(got == expected, "the query has exactly its parameters, each decoding back");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = Fuzz::bytes(data, size).split('\0');
    const auto part = [&parts](qsizetype i) { return QString::fromUtf8(parts.value(i)); };
    checkMember(part(0), part(1), part(2));
    checkList(part(3), part(4), part(5), size > 0 && (data[0] & 1));
    return 0;
}
