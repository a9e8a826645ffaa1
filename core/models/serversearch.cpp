// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/serversearch.h"

#include "core/cupiclient.h"
#include "core/cupijob.h"

#include <QTimer>

namespace HandlerDesk::Core {

ServerSearch::ServerSearch(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ServerSearch::due);
}

ServerSearch::~ServerSearch() = default;

void ServerSearch::setDebounceMs(int ms)
{
    m_timer->setInterval(ms);
}

void ServerSearch::restart(bool wait)
{
    ++m_generation; // replies to the previous search are dropped
    m_pending = 0;
    if (wait)
        m_timer->start();
    else
        m_timer->stop();
}

void ServerSearch::skipDebounce()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        Q_EMIT due();
    }
}

bool ServerSearch::isDebouncing() const
{
    return m_timer->isActive();
}

void ServerSearch::start(CupiClient *client, const QList<Request> &requests, int rows)
{
    const quint64 generation = ++m_generation;
    m_found.clear();
    m_error = {};
    m_pending = 0;
    if (!client) {
        Q_EMIT failed(CupiError(CupiError::Kind::Usage, tr("Not connected.")));
        return;
    }
    Q_EMIT started();
    m_found.resize(requests.size());
    for (int i = 0; i < requests.size(); ++i) {
        ListRequest request;
        request.resource = requests.at(i).resource;
        request.itemName = requests.at(i).itemName;
        request.query = requests.at(i).query;
        request.pageNumber = 1;
        request.rowsPerPage = rows;
        ++m_pending;
        CupiJob *job = client->list(request);
        connect(job, &CupiJob::finished, this,
                [this, i, generation](CupiJob *done) { onJobFinished(done, i, generation); });
    }
}

void ServerSearch::onJobFinished(CupiJob *job, int request, quint64 generation)
{
    if (generation != m_generation)
        return;
    --m_pending;
    if (job->ok())
        m_found[request] = static_cast<ListJob *>(job)->items();
    else if (job->error().kind() != CupiError::Kind::Cancelled)
        m_error = job->error();
    if (m_pending == 0)
        Q_EMIT answered(m_found, m_error);
}

} // namespace HandlerDesk::Core
