// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;

namespace HandlerDesk::Ctl {

class Context;

// One subcommand: `addOptions` declares its options, the dispatcher parses the arguments after
// "handlerctl COMMAND" (and answers --help), then `run` does the command.
struct Command
{
    const char *name;
    // Translatable (context "HandlerDesk::Ctl::Commands"): the line in the list of commands, the
    // first line of the command's --help.
    const char *summary;
    const char *description;
    bool takesId; // one positional argument, a call handler's ObjectId
    void (*addOptions)(QCommandLineParser &parser);
    int (*run)(Context &context, const QCommandLineParser &parser);
    // Other positional arguments (when !takesId), in order; optional ones last.
    struct Argument
    {
        const char *name;        // "FROM"
        const char *description; // translatable, context as above
        bool optional = false;
    };
    QList<Argument> arguments = {};
    bool needsServer = true; // false: runs without --server/--user (profiles, completion)
};

const QList<Command> &commands();
// The commands that --help lists (all but the hidden ones, which have no summary: completion).
QList<Command> shownCommands();
// The options before (or after) the command: --server, --user, --profile, …
const QList<QCommandLineOption> &globalOptions();
const Command *findCommand(const QString &name);

enum class OutputFormat;
// The --output option's value; -1 to go on, else the exit code (usage error).
int outputFormatOption(Context &context, const QCommandLineParser &parser, OutputFormat *format,
                       bool allowCsv);

// The commands, by the file that implements them; commands() lists them in this order.
Command listCommand();            // list (listcommands.cpp)
QList<Command> handlerCommands(); // show, create, delete, set (handlercommands.cpp)
QList<Command> lookupCommands();  // languages, timezones, … (listcommands.cpp)
QList<Command> flowCommands();    // flow, refs, repoint, lint, path (flowcommands.cpp)
QList<Command> localCommands();   // profiles, completion (localcommands.cpp)

// --output table (default), csv or json (listcommands.cpp).
void addOutputOption(QCommandLineParser &parser);
struct Column;
// A call handler's columns, in the order of every command: name, extension, ObjectId.
QList<Column> handlerColumns();

} // namespace HandlerDesk::Ctl
