// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/flowpicture.h"

#include "core/flow/graphviz/flowlayout.h"
#include "ui/flow/flowscene.h"
#include "ui/messagebar.h"

#include <QApplication>
#include <QFileDialog>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using namespace Core::Flow;

// The view: Ctrl+wheel and +/− zoom, a drag pans, a click (press and release in place) on a
// node reports its ObjectId.
class FlowView : public QGraphicsView
{
public:
    explicit FlowView(QGraphicsScene *scene, QWidget *parent)
        : QGraphicsView(scene, parent)
    {
        setDragMode(QGraphicsView::ScrollHandDrag);
        setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    }

    std::function<void(const QString &)> onNodeClicked;

    // While true (after fit(), until the user zooms), the picture is fitted again on a resize and
    // when it changes.
    bool autoFit() const { return m_autoFit; }

    void zoomBy(double factor)
    {
        m_autoFit = false;
        const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
        scale(target / zoom(), target / zoom());
    }
    double zoom() const { return transform().m11(); }

    void fit()
    {
        m_autoFit = true;
        if (!scene() || scene()->sceneRect().isEmpty())
            return;
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
        if (zoom() > MaxFitZoom)
            setTransform(QTransform::fromScale(MaxFitZoom, MaxFitZoom));
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event);
        if (m_autoFit)
            fit();
    }

    void wheelEvent(QWheelEvent *event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            zoomBy(std::pow(1.15, event->angleDelta().y() / 120.0));
            event->accept();
            return;
        }
        QGraphicsView::wheelEvent(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(ZoomStep);
            return;
        case Qt::Key_Minus:
            zoomBy(1 / ZoomStep);
            return;
        default:
            QGraphicsView::keyPressEvent(event);
        }
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressedAt = event->position().toPoint();
        QGraphicsView::mousePressEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QGraphicsView::mouseReleaseEvent(event);
        const QPoint at = event->position().toPoint();
        if (event->button() != Qt::LeftButton || !onNodeClicked ||
            (at - m_pressedAt).manhattanLength() >= QApplication::startDragDistance())
            return;
        for (QGraphicsItem *item = itemAt(at); item; item = item->parentItem()) {
            const QString id = item->data(FlowObjectIdKey).toString();
            if (!id.isEmpty()) {
                onNodeClicked(id);
                return;
            }
        }
    }

public:
    static constexpr double ZoomStep = 1.25;
    static constexpr double MinZoom = 0.05;
    static constexpr double MaxZoom = 8.0;
    static constexpr double MaxFitZoom = 1.5; // a small flow is not blown up to the window

private:
    QPoint m_pressedAt;
    bool m_autoFit = true;
};

namespace {

QToolButton *controlButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(QString(text).remove(u'&').remove(u"…"_s));
    button->setObjectName(objectName);
    return button;
}

} // namespace

FlowPicture::FlowPicture(QWidget *parent)
    : QWidget(parent)
    , m_subgraph(std::make_unique<Subgraph>())
{
    auto *depthLabel = new QLabel(tr("&Depth:"), this);
    m_depth = new QSpinBox(this);
    m_depth->setObjectName(u"flowDepth"_s);
    m_depth->setRange(1, MaxDepth);
    m_depth->setValue(DefaultDepth);
    m_depth->setAccessibleName(tr("Depth"));
    depthLabel->setBuddy(m_depth);

    auto *zoomIn = controlButton(tr("&Zoom in"), u"flowZoomIn"_s, this);
    auto *zoomOut = controlButton(tr("Zoom &out"), u"flowZoomOut"_s, this);
    auto *fit = controlButton(tr("Fit"), u"flowFit"_s, this);
    m_export = controlButton(tr("E&xport…"), u"flowExport"_s, this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    const QList<std::pair<QString, ExportFormat>> formats{{tr("SVG…"), ExportFormat::Svg},
                                                          {tr("PNG…"), ExportFormat::Png},
                                                          {tr("DOT…"), ExportFormat::Dot}};
    const QStringList names{u"flowExportSvg"_s, u"flowExportPng"_s, u"flowExportDot"_s};
    for (int i = 0; i < formats.size(); ++i) {
        QAction *action = menu->addAction(formats.at(i).first);
        action->setObjectName(names.at(i));
        const ExportFormat format = formats.at(i).second;
        connect(action, &QAction::triggered, this, [this, format] { askExportPath(format); });
        if (format != ExportFormat::Dot)
            m_pictureExports.append(action);
    }
    m_export->setMenu(menu);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"flowSummary"_s);
    m_message = new MessageBar(this);

    auto *scene = new QGraphicsScene(this);
    m_view = new FlowView(scene, this);
    m_view->setObjectName(u"flowView"_s);
    m_view->setAccessibleName(tr("Call-flow picture"));
    m_view->onNodeClicked = [this](const QString &id) { emit nodeActivated(id); };

    auto *controls = new QHBoxLayout;
    controls->addWidget(depthLabel);
    controls->addWidget(m_depth);
    controls->addSpacing(12);
    controls->addWidget(zoomIn);
    controls->addWidget(zoomOut);
    controls->addWidget(fit);
    controls->addWidget(m_export);
    controls->addStretch();
    controls->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(zoomIn, &QToolButton::clicked, this, &FlowPicture::zoomIn);
    connect(zoomOut, &QToolButton::clicked, this, &FlowPicture::zoomOut);
    connect(fit, &QToolButton::clicked, this, &FlowPicture::fitToView);
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        rebuild();
        emit depthChanged(depth);
    });
    rebuild();
}

FlowPicture::~FlowPicture() = default;

void FlowPicture::setFlow(std::shared_ptr<const Graph> graph, const QStringList &rootIds)
{
    m_graph = std::move(graph);
    m_rootIds = rootIds;
    rebuild();
    m_view->fit();
}

int FlowPicture::depth() const
{
    return m_depth->value();
}

void FlowPicture::setDepth(int depth)
{
    m_depth->setValue(depth);
}

const Subgraph &FlowPicture::subgraph() const
{
    return *m_subgraph;
}

double FlowPicture::zoom() const
{
    return m_view->zoom();
}

void FlowPicture::zoomIn()
{
    m_view->zoomBy(FlowView::ZoomStep);
}

void FlowPicture::zoomOut()
{
    m_view->zoomBy(1 / FlowView::ZoomStep);
}

void FlowPicture::fitToView()
{
    m_view->fit();
}

void FlowPicture::rebuild()
{
    m_message->hideMessage();
    QList<int> roots;
    if (m_graph) {
        for (const QString &id : std::as_const(m_rootIds)) {
            if (const int index = m_graph->indexOf(id); index >= 0)
                roots.append(index);
        }
    }
    *m_subgraph = m_graph ? subgraphFrom(*m_graph, roots, depth()) : Subgraph();
    m_subgraph->depth = depth();
    const int count = int(m_subgraph->nodes.size());
    m_export->setEnabled(count > 0);
    for (QAction *action : std::as_const(m_pictureExports))
        action->setEnabled(count <= MaxDrawnNodes);
    if (count == 0 || count > MaxDrawnNodes)
        m_view->scene()->clear();
    if (count == 0) {
        m_summary->setText(tr("No call flow to show"));
        return;
    }
    m_summary->setText(tr("%n object(s)", nullptr, count));
    if (count > MaxDrawnNodes) {
        m_message->showInformation(tr("Too many objects to draw (at most %1): lower the depth. "
                                      "Export as DOT has them all.")
                                       .arg(MaxDrawnNodes),
                                   0);
        return;
    }
    const std::optional<FlowLayout> layout = layoutFlow(*m_subgraph);
    if (!layout) {
        m_view->scene()->clear();
        m_message->showError(tr("Graphviz could not lay out this call flow."));
        return;
    }
    drawFlow(m_view->scene(), *m_subgraph, *layout, palette());
    if (m_view->autoFit())
        m_view->fit();
}

void FlowPicture::askExportPath(ExportFormat format)
{
    QString filter;
    QString suffix;
    switch (format) {
    case ExportFormat::Svg:
        filter = tr("SVG pictures (*.svg)");
        suffix = u"svg"_s;
        break;
    case ExportFormat::Png:
        filter = tr("PNG pictures (*.png)");
        suffix = u"png"_s;
        break;
    case ExportFormat::Dot:
        filter = tr("Graphviz DOT files (*.dot *.gv)");
        suffix = u"dot"_s;
        break;
    }
    auto *dialog = new QFileDialog(this, tr("Export Call Flow"), QString(), filter);
    dialog->setObjectName(u"flowExportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        QString error;
        if (exportTo(path, format, &error))
            m_message->showInformation(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_message->showError(error);
    });
    dialog->open();
}

bool FlowPicture::exportTo(const QString &path, ExportFormat format, QString *error) const
{
    if (format != ExportFormat::Dot && m_subgraph->nodes.size() > MaxDrawnNodes) {
        if (error)
            *error = tr("Too many objects to draw (at most %1).").arg(MaxDrawnNodes);
        return false;
    }
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Svg:
        bytes = toSvg(*m_subgraph);
        break;
    case ExportFormat::Dot:
        bytes = toDot(*m_subgraph);
        break;
    case ExportFormat::Png: {
        QGraphicsScene *scene = m_view->scene();
        const QRectF source = scene->sceneRect();
        QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(image.rect()), source);
        painter.end();
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit())
            return true;
        if (error)
            *error = tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    }
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("Graphviz could not draw this call flow.");
        return false;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace HandlerDesk::Ui
