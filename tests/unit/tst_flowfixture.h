// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-made call-flow graphs for the tests of core/flow: nodes and edges in one line each.
#pragma once

#include "core/flow/callflowgraph.h"

namespace HandlerDesk::Core::Flow::Test {

// A node named after its id in capitals ("a" → "A").
inline Node makeNode(const QString &id, NodeKind kind, const QString &extension = {})
{
    Node node;
    node.objectId = id;
    node.name = id.toUpper();
    node.extension = extension;
    node.kind = kind;
    return node;
}

inline Node rule(const QString &id)
{
    return makeNode(id, NodeKind::RoutingRule);
}

// A menu key's "Go to" the target's greeting.
inline EdgeSpec keyTo(const QString &target, const QString &key = QStringLiteral("1"))
{
    return {target, EdgeSite::MenuKey, key, QStringLiteral("PHGreeting"), true};
}

} // namespace HandlerDesk::Core::Flow::Test
