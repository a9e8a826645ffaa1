// SPDX-License-Identifier: GPL-3.0-or-later
// hd-flowbuildbench (issue 12): builds the call-flow graph of `cupi-sim --handlers N` with
// CallFlowBuilder (≤ 3 requests in flight) and prints the requests, seconds and requests/s, the
// CPU this process used (client, codec, graph) against the wall time, and the time to save the
// graph to the cache and to load it back. Targets: build ≤ 60 s for 40,000, cache load ≤ 1 s.
//   hd-flowbuildbench [--handlers 40000] [--wire json|xml] [--latency-ms 0] [--loads 3]
// Needs CUPISIM_BIN (the cupi-sim to start) or runs the one it was built with.
#include "core/cupiclient.h"
#include "core/flow/callflowbuilder.h"
#include "core/flow/callflowcachefile.h"
#include "core/flow/callflowgraph.h"
#include "tst_models_sim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace HandlerDesk;
using namespace Qt::Literals::StringLiterals;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"handlers"_s, u"rows of the handler list"_s, u"N"_s, u"40000"_s});
    parser.addOption({u"wire"_s, u"json or xml"_s, u"FORMAT"_s, u"json"_s});
    parser.addOption({u"latency-ms"_s, u"cupi-sim's added time per request"_s, u"MS"_s, u"0"_s});
    parser.addOption({u"loads"_s, u"cache loads to time (the best is printed)"_s, u"N"_s, u"3"_s});
    parser.process(app);
    if (qEnvironmentVariableIsEmpty("CUPISIM_BIN"))
        qputenv("CUPISIM_BIN", HD_BENCH_CUPISIM);
    const auto wire = Core::parseWireFormat(parser.value(u"wire"_s));
    if (!wire) {
        std::fprintf(stderr, "--wire: json or xml\n");
        return 2;
    }

    Test::CupiSim sim;
    if (!sim.start({u"--handlers"_s, parser.value(u"handlers"_s), u"--latency-ms"_s,
                    parser.value(u"latency-ms"_s)},
                   120000)) {
        std::fprintf(stderr, "cupi-sim did not start\n");
        return 1;
    }
    QNetworkAccessManager nam;
    const auto client = sim.makeClient(&nam, *wire, sim.admin());
    Core::Flow::CallFlowBuilder builder(client.get());
    bool ok = false;
    QString error;
    QObject::connect(&builder, &Core::Flow::CallFlowBuilder::finished, &app,
                     [&](bool success, const QString &message) {
                         ok = success;
                         error = message;
                         app.quit();
                     });
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds();
    timer.start();
    builder.start();
    app.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const Core::Flow::Graph &graph = builder.graph();
    const int requests = builder.requestsStarted();
    std::printf("call-flow build, %s handlers, %s: %s\n", qPrintable(parser.value(u"handlers"_s)),
                qPrintable(Core::wireFormatName(*wire)),
                ok ? "ok" : qPrintable(u"FAILED: "_s + error));
    std::printf("  requests            %d\n", requests);
    std::printf("  seconds             %.2f\n", seconds);
    std::printf("  requests/s          %.0f\n", requests / seconds);
    std::printf("  most in flight      %d\n", builder.maxInFlightSeen());
    std::printf("  client CPU seconds  %.2f (%.0f %% of the wall time)\n", cpu,
                100 * cpu / seconds);
    std::printf("  nodes %d, edges %d, handlers incomplete %d\n", graph.nodeCount(),
                graph.edgeCount(), builder.failedHandlers());
    sim.stop();

    QTemporaryDir dir;
    const Core::Flow::CallFlowCache cache(dir.path());
    timer.restart();
    if (!cache.save(u"bench"_s, u"admin"_s, graph, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double saveSeconds = double(timer.nsecsElapsed()) / 1e9;
    double best = 1e9;
    for (int i = 0; i < qMax(1, parser.value(u"loads"_s).toInt()); ++i) {
        timer.restart();
        const auto loaded = cache.load(u"bench"_s, u"admin"_s);
        best = qMin(best, double(timer.nsecsElapsed()) / 1e9);
        if (!loaded || loaded->nodeCount() != graph.nodeCount()) {
            std::fprintf(stderr, "the cache did not give the graph back\n");
            return 1;
        }
    }
    std::printf("cache: %lld bytes, save %.3f s, load %.3f s (best of %s)\n",
                QFileInfo(cache.filePath(u"bench"_s, u"admin"_s)).size(), saveSeconds, best,
                qPrintable(parser.value(u"loads"_s)));
    return ok ? 0 : 1;
}
