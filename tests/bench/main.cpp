// SPDX-License-Identifier: GPL-3.0-or-later
// hd-bench: the benchmark of issue 10. Starts its own cupi-sim per size and measures the floor
// (curl), handlerctl, a Python script, the desktop list model and opening a handler; prints one
// markdown table (median (min–max) of the runs, with the targets) and the machine facts.
// Run it through tests/bench/run-bench.sh. `--child model|open` is its own in-process part.
#include "childprocess.h"
#include "driver.h"
#include "inprocess.h"
#include "results.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

#include <sys/utsname.h>

using namespace HandlerDesk::Bench;
using namespace Qt::Literals::StringLiterals;

namespace {

QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    static const QRegularExpression model(u"^model name\\s*:\\s*(.+)$"_s,
                                          QRegularExpression::MultilineOption);
    const auto m = model.match(QString::fromUtf8(file.readAll()));
    return m.hasMatch() ? m.captured(1).trimmed() : u"unknown"_s;
}

void printFacts(QTextStream &out, const Options &o)
{
    utsname uts{};
    uname(&uts);
    out << "Machine: " << QThread::idealThreadCount() << " CPUs (nproc), " << cpuModel()
        << ", Linux " << uts.release << "; build type " << HD_BENCH_BUILD_TYPE << ", Qt "
        << qVersion() << "; " << QDateTime::currentDateTime().toString(Qt::ISODate) << ".\n\n"
        << "Each figure: median (min–max) of " << o.runs
        << " runs; cupi-sim on loopback HTTPS with --tenants " << o.tenants << ", pages of 100 rows"
        << (o.lenientSessions ? ", --lenient-sessions"
                              : ", strict sessions (clients keep the "
                                "session cookie)")
        << ". ✓/✗: the issue's target (stated for 40,000 handlers) met or missed. Peak RSS of "
           "a child includes about "
        << QString::number(launcherRssMb(), 'f', 1)
        << " MB of the launcher that forks it (the resident size a child starts with).\n\n";
}

void printNotes(QTextStream &out, const Results &results)
{
    out << "\nFloor: curl fetching every page to /dev/null (-k, the session cookie of one sign-in "
           "before the runs), sequentially and with --parallel --parallel-max 3; the faster of "
           "the two. Server's own time: the sum of cupi-sim's per-request times from its log "
           "(whole milliseconds: a request under 1 ms counts 0). handlerctl and the Python script "
           "sign in themselves (pinned certificate / "
           "verify off), write to /dev/null; wall, CPU and peak RSS from wait4(). The list model "
           "is core's CallHandlerListModel of a ServerSession behind HandlerFilterProxyModel "
           "sorted by name, in a process of its own, loading from refresh() after the "
           "connection and its lookups are in; filter and sort times include the events they "
           "post. Opening: HandlerEditor::load() to loaded() of different handlers, the first "
           "not counted.\n";
    for (const QString &w : results.warnings())
        out << "\n**Warning:** " << w << '\n';
}

QList<int> parseSizes(const QString &text)
{
    QList<int> sizes;
    for (const QString &s : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = s.trimmed().toInt(&ok);
        if (!ok || n < 1)
            return {};
        sizes << n;
    }
    return sizes;
}

} // namespace

int main(int argc, char **argv)
{
    bool child = false;
    for (int i = 1; i < argc; ++i)
        child = child || qstrcmp(argv[i], "--child") == 0;
    if (!child)
        startLauncher();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Handler Desk's benchmark (issue 10): prints one markdown "
                                     "table of figures against a cupi-sim it starts."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"sizes"_s, u"Handler counts, comma-separated."_s, u"N,…"_s, u"1000,10000,40000,100000"_s},
        {u"runs"_s, u"Runs of each measurement (median, min, max)."_s, u"N"_s, u"5"_s},
        {u"wires"_s, u"Wire formats: json,xml."_s, u"LIST"_s, u"json,xml"_s},
        {u"only"_s, u"Parts to run: floor,handlerctl,python,model,open."_s, u"LIST"_s,
         u"floor,handlerctl,python,model,open"_s},
        {u"cupi-sim"_s, u"The simulator."_s, u"PATH"_s, QString::fromUtf8(HD_BENCH_CUPISIM)},
        {u"handlerctl"_s, u"handlerctl."_s, u"PATH"_s, QString::fromUtf8(HD_BENCH_HANDLERCTL)},
        {u"python"_s, u"Python interpreter (with requests)."_s, u"PATH"_s, u"python3"_s},
        {u"script"_s, u"The Python baseline."_s, u"PATH"_s, QString::fromUtf8(HD_BENCH_SCRIPT)},
        {u"curl"_s, u"curl."_s, u"PATH"_s, u"curl"_s},
        {u"tenants"_s, u"cupi-sim --tenants."_s, u"N"_s, u"3"_s},
        {u"lenient-sessions"_s, u"Start cupi-sim with --lenient-sessions (no sign-in pacing)."_s},
        // The in-process parts, run by the driver as child processes.
        {u"child"_s, u"(internal) model or open."_s, u"PART"_s},
        {u"server"_s, u"(internal)"_s, u"URL"_s},
        {u"fingerprint"_s, u"(internal)"_s, u"SHA256"_s},
        {u"user"_s, u"(internal)"_s, u"NAME"_s},
        {u"wire"_s, u"(internal)"_s, u"FORMAT"_s},
    });
    parser.process(app);
    if (parser.isSet(u"child"_s)) {
        return runInProcess({parser.value(u"child"_s), parser.value(u"server"_s),
                             parser.value(u"fingerprint"_s), parser.value(u"user"_s),
                             parser.value(u"wire"_s), parser.value(u"runs"_s).toInt()});
    }

    Options o;
    o.sizes = parseSizes(parser.value(u"sizes"_s));
    o.runs = parser.value(u"runs"_s).toInt();
    o.wires = parser.value(u"wires"_s).split(u',', Qt::SkipEmptyParts);
    const QStringList parts = parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    o.parts = QSet<QString>(parts.cbegin(), parts.cend());
    o.simBin = parser.value(u"cupi-sim"_s);
    o.handlerctlBin = parser.value(u"handlerctl"_s);
    o.python = parser.value(u"python"_s);
    o.script = parser.value(u"script"_s);
    o.curlBin = parser.value(u"curl"_s);
    o.tenants = parser.value(u"tenants"_s).toInt();
    o.lenientSessions = parser.isSet(u"lenient-sessions"_s);
    o.self = QCoreApplication::applicationFilePath();
    const QSet<QString> known{u"floor"_s, u"handlerctl"_s, u"python"_s, u"model"_s, u"open"_s};
    const QSet<QString> wires{u"json"_s, u"xml"_s};
    if (o.sizes.isEmpty() || o.runs < 1 || !known.contains(o.parts) || o.parts.isEmpty() ||
        o.wires.isEmpty() || !wires.contains(QSet<QString>(o.wires.cbegin(), o.wires.cend()))) {
        std::fprintf(stderr, "hd-bench: bad --sizes, --runs, --wires or --only (see --help)\n");
        return 2;
    }

    Results results;
    Driver driver(o, &results);
    int code = 0;
    for (int size : o.sizes) {
        if (!driver.runSize(size))
            code = 1;
    }
    QTextStream out(stdout);
    printFacts(out, o);
    results.printTable(out, tableRows(), o.sizes, o.wires);
    printNotes(out, results);
    return code;
}
