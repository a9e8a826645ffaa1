// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/flowscene.h"

#include "core/flow/graphviz/flowlayout.h"
#include "ui/palette.h"

#include <QCursor>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPalette>
#include <QPen>
#include <QtMath>

namespace HandlerDesk::Ui {

using namespace Core::Flow;

namespace {

// The font sizes of toDot() in points, the scene's unit.
constexpr qreal NodeFontSize = 10;
constexpr qreal EdgeFontSize = 9;
constexpr qreal ArrowHalfWidth = 3.5;

QColor cycleColor()
{
    return QColor(0xe6, 0x51, 0x00); // the DOT's #e65100
}

QFont sceneFont(qreal size)
{
    QFont font;
    font.setPixelSize(qRound(size));
    return font;
}

// `text` centred on `center`, one item per line (each line centred), shrunk to `maxWidth` when
// Qt's font is wider than the metrics Graphviz sized the box with. The items are children of
// `parent`, or top-level items of `scene` without one.
void addCentredText(QGraphicsScene *scene, QGraphicsItem *parent, const QString &text,
                    const QFont &font, const QColor &color, QPointF center, qreal maxWidth)
{
    QList<QGraphicsSimpleTextItem *> lines;
    qreal width = 0;
    qreal height = 0;
    for (const QString &line : text.split(u'\n')) {
        auto *item = new QGraphicsSimpleTextItem(line, parent);
        item->setFont(font);
        item->setBrush(color);
        width = std::max(width, item->boundingRect().width());
        height += item->boundingRect().height();
        lines.append(item);
    }
    const qreal scale = maxWidth > 0 && width > maxWidth ? maxWidth / width : 1;
    qreal y = center.y() - height * scale / 2;
    for (QGraphicsSimpleTextItem *item : std::as_const(lines)) {
        const QRectF bounds = item->boundingRect();
        item->setScale(scale);
        item->setPos(center.x() - bounds.width() * scale / 2, y);
        y += bounds.height() * scale;
        if (!parent)
            scene->addItem(item);
    }
}

void drawNode(QGraphicsScene *scene, const SubgraphNode &n, const NodeBox &box,
              const QPalette &palette)
{
    const QRectF rect(box.center - QPointF(box.size.width(), box.size.height()) / 2, box.size);
    QPainterPath outline;
    outline.addRoundedRect(rect, 6, 6);
    auto *item = scene->addPath(outline);
    const bool missing = n.node.kind == NodeKind::Missing;
    QColor border = palette.color(QPalette::Text);
    if (missing)
        border = warningColor(palette);
    else if (n.inCycle)
        border = cycleColor();
    item->setPen(QPen(border, n.root ? 2.0 : 1.0));
    const bool plain =
        n.node.kind == NodeKind::CallHandler || n.node.kind == NodeKind::PrimaryHandler || missing;
    item->setBrush(palette.color(plain ? QPalette::Base : QPalette::AlternateBase));
    item->setData(FlowObjectIdKey, n.node.objectId);
    item->setCursor(QCursor(Qt::PointingHandCursor));
    QString label = nodeLabel(n.node);
    if (n.truncated)
        label += QStringLiteral("\n…");
    item->setToolTip(label);
    addCentredText(scene, item, label, sceneFont(NodeFontSize),
                   missing ? warningColor(palette) : palette.color(QPalette::Text), box.center,
                   rect.width() - 6);
}

void drawEdge(QGraphicsScene *scene, const SubgraphEdge &e, const EdgePath &path,
              const QPalette &palette)
{
    if (path.points.isEmpty())
        return;
    QPainterPath curve(path.points.first());
    for (int i = 1; i + 2 < path.points.size(); i += 3)
        curve.cubicTo(path.points.at(i), path.points.at(i + 1), path.points.at(i + 2));
    const QColor color = e.inCycle ? cycleColor() : palette.color(QPalette::Text);
    QPen pen(color, e.inCycle ? 2.0 : 1.0);
    if (!e.edge.enabled)
        pen.setStyle(Qt::DashLine);
    auto *line = scene->addPath(curve, pen);
    line->setZValue(-1);

    if (path.arrowTip) {
        const QPointF base = path.points.last();
        const QPointF tip = *path.arrowTip;
        const QPointF along = tip - base;
        const qreal length = std::hypot(along.x(), along.y());
        if (length > 0) {
            const QPointF across = QPointF(-along.y(), along.x()) / length * ArrowHalfWidth;
            QPainterPath head(tip);
            head.lineTo(base + across);
            head.lineTo(base - across);
            head.closeSubpath();
            auto *arrow = scene->addPath(head, QPen(color, 1.0), color);
            arrow->setZValue(-1);
        }
    }
    if (path.labelCenter) {
        addCentredText(scene, nullptr, edgeLabel(e.edge), sceneFont(EdgeFontSize), color,
                       *path.labelCenter, 0);
    }
}

} // namespace

void drawFlow(QGraphicsScene *scene, const Subgraph &subgraph, const FlowLayout &layout,
              const QPalette &palette)
{
    scene->clear();
    for (int i = 0; i < subgraph.edges.size() && i < layout.edges.size(); ++i)
        drawEdge(scene, subgraph.edges.at(i), layout.edges.at(i), palette);
    for (int i = 0; i < subgraph.nodes.size() && i < layout.nodes.size(); ++i)
        drawNode(scene, subgraph.nodes.at(i), layout.nodes.at(i), palette);
    scene->setSceneRect(layout.bounds.adjusted(-8, -8, 8, 8));
}

} // namespace HandlerDesk::Ui
