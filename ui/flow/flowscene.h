// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a laid-out call-flow subgraph into a QGraphicsScene (FlowPicture's drawing, apart).

class QGraphicsScene;
class QPalette;

namespace HandlerDesk::Core::Flow {
struct FlowLayout;
struct Subgraph;
} // namespace HandlerDesk::Core::Flow

namespace HandlerDesk::Ui {

// The item data key under which a node's box carries its ObjectId (a QString).
inline constexpr int FlowObjectIdKey = 0;

// Clears `scene` and draws the subgraph in scene units of points: nodes as rounded boxes with
// their label (the node's box carries its ObjectId under FlowObjectIdKey), edges as their splines
// with arrowheads and labels; Missing nodes in the warning colour, cycle edges bold and orange,
// disabled edges dashed, roots with a double-width border.
void drawFlow(QGraphicsScene *scene, const Core::Flow::Subgraph &subgraph,
              const Core::Flow::FlowLayout &layout, const QPalette &palette);

} // namespace HandlerDesk::Ui
