// SPDX-License-Identifier: GPL-3.0-or-later
// What tst_keyboard and tst_connectiondialog look at in a live window: its shortcuts on every
// platform key theme, its mnemonics per scope, its inputs with their labels and accessible names.
// Header-only; every finding names the widget (objectName, class, tab) for the person reading a
// failure after a merge.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

#include <array>

namespace HandlerDesk::Test::KeyboardWalk {

using namespace Qt::Literals::StringLiterals;

// The key themes Qt knows (QPlatformTheme::KeyboardScheme) that Handler Desk runs on.
enum Theme { Windows, X11, Kde, Gnome, MacOs, ThemeCount };
inline const char *themeName(int t)
{
    static const char *const names[] = {"Windows", "X11", "KDE", "GNOME", "macOS"};
    return names[t];
}

// QKeySequence::keyBindings() of the standard keys a window command could use, per key theme.
// Windows, X11, KDE and GNOME were read from Qt 6.4.2 on Debian 12 (a probe printing keyBindings()
// under the offscreen platform = Windows scheme, and under xcb with QT_QPA_PLATFORMTHEME=generic,
// kde (KDE_SESSION_VERSION=5) and gnome); macOS from Qt's key table (qplatformtheme.cpp).
// recordedThemeMatches() checks the row of the theme the test runs under against Qt itself.
struct Recorded
{
    QKeySequence::StandardKey key;
    std::array<const char *, ThemeCount> bindings; // PortableText, "; " between sequences
};
inline const Recorded RecordedBindings[] = {
    {QKeySequence::HelpContents, {"F1", "F1", "F1", "F1", "Ctrl+?"}},
    {QKeySequence::WhatsThis, {"Shift+F1", "Shift+F1", "Shift+F1", "Shift+F1", "Shift+F1"}},
    {QKeySequence::Open, {"Ctrl+O", "Ctrl+O", "Ctrl+O", "Ctrl+O", "Ctrl+O"}},
    {QKeySequence::Close, {"Ctrl+F4; Ctrl+W", "Ctrl+W", "Ctrl+W", "Ctrl+W", "Ctrl+W; Ctrl+F4"}},
    {QKeySequence::Save, {"Ctrl+S", "Ctrl+S", "Ctrl+S", "Ctrl+S", "Ctrl+S"}},
    {QKeySequence::SaveAs, {"", "", "", "Ctrl+Shift+S", "Ctrl+Shift+S"}},
    {QKeySequence::New, {"Ctrl+N", "Ctrl+N", "Ctrl+N", "Ctrl+N", "Ctrl+N"}},
    {QKeySequence::Refresh, {"F5", "F5", "F5", "Ctrl+R; F5", "Ctrl+R"}},
    {QKeySequence::Print, {"Ctrl+P", "Ctrl+P", "Ctrl+P", "Ctrl+P", "Ctrl+P"}},
    {QKeySequence::AddTab, {"Ctrl+T", "Ctrl+T", "Ctrl+Shift+N; Ctrl+T", "Ctrl+T", "Ctrl+T"}},
    {QKeySequence::Find, {"Ctrl+F", "Ctrl+F", "Ctrl+F", "Ctrl+F", "Ctrl+F"}},
    {QKeySequence::FindNext, {"F3; Ctrl+G", "F3", "F3", "Ctrl+G; F3", "Ctrl+G"}},
    {QKeySequence::FindPrevious,
     {"Shift+F3; Ctrl+Shift+G", "Shift+F3", "Shift+F3", "Ctrl+Shift+G; Shift+F3", "Ctrl+Shift+G"}},
    {QKeySequence::Replace, {"Ctrl+H", "", "Ctrl+R", "Ctrl+H", ""}},
    {QKeySequence::Quit, {"", "Ctrl+Q", "Ctrl+Q", "Ctrl+Q", "Ctrl+Q"}},
    {QKeySequence::FullScreen,
     {"F11; Alt+Enter", "", "F11; Ctrl+Shift+F", "Ctrl+F11", "Ctrl+Meta+F"}},
    {QKeySequence::Cancel, {"Esc", "Esc", "Esc", "Esc", "Esc; Ctrl+."}},
};

inline QList<QKeySequence> parseKeys(const char *text)
{
    QList<QKeySequence> keys =
        QKeySequence::listFromString(QLatin1String(text), QKeySequence::PortableText);
    keys.removeIf([](const QKeySequence &k) { return k.isEmpty(); }); // "" is one empty sequence
    return keys;
}

inline bool sameKeys(QList<QKeySequence> a, QList<QKeySequence> b)
{
    auto less = [](const QKeySequence &x, const QKeySequence &y) { return x < y; };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    return a == b;
}

inline QList<QKeySequence> recorded(QKeySequence::StandardKey key, int theme)
{
    for (const Recorded &r : RecordedBindings) {
        if (r.key == key)
            return parseKeys(r.bindings[size_t(theme)]);
    }
    qWarning() << "no recorded bindings of" << key;
    return {};
}

// The theme this process runs under, if its bindings are the recorded ones (-1: none is).
inline int recordedThemeMatches()
{
    for (int t = 0; t < ThemeCount; ++t) {
        bool all = true;
        for (const Recorded &r : RecordedBindings)
            all =
                all && sameKeys(parseKeys(r.bindings[size_t(t)]), QKeySequence::keyBindings(r.key));
        if (all)
            return t;
    }
    return -1;
}

// A live action's keys on another theme: an action whose keys are exactly a standard key's
// bindings here (setShortcut(QKeySequence::Refresh)) has that key's bindings there.
inline QList<QKeySequence> keysOnTheme(const QList<QKeySequence> &live, int theme)
{
    if (live.isEmpty())
        return live;
    for (const Recorded &r : RecordedBindings) {
        if (sameKeys(live, QKeySequence::keyBindings(r.key)))
            return parseKeys(r.bindings[size_t(theme)]);
    }
    return live;
}

// "generalTab › DisplayName (QLineEdit)": where a widget is, for failure messages.
inline QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        const QString name = p->objectName();
        if (name.endsWith(u"Tab"_s) || name.contains(u'/'))
            path.prepend(name);
    }
    const QString name = w->objectName().isEmpty() ? u"(no objectName)"_s : w->objectName();
    path.append(u"%1 (%2)"_s.arg(name, QString::fromLatin1(w->metaObject()->className())));
    return path.join(u" › "_s);
}

// Without '&' and a trailing ':' — how a label reads.
inline QString plain(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    text = text.trimmed();
    while (text.endsWith(u':') || text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

// A widget inside another input (a combo's line edit, a line edit's clear button, a tab bar's
// scroll buttons): part of that input, not an input of its own.
inline bool isInternal(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QLineEdit *>(p) || qobject_cast<const QTabBar *>(p) ||
            qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

// The controls a person operates: line edits, combos, spin boxes, buttons, lists.
inline QList<QWidget *> inputsOf(QWidget *root)
{
    QList<QWidget *> inputs;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (isInternal(w, root) || w->window() != root->window())
            continue;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
            qobject_cast<QAbstractItemView *>(w))
            inputs.append(w);
    }
    return inputs;
}

// Controls Qt puts inside inputs that screen readers still list on their own: a line edit's
// clear button, an editable combo box's text field.
inline QList<QWidget *> innerControlsOf(QWidget *root)
{
    QList<QWidget *> inner;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        QWidget *parent = w->parentWidget();
        if ((qobject_cast<QAbstractButton *>(w) && qobject_cast<QLineEdit *>(parent)) ||
            (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(parent)))
            inner.append(w);
    }
    return inner;
}

// The text that labels `input` on screen: a QLabel buddy, the QLabel of its form row (also when
// the input sits in a box with its message), or a button's own text. Empty: no visible label.
inline QString labelOf(QWidget *input)
{
    if (auto *button = qobject_cast<QAbstractButton *>(input))
        return button->text();
    for (QWidget *field : {input, input->parentWidget()}) {
        if (!field || !field->parentWidget())
            continue;
        for (QLabel *label :
             field->parentWidget()->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (label->buddy() == input)
                return label->text();
        }
        QWidget *holder = field->parentWidget();
        if (auto *form = qobject_cast<QFormLayout *>(holder->layout())) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
                return label->text();
        }
    }
    return {};
}

// The control's accessible name as screen readers and UI automation get it (QAccessible's Name).
// Except combo boxes: Qt 6.4 on Linux gives AT-SPI a combo's current value as its Name (the label
// goes by the labelled-by relation); its accessibleName is the Name on Windows and macOS, and the
// stable one we set: that is what is checked for them.
inline QString accessibleName(QWidget *w)
{
    if (qobject_cast<QComboBox *>(w))
        return w->accessibleName();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// Mnemonics (Alt+letter) of one window: menu bar titles, tab titles, buddy labels, buttons.
// `gnomeButtons`: standard dialog buttons count with GNOME's letters (&OK, &Cancel, …), which the
// Windows/KDE texts do not show.
inline QMultiHash<QKeySequence, QString> windowMnemonics(QWidget *window, bool gnomeButtons = true)
{
    QMultiHash<QKeySequence, QString> found;
    auto add = [&](const QString &text, const QString &owner) {
        const QKeySequence k = QKeySequence::mnemonic(text);
        if (!k.isEmpty())
            found.insert(k, u"%1 “%2”"_s.arg(owner, text));
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions())
            add(a->text(), u"menu"_s);
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (bar->window() != window)
            continue;
        for (int i = 0; i < bar->count(); ++i)
            add(bar->tabText(i), u"tab"_s);
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->window() == window && label->buddy())
            add(label->text(), u"label of "_s + describe(label->buddy()));
    }
    static const QHash<QDialogButtonBox::StandardButton, QString> gnome = {
        {QDialogButtonBox::Ok, u"&OK"_s},     {QDialogButtonBox::Cancel, u"&Cancel"_s},
        {QDialogButtonBox::Save, u"&Save"_s}, {QDialogButtonBox::Close, u"&Close"_s},
        {QDialogButtonBox::Yes, u"&Yes"_s},   {QDialogButtonBox::No, u"&No"_s},
    };
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->window() != window || isInternal(b, window))
            continue;
        QString text = b->text();
        auto *box = qobject_cast<QDialogButtonBox *>(b->parentWidget());
        if (gnomeButtons && box && !text.contains(u'&') && gnome.contains(box->standardButton(b)) &&
            plain(gnome.value(box->standardButton(b))) == text)
            text = gnome.value(box->standardButton(b)) + u" (GNOME)"_s;
        add(text, u"button "_s + describe(b));
    }
    return found;
}

// The letters used twice in one scope, as readable lines.
inline QStringList clashes(const QMultiHash<QKeySequence, QString> &found, const QString &scope)
{
    QStringList lines;
    for (const QKeySequence &k : found.uniqueKeys()) {
        const QStringList owners = found.values(k);
        if (owners.size() > 1)
            lines.append(u"%1: %2 is used by %3"_s.arg(scope, k.toString(), owners.join(u", "_s)));
    }
    return lines;
}

// Alt+letter (or any key) where the focus is, as a person types it.
inline void press(const QKeySequence &key)
{
    QWidget *target = QApplication::focusWidget();
    if (!target) {
        qWarning("no focus widget to type into");
        return;
    }
    QTest::keyClick(target, key[0].key(), key[0].keyboardModifiers());
}

inline QString closePopups()
{
    QString popups;
    while (QWidget *popup = QApplication::activePopupWidget()) {
        popups += u"%1 “%2” "_s.arg(QString::fromLatin1(popup->metaObject()->className()),
                                    popup->windowTitle().isEmpty() ? popup->objectName()
                                                                   : popup->windowTitle());
        popup->close();
    }
    return popups;
}

// Presses Tab from `start` until the focus comes back (or `limit` presses); every widget
// that had the focus, in order.
inline QList<QWidget *> tabWalk(QWidget *start, int limit)
{
    QList<QWidget *> seen;
    start->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([start] { return start->hasFocus(); }, 5000))
        return seen;
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now)
            break;
        seen.append(now);
        if (now == start) // round: the start is on the way too
            break;
    }
    return seen;
}

inline bool reached(QWidget *input, const QList<QWidget *> &seen)
{
    for (QWidget *w : seen) {
        if (w == input || input->isAncestorOf(w) || w->focusProxy() == input ||
            input->focusProxy() == w)
            return true;
    }
    // Tab stops at the checked radio button of an exclusive group; arrows move inside it.
    if (auto *radio = qobject_cast<QRadioButton *>(input); radio && radio->group()) {
        for (QAbstractButton *b : radio->group()->buttons()) {
            if (b != input && seen.contains(b))
                return true;
        }
    }
    return false;
}

} // namespace HandlerDesk::Test::KeyboardWalk
