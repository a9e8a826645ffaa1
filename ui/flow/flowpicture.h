// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The call-flow picture (issue 12): the flow from one or more roots to a chosen depth, laid out by
// Graphviz (core/flow/graphviz) and drawn with Qt; zoom, depth, export to SVG, PNG and DOT, and a
// click on a node names its object.

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSpinBox;
class QToolButton;

namespace HandlerDesk::Core::Flow {
class Graph;
struct Subgraph;
} // namespace HandlerDesk::Core::Flow

namespace HandlerDesk::Ui {

class FlowView;
class MessageBar;

class FlowPicture : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat { Svg, Png, Dot };

    static constexpr int DefaultDepth = 3;
    static constexpr int MaxDepth = 20;
    // Graphviz's dot takes seconds beyond this (hd-flowlayoutbench: ~0.2 s at 200 nodes, ~2 s at 400,
    // ~20 s at 1,000 on the 2-core build machine), and the GUI would freeze: a bigger flow is
    // not drawn (its DOT can still be exported).
    static constexpr int MaxDrawnNodes = 300;

    explicit FlowPicture(QWidget *parent = nullptr);
    ~FlowPicture() override;

    // Shows the flow from the nodes `rootIds` (ObjectIds; unknown ones are left out) of `graph`
    // to depth(). The graph is shared, not copied: a depth change reads it again; the owner
    // gives a new pointer when its graph changes.
    void setFlow(std::shared_ptr<const Core::Flow::Graph> graph, const QStringList &rootIds);
    int depth() const;
    void setDepth(int depth);
    const Core::Flow::Subgraph &subgraph() const;

    double zoom() const; // 1.0: one point of the layout (1/72 inch) is one pixel
    void zoomIn();
    void zoomOut();
    // The whole picture visible, never enlarged beyond 1.5; kept fitted on resizes and depth
    // changes until the user zooms. A new flow is fitted.
    void fitToView();

    // Writes the picture to `path` (SVG through Graphviz's renderer, PNG of the drawing at twice
    // its size, the DOT text); on failure returns false and says why in `error`. SVG and PNG
    // only of a flow that is drawn (not over MaxDrawnNodes).
    bool exportTo(const QString &path, ExportFormat format, QString *error = nullptr) const;

signals:
    // A click on a node (not a drag): its ObjectId ("conv:…" for a conversation node).
    void nodeActivated(const QString &objectId);
    void depthChanged(int depth);

private:
    void rebuild();
    void askExportPath(ExportFormat format);

    std::shared_ptr<const Core::Flow::Graph> m_graph;
    QStringList m_rootIds;
    std::unique_ptr<Core::Flow::Subgraph> m_subgraph;
    QSpinBox *m_depth = nullptr;
    QToolButton *m_export = nullptr;
    QList<QAction *> m_pictureExports; // SVG and PNG: only of a flow that is drawn
    QLabel *m_summary = nullptr;
    MessageBar *m_message = nullptr;
    FlowView *m_view = nullptr;
};

} // namespace HandlerDesk::Ui
