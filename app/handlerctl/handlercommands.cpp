// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl show, create, delete and set: one call handler at a time.
#include "app/handlerctl/commands.h"
#include "app/handlerctl/context.h"
#include "app/handlerctl/handlerchanges.h"
#include "app/handlerctl/output.h"

#include "core/cupijob.h"
#include "core/displaytext.h"
#include "core/fieldnames.h"
#include "core/fieldtable.h"
#include "core/models/handleractions.h"
#include "core/resources.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include <functional>

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
        err() << context.program << ": " << Core::safeText(issue.message, 1000) << '\n';
    err().flush();
    return ExitUsage;
}

// An option's help from the field table: its description and rule ("… Text, up to 64 characters;
// required.").
QString fieldHelp(QStringView field)
{
    const Core::FieldSpec *spec = Core::CallHandlerFields::find(field);
    Q_ASSERT(spec);
    return Text::tr("%1 %2.").arg(spec->translatedDescription(), spec->ruleSummary());
}

// How a handler is named in messages: "Sales" (71000), or its id when it has no name.
// The handler's name as a terminal shows it (cleaned, capped: it is the server's text).
QString labelOf(const CupiObject &handler)
{
    constexpr qsizetype MaxLabelLength = 200;
    if (handler.displayName().isEmpty())
        return Core::safeText(handler.objectId(), MaxLabelLength);
    const QString extension = handler.value(Core::Field::DtmfAccessId);
    return Core::safeText(
        u"\"%1\"%2"_s.arg(handler.displayName(),
                          extension.isEmpty() ? QString() : u" ("_s + extension + u')'),
        MaxLabelLength);
}

// What one of HandlerActions' operations ended with: the handler's id and the error, if any.
struct ActionOutcome
{
    QString objectId;
    CupiError error;
};

// Starts an operation of core's HandlerActions (the GUI's too) on `actions` and runs a local
// event loop until its one terminal signal.
ActionOutcome runAction(Context &context, const std::function<void(Core::HandlerActions &)> &start)
{
    Core::HandlerActions actions(context.client());
    ActionOutcome outcome;
    QEventLoop loop;
    const auto finish = [&](const QString &objectId, const CupiError &error) {
        outcome = {objectId, error};
        loop.quit();
    };
    using Core::HandlerActions;
    QObject::connect(&actions, &HandlerActions::created, &loop,
                     [&](const QString &id) { finish(id, {}); });
    QObject::connect(&actions, &HandlerActions::createFailed, &loop,
                     [&](const CupiError &error, const QString &id) { finish(id, error); });
    QObject::connect(&actions, &HandlerActions::deleted, &loop,
                     [&](const QString &id) { finish(id, {}); });
    QObject::connect(&actions, &HandlerActions::deleteFailed, &loop,
                     [&](const QString &id, const CupiError &error) { finish(id, error); });
    start(actions);
    loop.exec();
    return outcome;
}

HandlerChanges changesFromOptions(const QCommandLineParser &parser)
{
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
    return changes;
}

void addShowOptions(QCommandLineParser &parser)
{
    addOutputOption(parser);
}

int runShow(Context &context, const QCommandLineParser &parser)
{
    OutputFormat format;
    if (const int code = outputFormatOption(context, parser, &format, true); code >= 0)
        return code;
    if (int code = context.connect(); code != ExitOk)
        return code;
    CupiObject handler;
    int code = ExitOk;
    if (!fetchHandler(context, parser.positionalArguments().constFirst(), &handler, &code))
        return code;
    if (format == OutputFormat::Json) {
        printJsonObject(out(), handler);
    } else if (format == OutputFormat::Csv) { // a header and one record
        Core::ListPage page;
        page.startRow();
        for (const auto &[key, value] : handler.fields())
            page.addField(key, value);
        page.setTotal(1);
        return writeRows(context, format, handlerColumns(), page);
    } else {
        printFields(out(), handler);
    }
    return ExitOk;
}

void addCreateOptions(QCommandLineParser &parser)
{
    parser.addOption({u"template"_s,
                      Text::tr("The call-handler template (ObjectId; see "
                               "'handlerctl templates')."),
                      u"ID"_s});
    parser.addOption({u"name"_s, fieldHelp(Core::Field::DisplayName), u"NAME"_s});
    parser.addOption({u"extension"_s, fieldHelp(Core::Field::DtmfAccessId), u"DIGITS"_s});
}

int runCreate(Context &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"template"_s) || !parser.isSet(u"name"_s))
        return context.usage(Text::tr("create needs --template ID and --name NAME"));
    const QString name = parser.value(u"name"_s);
    const QString extension = parser.value(u"extension"_s);
    if (const auto issues = Core::HandlerActions::checkNewHandler(name, extension);
        !issues.isEmpty())
        return reportIssues(context, issues);
    if (int code = context.connect(); code != ExitOk)
        return code;
    const ActionOutcome created = runAction(context, [&](Core::HandlerActions &actions) {
        actions.createHandler(parser.value(u"template"_s), name, extension);
    });
    if (!created.objectId.isEmpty()) { // also when only reading it back failed: it exists
        out() << created.objectId << '\n';
        out().flush();
    }
    return created.error ? context.fail(created.error) : ExitOk;
}

void addDeleteOptions(QCommandLineParser &parser)
{
    parser.addOption({u"yes"_s, Text::tr("Do not ask for confirmation (needed when standard "
                                         "input is not a terminal).")});
}

int runDelete(Context &context, const QCommandLineParser &parser)
{
    const bool confirmed = parser.isSet(u"yes"_s);
    if (!confirmed && !stdinIsTerminal())
        return context.usage(Text::tr("refusing to delete without --yes: standard input is not "
                                      "a terminal"));
    if (int code = context.connect(); code != ExitOk)
        return code;
    QString label = parser.positionalArguments().constFirst();
    bool declined = false;
    // Asked by core between reading the handler and deleting it, so the question names it.
    const auto confirm = [&](const CupiObject &handler) {
        label = labelOf(handler);
        if (confirmed)
            return true;
        declined = !askYes(Text::tr("Delete call handler %1?").arg(label));
        return !declined;
    };
    const ActionOutcome outcome = runAction(context, [&](Core::HandlerActions &actions) {
        actions.deleteHandler(parser.positionalArguments().constFirst(), confirm);
    });
    if (declined) {
        err() << Text::tr("Not deleted.") << '\n';
        err().flush();
        return ExitUsage;
    }
    if (outcome.error)
        return context.fail(outcome.error);
    err() << Text::tr("Deleted call handler %1.").arg(label) << '\n';
    err().flush();
    return ExitOk;
}

// The options of `set`: what may change.
void addSetOptions(QCommandLineParser &parser)
{
    parser.addOption({u"name"_s, fieldHelp(Core::Field::DisplayName), u"NAME"_s});
    parser.addOption({u"extension"_s, fieldHelp(Core::Field::DtmfAccessId), u"DIGITS"_s});
    parser.addOption({u"schedule-set"_s,
                      Text::tr("Schedule set (ObjectId; see 'handlerctl "
                               "schedule-sets')."),
                      u"ID"_s});
    parser.addOption(
        {u"recipient-user"_s, Text::tr("Send messages to this user (ObjectId)."), u"ID"_s});
    parser.addOption({u"recipient-list"_s,
                      Text::tr("Send messages to this distribution list (ObjectId)."), u"ID"_s});
    parser.addOption({u"language"_s,
                      Text::tr("'inherit' (the caller's language), 'default' "
                               "(the system's) or a language code (LCID, see "
                               "'handlerctl languages')."),
                      u"inherit|default|LCID"_s});
    parser.addOption({u"time-zone"_s,
                      Text::tr("'default' (the system's) or a time-zone id "
                               "(see 'handlerctl timezones')."),
                      u"default|ID"_s});
}

int runSet(Context &context, const QCommandLineParser &parser)
{
    if (parser.isSet(u"recipient-user"_s) && parser.isSet(u"recipient-list"_s))
        return context.usage(Text::tr("--recipient-user and --recipient-list exclude each other"));

    const HandlerChanges changes = changesFromOptions(parser);
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
        err() << Text::tr("Nothing to change: the call handler already has these values.") << '\n';
        err().flush();
        return ExitOk;
    }
    const CupiError error =
        context.wait(context.client()->put(Res::callHandler(id), body, Res::Root::CallHandler));
    if (error)
        return context.fail(error);
    QStringList names;
    for (const auto &field : body.fields())
        names << field.first;
    err() << Text::tr("Updated %1.").arg(names.join(u", "_s)) << '\n';
    err().flush();
    return ExitOk;
}

} // namespace

QList<Command> handlerCommands()
{
    return {
        {"show", QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "show one call handler"),
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "Show every field of one call handler."),
         true, &addShowOptions, &runShow},
        {"create",
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "create a call handler from a template"),
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                           "Create a call handler from a template and print its ObjectId."),
         false, &addCreateOptions, &runCreate},
        {"delete", QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "delete a call handler"),
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                           "Delete a call handler. Undeletable handlers (Opening Greeting, "
                           "Goodbye, Operator, users' primary handlers) are refused."),
         true, &addDeleteOptions, &runDelete},
        {"set", QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "change fields of a call handler"),
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                           "Change fields of a call handler. Only the fields that change are "
                           "sent."),
         true, &addSetOptions, &runSet},
    };
}

} // namespace HandlerDesk::Ctl
