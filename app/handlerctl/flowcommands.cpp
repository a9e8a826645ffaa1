// SPDX-License-Identifier: GPL-3.0-or-later
// handlerctl flow and refs: the call flow from an object, and who points to one (issue 12).
#include "app/handlerctl/commands.h"
#include "app/handlerctl/context.h"
#include "app/handlerctl/flowcommands_p.h"
#include "app/handlerctl/flowgraph.h"
#include "app/handlerctl/output.h"

#include "core/displaytext.h"
#include "core/flow/callflowgraph.h"
#include "core/flow/flowsubgraph.h"
#include "core/flow/graphviz/flowlayout.h"
#include "core/flow/repoint.h"

#include <QCommandLineParser>
#include <QSet>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core::Flow;

namespace HandlerDesk::Ctl {

namespace {

constexpr int DefaultDepth = 3;
constexpr int MaxDepth = 20;

// "Sales Main Menu (71000)", "missing object <id>", server text cleaned for a terminal.
QString nodeLine(const Node &node)
{
    QString text = nodeText(node);
    if (!node.extension.isEmpty())
        text += u" ("_s + node.extension + u')';
    if (node.kind != NodeKind::CallHandler && node.kind != NodeKind::Missing)
        text += u" ["_s + kindName(node.kind) + u']';
    return Core::safeText(text, 200);
}

// The tree a caller meets from `root`: each edge on its line under its source, a target already
// shown not expanded again, a loop marked.
class TreeWriter
{
public:
    TreeWriter(const Graph &graph, int depth, OutputSink &sink)
        : m_graph(graph)
        , m_depth(depth)
        , m_sink(sink)
    {
    }

    void write(int root)
    {
        m_sink.append(nodeLine(m_graph.node(root)) + u'\n');
        m_path = {root};
        m_shown.insert(root);
        children(root, 1, u"  "_s);
    }

private:
    void children(int node, int level, const QString &indent)
    {
        for (const int e : m_graph.targetsOf(node)) {
            const Edge &edge = m_graph.edge(e);
            QString line = indent + siteText(edge) + u" → "_s + nodeLine(m_graph.node(edge.to));
            if (!edge.enabled)
                line += u"  "_s + Text::tr("[off now]");
            const bool loop = m_path.contains(edge.to);
            const bool expand = !loop && !m_shown.contains(edge.to) && level < m_depth;
            if (loop)
                line += u"  "_s + Text::tr("[loop]");
            else if (m_shown.contains(edge.to) && !m_graph.targetsOf(edge.to).isEmpty())
                line += u"  "_s + Text::tr("[shown above]");
            else if (level >= m_depth && !m_graph.targetsOf(edge.to).isEmpty())
                line += u"  …"_s;
            m_sink.append(line + u'\n');
            if (!expand)
                continue;
            m_shown.insert(edge.to);
            m_path.append(edge.to);
            children(edge.to, level + 1, indent + u"  "_s);
            m_path.removeLast();
        }
    }

    const Graph &m_graph;
    const int m_depth;
    OutputSink &m_sink;
    QList<int> m_path;
    QSet<int> m_shown;
};

void addFlowOptions(QCommandLineParser &parser)
{
    parser.addOption({u"depth"_s,
                      Text::tr("How many steps to follow from the object (default %1, at most %2).")
                          .arg(DefaultDepth)
                          .arg(MaxDepth),
                      u"N"_s, QString::number(DefaultDepth)});
    parser.addOption({u"format"_s,
                      Text::tr("Output format: tree (default: indented text, one line per key, "
                               "greeting or action), dot (Graphviz), svg (laid out by Graphviz) "
                               "or json."),
                      u"FORMAT"_s, u"tree"_s});
    addGraphOptions(parser);
}

int runFlow(Context &context, const QCommandLineParser &parser)
{
    bool ok = false;
    const int depth = parser.value(u"depth"_s).toInt(&ok);
    if (!ok || depth < 1 || depth > MaxDepth)
        return context.usage(Text::tr("--depth takes a number from 1 to %1").arg(MaxDepth));
    const QString format = parser.value(u"format"_s);
    if (!QStringList{u"tree"_s, u"dot"_s, u"svg"_s, u"json"_s}.contains(format))
        return context.usage(Text::tr("unknown format '%1'").arg(format));
    Graph graph;
    if (const int code = loadGraph(context, parser, &graph); code != ExitOk)
        return code;
    QList<int> roots;
    if (parser.positionalArguments().isEmpty()) {
        roots = graph.roots();
    } else if (const int node = nodeOf(context, graph, parser.positionalArguments().constFirst());
               node >= 0) {
        roots = {node};
    } else {
        return ExitServer;
    }
    OutputSink sink;
    if (format == u"tree"_s) {
        TreeWriter tree(graph, depth, sink);
        for (const int root : std::as_const(roots))
            tree.write(root);
    } else {
        const Subgraph subgraph = subgraphFrom(graph, roots, depth);
        QByteArray bytes = format == u"dot"_s   ? toDot(subgraph)
                           : format == u"svg"_s ? toSvg(subgraph)
                                                : toJson(subgraph);
        if (bytes.isEmpty()) {
            err() << context.program << ": " << Text::tr("Graphviz could not lay out the flow.")
                  << '\n';
            err().flush();
            return ExitOutput;
        }
        sink.append(QString::fromUtf8(bytes));
    }
    if (!sink.flush())
        return context.outputFailed(sink.errorNumber());
    return ExitOk;
}

void addRefsOptions(QCommandLineParser &parser)
{
    addOutputOption(parser);
    addGraphOptions(parser);
}

int runRefs(Context &context, const QCommandLineParser &parser)
{
    OutputFormat format;
    if (const int code = outputFormatOption(context, parser, &format, true); code >= 0)
        return code;
    Graph graph;
    if (const int code = loadGraph(context, parser, &graph); code != ExitOk)
        return code;
    const int node = nodeOf(context, graph, parser.positionalArguments().constFirst());
    if (node < 0)
        return ExitServer;
    Core::ListPage page;
    for (const int e : graph.referrersOf(node)) {
        const Edge &edge = graph.edge(e);
        const Node &referrer = graph.node(edge.from);
        page.startRow();
        page.addField(u"Referrer", referrer.name);
        page.addField(u"ReferrerObjectId", referrer.objectId);
        page.addField(u"ReferrerKind", kindName(referrer.kind));
        page.addField(u"Where", siteText(edge));
        page.addField(u"Site", siteName(edge.site));
        page.addField(u"Detail", edge.detail);
        page.addField(u"TargetConversation", edge.conversation);
        page.addField(u"Enabled", edge.enabled ? u"true" : u"false");
    }
    page.setTotal(page.rowCount());
    const QList<Column> columns = {{Text::tr("REFERRER"), u"Referrer"},
                                   {Text::tr("OBJECT ID"), u"ReferrerObjectId"},
                                   {Text::tr("KIND"), u"ReferrerKind"},
                                   {Text::tr("WHERE"), u"Where"},
                                   {Text::tr("CONVERSATION"), u"TargetConversation"},
                                   {Text::tr("ENABLED"), u"Enabled"}};
    return writeRows(context, format, columns, page);
}

} // namespace

int nodeOf(const Context &context, const Graph &graph, const QString &id)
{
    const int node = graph.indexOf(id);
    if (node < 0) {
        err() << context.program << ": "
              << Text::tr("%1 is not in the call flow (a new object? --refresh reads the server "
                          "again)")
                     .arg(Core::safeText(id, 200))
              << '\n';
        err().flush();
    }
    return node;
}

QList<Command> flowCommands()
{
    static const char *const IdHelp = QT_TRANSLATE_NOOP(
        "HandlerDesk::Ctl::Commands",
        "An ObjectId: a call handler, a directory or interview handler, a routing rule.");
    return {
        {"flow",
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "show where callers go from an object"),
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                           "Show the call flow from an object (without ID: from the routing rules "
                           "and the Opening Greeting) to a depth: each key, greeting and action "
                           "and where it sends callers."),
         false,
         &addFlowOptions,
         &runFlow,
         {{"ID", IdHelp, true}}},
        {"refs",
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands", "show who sends callers to an object"),
         QT_TRANSLATE_NOOP("HandlerDesk::Ctl::Commands",
                           "List every key, greeting, after-message action and routing rule that "
                           "sends callers to an object."),
         false,
         &addRefsOptions,
         &runRefs,
         {{"ID", IdHelp}}},
        repointCommand(),
        lintCommand(),
        pathCommand(),
    };
}

} // namespace HandlerDesk::Ctl
