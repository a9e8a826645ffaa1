// SPDX-License-Identifier: GPL-3.0-or-later
// DOT and JSON of a subgraph (flowsubgraph.h): what handlerctl prints and the picture exports.
#include "core/flow/flowsubgraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

namespace {

// A DOT string literal: quotes and backslashes escaped (so no \N, \G … escape of Graphviz acts
// on server text), line breaks as \n.
QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c != u'\r')
            out += c;
    }
    out += u'"';
    return out;
}

QString nodeAttributes(const SubgraphNode &n)
{
    QString label = nodeLabel(n.node);
    if (n.truncated)
        label += u"\n…"_s;
    QStringList attributes{u"label="_s + quoted(label)};
    if (n.root)
        attributes << u"penwidth=2"_s;
    switch (n.node.kind) {
    case NodeKind::Missing:
        attributes << u"color=red"_s << u"fontcolor=red"_s << u"fillcolor=\"#fdecea\""_s;
        break;
    case NodeKind::RoutingRule:
        attributes << u"fillcolor=\"#e3f2fd\""_s;
        break;
    case NodeKind::Conversation:
    case NodeKind::DirectoryHandler:
    case NodeKind::InterviewHandler:
        attributes << u"fillcolor=\"#eeeeee\""_s;
        break;
    case NodeKind::CallHandler:
    case NodeKind::PrimaryHandler:
        break;
    }
    if (n.inCycle && n.node.kind != NodeKind::Missing)
        attributes << u"color=\"#e65100\""_s;
    return attributes.join(u", "_s);
}

QString edgeAttributes(int index, const SubgraphEdge &e)
{
    // The id names the edge in layoutFlow() and in the SVG.
    QStringList attributes{u"id=e%1"_s.arg(index), u"label="_s + quoted(edgeLabel(e.edge))};
    if (!e.edge.enabled)
        attributes << u"style=dashed"_s;
    if (e.inCycle)
        attributes << u"color=\"#e65100\""_s << u"penwidth=2"_s;
    return attributes.join(u", "_s);
}

} // namespace

QByteArray toDot(const Subgraph &subgraph)
{
    QString out = uR"(digraph callflow {
    rankdir=LR;
    node [shape=box, style="rounded,filled", fillcolor="#fafafa", fontname="Helvetica", fontsize=10, margin="0.15,0.06"];
    edge [fontname="Helvetica", fontsize=9];
)"_s;
    for (int i = 0; i < subgraph.nodes.size(); ++i)
        out += u"    n%1 [%2];\n"_s.arg(i).arg(nodeAttributes(subgraph.nodes.at(i)));
    for (int i = 0; i < subgraph.edges.size(); ++i) {
        const SubgraphEdge &e = subgraph.edges.at(i);
        out +=
            u"    n%1 -> n%2 [%3];\n"_s.arg(e.edge.from).arg(e.edge.to).arg(edgeAttributes(i, e));
    }
    out += u"}\n"_s;
    return out.toUtf8();
}

QByteArray toJson(const Subgraph &subgraph)
{
    QJsonArray nodes;
    for (int i = 0; i < subgraph.nodes.size(); ++i) {
        const SubgraphNode &n = subgraph.nodes.at(i);
        nodes.append(QJsonObject{{u"index"_s, i},
                                 {u"objectId"_s, n.node.objectId},
                                 {u"name"_s, n.node.name},
                                 {u"extension"_s, n.node.extension},
                                 {u"kind"_s, kindName(n.node.kind)},
                                 {u"root"_s, n.root},
                                 {u"inCycle"_s, n.inCycle},
                                 {u"truncated"_s, n.truncated}});
    }
    QJsonArray edges;
    for (const SubgraphEdge &e : subgraph.edges) {
        edges.append(QJsonObject{{u"from"_s, e.edge.from},
                                 {u"to"_s, e.edge.to},
                                 {u"site"_s, siteName(e.edge.site)},
                                 {u"detail"_s, e.edge.detail},
                                 {u"label"_s, edgeLabel(e.edge)},
                                 {u"conversation"_s, e.edge.conversation},
                                 {u"enabled"_s, e.edge.enabled},
                                 {u"inCycle"_s, e.inCycle}});
    }
    const QJsonObject root{{u"depth"_s, subgraph.depth}, {u"nodes"_s, nodes}, {u"edges"_s, edges}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace HandlerDesk::Core::Flow
