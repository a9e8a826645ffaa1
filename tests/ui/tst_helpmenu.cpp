// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu (issue 13): User Guide (F1) finds the guide (the source tree's docs/ when run from
// a build tree) and hands its file URL to the desktop; with no guide a message names where it
// was looked for; About names the version, the Qt versions and the licence; About Qt is an item
// of its own. Every item's accessible name is its visible label.
#include "uitest.h"

#include "core/version.h"
#include "ui/help.h"

#include <QAccessible>
#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

// Stands in for the desktop's file viewer: QDesktopServices::openUrl hands file URLs here.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestHelpMenu : public UiTest
{
    Q_OBJECT

    MemorySecretStore m_secrets;
    std::unique_ptr<Ui::MainWindow> m_window;
    UrlCatcher m_catcher;

    QMenu *helpMenu() const { return m_window->findChild<QMenu *>(u"helpMenu"_s); }
    QAction *action(const QString &name) const
    {
        for (QAction *a : helpMenu()->actions()) {
            if (a->objectName() == name)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        hdInitUiResources();
        QDesktopServices::setUrlHandler(u"file"_s, &m_catcher, "open");
        m_window = std::make_unique<Ui::MainWindow>(&m_secrets);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_s); }

    void init() { m_catcher.opened.clear(); }

    // The items, in order, each with a menu role where the platform moves it (macOS).
    void menuItems()
    {
        QVERIFY(helpMenu());
        QStringList names;
        for (QAction *a : helpMenu()->actions()) {
            if (!a->isSeparator())
                names.append(a->objectName());
        }
        QCOMPARE(names, (QStringList{u"userGuideAction"_s, u"keyboardHelpAction"_s,
                                     u"aboutAction"_s, u"aboutQtAction"_s}));
        QCOMPARE(action(u"userGuideAction"_s)->text(), u"&User Guide"_s);
        QCOMPARE(action(u"aboutAction"_s)->menuRole(), QAction::AboutRole);
        QCOMPARE(action(u"aboutQtAction"_s)->menuRole(), QAction::AboutQtRole);
        QVERIFY(action(u"aboutAction"_s)->shortcuts().isEmpty());
    }

    // The accessible names of the menu's items are their visible labels.
    void accessibleNamesAreLabels()
    {
        QAccessibleInterface *menu = QAccessible::queryAccessibleInterface(helpMenu());
        QVERIFY(menu);
        QStringList names;
        for (int i = 0; i < menu->childCount(); ++i) {
            const QString name = menu->child(i)->text(QAccessible::Name);
            if (!name.isEmpty())
                names.append(name);
        }
        QStringList labels;
        for (QAction *a : helpMenu()->actions()) {
            if (!a->isSeparator())
                labels.append(QString(a->text()).remove(u'&'));
        }
        QCOMPARE(names, labels);
    }

    // From a build tree the guide is the source tree's docs/user-guide.md; F1 hands its file URL
    // to the desktop, and no message comes up.
    void f1OpensTheGuide()
    {
        const QString path = Ui::Help::findUserGuide();
        QVERIFY2(!path.isEmpty(), qPrintable(Ui::Help::userGuideCandidates().join(u", "_s)));
        QVERIFY(path.endsWith(u"/user-guide.md"_s));
        QVERIFY(QFileInfo(path).size() > 1000);
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QTRY_COMPARE(m_catcher.opened, QList<QUrl>{QUrl::fromLocalFile(path)});
        QVERIFY(!m_window->findChild<QMessageBox *>(u"userGuideMessage"_s));
        action(u"userGuideAction"_s)->trigger();
        QCOMPARE(m_catcher.opened.size(), 2);
    }

    // No guide anywhere: nothing is opened, and a message (not modal) lists where it looked.
    void missingGuideIsExplained()
    {
        const QStringList nowhere{u"/nonexistent/share/doc/handlerdesk/user-guide.md"_s,
                                  u"/nonexistent/docs/user-guide.md"_s};
        QCOMPARE(Ui::Help::findUserGuide(nowhere), QString());
        Ui::Help::openUserGuide(m_window.get(), nowhere);
        QVERIFY(m_catcher.opened.isEmpty());
        auto *box = m_window->findChild<QMessageBox *>(u"userGuideMessage"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        QVERIFY(box->text().contains(u"not installed"_s));
        for (const QString &path : nowhere)
            QVERIFY2(box->text().contains(path), qPrintable(box->text()));
        box->close();
    }

    // About: the version, the Qt version run with and built with, the licence and its link.
    void aboutNamesVersionsAndLicence()
    {
        action(u"aboutAction"_s)->trigger();
        auto *box = m_window->findChild<QMessageBox *>(u"aboutBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        const QString text = box->text();
        QCOMPARE(text, Ui::Help::aboutText());
        QVERIFY2(text.contains(u"Handler Desk "_s + applicationVersion()), qPrintable(text));
        QVERIFY(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"built with Qt "_s + QStringLiteral(QT_VERSION_STR)));
        QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
        QVERIFY(text.contains(u"href=\"https://www.gnu.org/licenses/gpl-3.0.html\""_s));
        // Shown again, not twice.
        action(u"aboutAction"_s)->trigger();
        QCOMPARE(m_window->findChildren<QMessageBox *>(u"aboutBox"_s).size(), 1);
        box->close();
    }

    // About Qt is Qt's own box.
    void aboutQtIsItsOwnItem()
    {
        QString title;
        QTimer::singleShot(0, this, [&] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                title = box->windowTitle();
                box->close();
            }
        });
        action(u"aboutQtAction"_s)->trigger(); // QApplication::aboutQt() waits for its box
        QCOMPARE(title, u"About Qt"_s);
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
