// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lint over the call-flow graph (issue 12, "Lint"): problems a caller would meet, each at the
// place to fix it. The whole server for the Problems view and `handlerctl lint`; one handler for
// the editor's save-time warnings (never blocking).
#include "core/flow/callflowgraph.h"

#include <QString>

#include <optional>

namespace HandlerDesk::Core::Flow {

struct Problem
{
    enum class Kind : quint8 {
        DanglingTarget,       // an action goes to an object the server does not have
        Unreachable,          // a call handler no entry point reaches (Graph::unreachable())
        LoopWithoutExit,      // a cycle none of whose handlers lets the caller out
        EnabledToDisabled,    // an enabled greeting or a key leads to a handler with no greeting on
        GotoWithoutTarget,    // a "Go to" that names no target
        MessageToNoRecipient, // the after-message action goes to a handler with no recipient
        ExpiredGreeting,      // an Alternate or Holiday greeting enabled, its expiry past
        ExtensionClash,       // two objects with one extension in one partition
    };
    Kind kind = Kind::DanglingTarget;
    int node = -1;            // the node to fix (graph index)
    std::optional<Site> site; // where in it (none: the node as a whole)
    QString message;          // translated, for people
    QString targetId;         // the object the problem is about (the target, the other node)
};

// Every problem of the graph: per rule, in node order.
QList<Problem> lint(const Graph &graph);
// The problems that are `node`'s to fix (a loop: when `node` is on it), for save-time warnings.
QList<Problem> lint(const Graph &graph, int node);

// A stable keyword for each kind ("dangling-target", …) for JSON output and tests.
QString problemKindName(Problem::Kind kind);

} // namespace HandlerDesk::Core::Flow
