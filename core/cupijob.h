// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/cupiobject.h"
#include "core/listpage.h"

#include <QObject>

namespace HandlerDesk::Core {

// One exchange with the server (or a sequence of them, for paged reads).
// Contract: finished() is emitted exactly once, never synchronously from the call that created the
// job, also on error and on cancel(). The job is parented to the client and deletes itself
// (deleteLater) after finished() unless the receiver calls setAutoDelete(false). Destroying a job
// aborts its network reply.
class CupiJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    const CupiError &error() const { return m_error; }
    bool ok() const { return m_finished && !m_error.isError(); }
    int httpStatus() const { return m_httpStatus; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // Aborts what is in flight; finished() follows with Kind::Cancelled (once, asynchronously).
    virtual void cancel() = 0;

Q_SIGNALS:
    void finished(HandlerDesk::Core::CupiJob *job);

protected:
    // For implementations: records the outcome and emits finished() once (queued).
    void finish(const CupiError &error = {});
    void setHttpStatus(int status) { m_httpStatus = status; }

private:
    CupiError m_error;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
};

// GET of one object (…/callhandlers/{id}, …/greetings/Standard, /version).
class ObjectJob : public CupiJob
{
    Q_OBJECT
public:
    using CupiJob::CupiJob;
    const CupiObject &object() const { return m_object; }

protected:
    CupiObject m_object;
};

// GET of a list. A single page when ListRequest::pageNumber > 0; otherwise every page, read
// page by page following `total` (never trusting that rowsPerPage was honoured), with at most
// ListRequest::pagesInFlight pages requested at once; pageLoaded() delivers the pages in order,
// each decoded compactly (a ListPage: read what you need, keep nothing you do not).
class ListJob : public CupiJob
{
    Q_OBJECT
public:
    using CupiJob::CupiJob;
    qint64 total() const { return m_total; }
    qint64 loaded() const { return m_loaded; }
    // All rows received so far (in server order); empty when ListRequest::keepItems is false —
    // for huge lists, consume pageLoaded() instead.
    const QList<CupiObject> &items() const { return m_items; }

Q_SIGNALS:
    void pageLoaded(const HandlerDesk::Core::ListPage &page, qint64 loaded, qint64 total);

protected:
    qint64 m_total = 0;
    qint64 m_loaded = 0;
    QList<CupiObject> m_items;
};

// POST, PUT or DELETE. Never retried blindly.
class WriteJob : public CupiJob
{
    Q_OBJECT
public:
    using CupiJob::CupiJob;
    // POST: the new object's relative URI ("/vmrest/handlers/callhandlers/{id}") and its id.
    QString createdUri() const { return m_createdUri; }
    QString createdId() const { return m_createdUri.section(QLatin1Char('/'), -1); }

protected:
    QString m_createdUri;
};

} // namespace HandlerDesk::Core
