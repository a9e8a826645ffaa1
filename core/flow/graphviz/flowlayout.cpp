// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/graphviz/flowlayout.h"

#include <QLoggingCategory>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Flow {

namespace {

Q_LOGGING_CATEGORY(lcFlow, "handlerdesk.flow")

int logGraphvizMessage(char *message)
{
    qCWarning(lcFlow) << "Graphviz:" << QByteArray(message).trimmed();
    return 0;
}

struct ContextDeleter
{
    void operator()(GVC_t *gvc) const { gvFreeContext(gvc); }
};

// Owns the graph and its layout: the layout is freed before the graph is closed.
class LaidOutGraph
{
public:
    explicit LaidOutGraph(const Subgraph &subgraph)
        : m_gvc(gvContext())
    {
        agseterrf(logGraphvizMessage);
        agseterr(AGERR);
        const QByteArray dot = toDot(subgraph);
        m_graph = agmemread(dot.constData());
        if (!m_graph)
            return;
        m_laidOut = gvLayout(m_gvc.get(), m_graph, "dot") == 0;
    }
    ~LaidOutGraph()
    {
        if (m_laidOut)
            gvFreeLayout(m_gvc.get(), m_graph);
        if (m_graph)
            agclose(m_graph);
    }
    LaidOutGraph(const LaidOutGraph &) = delete;
    LaidOutGraph &operator=(const LaidOutGraph &) = delete;

    bool ok() const { return m_laidOut; }
    GVC_t *context() const { return m_gvc.get(); }
    Agraph_t *graph() const { return m_graph; }

private:
    std::unique_ptr<GVC_t, ContextDeleter> m_gvc;
    Agraph_t *m_graph = nullptr;
    bool m_laidOut = false;
};

// The number after the one-letter prefix of toDot()'s names ("n12", "e3"); -1 if none.
int indexIn(const char *name, char prefix, qsizetype count)
{
    if (!name || name[0] != prefix)
        return -1;
    bool ok = false;
    const int index = QByteArray(name + 1).toInt(&ok);
    return ok && index >= 0 && index < count ? index : -1;
}

} // namespace

std::optional<FlowLayout> layoutFlow(const Subgraph &subgraph)
{
    LaidOutGraph laid(subgraph);
    if (!laid.ok()) {
        qCWarning(lcFlow) << "Graphviz could not lay out a subgraph of" << subgraph.nodes.size()
                          << "nodes";
        return std::nullopt;
    }
    Agraph_t *g = laid.graph();
    const boxf bb = GD_bb(g);
    // Graphviz's y grows upwards from the bottom left; ours downwards from the top left.
    auto toQt = [&bb](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };

    FlowLayout layout;
    layout.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    layout.nodes.resize(subgraph.nodes.size());
    layout.edges.resize(subgraph.edges.size());
    char idName[] = "id";
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        const int index = indexIn(agnameof(n), 'n', subgraph.nodes.size());
        if (index < 0)
            continue;
        layout.nodes[index] = {toQt(ND_coord(n)), QSizeF(ND_width(n) * 72.0, ND_height(n) * 72.0)};
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            const int edgeIndex = indexIn(agget(e, idName), 'e', subgraph.edges.size());
            if (edgeIndex < 0)
                continue;
            EdgePath &path = layout.edges[edgeIndex];
            if (const splines *spl = ED_spl(e); spl && spl->size > 0) {
                const bezier &bz = spl->list[0];
                for (int i = 0; i < bz.size; ++i)
                    path.points.append(toQt(bz.list[i]));
                if (bz.eflag)
                    path.arrowTip = toQt(bz.ep);
            }
            if (const textlabel_t *label = ED_label(e); label && label->set)
                path.labelCenter = toQt(label->pos);
        }
    }
    return layout;
}

QByteArray toSvg(const Subgraph &subgraph)
{
    LaidOutGraph laid(subgraph);
    if (!laid.ok())
        return {};
    char *data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(laid.context(), laid.graph(), "svg", &data, &length) != 0 || !data) {
        qCWarning(lcFlow) << "Graphviz could not render SVG";
        return {};
    }
    QByteArray svg(data, length);
    gvFreeRenderData(data);
    return svg;
}

} // namespace HandlerDesk::Core::Flow
