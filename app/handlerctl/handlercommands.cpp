// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl show, create, delete and set: one call handler at a time.
#include "app/handlerctl/commands.h"
#include "app/handlerctl/context.h"
#include "app/handlerctl/handlerchanges.h"
#include "app/handlerctl/output.h"

#include "core/cupijob.h"
#include "core/fieldtable.h"
#include "core/resources.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
namespace Res = HandlerDesk::Core::Resources;
using HandlerDesk::Core::CupiError;
using HandlerDesk::Core::CupiObject;

namespace HandlerDesk::Ctl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Ctl::Commands)
};

// GET the handler; on failure prints the error and sets *exitCode.
bool fetchHandler(Context &context, const QString &id, CupiObject *handler, int *exitCode)
{
    Core::ObjectJob *job = context.client()->get(Res::callHandler(id));
    const CupiError error = context.wait(job);
    if (error) {
        *exitCode = context.fail(error);
        return false;
    }
    *handler = job->object();
    return true;
}

int reportIssues(Context &context, const QList<Core::FieldIssue> &issues)
{
    for (const Core::FieldIssue &issue : issues)
        err() << context.program << ": " << issue.message << '\n';
    err().flush();
    return ExitUsage;
}
} // namespace

int runShow(Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, Text::tr("The call handler's ObjectId."));
    parser.addOption({u"output"_s, Text::tr("Output format: table (default) or json (one object "
                                            "keyed by CUPI field names)."),
                      u"FORMAT"_s, u"table"_s});
    const int done = parseCommand(context, parser, args,
                                  QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                                    "Show every field of one call handler."),
                                  1, 1);
    if (done >= 0)
        return done;
    OutputFormat format;
    if (const int code = outputFormatOption(context, parser, &format, false); code >= 0)
        return code;
    if (int code = context.connect(); code != ExitOk)
        return code;
    CupiObject handler;
    int code = ExitOk;
    if (!fetchHandler(context, parser.positionalArguments().constFirst(), &handler, &code))
        return code;
    if (format == OutputFormat::Json)
        printJsonObject(out(), handler);
    else
        printFields(out(), handler);
    return ExitOk;
}

int runCreate(Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"template"_s, Text::tr("The call-handler template (ObjectId; see "
                                              "'handlerctl templates')."),
                      u"ID"_s});
    parser.addOption({u"name"_s, Text::tr("The display name (unique, at most 64 characters)."),
                      u"NAME"_s});
    parser.addOption({u"extension"_s, Text::tr("The extension (digits, * and #)."), u"DIGITS"_s});
    const int done = parseCommand(context, parser, args,
                                  QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                                    "Create a call handler from a template and "
                                                    "print its ObjectId."),
                                  0, 0);
    if (done >= 0)
        return done;
    if (!parser.isSet(u"template"_s) || !parser.isSet(u"name"_s))
        return context.usage(Text::tr("create needs --template ID and --name NAME"));
    CupiObject body;
    body.set(u"DisplayName"_s, parser.value(u"name"_s));
    if (parser.isSet(u"extension"_s))
        body.set(u"DtmfAccessId"_s, parser.value(u"extension"_s));
    if (const auto issues = validateFields(body); !issues.isEmpty())
        return reportIssues(context, issues);
    if (int code = context.connect(); code != ExitOk)
        return code;
    // Sign in with a GET of the template, which is retried when the server is busy: a POST that
    // signs in is not, and real servers answer 503 to a third Basic sign-in within a second.
    if (const CupiError error = context.wait(
            context.client()->get(Res::callHandlerTemplate(parser.value(u"template"_s)))))
        return context.fail(error);
    Core::WriteJob *job = context.client()->post(
        Res::createCallHandler(parser.value(u"template"_s)), body, Res::Root::CallHandler);
    if (const CupiError error = context.wait(job))
        return context.fail(error);
    if (job->createdId().isEmpty()) // the 201's body names it; its Location is never read
        return context.fail(CupiError(
            CupiError::Kind::Decode, Text::tr("The server did not say which handler it created.")));
    out() << job->createdId() << '\n';
    out().flush();
    return ExitOk;
}

int runDelete(Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, Text::tr("The call handler's ObjectId."));
    parser.addOption({u"yes"_s, Text::tr("Do not ask for confirmation (needed when standard "
                                         "input is not a terminal).")});
    const int done = parseCommand(context, parser, args,
                                  QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                                    "Delete a call handler. Undeletable handlers "
                                                    "(Opening Greeting, Goodbye, Operator, users' "
                                                    "primary handlers) are refused."),
                                  1, 1);
    if (done >= 0)
        return done;
    const bool confirmed = parser.isSet(u"yes"_s);
    if (!confirmed && !stdinIsTerminal())
        return context.usage(Text::tr("refusing to delete without --yes: standard input is not "
                                      "a terminal"));
    if (int code = context.connect(); code != ExitOk)
        return code;
    const QString id = parser.positionalArguments().constFirst();
    CupiObject handler;
    int code = ExitOk;
    if (!fetchHandler(context, id, &handler, &code))
        return code;
    const QString label = handler.displayName().isEmpty()
                              ? id
                              : u"\"%1\"%2"_s.arg(handler.displayName(),
                                                  handler.value(u"DtmfAccessId").isEmpty()
                                                      ? QString()
                                                      : u" ("_s + handler.value(u"DtmfAccessId")
                                                            + u')');
    if (handler.boolValue(u"Undeletable")) {
        err() << context.program << ": "
              << Text::tr("call handler %1 is undeletable; the server keeps it.").arg(label)
              << '\n';
        err().flush();
        return ExitUsage;
    }
    if (!confirmed) {
        err() << Text::tr("Delete call handler %1? [y/N] ").arg(label);
        err().flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"y"_s && answer != u"yes"_s) {
            err() << Text::tr("Not deleted.") << '\n';
            err().flush();
            return ExitUsage;
        }
    }
    if (const CupiError error = context.wait(context.client()->remove(Res::callHandler(id))))
        return context.fail(error);
    err() << Text::tr("Deleted call handler %1.").arg(label) << '\n';
    err().flush();
    return ExitOk;
}

int runSet(Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, Text::tr("The call handler's ObjectId."));
    parser.addOption({u"name"_s, Text::tr("New display name."), u"NAME"_s});
    parser.addOption({u"extension"_s, Text::tr("New extension (digits, * and #)."), u"DIGITS"_s});
    parser.addOption({u"schedule-set"_s, Text::tr("Schedule set (ObjectId; see 'handlerctl "
                                                  "schedule-sets')."),
                      u"ID"_s});
    parser.addOption({u"recipient-user"_s, Text::tr("Send messages to this user (ObjectId)."),
                      u"ID"_s});
    parser.addOption({u"recipient-list"_s,
                      Text::tr("Send messages to this distribution list (ObjectId)."), u"ID"_s});
    parser.addOption({u"language"_s, Text::tr("'inherit' (the caller's language), 'default' "
                                              "(the system's) or a language code (LCID, see "
                                              "'handlerctl languages')."),
                      u"inherit|default|LCID"_s});
    parser.addOption({u"time-zone"_s, Text::tr("'default' (the system's) or a time-zone id "
                                               "(see 'handlerctl timezones')."),
                      u"default|ID"_s});
    const int done = parseCommand(context, parser, args,
                                  QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                                    "Change fields of a call handler. Only the "
                                                    "fields that change are sent."),
                                  1, 1);
    if (done >= 0)
        return done;
    if (parser.isSet(u"recipient-user"_s) && parser.isSet(u"recipient-list"_s))
        return context.usage(Text::tr("--recipient-user and --recipient-list exclude each other"));

    HandlerChanges changes;
    const std::pair<QString, std::optional<QString> HandlerChanges::*> options[] = {
        {u"name"_s, &HandlerChanges::name},
        {u"extension"_s, &HandlerChanges::extension},
        {u"schedule-set"_s, &HandlerChanges::scheduleSet},
        {u"recipient-user"_s, &HandlerChanges::recipientUser},
        {u"recipient-list"_s, &HandlerChanges::recipientList},
        {u"language"_s, &HandlerChanges::language},
        {u"time-zone"_s, &HandlerChanges::timeZone},
    };
    for (const auto &[option, member] : options) {
        if (parser.isSet(option))
            changes.*member = parser.value(option);
    }
    if (changes.isEmpty())
        return context.usage(Text::tr("set needs at least one field to change"));
    if (const QString problem = changes.checkSyntax(); !problem.isEmpty())
        return context.usage(problem);

    if (int code = context.connect(); code != ExitOk)
        return code;
    const QString id = parser.positionalArguments().constFirst();
    CupiObject handler;
    int code = ExitOk;
    if (!fetchHandler(context, id, &handler, &code))
        return code;
    QList<Core::FieldIssue> issues;
    const CupiObject body = changes.putBody(handler, &issues);
    if (!issues.isEmpty())
        return reportIssues(context, issues);
    if (body.isEmpty()) {
        err() << Text::tr("Nothing to change: the call handler already has these values.")
              << '\n';
        err().flush();
        return ExitOk;
    }
    const CupiError error = context.wait(
        context.client()->put(Res::callHandler(id), body, Res::Root::CallHandler));
    if (error)
        return context.fail(error);
    QStringList names;
    for (const auto &field : body.fields())
        names << field.first;
    err() << Text::tr("Updated %1.").arg(names.join(u", "_s)) << '\n';
    err().flush();
    return ExitOk;
}

} // namespace HandlerDesk::Ctl
