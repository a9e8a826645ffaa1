// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui::Shortcuts {

namespace {

constexpr const char *Context = "HandlerDesk::Ui::Shortcuts";

// Mnemonic letters, one per scope (tst_keyboard checks): in the window F N V P (menus),
// G H R L T I S A (editor tabs), E U (list panel). The tabs keep the letters users know where they
// can (Alt+H is Schedule, not the Handler menu); Help, Handler and two tabs give way.
// Keys: the platform's binding only where every key theme agrees with our other keys (checked on
// Windows, X11, KDE, GNOME and macOS bindings by tst_keyboard). Refresh is F5 and Ctrl+R on every
// theme (GNOME's Refresh is Ctrl+R); Revert has no key at all: it throws edits away, and Ctrl+R
// was GNOME's Refresh. Tab switching is ours too: the platform's NextChild adds Ctrl+F6 / Ctrl+,.
const CommandSpec Commands[] = {
    {Command::Connect, "connectAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Connect…"), Scope::FileMenu,
     QKeySequence::Open, "",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Connect to a server (profiles)")},
    {Command::Quit, "quitAction", QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Quit"),
     Scope::FileMenu, QKeySequence::Quit, "",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Quit Handler Desk")},
    {Command::NewHandler, "newAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&New from Template…"), Scope::HandlerMenu,
     QKeySequence::New, "",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Create a call handler from a template")},
    {Command::DeleteHandler, "deleteAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Delete…"), Scope::HandlerMenu,
     QKeySequence::UnknownKey, "Ctrl+Del",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Delete the open handler (asks first)")},
    {Command::Save, "saveAction", QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Save"),
     Scope::HandlerMenu, QKeySequence::Save, "",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Save the changes to the server")},
    {Command::Revert, "revertAction", QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Revert"),
     Scope::HandlerMenu, QKeySequence::UnknownKey, "",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts",
                       "Go back to the values loaded from the server")},
    {Command::Filter, "filterAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Filter Handlers"), Scope::ViewMenu,
     QKeySequence::Find, "",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Type to filter the list")},
    {Command::GoToList, "goToListAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Go to &List"), Scope::ViewMenu,
     QKeySequence::UnknownKey, "Alt+1",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Move the focus to the handler list")},
    {Command::GoToEditor, "goToEditorAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Go to &Editor"), Scope::ViewMenu,
     QKeySequence::UnknownKey, "Alt+2",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Move the focus to the editor")},
    {Command::Refresh, "refreshAction", QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Refresh"),
     Scope::ViewMenu, QKeySequence::UnknownKey, "F5; Ctrl+R",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Load the list again from the server")},
    {Command::StopLoading, "cancelLoadAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Stop Loading"), Scope::ViewMenu,
     QKeySequence::UnknownKey, "Esc",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Stop loading the list")},
    {Command::RefreshCallFlow, "refreshCallFlowAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Refresh &Call Flow"), Scope::ViewMenu,
     QKeySequence::UnknownKey, "Ctrl+Shift+R",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts",
                       "Read the whole server's call flow again (in the background)")},
    {Command::ShowCallFlow, "showCallFlowAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Call Flo&w"), Scope::ViewMenu,
     QKeySequence::UnknownKey, "Alt+3",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts",
                       "Show the open handler's call flow and who points to it")},
    {Command::ShowProblems, "showProblemsAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Problems"), Scope::ViewMenu,
     QKeySequence::UnknownKey, "Alt+4",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts",
                       "Show the call-flow problems of the whole server")},
    {Command::NextTab, "nextTabAction", QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Next Tab"),
     Scope::Editor, QKeySequence::UnknownKey, "Ctrl+Tab; Ctrl+PgDown",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Show the editor's next tab")},
    {Command::PreviousTab, "previousTabAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Previous Tab"), Scope::Editor,
     QKeySequence::UnknownKey, "Ctrl+Shift+Backtab; Ctrl+Shift+Tab; Ctrl+PgUp",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Show the editor's previous tab")},
    {Command::UserGuide, "userGuideAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&User Guide"), Scope::HelpMenu,
     QKeySequence::HelpContents, "F1",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Open the user guide")},
    {Command::KeyboardHelp, "keyboardHelpAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Keyboard Shortcuts"), Scope::HelpMenu,
     QKeySequence::UnknownKey, "Ctrl+F1",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Show this list")},
    {Command::About, "aboutAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&About Handler Desk"), Scope::HelpMenu,
     QKeySequence::UnknownKey, "",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Version, Qt version and licence")},
    {Command::AboutQt, "aboutQtAction",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "About &Qt"), Scope::HelpMenu,
     QKeySequence::UnknownKey, "",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Qt's version and licence")},
};

const MnemonicSpec Mnemonics[] = {
    {Mnemonic::FileMenu, "fileMenu", QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&File"),
     Scope::Window},
    {Mnemonic::HandlerMenu, "handlerMenu",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Ha&ndler"), Scope::Window},
    {Mnemonic::ViewMenu, "viewMenu", QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&View"),
     Scope::Window},
    {Mnemonic::HelpMenu, "helpMenu", QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Hel&p"),
     Scope::Window},
    {Mnemonic::GeneralTab, "generalTab",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&General"), Scope::Window},
    {Mnemonic::ScheduleTab, "scheduleTab",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Sc&hedule"), Scope::Window},
    {Mnemonic::RecipientTab, "recipientTab",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Recipient"), Scope::Window},
    {Mnemonic::LanguageTab, "languageTab",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Language"), Scope::Window},
    {Mnemonic::TimeZoneTab, "timeZoneTab",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "&Time zone"), Scope::Window},
    {Mnemonic::CallerInputTab, "callerInputTab",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Caller &input"), Scope::Window},
    {Mnemonic::GreetingsTab, "greetingsTab",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Greeting&s"), Scope::Window},
    {Mnemonic::TransferRulesTab, "transferRulesTab",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Tr&ansfer rules"), Scope::Window},
    {Mnemonic::TenantLabel, "tenantLabel",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "T&enant:"), Scope::Window},
    {Mnemonic::IncludePrimaryCheck, "includePrimaryHandlers",
     QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Include &user primary handlers"),
     Scope::Window},
    // No letter: the list and the editor each have a message bar, and both can offer Retry.
    {Mnemonic::RetryButton, "retryButton", QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Retry"),
     Scope::Window},
};

QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

QString keyText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &k : keys) {
        if (k[0].key() == Qt::Key_Backtab)
            continue; // how Ctrl+Shift+Tab arrives on X11: the same keys for a person
        texts.append(k.toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    return texts.join(u", "_s);
}

} // namespace

std::span<const CommandSpec> commands()
{
    return Commands;
}

std::span<const MnemonicSpec> mnemonics()
{
    return Mnemonics;
}

const CommandSpec &spec(Command id)
{
    const auto it = std::find_if(std::begin(Commands), std::end(Commands),
                                 [id](const CommandSpec &c) { return c.id == id; });
    Q_ASSERT(it != std::end(Commands));
    return *it;
}

const MnemonicSpec &spec(Mnemonic id)
{
    const auto it = std::find_if(std::begin(Mnemonics), std::end(Mnemonics),
                                 [id](const MnemonicSpec &m) { return m.id == id; });
    Q_ASSERT(it != std::end(Mnemonics));
    return *it;
}

QString text(Command id)
{
    return translated(spec(id).text);
}

QString text(Mnemonic id)
{
    return translated(spec(id).text);
}

QString plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" is a literal '&'; "&x" is x
        plain.append(text.at(i));
    }
    plain = plain.trimmed();
    while (plain.endsWith(u':') || plain.endsWith(u'…'))
        plain.chop(1);
    return plain.trimmed();
}

QList<QKeySequence> keys(Command id, const Bindings &bindings)
{
    const CommandSpec &s = spec(id);
    QList<QKeySequence> result;
    if (s.standard != QKeySequence::UnknownKey)
        result = bindings ? bindings(s.standard) : QKeySequence::keyBindings(s.standard);
    const QString own = QLatin1String(s.keys);
    if (!own.isEmpty()) {
        for (const QKeySequence &k :
             QKeySequence::listFromString(own, QKeySequence::PortableText)) {
            if (!k.isEmpty() && !result.contains(k))
                result.append(k);
        }
    }
    return result;
}

void setUp(QAction *action, Command id)
{
    const CommandSpec &s = spec(id);
    action->setObjectName(QLatin1String(s.objectName));
    action->setText(text(id));
    action->setShortcuts(keys(id));
    action->setShortcutContext(s.scope == Scope::Editor ? Qt::WidgetWithChildrenShortcut
                                                        : Qt::WindowShortcut);
}

QAction *addTo(QWidget *widget, Command id, const std::function<void()> &slot)
{
    auto *action = new QAction(widget);
    setUp(action, id);
    QObject::connect(action, &QAction::triggered, widget, slot);
    widget->addAction(action);
    return action;
}

QString helpHtml()
{
    const QString heading = u"<tr><th colspan='3' align='left' style='padding-top:1em'>%1</th>"
                            "</tr>"_s;
    const QString row = u"<tr><td>%1</td><td style='padding-left:2em'>%2</td>"
                        "<td style='padding-left:2em'>%3</td></tr>"_s;
    QString html =
        u"<table>"_s +
        heading.arg(translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Commands"))
                        .toHtmlEscaped());
    for (const CommandSpec &c : Commands) {
        const QList<QKeySequence> k = keys(c.id);
        html += row.arg(
            plainText(text(c.id)).toHtmlEscaped(),
            k.isEmpty() ? translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "(menu only)"))
                              .toHtmlEscaped()
                        : keyText(k),
            translated(c.help).toHtmlEscaped());
    }
    html += heading.arg(
        translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Editor tabs and list"))
            .toHtmlEscaped());
    for (const MnemonicSpec &m : Mnemonics) {
        const QKeySequence letter = QKeySequence::mnemonic(text(m.id));
        if (letter.isEmpty() || m.id <= Mnemonic::HelpMenu)
            continue; // the menus are in the menu bar for all to see
        const bool tab = m.id >= Mnemonic::GeneralTab && m.id <= Mnemonic::TransferRulesTab;
        html += row.arg(plainText(text(m.id)).toHtmlEscaped(), keyText({letter}),
                        (tab ? translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts",
                                                            "Show this tab of the editor"))
                             : translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts",
                                                            "Go to this field of the list")))
                            .toHtmlEscaped());
    }
    html += u"</table><p>%1</p>"_s.arg(
        translated(
            QT_TRANSLATE_NOOP(
                "HandlerDesk::Ui::Shortcuts",
                "Tab and Shift+Tab move between all fields; arrow keys move inside a list or "
                "a group of choices."))
            .toHtmlEscaped());
    return html;
}

void showHelp(QWidget *parent)
{
    auto *window = parent->findChild<QDialog *>(u"keyboardHelp"_s);
    if (!window) {
        window = new QDialog(parent);
        window->setObjectName(u"keyboardHelp"_s);
        window->setWindowTitle(
            translated(QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", "Keyboard Shortcuts")));
        auto *text = new QTextBrowser(window);
        text->setObjectName(u"keyboardHelpText"_s);
        text->setAccessibleName(window->windowTitle());
        text->setHtml(helpHtml());
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
        QObject::connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::close);
        auto *layout = new QVBoxLayout(window);
        layout->addWidget(text);
        layout->addWidget(buttons);
        const QFontMetrics fm = window->fontMetrics();
        window->resize(fm.averageCharWidth() * 120, fm.height() * 40);
    }
    window->show(); // not modal: it can stay open beside the window
    window->raise();
    window->activateWindow();
}

} // namespace HandlerDesk::Ui::Shortcuts
