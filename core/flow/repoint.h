// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Re-pointing (issue 12): every "Go to" that sends callers to one object is made to send them to
// another — each handler's after-message action, greeting and caller-input key and each routing
// rule that points to FROM now points to TO. planRepoint() says what would change (the preview
// of the delete dialog and of `handlerctl repoint --dry-run`); RepointRun writes it, all or
// nothing.
#include "core/cupiobject.h"
#include "core/flow/callflowgraph.h"
#include "core/result.h"

#include <QObject>

#include <memory>

namespace HandlerDesk::Core {
class CupiClient;
}

namespace HandlerDesk::Core::Flow {

// One referrer's change: one PUT of three fields (the action, its conversation, its target).
struct RepointChange
{
    QString objectId; // the referrer: a handler or a routing rule
    QString objectName;
    NodeKind objectKind = NodeKind::CallHandler;
    EdgeSite site = EdgeSite::MenuKey;
    QString detail; // the key or the greeting type (see EdgeSite)
    QString path;   // what is written (core/resources.h): the handler, greeting, key or rule
    QString root;   // the request body's root name
    // The action's three fields (CUPI names of the object's kind): Action 2 ("Go to"), the
    // conversation and the target — before as the graph knows them, after as they are written.
    CupiObject before;
    CupiObject after;
    QString place; // "Sales › key 3" (translated; names as the server has them)
    QString line;  // "Sales › key 3: Support → Billing"
};

struct RepointPlan
{
    QString fromId;
    QString toId;
    QString fromName;
    QString toName;
    QList<RepointChange> changes; // in the order of Graph::referrersOf(from); may be empty
};

// How a node is named in a sentence: its name (an id when it has none), a conversation's name,
// "missing object <id>" (translated).
QString nodeText(const Node &node);
// Where an edge lives in its source: "key 3", "Standard greeting", "after message", "rule".
QString siteText(const Edge &edge);

// The changes that make every referrer of `fromId` go to `toId` instead. Refused (a Usage error
// with a translated message, nothing planned) when `toId` is empty, equal to `fromId`, not in the
// graph, a Missing node, or no object a "Go to" can name (a routing rule, a conversation); and
// when `fromId` is not in the graph. The conversation follows the new target's kind, as the
// editor's target picker does: a call handler keeps PHGreeting or PHTransfer when the referrer
// had one of them, else PHTransfer; a directory handler AD; an interview handler PHInterview.
Result<RepointPlan> planRepoint(const Graph &graph, const QString &fromId, const QString &toId);

// The graph after a plan was written: each change's edge goes to the plan's target.
void applyRepoint(Graph &graph, const RepointPlan &plan);

// Writes a plan through the client, one request at a time, all or nothing:
// 1. checks: each referrer is read and must still point to FROM as planned (else nothing is
//    written: the graph is older than the server);
// 2. writes each change in order;
// 3. when a write is refused, what was written is put back (newest first, and the refused change
//    itself first when its PUT may have landed: CupiError::writeMayHaveLanded()), each to the
//    values the check read.
// Contract: after start(), exactly one finished() follows, never synchronously from start().
// A graph handed in with setGraph() is updated (applyRepoint) after a success, and only then.
class RepointRun : public QObject
{
    Q_OBJECT
public:
    enum class Stage : quint8 {
        None,    // not failed (yet)
        Check,   // a referrer could not be read or no longer points to FROM: nothing written
        Write,   // a write was refused: see putBack / notPutBack
        PutBack, // (only in notPutBack's errors)
    };
    struct Outcome
    {
        CupiError error; // None after a success
        Stage stage = Stage::None;
        int failedChange = -1; // index into the plan's changes
        QList<int> written;    // changes written and kept (all of them after a success)
        QList<int> putBack;    // written (or maybe written) and then put back
        // Written, or maybe written, and not put back (its put-back was refused): they may still
        // point to TO. With their errors, in the same order.
        QList<int> notPutBack;
        QList<CupiError> notPutBackErrors;
        // A translated account: what failed, why, and what was put back.
        QString message;
    };

    RepointRun(CupiClient *client, RepointPlan plan, QObject *parent = nullptr);
    ~RepointRun() override;

    void setGraph(Graph *graph);
    const RepointPlan &plan() const;
    void start();
    const Outcome &outcome() const;

Q_SIGNALS:
    // Steps done of total (checks, then writes, then any put-backs).
    void progress(int done, int total);
    void finished(bool ok);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace HandlerDesk::Core::Flow
