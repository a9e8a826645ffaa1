// SPDX-License-Identifier: GPL-3.0-or-later
// The one table of the keyboard: every command's text (with its mnemonic) and key sequences, and
// the mnemonics of the menus, the editor tabs and the list panel's labels. Menus, tabs, labels
// and the keyboard help window all take their texts from here, so a clash can only be made here,
// and tst_keyboard checks this table (on every platform key theme) and the live window for one.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>
#include <span>

class QAction;
class QWidget;

namespace HandlerDesk::Ui::Shortcuts {

// Every command of the main window (menus, editor tab switching, help).
enum class Command {
    Connect,
    Quit,
    NewHandler,
    DeleteHandler,
    Save,
    Revert,
    Filter,
    GoToList,
    GoToEditor,
    Refresh,
    StopLoading,
    RefreshCallFlow,
    ShowCallFlow,
    ShowProblems,
    NextTab,
    PreviousTab,
    UserGuide,
    KeyboardHelp,
    About,
    AboutQt,
};

// Texts with a mnemonic that are not commands: menu titles, editor tabs, list panel labels.
enum class Mnemonic {
    FileMenu,
    HandlerMenu,
    ViewMenu,
    HelpMenu,
    GeneralTab,
    ScheduleTab,
    RecipientTab,
    LanguageTab,
    TimeZoneTab,
    CallerInputTab,
    GreetingsTab,
    TransferRulesTab,
    TenantLabel,
    IncludePrimaryCheck,
    RetryButton,
};

// Where a mnemonic is live: Alt+letter in the main window (menu bar, tabs, labels), or the
// letter alone inside one open menu. Editor: the command works while the focus is in the editor.
enum class Scope { Window, FileMenu, HandlerMenu, ViewMenu, HelpMenu, Editor };

struct CommandSpec
{
    Command id;
    const char *objectName;
    const char *text; // QT_TRANSLATE_NOOP("HandlerDesk::Ui::Shortcuts", …), with '&'
    Scope scope;      // the menu it is in (Editor: in no menu)
    // The platform's binding (differs between key themes), or UnknownKey.
    QKeySequence::StandardKey standard = QKeySequence::UnknownKey;
    // Ours, the same on every platform: PortableText, "; " between sequences.
    const char *keys = "";
    const char *help = ""; // translatable: what it does, for the keyboard help
};

struct MnemonicSpec
{
    Mnemonic id;
    const char *objectName; // the tab page, label or menu it names
    const char *text;       // translatable, with '&'
    Scope scope;
};

std::span<const CommandSpec> commands();
std::span<const MnemonicSpec> mnemonics();
const CommandSpec &spec(Command id);
const MnemonicSpec &spec(Mnemonic id);

QString text(Command id);  // translated, with '&'
QString text(Mnemonic id); // translated, with '&'
// Without '&' and a trailing ':' or '…': how the text reads (and an accessible name).
QString plainText(const QString &text);

// The platform's bindings of a standard key (QKeySequence::keyBindings); tests pass another
// key theme's.
using Bindings = std::function<QList<QKeySequence>(QKeySequence::StandardKey)>;
// The key sequences of a command: the platform's binding first, then ours (no duplicates).
QList<QKeySequence> keys(Command id, const Bindings &bindings = {});

// Makes `action` the command: object name, text, key sequences, shortcut context (the editor's
// commands work while the focus is anywhere inside the widget the action is added to).
void setUp(QAction *action, Command id);
// A new action for the command, parented to `parent`, triggering `slot`.
QAction *addTo(QWidget *widget, Command id, const std::function<void()> &slot);

// The keyboard help: every command with its keys, the Alt+ letters of the editor tabs and the
// list panel, as an HTML table (generated from the tables above, in the current key theme).
QString helpHtml();
// Shows the keyboard help in a window of its own beside `parent` (named "keyboardHelp").
void showHelp(QWidget *parent);

} // namespace HandlerDesk::Ui::Shortcuts
