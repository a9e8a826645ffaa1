// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handlerctl/cli.h"

#include "app/handlerctl/commands.h"
#include "app/handlerctl/context.h"
#include "app/handlerctl/output.h"

#include "core/codec.h"
#include "core/exitstatus.h"
#include "core/fieldnames.h"
#include "core/operations/profilestore.h"
#include "core/operations/serverurl.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cerrno>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ctl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Ctl::Commands)
};

// "json or xml", from core's names of the wire formats.
QString wireChoices()
{
    return Text::tr("%1 or %2")
        .arg(Core::wireFormatName(Core::WireFormat::Json),
             Core::wireFormatName(Core::WireFormat::Xml));
}

QString commandSummary()
{
    QString text = Text::tr("Commands:") + u'\n';
    for (const Command &command : shownCommands()) {
        text += u"  "_s + QString::fromLatin1(command.name).leftJustified(15) +
                QCoreApplication::translate("HandlerDesk::Ctl::Commands", command.summary) + u'\n';
    }
    text += u'\n' + Text::tr("Run 'handlerctl COMMAND --help' for the options of a command.") +
            u"\n\n"_s +
            Text::tr("The password comes from $HANDLERDESK_PASSWORD, --password-stdin, or the "
                     "desktop keychain\n(service \"handlerdesk\", key user@host:port) — never "
                     "from an argument; when none has it\nand standard input is a terminal, "
                     "handlerctl asks (not echoed).") +
            u"\n\n"_s +
            Text::tr("Environment:\n"
                     "  HANDLERDESK_SERVER    the server when --server is not given\n"
                     "  HANDLERDESK_USER      the user when --user is not given\n"
                     "  HANDLERDESK_PASSWORD  the password\n"
                     "An option wins over the environment, the environment over --profile "
                     "(whose pinned\nfingerprint is used only for the profile's own server). "
                     "Global options may come\nbefore or after the command.") +
            u"\n\n"_s +
            Text::tr("CSV output (--output csv) neutralises formulas: a value that starts with\n"
                     "= + - @ TAB or CR is written with a leading ' (OWASP's rule against CSV\n"
                     "injection), so a spreadsheet shows it as text. --output json keeps every "
                     "value exact.") +
            u"\n\n"_s + Core::exitStatusHelp() + u'\n' +
            Text::tr("Only exit status 0 means a list is whole. A list that fails after rows were\n"
                     "written keeps them, says \"incomplete output: got N of M rows\" on stderr,\n"
                     "and leaves a JSON array unclosed, so that no parser takes it for the whole\n"
                     "list.\n");
    return text;
}
// Shown after a command's options: what people type most.
QString examplesFor(const QString &command)
{
    QStringList lines;
    const QString name = Core::Field::DisplayName.toString();
    if (command == u"list"_s) {
        lines << u"handlerctl --server https://cuc.example.com --user admin list"_s
              << u"handlerctl … list --all --query '%1 startswith Sales' --output csv"_s.arg(name)
              << u"handlerctl … list --tenant 334b0ae1-… --output json | jq '.[].%1'"_s.arg(name);
    } else if (command == u"create"_s) {
        lines << u"handlerctl … create --template \"$(handlerctl … templates --output json | "
                 "jq -r '.[0].%1')\" --name 'Sales Main Menu' --extension 71000"_s.arg(
                     Core::Field::ObjectId);
    } else if (command == u"set"_s) {
        lines << u"handlerctl … set ID --name 'Sales After Hours' --time-zone 35"_s
              << u"handlerctl … set ID --language inherit --recipient-list LIST-ID"_s;
    } else if (command == u"delete"_s) {
        lines << u"handlerctl … delete ID            # asks on a terminal"_s
              << u"handlerctl … delete ID --yes      # in scripts"_s;
    } else if (command == u"flow"_s) {
        lines << u"handlerctl … flow ID --depth 2              # a tree of keys and greetings"_s
              << u"handlerctl … flow ID --format svg > flow.svg"_s
              << u"handlerctl … flow --format dot --refresh   # from the routing rules"_s;
    } else if (command == u"path"_s) {
        lines << u"handlerctl … path --keys \"1 3\"                  # from the Opening Greeting"_s
              << u"handlerctl … path ID --at \"2026-12-07 19:00\" --output json"_s;
    } else if (command == u"refs"_s) {
        lines << u"handlerctl … refs ID --output csv"_s;
    } else if (command == u"repoint"_s) {
        lines << u"handlerctl … repoint FROM TO --dry-run  # what would change"_s
              << u"handlerctl … repoint FROM TO --yes      # in scripts"_s;
    } else if (command == u"lint"_s) {
        lines
            << u"handlerctl … lint --output json | jq '.[] | select(.Problem == \"unreachable\")'"_s;
    }
    if (lines.isEmpty())
        return {};
    return u'\n' + Text::tr("Examples:") + u"\n  "_s + lines.join(u"\n  "_s) + u'\n';
}
} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list = QList<Command>{listCommand()} + handlerCommands() +
                                       lookupCommands() + flowCommands() + localCommands();
    return list;
}

QList<Command> shownCommands()
{
    QList<Command> shown = commands();
    shown.removeIf([](const Command &command) { return !command.summary; });
    return shown;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

namespace {
// Parses a command's arguments (`args` starts with "handlerctl COMMAND"). Returns -1 to go on,
// else the exit code to end with (0 after --help, 1 after a usage error).
int parseCommand(Context &context, QCommandLineParser &parser, const QStringList &args,
                 const Command &command)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("HandlerDesk::Ctl::Commands", command.description));
    if (command.takesId)
        parser.addPositionalArgument(u"ID"_s, Text::tr("The call handler's ObjectId."));
    qsizetype required = command.takesId ? 1 : 0;
    for (const Command::Argument &argument : command.arguments) {
        const QString name = QString::fromLatin1(argument.name);
        parser.addPositionalArgument(
            name, QCoreApplication::translate("HandlerDesk::Ctl::Commands", argument.description),
            argument.optional ? u'[' + name + u']' : name);
        required += argument.optional ? 0 : 1;
    }
    command.addOptions(parser);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return context.usage(parser.errorText());
    if (parser.isSet(help)) {
        // "Usage: handlerctl [global options] list [options] ID", whatever argv[0] was.
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(u'\n');
        QString usageLine = text.left(eol);
        const qsizetype options = usageLine.indexOf(u" [options]"_s);
        usageLine =
            Text::tr("Usage: handlerctl [global options] %1").arg(args.value(0).section(u' ', 1)) +
            (options >= 0 ? usageLine.mid(options) : QString());
        out() << usageLine << text.mid(eol) << examplesFor(args.value(0).section(u' ', 1));
        out().flush();
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    const qsizetype wanted = command.takesId ? 1 : command.arguments.size();
    if (count < required)
        return context.usage(Text::tr("missing argument (see --help)"));
    if (count > wanted)
        return context.usage(
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().value(wanted)));
    return -1;
}
} // namespace

int outputFormatOption(Context &context, const QCommandLineParser &parser, OutputFormat *format,
                       bool allowCsv)
{
    const QString text = parser.value(u"output"_s);
    if (parseOutputFormat(text, format, allowCsv))
        return -1;
    return context.usage(Text::tr("unknown output format '%1'").arg(text));
}

const QList<QCommandLineOption> &globalOptions()
{
    const QString json = Core::wireFormatName(Core::WireFormat::Json);
    static const QList<QCommandLineOption> options = {
        {{u"h"_s, u"help"_s}, Text::tr("Show this help.")},
        {{u"v"_s, u"version"_s}, Text::tr("Show the version.")},
        {u"profile"_s,
         Text::tr("Use a server profile saved by Handler Desk: its server, user, wire format and "
                  "pinned certificate fingerprint (see 'handlerctl profiles')."),
         u"NAME"_s},
        {u"server"_s,
         Text::tr("The server, https://host[:port] (plain http only to this computer)."), u"URL"_s},
        {u"user"_s, Text::tr("The administrator account."), u"NAME"_s},
        {u"wire"_s, Text::tr("Wire format: %1 (default %2).").arg(wireChoices(), json), u"FORMAT"_s,
         json},
        {u"trust-fingerprint"_s,
         Text::tr("Accept the server's certificate if its SHA-256 fingerprint is this (AA:BB:… "
                  "or plain hex)."),
         u"SHA256"_s},
        {u"password-stdin"_s,
         Text::tr("Read the password from the first line of standard input (at a terminal: "
                  "a prompt, not echoed). An empty password is refused.")},
        {u"page-size"_s,
         Text::tr("Rows per request when listing (default 100, Cisco's advice for busy "
                  "servers)."),
         u"N"_s, u"100"_s},
        {u"timeout"_s,
         Text::tr("Seconds of silence from the server after which a request fails (default "
                  "30)."),
         u"SECONDS"_s, u"30"_s},
        {u"deadline"_s,
         Text::tr("Seconds one request may take in all, however steadily the server sends "
                  "(default 120)."),
         u"SECONDS"_s, u"120"_s},
        {u"max-reply-mb"_s,
         Text::tr("Largest reply accepted, in MB; a larger one fails (default 64)."), u"N"_s,
         u"64"_s},
    };
    return options;
}

namespace {
// Global options may come after the command too ("handlerctl list --server URL …"): they are
// moved before it, with their values; --help after the command stays the command's. "--" ends
// the options.
QStringList globalOptionsFirst(const QStringList &arguments)
{
    QStringList global{arguments.value(0)};
    QStringList rest;
    bool command = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--"_s) {
            rest += arguments.mid(i);
            break;
        }
        const QString name = arg.startsWith(u"--"_s) ? arg.mid(2).section(u'=', 0, 0)
                             : arg.startsWith(u'-')  ? arg.mid(1)
                                                     : QString();
        const QCommandLineOption *option = nullptr;
        for (const QCommandLineOption &candidate : globalOptions()) {
            if (!name.isEmpty() && candidate.names().contains(name))
                option = &candidate;
        }
        const bool commandsHelp = command && option && option->names().contains(u"help"_s);
        if (!option || commandsHelp) {
            command = command || !arg.startsWith(u'-');
            rest.append(arg);
            continue;
        }
        global.append(arg);
        if (!option->valueName().isEmpty() && !arg.contains(u'=') && i + 1 < arguments.size())
            global.append(arguments.at(++i));
    }
    return global + rest;
}

// The connection settings: an option wins over the environment ($HANDLERDESK_SERVER,
// $HANDLERDESK_USER), the environment over the profile (--profile). -1 to go on, else the exit
// code.
int readGlobalOptions(Context &context, const QCommandLineParser &parser)
{
    std::optional<Core::ServerProfile> profile;
    if (parser.isSet(u"profile"_s)) {
        profile = Core::ServerProfile::find(parser.value(u"profile"_s));
        if (!profile) {
            return context.usage(Text::tr("no saved profile '%1' (see 'handlerctl profiles')")
                                     .arg(parser.value(u"profile"_s)));
        }
    }
    const auto pick = [&](const QString &option, const char *variable, const QString &saved) {
        if (parser.isSet(option))
            return parser.value(option);
        const QString fromEnvironment = qEnvironmentVariable(variable);
        return fromEnvironment.isEmpty() ? saved : fromEnvironment;
    };
    const QString server =
        pick(u"server"_s, "HANDLERDESK_SERVER", profile ? profile->url.toString() : QString());
    const QString user = pick(u"user"_s, "HANDLERDESK_USER", profile ? profile->user : QString());
    if (server.isEmpty() || user.isEmpty())
        return context.usage(Text::tr("--server URL and --user NAME (or --profile NAME) are "
                                      "required"));
    QString problem;
    context.settings.serverUrl = Core::parseServerUrl(server, &problem);
    if (!problem.isEmpty())
        return context.usage(problem);
    context.settings.user = user;
    const std::optional<Core::WireFormat> wire =
        profile && !parser.isSet(u"wire"_s) ? profile->wire
                                            : Core::parseWireFormat(parser.value(u"wire"_s));
    if (!wire)
        return context.usage(Text::tr("--wire takes %1").arg(wireChoices()));
    context.settings.wire = *wire;
    // The profile's pin only for the profile's own server.
    const bool sameServer = profile && context.settings.serverUrl == profile->url;
    context.settings.pinnedSha256 = parser.isSet(u"trust-fingerprint"_s) || !sameServer
                                        ? parser.value(u"trust-fingerprint"_s)
                                        : profile->pinnedSha256;
    context.passwordFromStdin = parser.isSet(u"password-stdin"_s);
    bool ok = false;
    context.settings.pageSize = parser.value(u"page-size"_s).toInt(&ok);
    if (!ok || context.settings.pageSize < 1)
        return context.usage(Text::tr("--page-size takes a positive number"));
    const int seconds = parser.value(u"timeout"_s).toInt(&ok);
    if (!ok || seconds < 1)
        return context.usage(Text::tr("--timeout takes a positive number of seconds"));
    context.settings.transferTimeoutMs = seconds * 1000;
    const int deadline = parser.value(u"deadline"_s).toInt(&ok);
    if (!ok || deadline < 1 || deadline > 86400)
        return context.usage(Text::tr("--deadline takes a number of seconds from 1 to 86400"));
    context.settings.transferDeadlineMs = deadline * 1000;
    const int megabytes = parser.value(u"max-reply-mb"_s).toInt(&ok);
    if (!ok || megabytes < 1 || megabytes > 4096)
        return context.usage(Text::tr("--max-reply-mb takes a number from 1 to 4096"));
    context.settings.maxReplyBytes = qint64(megabytes) << 20;
    return -1;
}

// Standard output written with QTextStream (show, path, repoint, …): a failed write is said
// and ends with ExitOutput, like the lists' OutputSink.
int checkOutput(const Context &context, int code)
{
    out().flush();
    if (out().status() == QTextStream::Ok || code == ExitOutput)
        return code;
    const int error = errno != 0 ? errno : EIO;
    return context.outputFailed(error);
}
} // namespace

int run(const QStringList &arguments)
{
    Context context;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Browse and edit the call handlers of a Cisco Unity Connection server through "
                 "its REST interface (CUPI)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(globalOptions());
    parser.addPositionalArgument(u"COMMAND"_s, Text::tr("The command to run (see below)."),
                                 u"COMMAND [options]"_s);
    if (!parser.parse(globalOptionsFirst(arguments)))
        return context.usage(parser.errorText());
    if (parser.isSet(u"version"_s)) {
        out() << "handlerctl " << QCoreApplication::applicationVersion() << '\n';
        return checkOutput(context, ExitOk);
    }
    const bool help = parser.isSet(u"help"_s);
    const QStringList rest = parser.positionalArguments();
    if (help || rest.isEmpty()) {
        QTextStream &stream = help ? out() : err();
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'),
                     Text::tr("Usage: handlerctl [--profile NAME | --server URL --user NAME] "
                              "[options] COMMAND [command options]"));
        stream << text << '\n' << commandSummary();
        stream.flush();
        return help ? checkOutput(context, ExitOk) : ExitUsage;
    }
    const Command *command = findCommand(rest.constFirst());
    if (!command)
        return context.usage(Text::tr("unknown command '%1'").arg(rest.constFirst()));
    const QStringList commandArgs = QStringList{u"handlerctl "_s + rest.constFirst()} + rest.mid(1);
    context.program = u"handlerctl "_s + rest.constFirst();
    const bool wantsHelp = commandArgs.contains(u"--help"_s) || commandArgs.contains(u"-h"_s);
    if (!wantsHelp && command->needsServer) {
        if (const int code = readGlobalOptions(context, parser); code >= 0)
            return code;
    }
    QCommandLineParser commandParser;
    if (const int done = parseCommand(context, commandParser, commandArgs, *command); done >= 0)
        return checkOutput(context, done);
    return checkOutput(context, command->run(context, commandParser));
}

} // namespace HandlerDesk::Ctl
