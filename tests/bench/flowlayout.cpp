// SPDX-License-Identifier: GPL-3.0-or-later
// hd-flowlayoutbench: how long the call-flow picture's steps take for flows of a given size (issue 12's
// target: a 200-node flow laid out in ≤ 1 s). Prints figures; asserts nothing.
// Usage: hd-flowlayoutbench [--sizes 50,200,1000] [--runs 5]
#include "core/flow/graphviz/flowlayout.h"
#include "core/flow/flowsubgraph.h"
#include "tests/unit/tst_flowsample.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace HandlerDesk::Core::Flow;
using namespace Qt::Literals::StringLiterals;

namespace {

// The median of `runs` runs of `step`, in milliseconds.
double medianMs(int runs, const std::function<void()> &step)
{
    QList<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"sizes"_s, u"Flow sizes in nodes, comma-separated."_s, u"list"_s, u"50,200,1000"_s});
    parser.addOption({u"runs"_s, u"Runs per figure (the median is printed)."_s, u"n"_s, u"5"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    std::printf("nodes | edges | subgraph ms | DOT ms | layout ms | SVG ms  (median of %d)\n",
                runs);
    for (const QString &size : parser.value(u"sizes"_s).split(u',')) {
        const int count = size.toInt();
        if (count < 2)
            continue;
        const Graph graph = HandlerDesk::Test::menuTree(count);
        const QList<int> roots{graph.indexOf(u"h0"_s)};
        Subgraph subgraph;
        const double subgraphMs =
            medianMs(runs, [&] { subgraph = subgraphFrom(graph, roots, -1); });
        const double dotMs = medianMs(runs, [&] { (void)toDot(subgraph); });
        bool laidOut = true;
        const double layoutMs =
            medianMs(runs, [&] { laidOut = layoutFlow(subgraph).has_value() && laidOut; });
        qsizetype svgBytes = 0;
        const double svgMs = medianMs(runs, [&] { svgBytes = toSvg(subgraph).size(); });
        std::printf("%5lld | %5lld | %11.2f | %6.2f | %9.1f | %6.1f%s (SVG %lld bytes)\n",
                    qlonglong(subgraph.nodes.size()), qlonglong(subgraph.edges.size()), subgraphMs,
                    dotMs, layoutMs, svgMs, laidOut ? "" : " LAYOUT FAILED", qlonglong(svgBytes));
    }
    return 0;
}
