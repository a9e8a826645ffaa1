// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupijob.h"
#include "core/net/connectionsettings.h"

#include <QMap>
#include <QPointer>

namespace HandlerDesk::Core::Net {

class Transport;
struct Response;

// The one exchange a job waits for: aborted when the job cancels or is destroyed (which also
// makes sure its callback never runs on a dead job).
class PendingExchange
{
public:
    explicit PendingExchange(Transport *transport);
    ~PendingExchange() { abort(); }
    Q_DISABLE_COPY_MOVE(PendingExchange)

    Transport *transport() const { return m_transport; }
    void set(quint64 id) { m_id = id; }
    void done() { m_id = 0; }
    void abort();

private:
    QPointer<Transport> m_transport;
    quint64 m_id = 0;
};

// The concrete jobs behind CupiClient. Each starts in its constructor (the request is queued and
// leaves from the event loop) and finishes exactly once through CupiJob::finish().

class GetObjectJob final : public ObjectJob
{
public:
    GetObjectJob(Transport *transport, const QString &path, QObject *parent);
    void cancel() override;

private:
    void onResponse(const QString &path, const Response &response);
    PendingExchange m_exchange;
};

class SendJob final : public WriteJob
{
public:
    SendJob(Transport *transport, const QByteArray &method, const QString &path,
            const QByteArray &body, QObject *parent);
    void cancel() override;

private:
    void onResponse(const Response &response);
    PendingExchange m_exchange;
    QByteArray m_method;
};

// Paging: page 1 first (learns total and the page size the server really used), then the rest
// with at most pagesInFlight requested at once, delivered in order; stops when all `total` rows
// are in. A total above 10 million is refused (Kind::Decode) before any row is delivered; a list
// that ends before `total` (an empty page, or the last page short) fails with Kind::Server,
// "got N of M rows". A failed page ends the job; rows delivered stay delivered.
class PagedListJob final : public ListJob
{
public:
    PagedListJob(Transport *transport, const ListRequest &request, QObject *parent);
    ~PagedListJob() override;
    void cancel() override;

private:
    void requestPage(int page, int rowsPerPage);
    void onPage(int page, const Response &response);
    bool deliver(const ListPage &page); // false when the receiver cancelled
    void deliverReady();
    void fillPipeline();
    void end(const CupiError &error = {});
    void abortPending();
    CupiError listError(CupiError::Kind kind, const QString &message) const;
    CupiError shortList() const;

    QPointer<Transport> m_transport;
    ListRequest m_request;
    QMap<int, quint64> m_pending; // page → exchange
    QMap<int, ListPage> m_ready;  // pages that arrived out of order
    int m_rowsPerPage = 0;
    int m_lastPage = 0;
    int m_nextToRequest = 2;
    int m_nextToDeliver = 2;
};

} // namespace HandlerDesk::Core::Net
