// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-made call flows for the picture's tests, its benchmark and its screenshot harness.
#pragma once

#include "core/flow/callflowgraph.h"

namespace HandlerDesk::Test {

using namespace Qt::Literals::StringLiterals;

inline Core::Flow::Node flowNode(const QString &id, const QString &name, const QString &extension,
                                 Core::Flow::NodeKind kind = Core::Flow::NodeKind::CallHandler)
{
    Core::Flow::Node node;
    node.objectId = id;
    node.name = name;
    node.extension = extension;
    node.kind = kind;
    node.detailsRead = true;
    return node;
}

inline Core::Flow::EdgeSpec flowEdge(const QString &target, Core::Flow::EdgeSite site,
                                     const QString &detail = {}, bool enabled = true)
{
    return {target, site, detail, u"PHTransfer"_s, enabled};
}

// A small flow with every mark the picture makes: a routing rule into the Opening Greeting;
// keys to Sales and Support; Sales' key 9 back to the Opening Greeting (a cycle); Sales'
// after-message to a handler the server no longer has (Missing); Support's disabled Alternate
// greeting to Sales (dashed); the Opening Greeting's Standard greeting to the Operator.
inline Core::Flow::Graph smallFlow()
{
    using namespace Core::Flow;
    Graph g;
    g.addNode(flowNode(u"rule-1"_s, u"Opening Greeting rule"_s, {}, NodeKind::RoutingRule));
    g.addNode(flowNode(u"og"_s, u"Opening Greeting"_s, u"1000"_s));
    g.addNode(flowNode(u"sales"_s, u"Sales \"East\""_s, u"2000"_s));
    g.addNode(flowNode(u"support"_s, u"Support"_s, u"3000"_s));
    g.addNode(flowNode(u"op"_s, u"Operator"_s, u"0"_s));
    g.setEdgesFrom(u"rule-1"_s, {flowEdge(u"og"_s, EdgeSite::RoutingRule)});
    g.setEdgesFrom(u"og"_s, {flowEdge(u"op"_s, EdgeSite::AfterGreeting, u"Standard"_s),
                             flowEdge(u"sales"_s, EdgeSite::MenuKey, u"1"_s),
                             flowEdge(u"support"_s, EdgeSite::MenuKey, u"2"_s)});
    g.setEdgesFrom(u"sales"_s, {flowEdge(u"og"_s, EdgeSite::MenuKey, u"9"_s),
                                flowEdge(u"gone"_s, EdgeSite::AfterMessage)});
    g.setEdgesFrom(u"support"_s,
                   {flowEdge(u"sales"_s, EdgeSite::AfterGreeting, u"Alternate"_s, false)});
    return g;
}

// A flow of `count` handlers below one root: each menu's keys 1–4 go to new sub-menus
// (breadth-first), key 9 back to its parent, key 0 to the operator, its after-message to the
// operator — a realistic auto-attendant tree with many cycles.
inline Core::Flow::Graph menuTree(int count)
{
    using namespace Core::Flow;
    Graph g;
    auto id = [](int i) { return u"h%1"_s.arg(i); };
    g.addNode(flowNode(u"op"_s, u"Operator"_s, u"0"_s));
    for (int i = 0; i < count - 1; ++i)
        g.addNode(flowNode(id(i), u"Menu %1"_s.arg(i), QString::number(1000 + i)));
    for (int i = 0; i < count - 1; ++i) {
        QList<EdgeSpec> edges;
        for (int key = 1; key <= 4; ++key) {
            const int child = 4 * i + key;
            if (child < count - 1)
                edges.append(flowEdge(id(child), EdgeSite::MenuKey, QString::number(key)));
        }
        if (i > 0)
            edges.append(flowEdge(id((i - 1) / 4), EdgeSite::MenuKey, u"9"_s));
        edges.append(flowEdge(u"op"_s, EdgeSite::MenuKey, u"0"_s));
        edges.append(flowEdge(u"op"_s, EdgeSite::AfterMessage));
        g.setEdgesFrom(id(i), edges);
    }
    return g;
}

} // namespace HandlerDesk::Test
