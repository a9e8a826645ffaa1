// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl repoint: every key, greeting, after-message action and routing rule that sends
// callers to one object sends them to another (issue 12), all or nothing.
#include "app/handlerctl/context.h"
#include "app/handlerctl/flowcommands_p.h"
#include "app/handlerctl/flowgraph.h"

#include "core/displaytext.h"
#include "core/flow/callflowgraph.h"
#include "core/flow/repoint.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core::Flow;

namespace HandlerDesk::Ctl {

namespace {

constexpr qsizetype MaxLineLength = 1000;

void addRepointOptions(QCommandLineParser &parser)
{
    parser.addOption({u"dry-run"_s, Text::tr("Print the changes and make none.")});
    parser.addOption({u"yes"_s, Text::tr("Do not ask for confirmation (needed when standard "
                                         "input is not a terminal).")});
    addGraphOptions(parser);
}

void say(const Context &context, const QString &text)
{
    err() << context.program << ": " << Core::safeText(text, MaxLineLength) << '\n';
    err().flush();
}

// Outside run(): lupdate takes "RepointRun::Outcome &run(" for a member of RepointRun and gives
// the texts inside the wrong context.
QString progressText(int done, int total)
{
    return Text::tr("re-pointing: %1 of %2").arg(done).arg(total);
}

// Runs the plan with a local event loop; the graph is updated after a success.
const RepointRun::Outcome &run(RepointRun &job)
{
    const bool progress = stderrIsTerminal();
    QEventLoop loop;
    QObject::connect(&job, &RepointRun::progress, &loop, [&](int done, int total) {
        if (progress) {
            err() << '\r' << progressText(done, total) << "\x1b[K";
            err().flush();
        }
    });
    QObject::connect(&job, &RepointRun::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (progress) {
        err() << "\r\x1b[K";
        err().flush();
    }
    return job.outcome();
}

int reportFailure(const Context &context, const RepointRun::Outcome &outcome)
{
    say(context, outcome.message);
    context.printRequest(outcome.error);
    for (qsizetype i = 0; i < outcome.notPutBackErrors.size(); ++i) {
        err() << "  " << Text::tr("put back refused:") << ' '
              << Core::safeText(outcome.notPutBackErrors.at(i).userMessage(), MaxLineLength)
              << '\n';
        context.printRequest(outcome.notPutBackErrors.at(i));
    }
    if (!outcome.notPutBack.isEmpty()) {
        err() << Text::tr("The server may or may not have made these changes: check them before "
                          "trying again.")
              << '\n';
    }
    err().flush();
    return exitCodeFor(outcome.error);
}

int runRepoint(Context &context, const QCommandLineParser &parser)
{
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const bool confirmed = parser.isSet(u"yes"_s);
    if (!dryRun && !confirmed && !stdinIsTerminal())
        return context.usage(Text::tr("refusing to re-point without --yes: standard input is not "
                                      "a terminal"));
    Graph graph;
    if (const int code = loadGraph(context, parser, &graph); code != ExitOk)
        return code;
    const QStringList ids = parser.positionalArguments();
    const Core::Result<RepointPlan> planned = planRepoint(graph, ids.at(0), ids.at(1));
    if (!planned) {
        say(context, planned.error().message());
        return ExitUsage;
    }
    const RepointPlan &plan = planned.value();
    if (plan.changes.isEmpty()) {
        say(context, Text::tr("nothing sends callers to %1.").arg(plan.fromName));
        return ExitOk;
    }
    for (const RepointChange &change : plan.changes)
        out() << Core::safeText(change.line, MaxLineLength) << '\n';
    out().flush();
    if (dryRun) {
        say(context, Text::tr("dry run: nothing was changed (%n change(s) planned).", nullptr,
                              int(plan.changes.size())));
        return ExitOk;
    }
    if (!confirmed && !askYes(Text::tr("Re-point these %n referrer(s) from %1 to %2?", nullptr,
                                       int(plan.changes.size()))
                                  .arg(Core::safeText(plan.fromName, MaxLineLength),
                                       Core::safeText(plan.toName, MaxLineLength)))) {
        err() << Text::tr("Not re-pointed.") << '\n';
        err().flush();
        return ExitUsage;
    }
    RepointRun job(context.client(), plan);
    job.setGraph(&graph);
    const RepointRun::Outcome &outcome = run(job);
    if (outcome.error) {
        // The kept graph may be older than the server now: the next command reads it again.
        forgetGraph(context);
        return reportFailure(context, outcome);
    }
    keepGraph(context, graph);
    say(context, outcome.message);
    return ExitOk;
}
} // namespace

Command repointCommand()
{
    return {
        "repoint",
        QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                          "send the callers sent to one object to another"),
        QT_TRANSLATE_NOOP(
            "HandlerDesk::Ctl::Commands",
            "Re-point every key, greeting, after-message action and routing rule that sends "
            "callers to FROM so that it sends them to TO (a call handler, directory handler or "
            "interview handler), and print one line per change. Asks before changing "
            "anything. All or nothing: each referrer is read first and must still point to "
            "FROM; when the server refuses a change, the changes already made are put back."),
        false,
        &addRepointOptions,
        &runRepoint,
        {{"FROM", QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                                    "The ObjectId callers are sent to now (may be one the "
                                    "server no longer has).")},
         {"TO", QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "The ObjectId to send them to.")}}};
}

} // namespace HandlerDesk::Ctl
