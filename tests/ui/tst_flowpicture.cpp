// SPDX-License-Identifier: GPL-3.0-or-later
// The call-flow picture widget on hand-made flows: what it draws, depth, zoom, a click on a node,
// export through its file dialog, accessible names.
#include "core/flow/flowsubgraph.h"
#include "tst_flowsample.h"
#include "ui/flow/flowpicture.h"
#include "ui/flow/flowscene.h"
#include "ui/messagebar.h"

#include <QAction>
#include <QFileDialog>
#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace HandlerDesk::Core::Flow;
using namespace HandlerDesk::Test;
using namespace HandlerDesk::Ui;
using namespace Qt::Literals::StringLiterals;

class TestFlowPictureUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void drawsNodes();
    void depth();
    void zoom();
    void clickNode();
    void exportThroughDialog_data();
    void exportThroughDialog();
    void exportFailure();
    void emptyFlow();
    void tooBigToDraw();
    void accessibleNames();

private:
    QGraphicsView *view() const { return m_picture->findChild<QGraphicsView *>(u"flowView"_s); }
    // The node boxes drawn, by ObjectId.
    QHash<QString, QGraphicsItem *> nodeItems() const;

    std::unique_ptr<FlowPicture> m_picture;
};

void TestFlowPictureUi::init()
{
    // Any warning fails, but the offscreen platform's own note on showing a window.
    QTest::failOnWarning(
        QRegularExpression(u"^(?!This plugin does not support propagateSizeHints).*"_s));
    m_picture = std::make_unique<FlowPicture>();
    m_picture->resize(900, 600);
    m_picture->setFlow(std::make_shared<const Graph>(smallFlow()), {u"rule-1"_s});
    m_picture->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picture.get()));
}

void TestFlowPictureUi::cleanup()
{
    m_picture.reset();
}

QHash<QString, QGraphicsItem *> TestFlowPictureUi::nodeItems() const
{
    QHash<QString, QGraphicsItem *> items;
    for (QGraphicsItem *item : view()->scene()->items()) {
        const QString id = item->data(FlowObjectIdKey).toString();
        if (!id.isEmpty())
            items.insert(id, item);
    }
    return items;
}

void TestFlowPictureUi::drawsNodes()
{
    QCOMPARE(m_picture->depth(), FlowPicture::DefaultDepth);
    const QHash<QString, QGraphicsItem *> items = nodeItems();
    const QStringList expected{u"rule-1"_s, u"og"_s, u"op"_s, u"sales"_s, u"support"_s, u"gone"_s};
    QCOMPARE(items.size(), expected.size());
    for (const QString &id : expected)
        QVERIFY2(items.contains(id), qPrintable(id));
    // Each box carries its label; boxes do not overlap.
    auto text = [](QGraphicsItem *box) {
        QStringList lines;
        for (QGraphicsItem *child : box->childItems()) {
            if (auto *t = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(child))
                lines << t->text();
        }
        return lines.join(u'\n');
    };
    QCOMPARE(text(items.value(u"og"_s)), u"Opening Greeting\n1000"_s);
    QCOMPARE(text(items.value(u"gone"_s)), u"Missing: gone"_s);
    for (QGraphicsItem *a : items) {
        for (QGraphicsItem *b : items) {
            if (a != b)
                QVERIFY(!a->sceneBoundingRect().intersects(b->sceneBoundingRect()));
        }
    }
    // Edge labels are drawn too.
    QStringList labels;
    for (QGraphicsItem *item : view()->scene()->items()) {
        if (auto *t = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item); t && !t->parentItem())
            labels << t->text();
    }
    labels.sort();
    QCOMPARE(labels, (QStringList{u"Alternate"_s, u"Standard"_s, u"after message"_s, u"key 1"_s,
                                  u"key 2"_s, u"key 9"_s, u"rule"_s}));
    QCOMPARE(m_picture->findChild<QLabel *>(u"flowSummary"_s)->text(), u"6 object(s)"_s);
}

void TestFlowPictureUi::depth()
{
    QSignalSpy changed(m_picture.get(), &FlowPicture::depthChanged);
    auto *spin = m_picture->findChild<QSpinBox *>(u"flowDepth"_s);
    QVERIFY(spin);
    spin->setValue(1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 1);
    QCOMPARE(nodeItems().size(), 2); // the rule and the Opening Greeting
    QCOMPARE(m_picture->subgraph().depth, 1);
    spin->setValue(2);
    QCOMPARE(nodeItems().size(), 5);
}

void TestFlowPictureUi::zoom()
{
    // A new flow is fitted: all of it shown, a small one enlarged to 1.5 at most.
    QWidget *viewport = view()->viewport();
    auto wholeShown = [this, viewport] {
        const QRectF shown = view()->mapToScene(viewport->rect()).boundingRect();
        return shown.adjusted(-1, -1, 1, 1).contains(view()->scene()->sceneRect());
    };
    QVERIFY(wholeShown());
    QVERIFY(m_picture->zoom() > 1.0 && m_picture->zoom() <= 1.5);
    const double start = m_picture->zoom();
    QTest::mouseClick(m_picture->findChild<QToolButton *>(u"flowZoomIn"_s), Qt::LeftButton);
    QVERIFY(qFuzzyCompare(m_picture->zoom(), start * 1.25));
    QTest::mouseClick(m_picture->findChild<QToolButton *>(u"flowZoomOut"_s), Qt::LeftButton);
    QTest::mouseClick(m_picture->findChild<QToolButton *>(u"flowZoomOut"_s), Qt::LeftButton);
    QVERIFY(qFuzzyCompare(m_picture->zoom(), start / 1.25));
    QTest::keyClick(view(), Qt::Key_Plus);
    QVERIFY(qFuzzyCompare(m_picture->zoom(), start));

    // Ctrl+wheel zooms; a wheel alone does not.
    const QPointF center = viewport->rect().center();
    QWheelEvent ctrlWheel(center, viewport->mapToGlobal(center), {}, {0, 240}, Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &ctrlWheel);
    QVERIFY(qFuzzyCompare(m_picture->zoom(), start * 1.15 * 1.15));
    QWheelEvent wheel(center, viewport->mapToGlobal(center), {}, {0, 120}, Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
    QVERIFY(qFuzzyCompare(m_picture->zoom(), start * 1.15 * 1.15));

    // Fit shows a big flow whole.
    m_picture->setFlow(std::make_shared<const Graph>(menuTree(200)), {u"h0"_s});
    m_picture->setDepth(FlowPicture::MaxDepth);
    QCOMPARE(nodeItems().size(), 200);
    QVERIFY(wholeShown()); // a new flow and a depth change keep the fit
    m_picture->zoomIn();
    m_picture->zoomIn();
    QVERIFY(!wholeShown());
    QTest::mouseClick(m_picture->findChild<QToolButton *>(u"flowFit"_s), Qt::LeftButton);
    QVERIFY(m_picture->zoom() < 1.0);
    QVERIFY(wholeShown());
}

void TestFlowPictureUi::clickNode()
{
    QSignalSpy activated(m_picture.get(), &FlowPicture::nodeActivated);
    QGraphicsItem *sales = nodeItems().value(u"sales"_s);
    QVERIFY(sales);
    const QPoint at = view()->mapFromScene(sales->sceneBoundingRect().center());
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"sales"_s);
    // A click beside every node names nothing.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(activated.size(), 1);
}

void TestFlowPictureUi::exportThroughDialog_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("svg") << u"flowExportSvg"_s << u"flow.svg"_s << QByteArray("<?xml");
    QTest::newRow("png") << u"flowExportPng"_s << u"flow.png"_s << QByteArray("\x89PNG\r\n");
    QTest::newRow("dot") << u"flowExportDot"_s << u"flow.dot"_s
                         << QByteArray("digraph callflow {\n");
}

void TestFlowPictureUi::exportThroughDialog()
{
    QFETCH(QString, action);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto *trigger = m_picture->findChild<QAction *>(action);
    QVERIFY(trigger);
    trigger->trigger();
    auto *dialog = m_picture->findChild<QFileDialog *>(u"flowExportDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->selectFile(dir.filePath(fileName));
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // as the Save button does

    QFile file(dir.filePath(fileName));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(40).toHex().constData());
    QVERIFY(bytes.size() > 200);
    if (fileName.endsWith(u".svg"_s))
        QVERIFY(bytes.contains(">Opening Greeting</text>"));
    if (fileName.endsWith(u".dot"_s))
        QVERIFY(bytes.contains("label=\"Missing: gone\""));
}

void TestFlowPictureUi::exportFailure()
{
    QString error;
    const QString path = u"/nonexistent-folder/flow.dot"_s;
    QVERIFY(!m_picture->exportTo(path, FlowPicture::ExportFormat::Dot, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestFlowPictureUi::emptyFlow()
{
    m_picture->setFlow(std::make_shared<const Graph>(smallFlow()), {u"no-such-id"_s});
    QVERIFY(nodeItems().isEmpty());
    QCOMPARE(m_picture->findChild<QLabel *>(u"flowSummary"_s)->text(), u"No call flow to show"_s);
    QVERIFY(!m_picture->findChild<QToolButton *>(u"flowExport"_s)->isEnabled());
    m_picture->setFlow(nullptr, {});
    QVERIFY(nodeItems().isEmpty());
}

void TestFlowPictureUi::tooBigToDraw()
{
    m_picture->setFlow(std::make_shared<const Graph>(menuTree(FlowPicture::MaxDrawnNodes + 50)),
                       {u"h0"_s});
    m_picture->setDepth(FlowPicture::MaxDepth);
    QCOMPARE(m_picture->subgraph().nodes.size(), FlowPicture::MaxDrawnNodes + 50);
    QVERIFY(nodeItems().isEmpty());
    auto *bar = m_picture->findChild<MessageBar *>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY2(bar->text().contains(u"lower the depth"_s), qPrintable(bar->text()));
    QVERIFY(!m_picture->findChild<QAction *>(u"flowExportSvg"_s)->isEnabled());
    QVERIFY(!m_picture->findChild<QAction *>(u"flowExportPng"_s)->isEnabled());
    QVERIFY(m_picture->findChild<QAction *>(u"flowExportDot"_s)->isEnabled());
    QTemporaryDir dir;
    QString error;
    QVERIFY(
        !m_picture->exportTo(dir.filePath(u"big.svg"_s), FlowPicture::ExportFormat::Svg, &error));
    QVERIFY(m_picture->exportTo(dir.filePath(u"big.dot"_s), FlowPicture::ExportFormat::Dot));

    // A lower depth draws it again.
    m_picture->setDepth(3);
    QCOMPARE(nodeItems().size(), 1 + 4 + 16 + 64 + 1); // three levels of menus and the operator
    QVERIFY(!bar->isVisible());
    QVERIFY(m_picture->findChild<QAction *>(u"flowExportSvg"_s)->isEnabled());
}

void TestFlowPictureUi::accessibleNames()
{
    QStringList names;
    for (QToolButton *button : m_picture->findChildren<QToolButton *>()) {
        if (button->objectName().startsWith(u"flow"_s))
            names << button->accessibleName();
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"Export"_s, u"Fit"_s, u"Zoom in"_s, u"Zoom out"_s}));
    QCOMPARE(m_picture->findChild<QSpinBox *>(u"flowDepth"_s)->accessibleName(), u"Depth"_s);
    QCOMPARE(view()->accessibleName(), u"Call-flow picture"_s);
}

QTEST_MAIN(TestFlowPictureUi)
#include "tst_flowpicture.moc"
