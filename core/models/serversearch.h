// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupierror.h"
#include "core/models/naturalsort.h"

#include <QList>
#include <QObject>

#include <algorithm>

class QTimer;

namespace HandlerDesk::Core {

class CupiClient;
class CupiJob;
class CupiObject;

// The server-side search behind UserSearchModel and TargetSearchModel (never a full download):
// a debounce — due() after debounceMs of quiet (default 250 ms) — then the first page of each
// request sent at once, and all answers handed over together in answered() once the last request
// answered. restart() and start() drop the replies of the search under way (a generation
// counter), so an answer to an older text, kind or tenant never arrives.
class ServerSearch : public QObject
{
    Q_OBJECT
public:
    // One list to search: its first page is read.
    struct Request
    {
        QString resource;
        QString itemName;
        QString query;
    };

    // Wired to a search model (its parent): due() runs model->search(), answered() goes to
    // model->onAnswered(), started() and failed() to the model's searchStarted() and
    // searchFailed() signals.
    template <typename Model>
    ServerSearch(Model *model, void (Model::*search)(),
                 void (Model::*onAnswered)(const QList<QList<CupiObject>> &, const CupiError &))
        : ServerSearch(model)
    {
        connect(this, &ServerSearch::due, model, search);
        connect(this, &ServerSearch::answered, model, onAnswered);
        connect(this, &ServerSearch::started, model, &Model::searchStarted);
        connect(this, &ServerSearch::failed, model, &Model::searchFailed);
    }
    ~ServerSearch() override;

    void setDebounceMs(int ms);
    // Drops the search under way; then due() follows after the debounce when `wait`, else nothing.
    void restart(bool wait);
    // A due() that is waiting for the debounce is emitted now.
    void skipDebounce();
    bool isDebouncing() const;
    bool isRunning() const { return m_pending > 0; }
    // Sends page 1 (`rows` rows) of each request: started(), then answered(). Without a client,
    // failed() ("Not connected.") at once.
    void start(CupiClient *client, const QList<Request> &requests, int rows);

    // Appends `item` unless its id is empty or already listed (T has a QString `id`).
    template <typename T> static void appendNew(QList<T> &items, const T &item)
    {
        const bool known = std::any_of(items.cbegin(), items.cend(),
                                       [&item](const T &t) { return t.id == item.id; });
        if (!item.id.isEmpty() && !known)
            items.append(item);
    }

    // The end of a search, on the rows a model made of answered(): false when nothing was found
    // and a request failed (the search failed); otherwise true, with `found` sorted by `name`
    // (sortNaturally) and cut to `max` rows.
    template <typename T>
    static bool settle(QList<T> &found, const CupiError &error, int max, QString T::*name)
    {
        if (error.isError() && found.isEmpty())
            return false;
        sortNaturally(found, name);
        if (found.size() > max)
            found.resize(max);
        return true;
    }

Q_SIGNALS:
    void due();
    void started();
    void failed(const HandlerDesk::Core::CupiError &error);
    // What each request found, in the order of the requests, and the error of a request that
    // failed (not one that was cancelled); no error when all succeeded.
    void answered(const QList<QList<HandlerDesk::Core::CupiObject>> &found,
                  const HandlerDesk::Core::CupiError &error);

private:
    explicit ServerSearch(QObject *parent);
    void onJobFinished(CupiJob *job, int request, quint64 generation);

    QTimer *m_timer = nullptr;
    QList<QList<CupiObject>> m_found;
    CupiError m_error;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace HandlerDesk::Core
