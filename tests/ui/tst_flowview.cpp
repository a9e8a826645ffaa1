// SPDX-License-Identifier: GPL-3.0-or-later
// The call-flow views (issue 12) in the main window against a cupi-sim of their own: the graph is
// built in the background on sign-in, the tree of the Opening Greeting shows key 0 → Operator,
// a way back is marked "↺" instead of expanded, a double-click opens the target in the editor,
// "Referenced by" and the delete dialog list who points to a handler, and the Problems view lists
// the simulator's dangling target and opens the place to fix it. What the views show is checked
// against the server (the checking client), not only against the graph.
#include "uitest.h"

#include "core/flow/callflowgraph.h"
#include "core/flow/flowsubgraph.h"
#include "core/flow/lint.h"
#include "core/flow/repoint.h"
#include "core/models/serversession.h"
#include "ui/editor/targetpicker.h"
#include "ui/flow/callerpath.h"
#include "ui/flow/callflowowner.h"
#include "ui/flow/callflowpanel.h"
#include "ui/flow/deletedialog.h"
#include "ui/flow/flowpicture.h"
#include "ui/flow/flowstatus.h"
#include "ui/flow/flowtree.h"
#include "ui/flow/problemsview.h"
#include "ui/flow/referencedby.h"
#include "ui/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QTreeWidget>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The rows below `parent` (all of them, depth first), as the tree shows them.
QList<QStandardItem *> rowsBelow(QStandardItem *parent)
{
    QList<QStandardItem *> rows;
    for (int row = 0; row < parent->rowCount(); ++row) {
        rows.append(parent->child(row));
        rows += rowsBelow(parent->child(row));
    }
    return rows;
}

QStandardItem *rowStarting(QStandardItem *parent, const QString &start)
{
    for (QStandardItem *item : rowsBelow(parent)) {
        if (item->text().startsWith(start))
            return item;
    }
    return nullptr;
}

} // namespace

class TestFlowView : public UiTest
{
    Q_OBJECT

    MemorySecretStore m_secrets;
    std::unique_ptr<Ui::MainWindow> m_window;
    CupiObject m_opening;
    QString m_dangling; // a handler with a key to an object that does not exist

    Ui::CallFlowPanel *panel() const { return m_window->callFlowPanel(); }
    QStandardItem *treeTop() const { return panel()->tree()->flowModel()->item(0); }

    // The handler the server's Opening Greeting sends key `key` to.
    QString openingTarget(const QString &key)
    {
        const CupiObject entry =
            fetch(m_checker.get(), Resources::menuEntry(m_opening.objectId(), key));
        return entry.value(u"TargetHandlerObjectId");
    }

    // Opens `id` and asks to delete it, as Ctrl+Del does: the dialog, or null.
    Ui::DeleteDialog *askToDelete(const QString &id)
    {
        if (!open(m_window.get(), id))
            return nullptr;
        QAction *remove = m_window->findChild<QAction *>(u"deleteAction"_s);
        if (!QTest::qWaitFor([remove] { return remove->isEnabled(); }))
            return nullptr;
        remove->trigger();
        Ui::DeleteDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = m_window->findChild<Ui::DeleteDialog *>(u"deleteConfirmation"_s);
            return dialog != nullptr;
        });
        return shown ? dialog : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSimulator());
        for (const CupiObject &h : std::as_const(m_handlers)) {
            if (h.displayName() == u"Opening Greeting"_s)
                m_opening = h;
        }
        QVERIFY(!m_opening.isEmpty());
        m_window = openWindow(&m_secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(m_window.get()));
        // On sign-in the graph is built in the background, the status bar naming the server.
        Ui::CallFlowOwner *flow = m_window->callFlow();
        QVERIFY(flow);
        QTRY_VERIFY_WITH_TIMEOUT(!flow->isBuilding(), 120000);
        QVERIFY(flow->graph()->nodeCount() > m_handlers.size());
        QVERIFY(flow->readAt().isValid());
    }

    void cleanupTestCase() { m_window.reset(); }

    void buildShowsProgressAndCancels()
    {
        Ui::CallFlowOwner *flow = m_window->callFlow();
        auto *status = m_window->findChild<Ui::FlowStatus *>(u"callFlowStatus"_s);
        QVERIFY(status);
        QSignalSpy finished(flow, &Ui::CallFlowOwner::buildFinished);
        m_window->findChild<QAction *>(u"refreshCallFlowAction"_s)->trigger();
        QVERIFY(flow->isBuilding());
        QTRY_VERIFY(status->isVisibleTo(m_window.get()));
        QVERIFY(status->label()->text().contains(flow->serverName()));
        QVERIFY(status->cancelButton()->isVisibleTo(m_window.get()));
        QTest::mouseClick(status->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        // The graph shown stays usable; a new refresh completes it again.
        QVERIFY(flow->graph()->indexOf(m_opening.objectId()) >= 0);
        flow->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 120000);
        QVERIFY(finished.at(1).at(0).toBool());
        QTRY_VERIFY(!status->isVisibleTo(m_window.get()));
    }

    void openingGreetingTree()
    {
        QVERIFY(open(m_window.get(), m_opening.objectId()));
        QTRY_VERIFY(treeTop() && treeTop()->text().startsWith(u"Opening Greeting"_s));
        // Key 0 → Operator, as the server has it.
        const QString operatorId = openingTarget(u"0"_s);
        QCOMPARE(server(operatorId).displayName(), u"Operator"_s);
        QStandardItem *key0 = nullptr;
        QTRY_VERIFY((key0 = rowStarting(treeTop(), u"Key 0 → Operator"_s)));
        QCOMPARE(key0->data(Ui::FlowTree::NodeIdRole).toString(), operatorId);
        // One greeting plays at the chosen moment, and it is marked.
        int active = 0;
        for (QStandardItem *item : rowsBelow(treeTop()))
            active += item->data(Ui::FlowTree::ActiveRole).toBool() &&
                      item->text().contains(u"greeting — plays at"_s);
        QCOMPARE(active, 1);
        // The picture shows the same handler's flow.
        QVERIFY(panel()->picture()->isVisibleTo(m_window.get()));
    }

    // Caller path: "0" at the Opening Greeting goes to the Operator (walked on the server).
    void callerPathFollowsKeys()
    {
        QVERIFY(open(m_window.get(), m_opening.objectId()));
        Ui::CallerPath *path = panel()->callerPath();
        QCOMPARE(path->keysEdit()->accessibleName(), u"Caller presses"_s);
        QSignalSpy followed(path, &Ui::CallerPath::followed);
        path->keysEdit()->setText(u"0"_s);
        path->follow();
        QVERIFY(followed.wait(30000));
        const QTreeWidget *steps = path->steps();
        QVERIFY(steps->topLevelItemCount() >= 2);
        QVERIFY(steps->topLevelItem(0)->text(0).startsWith(u"Opening Greeting"_s));
        QCOMPARE(steps->topLevelItem(0)->text(2), u"presses 0"_s);
        QVERIFY(steps->topLevelItem(1)->text(0).startsWith(u"Operator"_s));
        QVERIFY(!path->endLabel()->text().isEmpty());
        // A key no phone has is refused before anything is read.
        path->keysEdit()->setText(u"1x"_s);
        path->follow();
        QCOMPARE(steps->topLevelItemCount(), 0);
        QVERIFY(path->endLabel()->text().contains(u"“x”"_s));
    }

    void cycleIsMarkedNotExpanded()
    {
        QVERIFY(open(m_window.get(), m_opening.objectId()));
        // Main menu 1's sub-menu sends key 9 back to main menu 1 (the simulator's tree).
        const QString menu1 = openingTarget(u"1"_s);
        QString subKey;
        for (int key = 0; key <= 9 && subKey.isEmpty(); ++key) {
            const QString sub =
                fetch(m_checker.get(), Resources::menuEntry(menu1, QString::number(key)))
                    .value(u"TargetHandlerObjectId");
            if (!sub.isEmpty() && fetch(m_checker.get(), Resources::menuEntry(sub, u"9"_s))
                                          .value(u"TargetHandlerObjectId") == menu1)
                subKey = QString::number(key);
        }
        QVERIFY(!subKey.isEmpty());
        const QString menu1Name = server(menu1).displayName();
        QStandardItem *key1 = nullptr;
        QTRY_VERIFY((key1 = rowStarting(treeTop(), u"Key 1 → "_s)));
        QCOMPARE(key1->data(Ui::FlowTree::NodeIdRole).toString(), menu1);
        QCOMPARE(key1->rowCount(), 1); // not read yet
        panel()->tree()->expand(key1->index());
        QStandardItem *sub = rowStarting(key1, u"Key %1 → "_s.arg(subKey));
        QVERIFY(sub);
        QVERIFY(!key1->child(0)->data(Ui::FlowTree::PlaceholderRole).toBool());
        panel()->tree()->expand(sub->index());
        QStandardItem *cycle = rowStarting(sub, u"Key 9 ↺ back to %1"_s.arg(menu1Name));
        QVERIFY2(cycle, qPrintable(sub->child(0)->text()));
        QVERIFY(cycle->data(Ui::FlowTree::CycleRole).toBool());
        QCOMPARE(cycle->rowCount(), 0); // marked, not expanded
    }

    void doubleClickOpensTarget()
    {
        QVERIFY(open(m_window.get(), m_opening.objectId()));
        QStandardItem *key0 = nullptr;
        QTRY_VERIFY((key0 = rowStarting(treeTop(), u"Key 0 → Operator"_s)));
        // (The tree is made again for the handler opened: the item goes.)
        const QString operatorId = key0->data(Ui::FlowTree::NodeIdRole).toString();
        QTreeView *tree = panel()->tree();
        tree->scrollTo(key0->index());
        const QRect rect = tree->visualRect(key0->index());
        // A double-click as a person makes it: the first click, then the second.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(m_window->editor()->isReady() && m_window->editor()->objectId() == operatorId);
        QTRY_VERIFY(treeTop() && treeTop()->text().startsWith(u"Operator"_s));
    }

    void referencedByListsReferrers()
    {
        const QString operatorId = openingTarget(u"0"_s);
        QVERIFY(open(m_window.get(), operatorId));
        Ui::ReferencedBy *refs = panel()->referencedBy();
        QTRY_VERIFY(refs->topLevelItemCount() > 0);
        bool fromOpening = false;
        for (int i = 0; i < refs->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = refs->topLevelItem(i);
            fromOpening |= item->text(Ui::ReferencedBy::NameColumn) == u"Opening Greeting"_s &&
                           item->text(Ui::ReferencedBy::WhereColumn) == u"Key 0"_s;
        }
        QVERIFY(fromOpening);
        QVERIFY(panel()
                    ->tabs()
                    ->tabText(panel()->tabs()->indexOf(refs))
                    .contains(QString::number(refs->topLevelItemCount())));
        // A double-click on a referrer opens it.
        for (int i = 0; i < refs->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = refs->topLevelItem(i);
            if (item->text(Ui::ReferencedBy::NameColumn) == u"Opening Greeting"_s) {
                Q_EMIT refs->itemActivated(item, 0);
                break;
            }
        }
        QTRY_VERIFY(m_window->editor()->isReady() &&
                    m_window->editor()->objectId() == m_opening.objectId());
    }

    void deleteDialogListsReferrers()
    {
        const QString menu1 = openingTarget(u"1"_s);
        Ui::DeleteDialog *dialog = askToDelete(menu1);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // Every referrer the graph knows, with the Opening Greeting's key 1 among them.
        const Flow::Graph &graph = *m_window->callFlow()->graph();
        const int expected = int(graph.referrersOf(graph.indexOf(menu1)).size());
        QVERIFY(expected >= 2); // the Opening Greeting's key 1 and the menus below (key 9)
        QCOMPARE(dialog->referrerCount(), expected);
        QCOMPARE(dialog->referrers()->topLevelItemCount(), expected);
        QStringList places;
        for (int i = 0; i < expected; ++i) {
            const QTreeWidgetItem *item = dialog->referrers()->topLevelItem(i);
            places.append(item->text(0) + u" / "_s + item->text(1));
        }
        QVERIFY2(places.contains(u"Opening Greeting / Key 1"_s), qPrintable(places.join(u", ")));
        auto *summary = dialog->findChild<QLabel *>(u"referrerSummary"_s);
        QVERIFY(summary->text().contains(u"as read"_s));
        // Cancel is the default: Escape deletes nothing.
        QVERIFY(!dialog->deleteButton()->isDefault());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<Ui::DeleteDialog *>(u"deleteConfirmation"_s));
        QCOMPARE(server(menu1).objectId(), menu1);
    }

    void problemsListDanglingTarget()
    {
        auto *dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
        QVERIFY(dock);
        m_window->findChild<QAction *>(u"showProblemsAction"_s)->setChecked(true);
        Ui::ProblemsView *problems = m_window->problemsView();
        problems->updateProblems();
        QVERIFY(problems->problemCount() > 0);
        // A key that goes to a handler that does not exist — on the server too.
        QStandardItemModel *model = problems->problemModel();
        QModelIndex dangling;
        QString handler;
        QString key;
        for (int g = 0; g < model->rowCount() && !dangling.isValid(); ++g) {
            const QModelIndex group = model->index(g, 0);
            if (group.data(Ui::ProblemsView::KindRole).toInt() !=
                int(Flow::Problem::Kind::DanglingTarget))
                continue;
            QVERIFY(group.data().toString().startsWith(u"Targets that no longer exist"_s));
            for (int r = 0; r < model->rowCount(group) && !dangling.isValid(); ++r) {
                const QModelIndex row = model->index(r, 0, group);
                const QString where =
                    model->index(r, Ui::ProblemsView::WhereColumn, group).data().toString();
                if (where.startsWith(u"Key "_s)) {
                    dangling = row;
                    handler = row.data(Ui::ProblemsView::ObjectIdRole).toString();
                    key = where.mid(4);
                }
            }
        }
        QVERIFY(dangling.isValid());
        const QString missing = fetch(m_checker.get(), Resources::menuEntry(handler, key))
                                    .value(u"TargetHandlerObjectId");
        QVERIFY(!missing.isEmpty());
        QVERIFY(dangling.siblingAtColumn(Ui::ProblemsView::ProblemColumn)
                    .data()
                    .toString()
                    .contains(missing));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"GET .* failed"_s));
        QVERIFY(server(missing).isEmpty());
        // A double-click opens the handler on its Caller input tab.
        QTreeView *view = problems->view();
        view->expand(dangling.parent());
        view->scrollTo(dangling);
        const QPoint at = view->visualRect(dangling).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(m_window->editor()->isReady() && m_window->editor()->objectId() == handler);
        QTRY_COMPARE(m_window->editorWidget()->tabs()->currentIndex(),
                     tabIndex(m_window.get(), u"callerInputTab"_s));
        m_dangling = handler;
    }

    void saveWarnsAboutCallFlow()
    {
        QVERIFY(!m_dangling.isEmpty());
        QVERIFY(open(m_window.get(), m_dangling));
        auto *name = input<QLineEdit>(tab(m_window.get(), u"generalTab"_s), u"DisplayName"_s);
        QVERIFY(name);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" (checked)"_s);
        QVERIFY(save(m_window.get()));
        // Saved, and warned (not refused): the key that leads nowhere.
        QVERIFY(server(m_dangling).displayName().endsWith(u" (checked)"_s));
        Ui::MessageBar *bar = m_window->editorWidget()->messageBar();
        QTRY_VERIFY(bar->text().contains(u"Call-flow warnings"_s));
        QVERIFY(!bar->isError());
        QVERIFY2(bar->text().contains(u"no longer exists"_s), qPrintable(bar->text()));
    }

    void whatPlaysAtMovesTheMark()
    {
        QVERIFY(open(m_window.get(), m_opening.objectId()));
        QTRY_VERIFY(treeTop() && treeTop()->text().startsWith(u"Opening Greeting"_s));
        QDateTimeEdit *moment = panel()->momentEdit();
        QCOMPARE(moment->accessibleName(), u"What plays at"_s);
        const QDateTime when(QDate(2026, 3, 4), QTime(10, 30));
        moment->setDateTime(when);
        const QString at = QLocale().toString(when, u"ddd HH:mm"_s);
        QStandardItem *playing = nullptr;
        for (QStandardItem *item : rowsBelow(treeTop())) {
            if (item->data(Ui::FlowTree::ActiveRole).toBool() &&
                item->text().contains(u"greeting"_s))
                playing = item;
        }
        QVERIFY(playing);
        QVERIFY2(playing->text().endsWith(at), qPrintable(playing->text()));
    }

    // Last: it deletes a main menu.
    void repointThenDelete()
    {
        const QString menu3 = openingTarget(u"3"_s);
        const QString operatorId = openingTarget(u"0"_s);
        Ui::DeleteDialog *dialog = askToDelete(menu3);
        QVERIFY(dialog);
        QVERIFY(dialog->referrerCount() >= 2);
        QVERIFY(!dialog->targetPicker()->isEnabled());

        // "Re-point them to…" Operator, chosen as a person does: its exact name and Enter.
        dialog->repointCheck()->setChecked(true);
        QVERIFY(dialog->targetPicker()->isEnabled());
        QCOMPARE(dialog->targetKind()->accessibleName(), u"Kind of target"_s);
        QVERIFY(!dialog->deleteButton()->isEnabled()); // no target yet
        QLineEdit *edit = dialog->targetPicker()->lineEdit();
        edit->setFocus();
        QTest::keyClicks(edit, u"Operator"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(dialog->targetPicker()->targetId(), operatorId);
        // The preview: one line per referrer, each now to Operator.
        QTRY_VERIFY(dialog->plan());
        const Flow::RepointPlan plan = *dialog->plan();
        QCOMPARE(plan.changes.size(), dialog->referrerCount());
        QCOMPARE(dialog->preview()->count(), dialog->referrerCount());
        for (int i = 0; i < dialog->preview()->count(); ++i)
            QVERIFY2(dialog->preview()->item(i)->text().endsWith(u"→ Operator"_s),
                     qPrintable(dialog->preview()->item(i)->text()));
        QVERIFY(dialog->deleteButton()->isEnabled());
        QVERIFY(dialog->deleteButton()->text().startsWith(u"Re-point and"_s));

        QSignalSpy deleted(m_window->session(), &ServerSession::handlerDeleted);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(deleted.size() == 1, 30000);
        // On the server: every referrer goes to Operator now, and the handler is gone.
        for (const Flow::RepointChange &change : plan.changes) {
            const CupiObject now = fetch(m_checker.get(), change.path);
            QVERIFY(!change.after.isEmpty());
            for (const auto &[field, value] : change.after.fields())
                QCOMPARE(now.value(field), value);
        }
        QCOMPARE(openingTarget(u"3"_s), operatorId);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"GET .* failed"_s));
        QVERIFY(server(menu3).isEmpty());
        // And in the graph.
        const Flow::Graph &graph = *m_window->callFlow()->graph();
        QCOMPARE(graph.indexOf(menu3), -1);
        int fromOpening = 0;
        for (int e : graph.referrersOf(graph.indexOf(operatorId))) {
            const Flow::Edge &edge = graph.edge(e);
            fromOpening +=
                graph.node(edge.from).objectId == m_opening.objectId() && edge.detail == u"3"_s;
        }
        QCOMPARE(fromOpening, 1);
        // Nothing open: the views show nothing of the deleted handler; the picture shows where
        // calls enter (the routing rules) instead.
        QTRY_VERIFY(!panel()->picture()->subgraph().nodes.isEmpty());
        for (const auto &node : panel()->picture()->subgraph().nodes) {
            QVERIFY(node.node.objectId != menu3);
            QVERIFY(!node.root || node.node.kind == Flow::NodeKind::RoutingRule);
        }
        QCOMPARE(panel()->tree()->flowModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestFlowView)
#include "tst_flowview.moc"
