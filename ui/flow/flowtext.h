// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the call-flow views name nodes and the places of edges for people (one place for the tree,
// "Referenced by", the delete dialog and the Problems view).
#include <QString>

namespace HandlerDesk::Core::Flow {
class Graph;
struct Edge;
struct Node;
} // namespace HandlerDesk::Core::Flow

namespace HandlerDesk::Ui::FlowText {

// "Sales (2100)", the conversation's name for a conversation node, "Missing object <id>".
QString nodeName(const Core::Flow::Node &node);
// "Call handler", "User's mailbox", "Directory handler", "Routing rule", …
QString kindText(const Core::Flow::Node &node);
// Where an edge lives in its source: "Key 3", "After the Standard greeting", "After message",
// "Routing rule".
QString placeText(const Core::Flow::Edge &edge);
// How old a graph is, for people: "as read 3 minutes ago"; "not read yet" when never.
QString ageText(const Core::Flow::Graph &graph);

} // namespace HandlerDesk::Ui::FlowText
