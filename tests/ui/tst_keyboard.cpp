// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard (issue 7, item 9) on the live main window against a cupi-sim of its own: no key
// sequence and no Alt+ letter used twice, on any platform key theme; each tab's documented letter
// shows that tab; Ctrl+Tab / Ctrl+Shift+Tab / Ctrl+PgDn / Ctrl+PgUp switch the editor's tabs from
// inside any input; Tab reaches every input of the editor and the list (and leaves the list);
// every input's accessible name is its visible label. Then the same checks on the one table of
// shortcuts (ui/shortcuts.h), for every key theme, and that the window takes its texts from it.
#include "keyboardwalk.h"
#include "uitest.h"
#include <QAccessible>
#include <QComboBox>
#include <QLabel>

#include "ui/shortcuts.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Test;
using namespace HandlerDesk::Test::KeyboardWalk;
using namespace Qt::Literals::StringLiterals;

class TestKeyboard : public UiTest
{
    Q_OBJECT

    MemorySecretStore m_secrets;
    std::unique_ptr<Ui::MainWindow> m_window;
    CupiObject m_handler;

    QTabWidget *tabs() const { return m_window->editorWidget()->tabs(); }

    // The enabled inputs of the page shown that Tab does not reach; `checked` counts them all.
    QStringList unreachedOnPage(QWidget *page, int &checked)
    {
        QStringList missing;
        const QList<QWidget *> seen = tabWalk(tabs()->tabBar(), 2000);
        for (QWidget *input : inputsOf(page)) {
            if (!input->isVisibleTo(m_window.get()) || !input->isEnabled())
                continue;
            ++checked;
            if (!reached(input, seen))
                missing.append(describe(input));
        }
        return missing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSimulator());
        m_window = openWindow(&m_secrets, WireFormat::Json, m_sim.admin());
        QVERIFY(waitLoaded(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_handler = nextHandler();
        QVERIFY(!m_handler.isEmpty());
    }

    void init()
    {
        QVERIFY(open(m_window.get(), m_handler.objectId()));
        QVERIFY(!m_window->editor()->isModified());
    }

    void cleanup() { closePopups(); }

    // The recorded key-theme bindings are Qt's: the row of the theme we run under matches.
    void recordedBindingsAreQts()
    {
        const int theme = recordedThemeMatches();
        QVERIFY2(theme >= 0, "QKeySequence::keyBindings() differ from every recorded key theme");
        qInfo("running under the %s key theme", themeName(theme));
    }

    // Each key sequence (shortcuts and Alt+ letters alike) does one thing, on every key theme.
    void noKeyTwiceOnAnyTheme()
    {
        QStringList problems;
        const QMultiHash<QKeySequence, QString> letters = windowMnemonics(m_window.get());
        for (int theme = 0; theme < ThemeCount; ++theme) {
            QMultiHash<QKeySequence, QString> keys = letters;
            for (QAction *a : m_window->findChildren<QAction *>()) {
                for (const QKeySequence &k : keysOnTheme(a->shortcuts(), theme))
                    keys.insert(k, u"action %1 “%2”"_s.arg(a->objectName(), a->text()));
            }
            for (QShortcut *s : m_window->findChildren<QShortcut *>())
                keys.insert(s->key(), u"shortcut "_s + s->objectName());
            problems += clashes(keys, QString::fromLatin1(themeName(theme)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Ctrl+R was Revert and, on GNOME (and macOS), Refresh too: now it does one thing everywhere,
    // and here it refreshes.
    void ctrlRDoesOneThing()
    {
        const QKeySequence ctrlR(Qt::CTRL | Qt::Key_R);
        for (int theme = 0; theme < ThemeCount; ++theme) {
            QStringList users;
            for (QAction *a : m_window->findChildren<QAction *>()) {
                if (keysOnTheme(a->shortcuts(), theme).contains(ctrlR))
                    users.append(a->objectName());
            }
            QVERIFY2(users.size() <= 1,
                     qPrintable(u"%1: Ctrl+R is %2"_s.arg(QString::fromLatin1(themeName(theme)),
                                                          users.join(u" and "_s))));
        }
        QList<QSignalSpy *> spies;
        QStringList names;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            spies.append(new QSignalSpy(a, &QAction::triggered));
            names.append(a->objectName());
        }
        m_window->listPanel()->view()->setFocus();
        QTRY_VERIFY(m_window->listPanel()->view()->hasFocus());
        press(ctrlR);
        QStringList triggered;
        for (int i = 0; i < spies.size(); ++i) {
            if (!spies.at(i)->isEmpty())
                triggered.append(names.at(i));
        }
        qDeleteAll(spies);
        QCOMPARE(triggered, QStringList{u"refreshAction"_s});
        QVERIFY(waitLoaded(m_window.get()));
    }

    // No Alt+ letter twice in the window (menu bar, tabs, labels, buttons), no letter twice in
    // one menu.
    void noLetterTwiceInOneScope()
    {
        QStringList problems = clashes(windowMnemonics(m_window.get()), u"main window"_s);
        for (QAction *title : m_window->menuBar()->actions()) {
            QMultiHash<QKeySequence, QString> letters;
            for (QAction *a : title->menu()->actions()) {
                if (!a->isSeparator() && !QKeySequence::mnemonic(a->text()).isEmpty())
                    letters.insert(QKeySequence::mnemonic(a->text()), a->text());
            }
            problems += clashes(letters, u"menu "_s + title->text());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Each tab's letter shows that tab, every time (Alt+H is Schedule, not the Handler menu; the
    // letter of Transfer rules is not the File menu's; no letter alternates between two tabs).
    void altLettersReachTheirTabs()
    {
        QStringList problems;
        const int count = tabs()->count();
        for (int i = 0; i < count; ++i) {
            const QString title = tabs()->tabText(i);
            const QKeySequence letter = QKeySequence::mnemonic(title);
            if (letter.isEmpty()) {
                problems.append(u"tab “%1” has no Alt+ letter"_s.arg(title));
                continue;
            }
            tabs()->setCurrentIndex((i + 1) % count);
            tabs()->tabBar()->setFocus();
            for (int round = 1; round <= 2; ++round) {
                press(letter);
                const QString popups = closePopups();
                if (tabs()->currentIndex() != i || !popups.isEmpty())
                    problems.append(u"%1 (press %2) showed tab “%3” %4instead of “%5”"_s.arg(
                        letter.toString(), QString::number(round),
                        tabs()->tabText(tabs()->currentIndex()),
                        popups.isEmpty() ? QString() : u"and opened "_s + popups, title));
                tabs()->setCurrentIndex((i + 1) % count);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        tabs()->setCurrentIndex(0);
        tabs()->tabBar()->setFocus();
        press(QKeySequence(Qt::ALT | Qt::Key_H));
        QVERIFY(tabs()->currentWidget()->findChild<QWidget *>(u"scheduleTab"_s));
        QCOMPARE(closePopups(), QString());
    }

    // Ctrl+Tab / Ctrl+PgDn and Ctrl+Shift+Tab / Ctrl+PgUp from inside a line edit, a combo box
    // and a spin box (the last two used to eat the keys).
    void ctrlTabSwitchesTabs()
    {
        QWidget *general = tab(m_window.get(), u"generalTab"_s);
        QWidget *name = input<QLineEdit>(general, u"DisplayName"_s);
        QWidget *combo = input<QComboBox>(general, u"AfterMessageAction"_s);
        QWidget *spin = input<QSpinBox>(general, u"MaxMsgLen"_s);
        QVERIFY(name && combo && spin);
        const int last = tabs()->count() - 1;
        struct Case
        {
            QWidget *from;
            Qt::Key key;
            Qt::KeyboardModifiers modifiers;
            int expected;
        };
        const Case cases[] = {
            {name, Qt::Key_Tab, Qt::ControlModifier, 1},
            {combo, Qt::Key_Tab, Qt::ControlModifier, 1},
            {spin, Qt::Key_Tab, Qt::ControlModifier, 1},
            {name, Qt::Key_PageDown, Qt::ControlModifier, 1},
            {combo, Qt::Key_PageDown, Qt::ControlModifier, 1},
            {spin, Qt::Key_PageDown, Qt::ControlModifier, 1},
            {name, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier, last},
            {combo, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier, last},
            {spin, Qt::Key_PageUp, Qt::ControlModifier, last},
            {combo, Qt::Key_PageUp, Qt::ControlModifier, last},
        };
        for (const Case &c : cases) {
            tabs()->setCurrentIndex(0);
            c.from->setFocus(Qt::MouseFocusReason);
            QTRY_VERIFY(c.from->hasFocus());
            QTest::keyClick(QApplication::focusWidget(), c.key, c.modifiers);
            QVERIFY2(tabs()->currentIndex() == c.expected,
                     qPrintable(u"%1 in %2 showed tab %3, not %4"_s.arg(
                         QKeySequence(c.key | c.modifiers).toString(), describe(c.from),
                         QString::number(tabs()->currentIndex()), QString::number(c.expected))));
        }
        QVERIFY(!m_window->editor()->isModified()); // switching edits nothing
        // From the Schedule tab's combo onwards, and round from the last tab to the first.
        tabs()->setCurrentIndex(1);
        QWidget *schedule =
            input<QComboBox>(tab(m_window.get(), u"scheduleTab"_s), u"ScheduleSetObjectId"_s);
        schedule->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(schedule->hasFocus());
        QTest::keyClick(schedule, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs()->currentIndex(), 2);
        tabs()->setCurrentIndex(last);
        tabs()->tabBar()->setFocus();
        QTest::keyClick(tabs()->tabBar(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs()->currentIndex(), 0);
    }

    // Tab reaches every enabled input of every editor page (each greeting and transfer rule
    // page too) and of the list panel, and leaves the list (no Tab trap in the table).
    void everyInputReachableByTab()
    {
        QStringList missing;
        int checked = 0;
        for (int i = 0; i < tabs()->count(); ++i) {
            tabs()->setCurrentIndex(i);
            QWidget *page = tabs()->widget(i);
            auto *kinds = page->findChild<QListWidget *>();
            const int pages = kinds ? kinds->count() : 1;
            for (int p = 0; p < pages; ++p) {
                if (kinds && !(kinds->item(p)->flags() & Qt::ItemIsEnabled))
                    continue;
                if (kinds)
                    kinds->setCurrentRow(p);
                missing += unreachedOnPage(page, checked);
            }
        }
        QVERIFY2(checked > 100, qPrintable(QString::number(checked))); // the walk saw the editor
        Ui::HandlerListPanel *list = m_window->listPanel();
        const QList<QWidget *> seen = tabWalk(list->filterEdit(), 60);
        for (QWidget *input : inputsOf(list)) {
            if (input->isVisibleTo(m_window.get()) && input->isEnabled() && !reached(input, seen))
                missing.append(describe(input));
        }
        const qsizetype inView = seen.indexOf(list->view());
        QVERIFY2(inView >= 0, "Tab never reached the handler list");
        QVERIFY2(inView + 1 < seen.size() && seen.at(inView + 1) != list->view(),
                 "Tab does not leave the handler list (it moves from cell to cell)");
        QVERIFY2(missing.isEmpty(), qPrintable(u"not reachable by Tab:\n"_s + missing.join(u'\n')));
    }

    // Every input of the editor (all tabs and pages) and of the list panel has an accessible
    // name, and it is its visible label ("Key 7: Action" in the caller input grid).
    static bool hasLabelRelation(QWidget *w, const QString &name)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface)
            return false;
        const auto relations = iface->relations(QAccessible::Label);
        return std::any_of(relations.cbegin(), relations.cend(), [&name](const auto &r) {
            auto *label = qobject_cast<QLabel *>(r.first->object());
            return label && plain(label->text()) == plain(name);
        });
    }

    void accessibleNamesAreLabels()
    {
        QStringList problems;
        QList<QWidget *> all = inputsOf(m_window->editorWidget());
        all += inputsOf(m_window->listPanel());
        QVERIFY(all.size() > 150); // every page, shown or not
        for (QWidget *w : std::as_const(all)) {
            const QString name = accessibleName(w);
            QString label = plain(labelOf(w));
            const QString key = w->property("menuKey").toString();
            if (!key.isEmpty() && !label.isEmpty() && !label.startsWith(u"Key "_s + key + u':'))
                label = u"Key %1: %2"_s.arg(key, label);
            // A combo box's name reaches Linux screen readers only through its label (AT-SPI's
            // labelled-by relation, which Qt makes for a buddy label beside the combo).
            if (qobject_cast<QComboBox *>(w) && !hasLabelRelation(w, name))
                problems.append(
                    u"%1 has no label relation naming it “%2”"_s.arg(describe(w), name));
            if (name.trimmed().isEmpty())
                problems.append(
                    u"%1 has no accessible name (label “%2”)"_s.arg(describe(w), label));
            else if (!label.isEmpty() && plain(name) != label)
                problems.append(
                    u"%1 is named “%2” but labelled “%3”"_s.arg(describe(w), name, label));
        }
        for (QWidget *w :
             innerControlsOf(m_window->editorWidget()) + innerControlsOf(m_window->listPanel())) {
            if (accessibleName(w).trimmed().isEmpty())
                problems.append(u"%1 inside %2 has no accessible name"_s.arg(
                    QString::fromLatin1(w->metaObject()->className()),
                    describe(w->parentWidget())));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The one table (ui/shortcuts.h): no key twice and no letter twice per scope on any theme.
    void tableHasNoClashOnAnyTheme()
    {
        using namespace Ui::Shortcuts;
        QStringList problems;
        for (int theme = 0; theme < ThemeCount; ++theme) {
            const Bindings bindings = [theme](QKeySequence::StandardKey key) {
                return recorded(key, theme);
            };
            QMultiHash<QKeySequence, QString> keys;
            QMap<int, QMultiHash<QKeySequence, QString>> letters; // by Scope
            for (const CommandSpec &c : commands()) {
                for (const QKeySequence &k : Ui::Shortcuts::keys(c.id, bindings))
                    keys.insert(k, QLatin1String(c.objectName));
                const QKeySequence letter = QKeySequence::mnemonic(text(c.id));
                if (c.scope != Scope::Editor && letter.isEmpty())
                    problems.append(
                        u"menu entry %1 has no letter"_s.arg(QLatin1String(c.objectName)));
                if (!letter.isEmpty())
                    letters[int(c.scope)].insert(letter, QLatin1String(c.objectName));
            }
            for (const MnemonicSpec &m : mnemonics()) {
                const QKeySequence letter = QKeySequence::mnemonic(text(m.id));
                if (!letter.isEmpty()) {
                    keys.insert(letter, QLatin1String(m.objectName));
                    letters[int(m.scope)].insert(letter, QLatin1String(m.objectName));
                }
            }
            const QString name = QString::fromLatin1(themeName(theme));
            problems += clashes(keys, name);
            for (auto it = letters.cbegin(); it != letters.cend(); ++it)
                problems += clashes(it.value(), u"%1 scope %2"_s.arg(name).arg(it.key()));
            QCOMPARE(Ui::Shortcuts::keys(Command::Refresh, bindings),
                     (QList<QKeySequence>{QKeySequence(Qt::Key_F5),
                                          QKeySequence(Qt::CTRL | Qt::Key_R)}));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The window's menus, actions, tabs and list labels are the table's; F1 is the user guide,
    // Ctrl+F1 the keyboard help.
    void windowUsesTheTable()
    {
        using namespace Ui::Shortcuts;
        for (const CommandSpec &c : commands()) {
            auto *action = m_window->findChild<QAction *>(QLatin1String(c.objectName));
            QVERIFY2(action, c.objectName);
            QCOMPARE(action->text(), text(c.id));
            QCOMPARE(action->shortcuts(), keys(c.id));
        }
        for (const MnemonicSpec &m : mnemonics()) {
            const QString name = QLatin1String(m.objectName);
            QStringList shown;
            if (auto *menu = m_window->findChild<QMenu *>(name))
                shown.append(menu->title());
            for (int i = 0; i < tabs()->count(); ++i) {
                // The tab itself (each sits in a scrolling page), not a button inside it.
                const QWidget *tab = tabs()->widget(i)->findChild<QWidget *>(name);
                if (tab && tab->inherits("HandlerDesk::Ui::EditorTab"))
                    shown.append(tabs()->tabText(i));
            }
            for (QWidget *w : m_window->findChildren<QWidget *>(name)) {
                if (auto *label = qobject_cast<QLabel *>(w))
                    shown.append(label->text());
                else if (auto *button = qobject_cast<QAbstractButton *>(w))
                    shown.append(button->text());
            }
            QVERIFY2(!shown.isEmpty(), qPrintable(name));
            for (const QString &s : std::as_const(shown))
                QCOMPARE(s, text(m.id));
        }
        const QList<QKeySequence> f1{QKeySequence(Qt::Key_F1)};
        QCOMPARE(m_window->findChild<QAction *>(u"userGuideAction"_s)->shortcuts(), f1);
        const QList<QKeySequence> ctrlF1{QKeySequence(Qt::CTRL | Qt::Key_F1)};
        QCOMPARE(m_window->findChild<QAction *>(u"keyboardHelpAction"_s)->shortcuts(), ctrlF1);
        QVERIFY(m_window->findChild<QAction *>(u"aboutAction"_s)->shortcuts().isEmpty());
        const QString help = helpHtml();
        for (const CommandSpec &c : commands())
            QVERIFY2(help.contains(plainText(text(c.id)).toHtmlEscaped()), c.objectName);
        QVERIFY(
            help.contains(QKeySequence(Qt::ALT | Qt::Key_H).toString(QKeySequence::NativeText)));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
