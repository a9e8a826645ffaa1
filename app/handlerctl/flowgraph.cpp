// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handlerctl/flowgraph.h"

#include "app/handlerctl/context.h"

#include "core/cupijob.h"
#include "core/flow/callflowbuilder.h"
#include "core/flow/callflowcachefile.h"
#include "core/flow/callflowgraph.h"
#include "core/resources.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ctl {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Ctl::Commands)
};

// The server as the cache names it (the desktop's name for it too).
QString serverKey(const Context &context)
{
    return Core::Flow::CallFlowCache::serverKey(context.settings.serverUrl);
}

void warn(const Context &context, const QString &message)
{
    err() << context.program << ": " << message << '\n';
    err().flush();
}

// Builds the graph; ExitOk, ExitServer when a list could not be read (or cancelled). `*whole`
// tells whether every handler's details were read.
int build(Context &context, Core::Flow::Graph *graph, bool *whole)
{
    // The builder's and re-pointing's notes are for the GUI's log; QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(u"handlerdesk.flow.*.info=false"_s);
    Core::Flow::CallFlowBuilder builder(context.client());
    const bool progress = stderrIsTerminal();
    bool ok = false;
    QString error;
    QEventLoop loop;
    QObject::connect(
        &builder, &Core::Flow::CallFlowBuilder::progress, &loop, [&](int done, int total) {
            if (!progress)
                return;
            err() << '\r' << Text::tr("reading the call flow: %1 of %2").arg(done).arg(total)
                  << "\x1b[K";
            err().flush();
        });
    QObject::connect(&builder, &Core::Flow::CallFlowBuilder::finished, &loop,
                     [&](bool done, const QString &message) {
                         ok = done;
                         error = message;
                         loop.quit();
                     });
    builder.start();
    loop.exec();
    if (progress) {
        err() << "\r\x1b[K";
        err().flush();
    }
    *graph = builder.graph();
    *whole = ok;
    if (ok)
        return ExitOk;
    if (builder.failedHandlers() > 0 && graph->nodeCount() > 0) {
        warn(context, error);
        return ExitOk;
    }
    warn(context, error);
    return ExitServer;
}
} // namespace

void addGraphOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"refresh"_s,
         Text::tr("Read the call flow from the server again instead of "
                  "using the copy an earlier run kept (in the cache "
                  "directory, shared with the desktop: ~/.cache/handlerdesk/callflow).")});
}

int loadGraph(Context &context, const QCommandLineParser &parser, Core::Flow::Graph *graph)
{
    if (const int code = context.connect(); code != ExitOk)
        return code;
    // The kept graph is shown only to whoever the server accepts now.
    if (const Core::CupiError error =
            context.wait(context.client()->get(Core::Resources::version())))
        return context.fail(error);
    const Core::Flow::CallFlowCache cache;
    const QString server = serverKey(context);
    if (!parser.isSet(u"refresh"_s)) {
        QString problem;
        if (std::optional<Core::Flow::Graph> kept =
                cache.load(server, context.settings.user, &problem)) {
            *graph = std::move(*kept);
            warn(context,
                 Text::tr("using the call flow read %1 (--refresh reads it again)")
                     .arg(QLocale().toString(graph->readAt().toLocalTime(), QLocale::ShortFormat)));
            return ExitOk;
        }
        if (!problem.isEmpty())
            warn(context, problem);
    }
    bool whole = false;
    if (const int code = build(context, graph, &whole); code != ExitOk)
        return code;
    if (whole)
        keepGraph(context, *graph);
    return ExitOk;
}

void keepGraph(const Context &context, const Core::Flow::Graph &graph)
{
    QString error;
    if (!Core::Flow::CallFlowCache().save(serverKey(context), context.settings.user, graph, &error))
        warn(context, error);
}

void forgetGraph(const Context &context)
{
    Core::Flow::CallFlowCache().remove(serverKey(context), context.settings.user);
}

} // namespace HandlerDesk::Ctl
