// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Graphviz's `dot` layout and SVG of a call-flow subgraph (issue 12), through the Graphviz
// library (gvc + cgraph), not a subprocess. Library hdflowlayout: only what draws links Graphviz
// (the picture in ui/, handlerctl's --format svg); hdcore stays Qt Core/Network/Xml only.
// Both read the DOT text of toDot(), so the picture, the SVG export and `handlerctl flow` show the
// same labels and marks. Graphviz is not thread-safe: call these from one thread at a time.
#include "core/flow/flowsubgraph.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace HandlerDesk::Core::Flow {

// Positions in points (1/72 inch) with y growing downwards, the picture's top left at (0, 0).
struct NodeBox
{
    QPointF center;
    QSizeF size;
};

struct EdgePath
{
    // A cubic B-spline as Graphviz gives it: the start point, then (control, control, end)
    // triples. Empty only if Graphviz drew no spline for the edge.
    QList<QPointF> points;
    // Where the arrowhead's tip is; the spline ends at the arrowhead's base.
    std::optional<QPointF> arrowTip;
    std::optional<QPointF> labelCenter;
};

struct FlowLayout
{
    QRectF bounds;
    QList<NodeBox> nodes;  // index as Subgraph::nodes
    QList<EdgePath> edges; // index as Subgraph::edges
};

// nullopt when Graphviz fails (its message goes to the log category handlerdesk.flow).
std::optional<FlowLayout> layoutFlow(const Subgraph &subgraph);
// The SVG document Graphviz renders (gvRenderData, format "svg"); empty when it fails.
QByteArray toSvg(const Subgraph &subgraph);

} // namespace HandlerDesk::Core::Flow
