// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl path: the path a caller takes for a key sequence at a moment (issue 12).
#include "app/handlerctl/context.h"
#include "app/handlerctl/flowcommands_p.h"

#include "core/displaytext.h"
#include "core/flow/callpath.h"
#include "core/listpage.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core::Flow;

namespace HandlerDesk::Ctl {

namespace {

void addPathOptions(QCommandLineParser &parser)
{
    parser.addOption({u"keys"_s,
                      Text::tr("The keys the caller presses, in order (\"1 3\"; 0–9, * and #)."),
                      u"KEYS"_s});
    parser.addOption({u"at"_s,
                      Text::tr("The moment, \"YYYY-MM-DD HH:MM\" in this computer's time zone "
                               "(default: now). A handler with a time zone of its own is read on "
                               "its own clock at that moment (said in STATE)."),
                      u"WHEN"_s});
    addOutputOption(parser);
}

// "1 3", "13", "1,3" → {"1", "3"}; an empty list and `ok` false on anything else.
QStringList parseKeys(const QString &text, bool *ok)
{
    QStringList keys;
    *ok = true;
    for (const QChar c : text) {
        if (c.isSpace() || c == u',')
            continue;
        const QString key(c);
        if (!CallPathJob::isValidKey(key)) {
            *ok = false;
            return {};
        }
        keys.append(key);
    }
    return keys;
}

QString doneText(const CallPathStep &step)
{
    return step.key.isEmpty() ? Text::tr("waits") : Text::tr("presses %1").arg(step.key);
}

// "open", or "open at 15:30 in (GMT+05:30) Asia/Kolkata" for a handler with a zone of its own.
QString stateText(const CallPathStep &step)
{
    if (step.timeZone.isEmpty())
        return scheduleStateText(step.state);
    return Text::tr("%1 at %2 in %3")
        .arg(scheduleStateText(step.state), step.localTime.toString(u"HH:mm"_s),
             Core::safeText(step.timeZone, 100));
}

int writeJson(Context &context, const CallPathJob &job, const QDateTime &when, const QString &zone)
{
    QJsonArray steps;
    for (const CallPathStep &step : job.steps()) {
        steps.append(QJsonObject{{u"handlerId"_s, step.handlerId},
                                 {u"name"_s, step.name},
                                 {u"extension"_s, step.extension},
                                 {u"state"_s, scheduleStateText(step.state)},
                                 {u"handlerTimeZone"_s, step.timeZone},
                                 {u"localTime"_s, step.localTime.toString(u"yyyy-MM-ddTHH:mm"_s)},
                                 {u"greeting"_s, step.greeting},
                                 {u"key"_s, step.key},
                                 {u"happened"_s, step.happened},
                                 {u"nextHandlerId"_s, step.nextHandlerId}});
    }
    const QJsonObject root{{u"startId"_s, job.startId()},
                           {u"at"_s, when.toString(Qt::ISODate)},
                           {u"timeZone"_s, zone},
                           {u"steps"_s, steps},
                           {u"end"_s, job.endText()}};
    out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    out().flush();
    if (out().status() != QTextStream::Ok)
        return context.outputFailed(errno);
    return ExitOk;
}

int runPath(Context &context, const QCommandLineParser &parser)
{
    OutputFormat format;
    if (const int code = outputFormatOption(context, parser, &format, true); code >= 0)
        return code;
    CallPathRequest request;
    bool keysOk = true;
    request.keys = parseKeys(parser.value(u"keys"_s), &keysOk);
    if (!keysOk)
        return context.usage(Text::tr("--keys takes the keys of a phone: 0–9, * and #."));
    request.zone = QTimeZone::systemTimeZone();
    request.when = QDateTime::currentDateTime();
    if (parser.isSet(u"at"_s)) {
        request.when =
            QDateTime::fromString(parser.value(u"at"_s).trimmed(), u"yyyy-MM-dd HH:mm"_s);
        if (!request.when.isValid())
            return context.usage(Text::tr("--at takes \"YYYY-MM-DD HH:MM\"."));
    }
    const QStringList ids = parser.positionalArguments();
    request.startId = ids.isEmpty() ? QString() : ids.first();
    if (const int code = context.connect(); code != ExitOk)
        return code;

    CallPathJob job(context.client());
    QEventLoop loop;
    QObject::connect(&job, &CallPathJob::finished, &loop, &QEventLoop::quit);
    job.start(request);
    loop.exec();
    if (!job.ok())
        return context.fail(job.error());

    const QString zone =
        Text::tr("%1, this computer's time zone").arg(QString::fromUtf8(request.zone.id()));
    if (format == OutputFormat::Json)
        return writeJson(context, job, request.when, zone);
    const bool table = format == OutputFormat::Table; // CSV: the steps only
    if (table) {
        out() << Text::tr("At %1 (%2):").arg(request.when.toString(u"yyyy-MM-dd HH:mm"_s), zone)
              << '\n';
        out().flush();
    }
    Core::ListPage page;
    for (const CallPathStep &step : job.steps()) {
        page.startRow();
        page.addField(u"Handler", Core::safeText(step.name, 200));
        page.addField(u"Extension", step.extension);
        page.addField(u"HandlerObjectId", step.handlerId);
        page.addField(u"State", stateText(step));
        page.addField(u"Greeting", step.greeting);
        page.addField(u"Caller", doneText(step));
        page.addField(u"Happened", Core::safeText(step.happened, 300));
    }
    page.setTotal(page.rowCount());
    const QList<Column> columns = {
        {Text::tr("HANDLER"), u"Handler"}, {Text::tr("EXT"), u"Extension"},
        {Text::tr("STATE"), u"State"},     {Text::tr("GREETING"), u"Greeting"},
        {Text::tr("CALLER"), u"Caller"},   {Text::tr("WHAT HAPPENS"), u"Happened"}};
    if (const int code = writeRows(context, format, columns, page); code != ExitOk || !table)
        return code;
    out() << Core::safeText(job.endText(), 300) << '\n';
    out().flush();
    return ExitOk;
}

} // namespace

Command pathCommand()
{
    return {"path",
            QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                              "show the path a caller takes for some keys at a moment"),
            QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                              "Follow a caller from a call handler (without ID: the Opening "
                              "Greeting) who presses the given keys at a moment: per handler the "
                              "schedule state, the greeting that plays, the key and what it does, "
                              "until the call ends, loops back or leaves the handlers."),
            false,
            &addPathOptions,
            &runPath,
            {{"ID",
              QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                "A call handler's ObjectId (default: the Opening Greeting)."),
              true}}};
}

} // namespace HandlerDesk::Ctl
