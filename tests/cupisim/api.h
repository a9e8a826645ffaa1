// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The /vmrest resources: one dispatcher over the decoded path segments, answering from the Store.
// Authentication, sessions and throttling happen before, in SimServer.
#include "schema.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>

namespace CupiSim {

class Store;
struct ListParams;

struct Request
{
    QString method;                 // "GET", "PUT" …
    QStringList segments;           // percent-decoded path segments after /vmrest
    QHash<QString, QString> params; // lower-case names; the first occurrence wins
    QByteArray body;
    QByteArray contentType; // empty: none sent
    bool json = false;      // Accept: application/json
    QString tenantId;       // the caller's tenant; empty: system administrator
    QString origin;         // "https://127.0.0.1:PORT", for Location headers
    QString path;           // the request's path as sent ("/vmrest/handlers/callhandlers")
    // The caller holds Store::lock alone (for writing). Without it, handle() only reads.
    bool exclusive = false;
};

struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Not an answer: the request must change the Store (a GET that stores a handler's default
    // sub-resources), so handle() wants it again with `exclusive` set.
    bool needsExclusive = false;
};

// handle() may run on several threads at once: with Request::exclusive false it only reads the
// Store (the caller shares Store::lock), with true it may change it (the caller holds it alone).
class Api
{
public:
    Api(Store &store, int maxRowsPerPage);
    Response handle(const Request &request);
    // A fault for clients' tests (--total-lie): every list claims `extra` rows it does not have.
    void setTotalLie(qint64 extra) { m_totalLie = extra; }
    std::function<void()> onChanged; // after every successful change, on the request's thread

    static Response error(const Request &r, int status, const QString &code,
                          const QString &message);

private:
    Response ok(const Request &r, QByteArray body) const;
    Response noContent() const;
    Response created(const Request &r, const QString &uri) const;
    Response notFound(const Request &r, KindId id, const QString &objectId) const;
    Response notAllowed(const Request &r) const;
    static Response needsExclusive();
    bool parseBody(const Request &r, KindId id, QList<QPair<QString, QString>> *out,
                   Response *fail) const;
    ListParams listParams(const Request &r) const;
    Response update(const Request &r, KindId id, Rec *rec);

    Response top(const Request &r, KindId id, const QStringList &rest, bool writable);
    Response list(const Request &r, KindId id, const QList<const Rec *> &rows);
    Response children(const Request &r, KindId parent, KindId child, const QString &parentId,
                      const QStringList &rest, bool writable);
    Response handlers(const Request &r, const QStringList &rest);
    Response createHandler(const Request &r);
    Response deleteHandler(const Request &r, const QString &id);
    Response createTop(const Request &r, KindId id);
    Response languageMap(const Request &r, const QStringList &rest);
    Response routingRules(const Request &r, const QStringList &rest);

    Store &m_store;
    int m_maxRows;
    qint64 m_totalLie = 0;
};

} // namespace CupiSim
