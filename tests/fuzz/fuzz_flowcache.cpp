// SPDX-License-Identifier: GPL-3.0-or-later
// The call-flow graph's cache form (Graph::deserialize, core/flow/callflowcache.cpp) on any bytes.
// Invariants: whatever it accepts is a consistent graph (the index finds every node where it is,
// every edge is in its source's targets and its target's referrers, no more), the queries and
// lint run on it, and it writes back to bytes that read back to the same bytes.
#include "fuzzcheck.h"

#include "core/flow/callflowgraph.h"
#include "core/flow/lint.h"

using namespace HandlerDesk;
using namespace HandlerDesk::Core::Flow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<Graph> graph = Graph::deserialize(Fuzz::bytes(data, size));
    if (!graph)
        return 0;
    qsizetype outs = 0;
    qsizetype ins = 0;
    for (int n = 0; n < graph->nodeCount(); ++n) {
        FUZZ_CHECK(graph->indexOf(graph->node(n).objectId) == n, "the index finds every node");
        for (int e : graph->targetsOf(n))
            FUZZ_CHECK(e >= 0 && e < graph->edgeCount() && graph->edge(e).from == n,
                       "a node's targets start at it");
        for (int e : graph->referrersOf(n))
            FUZZ_CHECK(e >= 0 && e < graph->edgeCount() && graph->edge(e).to == n,
                       "a node's referrers end at it");
        outs += graph->targetsOf(n).size();
        ins += graph->referrersOf(n).size();
    }
    FUZZ_CHECK(outs == graph->edgeCount() && ins == graph->edgeCount(),
               "every edge is listed once each way");
    graph->cycles();
    graph->unreachable();
    if (graph->nodeCount() > 0) {
        graph->pathsTo(graph->nodeCount() - 1);
        lint(*graph, 0);
    }
    lint(*graph);
    const QByteArray bytes = graph->serialize();
    const std::optional<Graph> again = Graph::deserialize(bytes);
    FUZZ_CHECK(again && again->serialize() == bytes, "what it writes reads back the same");
    return 0;
}
