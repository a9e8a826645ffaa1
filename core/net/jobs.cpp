// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/jobs.h"

#include "core/codec.h"
#include "core/net/requestfactory.h"
#include "core/net/transport.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Net {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::CupiClient)
};

CupiError cancelledError()
{
    return CupiError(CupiError::Kind::Cancelled, Text::tr("Cancelled."));
}

// An empty id makes "…/callhandlers/" or "…//greetings": refuse it instead of listing.
bool isBadPath(const QString &path)
{
    const QString bare = path.section(u'?', 0, 0);
    return bare.isEmpty() || bare.endsWith(u'/') || bare.contains(u"//"_s);
}

CupiError badPath(const QByteArray &method, const QString &path)
{
    return CupiError(CupiError::Kind::Usage, Text::tr("The request \"%1 %2\" lacks an object id.")
                                                 .arg(QString::fromLatin1(method), path));
}

CupiError decodeFailure(const CupiError &error, const QByteArray &method, const QString &path)
{
    CupiError copy = error;
    copy.setRequest(QString::fromLatin1(method) + u" /vmrest/"_s + path);
    return copy;
}

// Far above any real server (Unity Connection holds tens of thousands of handlers), and small
// enough that a page count or a row reservation never overflows.
constexpr qint64 MaxListTotal = 10'000'000;
} // namespace

// ---- PendingExchange

PendingExchange::PendingExchange(Transport *transport)
    : m_transport(transport)
{
}

void PendingExchange::abort()
{
    if (m_transport && m_id)
        m_transport->abort(m_id);
    m_id = 0;
}

// ---- GetObjectJob

GetObjectJob::GetObjectJob(Transport *transport, const QString &path, QObject *parent)
    : ObjectJob(parent)
    , m_exchange(transport)
{
    if (isBadPath(path)) {
        finish(badPath("GET", path));
        return;
    }
    m_exchange.set(
        transport->send({"GET", path, {}, true}, this,
                        [this, path](const Response &response) { onResponse(path, response); }));
}

void GetObjectJob::cancel()
{
    m_exchange.abort();
    finish(cancelledError());
}

void GetObjectJob::onResponse(const QString &path, const Response &response)
{
    m_exchange.done();
    setHttpStatus(response.status);
    if (response.error) {
        finish(response.error);
        return;
    }
    auto object = Codec::decodeObject(response.body, m_exchange.transport()->settings().wire);
    if (!object) {
        finish(decodeFailure(object.error(), "GET", path));
        return;
    }
    m_object = std::move(object).value();
    finish();
}

// ---- SendJob

SendJob::SendJob(Transport *transport, const QByteArray &method, const QString &path,
                 const QByteArray &body, QObject *parent)
    : WriteJob(parent)
    , m_exchange(transport)
    , m_method(method)
{
    if (isBadPath(path)) {
        finish(badPath(method, path));
        return;
    }
    m_exchange.set(transport->send({method, path, body, false}, this,
                                   [this](const Response &response) { onResponse(response); }));
}

void SendJob::cancel()
{
    m_exchange.abort();
    finish(cancelledError());
}

void SendJob::onResponse(const Response &response)
{
    m_exchange.done();
    setHttpStatus(response.status);
    if (!response.error && m_method == "POST") {
        // CUPI answers 201 with the new object's relative URI as the body (every Cisco example;
        // the .NET SDK reads the id from it). The Location header is never read: 10.x servers
        // repeat its path (…/vmrest/distributionlists/vmrest/distributionlists/<id>, DEVGUIDE).
        const QString body = QString::fromUtf8(response.body).trimmed();
        const QString path = body.startsWith(u'/') ? body : QUrl(body).path();
        if (path.startsWith(u"/vmrest/") && !path.endsWith(u'/'))
            m_createdUri = path;
    }
    finish(response.error);
}

// ---- PagedListJob

CupiError PagedListJob::listError(CupiError::Kind kind, const QString &message) const
{
    CupiError error(kind, message);
    error.setRequest(u"GET /vmrest/"_s + m_request.resource);
    return error;
}

CupiError PagedListJob::shortList() const
{
    return listError(
        CupiError::Kind::Server,
        Text::tr("The server's list ended early: got %1 of %2 rows.").arg(m_loaded).arg(m_total));
}

PagedListJob::PagedListJob(Transport *transport, const ListRequest &request, QObject *parent)
    : ListJob(parent)
    , m_transport(transport)
    , m_request(request)
{
    m_rowsPerPage = request.rowsPerPage > 0 ? request.rowsPerPage : transport->settings().pageSize;
    if (m_request.pagesInFlight < 1)
        m_request.pagesInFlight = 1;
    if (isBadPath(request.resource) || request.itemName.isEmpty()) {
        finish(CupiError(CupiError::Kind::Usage,
                         Text::tr("A list request needs a resource and an item name.")));
        return;
    }
    requestPage(request.pageNumber > 0 ? request.pageNumber : 1, m_rowsPerPage);
}

PagedListJob::~PagedListJob()
{
    abortPending();
}

void PagedListJob::cancel()
{
    end(cancelledError());
}

void PagedListJob::abortPending()
{
    if (m_transport) {
        for (quint64 exchange : std::as_const(m_pending))
            m_transport->abort(exchange);
    }
    m_pending.clear();
}

void PagedListJob::end(const CupiError &error)
{
    abortPending();
    m_ready.clear();
    finish(error);
}

void PagedListJob::requestPage(int page, int rowsPerPage)
{
    const QString path =
        m_request.resource + u'?' + RequestFactory::listQuery(m_request, rowsPerPage, page);
    m_pending.insert(page, m_transport->send(
                               {"GET", path, {}, true}, this,
                               [this, page](const Response &response) { onPage(page, response); }));
}

void PagedListJob::onPage(int page, const Response &response)
{
    m_pending.remove(page);
    setHttpStatus(response.status);
    if (response.error) {
        end(response.error);
        return;
    }
    auto list =
        Codec::decodeListPage(response.body, m_transport->settings().wire, m_request.itemName);
    if (!list) {
        end(decodeFailure(list.error(), "GET", m_request.resource));
        return;
    }
    if (m_request.pageNumber > 0 || page == 1) {
        // Checked before anything is delivered: receivers size themselves by the total.
        if (list->total() < 0 || list->total() > MaxListTotal) {
            end(listError(CupiError::Kind::Decode,
                          Text::tr("The server reported a list of %1 rows (more than %2): "
                                   "refused.")
                              .arg(list->total())
                              .arg(MaxListTotal)));
            return;
        }
        m_total = list->total();
        const qsizetype received = list->rowCount();
        if (!deliver(*list))
            return;
        if (m_request.pageNumber > 0 || m_loaded >= m_total) {
            end();
            return;
        }
        if (received == 0) {
            end(shortList());
            return;
        }
        // The server may cap rowsPerPage: count pages by the rows it really sent.
        if (received < m_rowsPerPage)
            m_rowsPerPage = int(received);
        // At most MaxListTotal pages: fits an int.
        m_lastPage = int((m_total + m_rowsPerPage - 1) / m_rowsPerPage);
        fillPipeline();
        return;
    }
    m_ready.insert(page, std::move(list).value());
    deliverReady();
}

bool PagedListJob::deliver(const ListPage &page)
{
    m_loaded += page.rowCount();
    if (m_request.keepItems)
        m_items.append(page.objects());
    Q_EMIT pageLoaded(page, m_loaded, m_total);
    return !isFinished(); // the receiver may have cancelled
}

void PagedListJob::deliverReady()
{
    while (m_ready.contains(m_nextToDeliver)) {
        const ListPage rows = m_ready.take(m_nextToDeliver);
        ++m_nextToDeliver;
        if (!rows.isEmpty() && !deliver(rows))
            return;
        if (m_loaded >= m_total) {
            end();
            return;
        }
        if (rows.isEmpty() || m_nextToDeliver > m_lastPage) {
            end(shortList());
            return;
        }
    }
    fillPipeline();
}

void PagedListJob::fillPipeline()
{
    while (m_pending.size() < m_request.pagesInFlight && m_nextToRequest <= m_lastPage)
        requestPage(m_nextToRequest++, m_rowsPerPage);
    // Nothing in flight and not finished would wait forever: deliverReady() ends the job after
    // the last page, so this cannot happen; should it, the list is short, not hung.
    Q_ASSERT(!m_pending.isEmpty() || isFinished());
    if (m_pending.isEmpty() && !isFinished())
        end(shortList());
}

} // namespace HandlerDesk::Core::Net
