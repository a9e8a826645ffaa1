// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl list and the lookup lists (languages, timezones, tenants, schedule-sets, templates,
// users, lists).
#include "app/handlerctl/commands.h"
#include "app/handlerctl/context.h"
#include "app/handlerctl/output.h"

#include "core/cupijob.h"
#include "core/fieldnames.h"
#include "core/operations/handlerquery.h"
#include "core/resources.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
namespace Res = HandlerDesk::Core::Resources;

namespace HandlerDesk::Ctl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Ctl::Commands)
};

struct LookupSpec
{
    const char *command;
    const char *summary; // translatable (context "HandlerDesk::Ctl::Commands")
    QString (*resource)();
    QLatin1StringView item;
    QList<Column> columns;
};

const QList<LookupSpec> &lookupSpecs()
{
    using namespace Core::Field;
    // One order everywhere (columnOrder() in output.h): the name, the extension, the ObjectId,
    // then what the command adds.
    const Column id{u"OBJECT ID"_s, ObjectId};
    const Column name{u"NAME"_s, DisplayName};
    const Column alias{u"ALIAS"_s, Alias};
    // Schedule sets and templates belong to a tenant; users and lists have an extension.
    const QList<Column> ofTenant{name, id, {u"TENANT"_s, TenantObjectId}};
    const QList<Column> directory{name, {u"EXTENSION"_s, DtmfAccessId}, id, alias};
    static const QList<LookupSpec> specs = {
        {"languages",
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "list the language codes (languagemap)"),
         &Res::languageMap,
         Res::Item::LanguageMapping,
         {{u"CODE"_s, LanguageCode},
          {u"ABBREVIATION"_s, LanguageAbbreviation},
          {u"TAG"_s, LanguageTag}}},
        {"timezones",
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "list the time zones"),
         &Res::timeZones,
         Res::Item::TimeZone,
         {name, {u"ID"_s, TimeZoneId}}},
        {"tenants",
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "list the tenants"),
         &Res::tenants,
         Res::Item::Tenant,
         {alias, id, {u"SMTP DOMAIN"_s, SmtpDomain}, {u"DESCRIPTION"_s, Description}}},
        {"schedule-sets", QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "list the schedule sets"),
         &Res::scheduleSets, Res::Item::ScheduleSet, ofTenant},
        {"templates",
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "list the call-handler templates"),
         &Res::templates, Res::Item::CallHandlerTemplate, ofTenant},
        {"users", QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "list the users"), &Res::users,
         Res::Item::User, directory},
        {"lists", QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "list the distribution lists"),
         &Res::distributionLists, Res::Item::DistributionList, directory},
    };
    return specs;
}

// The --query option as a CUPI clause: empty when not given, std::nullopt when malformed.
std::optional<QString> queryClause(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"query"_s))
        return QString();
    return Core::parseQueryClause(parser.value(u"query"_s));
}

int badQuery(Context &context)
{
    return context.usage(Text::tr("--query must look like 'FIELD is VALUE' or "
                                  "'FIELD startswith VALUE'"));
}

// Rows are written page by page as they arrive, in server order; nothing is kept once written.
// When standard output fails (a closed pipe, a full disk) the list stops fetching.
int fetchAndPrint(Context &context, Core::ListRequest request, const QList<Column> &columns,
                  OutputFormat format)
{
    if (int code = context.connect(); code != ExitOk)
        return code;
    request.pagesInFlight = context.settings.maxInFlight; // nothing else is in flight here
    request.keepItems = false;
    OutputSink sink;
    const std::unique_ptr<PageWriter> writer = makePageWriter(format, columns, sink);
    Core::ListJob *job = context.client()->list(request);
    const bool progress = stderrIsTerminal();
    QObject::connect(job, &Core::ListJob::pageLoaded, job,
                     [&](const Core::ListPage &page, qint64 loaded, qint64 total) {
                         writer->writePage(page);
                         if (!sink.flush()) {
                             job->cancel();
                             return;
                         }
                         if (progress) {
                             err() << '\r' << Text::tr("loaded %1 of %2").arg(loaded).arg(total)
                                   << "\x1b[K";
                             err().flush();
                         }
                     });
    const Core::CupiError error = context.wait(job);
    if (progress) {
        err() << "\r\x1b[K";
        err().flush();
    }
    // Only a whole list is finished (headings when empty, the JSON array closed). After an
    // error the rows written stay as they are — a JSON array unclosed, so no parser takes it for
    // the whole list — and stderr says what is missing (the exit code is the error's).
    if (!error)
        writer->finish();
    if (sink.errorNumber() != 0)
        return context.outputFailed(sink.errorNumber());
    if (error) {
        const int code = context.fail(error);
        if (job->loaded() > 0) {
            err() << context.program << ": "
                  << Text::tr("incomplete output: got %1 of %2 rows")
                         .arg(job->loaded())
                         .arg(job->total())
                  << '\n';
            err().flush();
        }
        return code;
    }
    if (const QString warning = writer->lossWarning(); !warning.isEmpty()) {
        err() << context.program << ": " << warning << '\n';
        err().flush();
        return ExitOutput;
    }
    return ExitOk;
}

// The output format, the --query clause as a list request's query: -1 to go on, else the exit
// code (a usage error).
int readListOptions(Context &context, const QCommandLineParser &parser, OutputFormat *format,
                    QString *query)
{
    if (const int code = outputFormatOption(context, parser, format, true); code >= 0)
        return code;
    const std::optional<QString> clause = queryClause(parser);
    if (!clause)
        return badQuery(context);
    *query = *clause;
    return -1;
}

void addQueryOption(QCommandLineParser &parser)
{
    parser.addOption({u"query"_s,
                      Text::tr("Server-side filter 'FIELD is VALUE' or 'FIELD startswith VALUE' "
                               "(CUPI field names, e.g. '%1 startswith Sales').")
                          .arg(Core::Field::DisplayName),
                      u"EXPR"_s});
}
void addListOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"tenant"_s, Text::tr("Only the handlers of this tenant (ObjectId)."), u"ID"_s});
    addQueryOption(parser);
    parser.addOption({u"all"_s, Text::tr("Include users' primary call handlers (by default only "
                                         "system call handlers are listed).")});
    addOutputOption(parser);
}

int runList(Context &context, const QCommandLineParser &parser)
{
    OutputFormat format;
    QString clause;
    if (const int code = readListOptions(context, parser, &format, &clause); code >= 0)
        return code;
    const Core::ListRequest request =
        Core::handlerListRequest({.includePrimary = parser.isSet(u"all"_s),
                                  .tenantId = parser.value(u"tenant"_s),
                                  .clause = clause});
    return fetchAndPrint(context, request, handlerColumns(), format);
}

void addLookupOptions(QCommandLineParser &parser)
{
    addQueryOption(parser);
    addOutputOption(parser);
}

int runLookup(Context &context, const QCommandLineParser &parser)
{
    const QString command = context.program.section(u' ', 1, 1);
    const LookupSpec *spec = nullptr;
    for (const LookupSpec &candidate : lookupSpecs()) {
        if (QLatin1StringView(candidate.command) == command)
            spec = &candidate;
    }
    Q_ASSERT(spec);
    OutputFormat format;
    Core::ListRequest request;
    if (const int code = readListOptions(context, parser, &format, &request.query); code >= 0)
        return code;
    request.resource = spec->resource();
    request.itemName = spec->item;
    return fetchAndPrint(context, request, spec->columns, format);
}

} // namespace

QList<Column> handlerColumns()
{
    return {{Text::tr("NAME"), Core::Field::DisplayName},
            {Text::tr("EXTENSION"), Core::Field::DtmfAccessId},
            {Text::tr("OBJECT ID"), Core::Field::ObjectId}};
}

void addOutputOption(QCommandLineParser &parser)
{
    parser.addOption({u"output"_s, Text::tr("Output format: table (default), csv or json."),
                      u"FORMAT"_s, u"table"_s});
}

Command listCommand()
{
    return {
        "list",
        QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "list call handlers"),
        QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "List the call handlers of the server."),
        false,
        &addListOptions,
        &runList};
}

QList<Command> lookupCommands()
{
    QList<Command> commands;
    for (const LookupSpec &spec : lookupSpecs()) {
        commands.append({spec.command, spec.summary,
                         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                           "List the values that call-handler fields refer to."),
                         false, &addLookupOptions, &runLookup});
    }
    return commands;
}

} // namespace HandlerDesk::Ctl
