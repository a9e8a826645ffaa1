// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl lint: the call-flow problems of the whole server (issue 12).
#include "app/handlerctl/context.h"
#include "app/handlerctl/flowcommands_p.h"
#include "app/handlerctl/flowgraph.h"

#include "core/flow/callflowgraph.h"
#include "core/flow/flowsubgraph.h"
#include "core/flow/lint.h"
#include "core/flow/repoint.h"
#include "core/listpage.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core::Flow;

namespace HandlerDesk::Ctl {

namespace {

// The exit status when problems were found.
constexpr int ExitProblems = 1;

void addLintOptions(QCommandLineParser &parser)
{
    addOutputOption(parser);
    addGraphOptions(parser);
}

// "key 3", "Standard greeting", …: where in its object a problem is.
QString whereText(const Problem &problem)
{
    if (!problem.site)
        return {};
    Edge edge;
    edge.site = problem.site->site;
    edge.detail = problem.site->detail;
    return siteText(edge);
}

int runLint(Context &context, const QCommandLineParser &parser)
{
    OutputFormat format;
    if (const int code = outputFormatOption(context, parser, &format, true); code >= 0)
        return code;
    Graph graph;
    if (const int code = loadGraph(context, parser, &graph); code != ExitOk)
        return code;
    const QList<Problem> problems = lint(graph);
    Core::ListPage page;
    for (const Problem &problem : problems) {
        const Node &node = graph.node(problem.node);
        page.startRow();
        page.addField(u"Problem", problemKindName(problem.kind));
        page.addField(u"Object", nodeText(node));
        page.addField(u"ObjectId", node.objectId);
        page.addField(u"ObjectKind", kindName(node.kind));
        page.addField(u"Where", whereText(problem));
        page.addField(u"Site", problem.site ? siteName(problem.site->site) : QString());
        page.addField(u"Detail", problem.site ? problem.site->detail : QString());
        page.addField(u"TargetId", problem.targetId);
        page.addField(u"Message", problem.message);
    }
    page.setTotal(page.rowCount());
    const QList<Column> columns = {{Text::tr("OBJECT"), u"Object"},
                                   {Text::tr("OBJECT ID"), u"ObjectId"},
                                   {Text::tr("PROBLEM"), u"Problem"},
                                   {Text::tr("WHERE"), u"Where"},
                                   {Text::tr("MESSAGE"), u"Message"}};
    if (const int code = writeRows(context, format, columns, page); code != ExitOk)
        return code;
    if (problems.isEmpty())
        return ExitOk;
    err() << context.program << ": "
          << Text::tr("%n problem(s) found.", nullptr, int(problems.size())) << '\n';
    err().flush();
    return ExitProblems;
}
} // namespace

Command lintCommand()
{
    return {"lint",
            QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "find call-flow problems"),
            QT_TRANSLATE_NOOP(
                "HandlerDesk::Ctl::Commands",
                "Find the problems a caller would meet on the whole server: actions to objects "
                "that no longer exist, handlers no call can reach, loops with no exit, enabled "
                "paths into handlers with no greeting on, Go-tos with no target, messages to a "
                "handler with no recipient, alternate or holiday greetings enabled with an "
                "expiry in the past, extension clashes. Each line names the object and the place "
                "to fix.\n\nExit status: 0 no problem, 1 problems found, 2 (or 3-6, see "
                "'handlerctl --help') the server could not be read."),
            false,
            &addLintOptions,
            &runLint};
}

} // namespace HandlerDesk::Ctl
