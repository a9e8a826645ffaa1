// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that need no server: profiles (the GUI's saved server profiles) and completion
// (bash and zsh completion scripts generated from the command table).
#include "app/handlerctl/commands.h"
#include "app/handlerctl/context.h"
#include "app/handlerctl/output.h"

#include "core/codec.h"
#include "core/listpage.h"
#include "core/operations/profilestore.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ctl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Ctl::Commands)
};

// ---- profiles

int runProfiles(Context &context, const QCommandLineParser &parser)
{
    OutputFormat format;
    if (const int code = outputFormatOption(context, parser, &format, true); code >= 0)
        return code;
    Core::ListPage page;
    for (const Core::ServerProfile &profile : Core::ServerProfile::loadAll()) {
        page.startRow();
        page.addField(u"Name", profile.displayName());
        page.addField(u"Server", profile.url.toString());
        page.addField(u"User", profile.user);
        page.addField(u"Wire", Core::wireFormatName(profile.wire));
        page.addField(u"PinnedSha256", profile.pinnedSha256);
    }
    page.setTotal(page.rowCount());
    const QList<Column> columns = {{Text::tr("NAME"), u"Name"},
                                   {Text::tr("SERVER"), u"Server"},
                                   {Text::tr("USER"), u"User"},
                                   {Text::tr("WIRE"), u"Wire"},
                                   {Text::tr("PINNED SHA-256"), u"PinnedSha256"}};
    return writeRows(context, format, columns, page);
}

// ---- completion

// An option as the completion scripts need it: names, value (empty for a flag), first line of help.
struct OptionInfo
{
    QStringList names; // "-h", "--help"
    QString value;     // "URL"
    QString help;
};

// The options a parser was given, read back from its help text (QCommandLineParser has no list).
QList<OptionInfo> optionsOf(const QCommandLineParser &parser)
{
    static const QRegularExpression line(
        u"^  (?:(-\\w), )?(--[\\w-]+)(?: <([^>]+)>)?\\s+(\\S.*)$"_s);
    QList<OptionInfo> result;
    for (const QString &text : parser.helpText().split(u'\n')) {
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch())
            continue;
        OptionInfo option;
        if (m.hasCaptured(1) && !m.captured(1).isEmpty())
            option.names << m.captured(1);
        option.names << m.captured(2);
        option.value = m.captured(3);
        option.help = m.captured(4).trimmed();
        result.append(option);
    }
    return result;
}

QList<OptionInfo> globalOptionInfo()
{
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    return optionsOf(parser);
}

QList<OptionInfo> commandOptionInfo(const Command &command)
{
    QCommandLineParser parser;
    command.addOptions(parser);
    parser.addOption({{u"h"_s, u"help"_s}, Text::tr("Show this help.")});
    return optionsOf(parser);
}

// The values an option takes, when they are a fixed set.
QStringList valuesOf(const QString &option, const Command *command)
{
    if (option == u"--output"_s)
        return {u"table"_s, u"csv"_s, u"json"_s};
    if (option == u"--wire"_s) {
        return {Core::wireFormatName(Core::WireFormat::Json),
                Core::wireFormatName(Core::WireFormat::Xml)};
    }
    if (option == u"--format"_s && command && QLatin1StringView(command->name) == u"flow"_s)
        return {u"tree"_s, u"dot"_s, u"svg"_s};
    return {};
}

QStringList allNames(const QList<OptionInfo> &options, bool withValueOnly = false)
{
    QStringList names;
    for (const OptionInfo &option : options) {
        if (!withValueOnly || !option.value.isEmpty())
            names += option.names;
    }
    return names;
}

QString bashScript()
{
    const QList<OptionInfo> global = globalOptionInfo();
    QStringList commandNames;
    QStringList valueOptions = allNames(global, true);
    QString perCommand;
    QString valueCases;
    QSet<QString> valueCaseDone;
    const auto addValues = [&](const QString &option, const Command *command,
                               const QString &pattern) {
        const QStringList values = valuesOf(option, command);
        if (values.isEmpty() || valueCaseDone.contains(pattern))
            return;
        valueCaseDone.insert(pattern);
        valueCases +=
            u"        %1) COMPREPLY=($(compgen -W \"%2\" -- \"$cur\")); return ;;\n"_s.arg(
                pattern, values.join(u' '));
    };
    for (const OptionInfo &option : global)
        addValues(option.names.constLast(), nullptr, option.names.constLast());
    for (const Command &command : shownCommands()) {
        const QString name = QString::fromLatin1(command.name);
        commandNames << name;
        const QList<OptionInfo> options = commandOptionInfo(command);
        perCommand += u"        %1) opts=\"%2\" ;;\n"_s.arg(name, allNames(options).join(u' '));
        for (const OptionInfo &option : options) {
            if (!option.value.isEmpty())
                valueOptions += option.names;
            // Only --format means something else per command (flow's tree|dot|svg).
            const QString last = option.names.constLast();
            addValues(last, &command, last == u"--format"_s ? name + u':' + last : last);
        }
    }
    valueOptions.removeDuplicates();
    QString script;
    QTextStream s(&script);
    s << "# bash completion for handlerctl — generated by 'handlerctl completion bash'\n"
         "_handlerctl()\n{\n"
         "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
         "    local commands=\""
      << commandNames.join(u' ') << "\"\n"
      << "    local global=\"" << allNames(global).join(u' ') << "\"\n"
      << "    local takes_value=\" " << valueOptions.join(u' ') << " \"\n"
      << "    local command=\"\" i word\n"
         "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "        word=\"${COMP_WORDS[i]}\"\n"
         "        [[ $word == -* ]] && continue\n"
         "        [[ $takes_value == *\" ${COMP_WORDS[i-1]} \"* ]] && continue\n"
         "        command=\"$word\"\n"
         "        break\n"
         "    done\n"
         "    case \"$command:$prev\" in\n";
    // The value cases: "--output" in any command, "flow:--format" only there.
    QString cases = valueCases;
    cases.replace(u"        --"_s, u"        *:--"_s);
    s << cases
      << "    esac\n"
         "    [[ $takes_value == *\" $prev \"* ]] && return\n"
         "    if [[ -z $command ]]; then\n"
         "        if [[ $cur == -* ]]; then\n"
         "            COMPREPLY=($(compgen -W \"$global\" -- \"$cur\"))\n"
         "        else\n"
         "            COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))\n"
         "        fi\n"
         "        return\n"
         "    fi\n"
         "    local opts=\"\"\n"
         "    case \"$command\" in\n"
      << perCommand
      << "    esac\n"
         "    COMPREPLY=($(compgen -W \"$opts $global\" -- \"$cur\"))\n"
         "}\n"
         "complete -F _handlerctl handlerctl\n";
    s.flush();
    return script;
}

// A zsh _arguments spec for an option: '--name[help]:VALUE:(a b)'.
QStringList zshSpecs(const QList<OptionInfo> &options, const Command *command)
{
    QStringList specs;
    for (const OptionInfo &option : options) {
        QString help = option.help.section(u". "_s, 0, 0);
        help.remove(QRegularExpression(u"[\\[\\]:'\\\\]"_s));
        if (help.endsWith(u'.'))
            help.chop(1);
        for (const QString &name : option.names) {
            QString spec = u"'"_s + name + u'[' + help + u']';
            if (!option.value.isEmpty()) {
                const QStringList values = valuesOf(option.names.constLast(), command);
                spec += u':' + option.value + u':' +
                        (values.isEmpty() ? QString() : u'(' + values.join(u' ') + u')');
            }
            specs << spec + u"'"_s;
        }
    }
    return specs;
}

QString zshScript()
{
    const QStringList global = zshSpecs(globalOptionInfo(), nullptr);
    QString script;
    QTextStream s(&script);
    s << "#compdef handlerctl\n"
         "# zsh completion for handlerctl — generated by 'handlerctl completion zsh'\n"
         "_handlerctl() {\n"
         "  local -a commands global\n"
         "  commands=(\n";
    for (const Command &command : shownCommands()) {
        QString summary =
            QCoreApplication::translate("HandlerDesk::Ctl::Commands", command.summary);
        summary.remove(QRegularExpression(u"[':\\\\]"_s));
        s << "    '" << command.name << ':' << summary << "'\n";
    }
    s << "  )\n"
         "  global=(\n    "
      << global.join(u"\n    "_s)
      << "\n  )\n"
         "  local curcontext=\"$curcontext\" state line\n"
         "  _arguments -C $global '1: :->command' '*:: :->args'\n"
         "  case $state in\n"
         "    command) _describe -t commands 'handlerctl command' commands ;;\n"
         "    args)\n"
         "      case $words[1] in\n";
    for (const Command &command : shownCommands()) {
        s << "        " << command.name << ") _arguments $global "
          << zshSpecs(commandOptionInfo(command), &command).join(u' ') << " '*: :' ;;\n";
    }
    s << "      esac ;;\n"
         "  esac\n"
         "}\n"
         "_handlerctl \"$@\"\n";
    s.flush();
    return script;
}

int runCompletion(Context &context, const QCommandLineParser &parser)
{
    const QString shell = parser.positionalArguments().value(0);
    if (shell == u"bash"_s)
        out() << bashScript();
    else if (shell == u"zsh"_s)
        out() << zshScript();
    else
        return context.usage(Text::tr("completion takes bash or zsh"));
    return ExitOk;
}

void addProfilesOptions(QCommandLineParser &parser)
{
    addOutputOption(parser);
}

void addNoOptions(QCommandLineParser &) {}

} // namespace

QList<Command> localCommands()
{
    Command profiles{
        "profiles",
        QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                          "list the server profiles saved by Handler Desk"),
        QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                          "List the server profiles that Handler Desk saved (name, server, user, "
                          "wire format, pinned certificate fingerprint); use one with --profile "
                          "NAME. Passwords are never listed."),
        false,
        &addProfilesOptions,
        &runProfiles};
    profiles.needsServer = false;
    // Hidden (no summary: not in --help): prints a completion script; the package installs them.
    Command completion{"completion",
                       nullptr,
                       QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                         "Print the bash or zsh completion script of handlerctl."),
                       false,
                       &addNoOptions,
                       &runCompletion,
                       {{"SHELL", QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "bash or zsh")}}};
    completion.needsServer = false;
    return {profiles, completion};
}

} // namespace HandlerDesk::Ctl
