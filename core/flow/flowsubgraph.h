// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The part of the call-flow graph that a picture shows (issue 12): the nodes a caller can reach
// from one or more roots within a depth, the edges between them, and what the picture marks
// (roots, cycles, nodes whose targets lie beyond the depth). A self-contained value: the picture,
// its layout and handlerctl's DOT/JSON work on it without the graph it came from.
// Graphviz layout and SVG are in core/flow/graphviz/flowlayout.h (a separate library: only the
// programs that draw link Graphviz).
#include "core/flow/callflowgraph.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace HandlerDesk::Core::Flow {

struct SubgraphNode
{
    Node node;
    bool root = false;
    bool inCycle = false;   // part of a cycle of the whole graph (Graph::cycles())
    bool truncated = false; // has targets beyond the depth that the subgraph leaves out
};

struct SubgraphEdge
{
    Edge edge;            // from/to are indexes into Subgraph::nodes
    bool inCycle = false; // both ends in the same cycle: following it can bring a caller back
};

struct Subgraph
{
    QList<SubgraphNode> nodes; // roots first, then in breadth-first order
    QList<SubgraphEdge> edges; // in the graph's order of sources and their edges
    int depth = 0;
};

// The nodes reachable from `roots` (node indexes of `graph`) along at most `depth` edges
// (-1: unlimited), and every edge of the graph between two of them. Unknown indexes are ignored.
Subgraph subgraphFrom(const Graph &graph, const QList<int> &roots, int depth);

// What a picture writes in a node's box: its name (the conversation's name for a conversation
// node, "Missing" and its ObjectId for a dangling target) and its extension, one per line.
QString nodeLabel(const Node &node);
// What a picture writes on an edge: "key 3", the greeting type ("Standard"), "after message",
// "rule".
QString edgeLabel(const Edge &edge);

// Graphviz DOT text: node ids "n<index>" (index into Subgraph::nodes), labels as above, roots
// doubled, Missing nodes red, disabled edges dashed, cycle edges bold orange, truncated nodes
// with a "…" note. Deterministic for a given subgraph (tests compare it as text).
QByteArray toDot(const Subgraph &subgraph);
// JSON: {"depth":N,"nodes":[{"index","objectId","name","extension","kind","root","inCycle",
// "truncated"}],"edges":[{"from","to","site","detail","label","conversation","enabled","inCycle"}]}.
QByteArray toJson(const Subgraph &subgraph);

// The names used in DOT and JSON for kinds and sites ("CallHandler", "MenuKey", …).
QString kindName(NodeKind kind);
QString siteName(EdgeSite site);

} // namespace HandlerDesk::Core::Flow
