// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace HandlerDesk::Ctl {

class Context;

// One subcommand. `args` starts with "handlerctl COMMAND", followed by the command's arguments.
struct Command
{
    const char *name;
    const char *summary; // translatable (context "HandlerDesk::Ctl::Commands")
    int (*run)(Context &context, const QStringList &args);
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

// Parses a command's arguments. Returns -1 to go on, else the exit code to end with
// (0 after --help, 1 after a usage error).
int parseCommand(Context &context, QCommandLineParser &parser, const QStringList &args,
                 const char *description, int minPositional, int maxPositional);

enum class OutputFormat;
// The --output option's value; -1 to go on, else the exit code (usage error).
int outputFormatOption(Context &context, const QCommandLineParser &parser, OutputFormat *format,
                       bool allowCsv);

int runList(Context &context, const QStringList &args);
int runLookup(Context &context, const QStringList &args);
int runShow(Context &context, const QStringList &args);
int runCreate(Context &context, const QStringList &args);
int runDelete(Context &context, const QStringList &args);
int runSet(Context &context, const QStringList &args);

} // namespace HandlerDesk::Ctl
