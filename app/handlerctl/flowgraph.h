// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The call-flow graph for flow, refs, repoint and lint (issue 12).

class QCommandLineParser;

namespace HandlerDesk::Core::Flow {
class Graph;
}

namespace HandlerDesk::Ctl {

class Context;

// --refresh.
void addGraphOptions(QCommandLineParser &parser);

// Connects, checks the credentials with one request, then takes the graph kept for this server and
// user (Core::Flow::CallFlowCache; its age on stderr), or — with --refresh or when none is kept —
// builds it (CallFlowBuilder, progress on stderr at a terminal) and keeps it. ExitOk, or the exit
// code after the error was printed. A build that could not read some handlers' details warns and
// goes on (the graph is usable; it is not kept).
int loadGraph(Context &context, const QCommandLineParser &parser, Core::Flow::Graph *graph);
// Keeps `graph` for this server and user (after a re-pointing); a failure is a warning.
void keepGraph(const Context &context, const Core::Flow::Graph &graph);
// Forgets the kept graph, so that the next command reads the server again.
void forgetGraph(const Context &context);

} // namespace HandlerDesk::Ctl
