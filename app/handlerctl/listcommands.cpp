// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl list and the lookup lists (languages, timezones, tenants, schedule-sets, templates,
// users, lists).
#include "app/handlerctl/commands.h"
#include "app/handlerctl/context.h"
#include "app/handlerctl/output.h"

#include "core/cupijob.h"
#include "core/resources.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>

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
    QLatin1StringView command;
    QString (*resource)();
    QLatin1StringView item;
    QList<Column> columns;
};

const QList<LookupSpec> &lookupSpecs()
{
    static const QList<LookupSpec> specs = {
        {"languages"_L1, &Res::languageMap, Res::Item::LanguageMapping,
         {{u"CODE"_s, u"LanguageCode"_s}, {u"ABBREVIATION"_s, u"LanguageAbbreviation"_s},
          {u"TAG"_s, u"LanguageTag"_s}}},
        {"timezones"_L1, &Res::timeZones, Res::Item::TimeZone,
         {{u"ID"_s, u"TimeZoneId"_s}, {u"NAME"_s, u"DisplayName"_s}}},
        {"tenants"_L1, &Res::tenants, Res::Item::Tenant,
         {{u"OBJECT ID"_s, u"ObjectId"_s}, {u"ALIAS"_s, u"Alias"_s},
          {u"SMTP DOMAIN"_s, u"SmtpDomain"_s}, {u"DESCRIPTION"_s, u"Description"_s}}},
        {"schedule-sets"_L1, &Res::scheduleSets, Res::Item::ScheduleSet,
         {{u"OBJECT ID"_s, u"ObjectId"_s}, {u"NAME"_s, u"DisplayName"_s},
          {u"TENANT"_s, u"TenantObjectId"_s}}},
        {"templates"_L1, &Res::templates, Res::Item::CallHandlerTemplate,
         {{u"OBJECT ID"_s, u"ObjectId"_s}, {u"NAME"_s, u"DisplayName"_s},
          {u"TENANT"_s, u"TenantObjectId"_s}}},
        {"users"_L1, &Res::users, Res::Item::User,
         {{u"OBJECT ID"_s, u"ObjectId"_s}, {u"ALIAS"_s, u"Alias"_s},
          {u"NAME"_s, u"DisplayName"_s}, {u"EXTENSION"_s, u"DtmfAccessId"_s}}},
        {"lists"_L1, &Res::distributionLists, Res::Item::DistributionList,
         {{u"OBJECT ID"_s, u"ObjectId"_s}, {u"ALIAS"_s, u"Alias"_s},
          {u"NAME"_s, u"DisplayName"_s}, {u"EXTENSION"_s, u"DtmfAccessId"_s}}},
    };
    return specs;
}

// 'FIELD is|startswith VALUE' (parentheses optional) → "(FIELD op VALUE)"; empty when invalid.
QString parseQuery(const QString &text)
{
    static const QRegularExpression re(
        u"^\\s*\\(?\\s*([A-Za-z][A-Za-z0-9]*)\\s+(is|startswith)\\s+(.*?)\\s*\\)?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(text);
    if (!match.hasMatch() || match.captured(3).isEmpty())
        return {};
    return u"("_s + match.captured(1) + u' ' + match.captured(2).toLower() + u' '
           + match.captured(3) + u')';
}

// Rows are consumed page by page: a table keeps only its columns, JSON is written as the pages
// arrive, CSV keeps the rows (its header is every field any row has).
int fetchAndPrint(Context &context, Core::ListRequest request, const QList<Column> &columns,
                  OutputFormat format)
{
    if (int code = context.connect(); code != ExitOk)
        return code;
    request.pagesInFlight = context.settings.maxInFlight; // nothing else is in flight here
    request.keepItems = format == OutputFormat::Csv;
    Core::ListJob *job = context.client()->list(request);
    QList<Core::CupiObject> tableRows;
    std::optional<JsonArrayWriter> json;
    if (format == OutputFormat::Json)
        json.emplace(out());
    const bool progress = stderrIsTerminal();
    QObject::connect(job, &Core::ListJob::pageLoaded, job,
                     [&](const QList<Core::CupiObject> &rows, qint64 loaded, qint64 total) {
                         if (format == OutputFormat::Table) {
                             for (const Core::CupiObject &row : rows)
                                 tableRows.append(project(row, columns));
                         } else if (json) {
                             for (const Core::CupiObject &row : rows)
                                 json->add(row);
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
    if (json)
        json->finish(); // a complete array of what arrived, also before an error
    if (error)
        return context.fail(error);
    if (format == OutputFormat::Table)
        printTable(out(), columns, tableRows);
    else if (format == OutputFormat::Csv)
        printCsv(out(), job->items());
    return ExitOk;
}

void addOutputOption(QCommandLineParser &parser)
{
    parser.addOption({u"output"_s, Text::tr("Output format: table (default), csv or json."),
                      u"FORMAT"_s, u"table"_s});
}

void addQueryOption(QCommandLineParser &parser)
{
    parser.addOption({u"query"_s,
                      Text::tr("Server-side filter 'FIELD is VALUE' or 'FIELD startswith VALUE' "
                               "(CUPI field names, e.g. 'DisplayName startswith Sales')."),
                      u"EXPR"_s});
}
} // namespace

int runList(Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"tenant"_s, Text::tr("Only the handlers of this tenant (ObjectId)."),
                      u"ID"_s});
    addQueryOption(parser);
    parser.addOption({u"all"_s, Text::tr("Include users' primary call handlers (by default only "
                                         "system call handlers are listed).")});
    addOutputOption(parser);
    const int done = parseCommand(context, parser, args,
                                  QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                                    "List the call handlers of the server."),
                                  0, 0);
    if (done >= 0)
        return done;
    OutputFormat format;
    if (const int code = outputFormatOption(context, parser, &format, true); code >= 0)
        return code;
    QStringList clauses;
    if (!parser.isSet(u"all"_s))
        clauses << Res::queryIs(u"IsPrimary"_s, u"0"_s);
    if (parser.isSet(u"tenant"_s))
        clauses << Res::queryIs(u"TenantObjectId"_s, parser.value(u"tenant"_s));
    if (parser.isSet(u"query"_s)) {
        const QString clause = parseQuery(parser.value(u"query"_s));
        if (clause.isEmpty())
            return context.usage(Text::tr("--query must look like 'FIELD is VALUE' or "
                                          "'FIELD startswith VALUE'"));
        clauses << clause;
    }
    Core::ListRequest request;
    request.resource = Res::callHandlers();
    request.itemName = Res::Item::CallHandler;
    request.query = Res::queryAnd(clauses);
    const QList<Column> columns = {{Text::tr("NAME"), u"DisplayName"_s},
                                   {Text::tr("EXTENSION"), u"DtmfAccessId"_s},
                                   {Text::tr("OBJECT ID"), u"ObjectId"_s}};
    return fetchAndPrint(context, request, columns, format);
}

int runLookup(Context &context, const QStringList &args)
{
    const QString command = args.value(0).section(u' ', 1, 1);
    const LookupSpec *spec = nullptr;
    for (const LookupSpec &candidate : lookupSpecs()) {
        if (candidate.command == command)
            spec = &candidate;
    }
    Q_ASSERT(spec);
    QCommandLineParser parser;
    addQueryOption(parser);
    addOutputOption(parser);
    const int done = parseCommand(context, parser, args,
                                  QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                                    "List the values that call-handler fields "
                                                    "refer to."),
                                  0, 0);
    if (done >= 0)
        return done;
    OutputFormat format;
    if (const int code = outputFormatOption(context, parser, &format, true); code >= 0)
        return code;
    Core::ListRequest request;
    request.resource = spec->resource();
    request.itemName = spec->item;
    if (parser.isSet(u"query"_s)) {
        request.query = parseQuery(parser.value(u"query"_s));
        if (request.query.isEmpty())
            return context.usage(Text::tr("--query must look like 'FIELD is VALUE' or "
                                          "'FIELD startswith VALUE'"));
    }
    return fetchAndPrint(context, request, spec->columns, format);
}

} // namespace HandlerDesk::Ctl
