// SPDX-License-Identifier: GPL-3.0-or-later
// hd-soak: the fault soak of issue 11 (tests/soak/README.md). Runs for --minutes against a
// cupi-sim of its own with fault switches on, then compares the server's data with the journal of
// every save attempt. Exit status 0 only with 0 mismatches, 0 crashes and 0 hangs.
#include "soak.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hd-soak"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Soak test: list/open/edit/save through the core's models and handlerctl against a "
        "faulty cupi-sim; then every acknowledged change must be on the server exactly, nothing "
        "else changed, and every failure reported."_s);
    parser.addHelpOption();
    const auto opt = [&parser](const QString &name, const QString &help, const QString &value,
                               const QString &fallback) {
        parser.addOption({name, help, value, fallback});
        return name;
    };
    const QString minutes = opt(u"minutes"_s, u"How long to run (default 30)."_s, u"M"_s, {});
    const QString seconds = opt(u"seconds"_s, u"How long to run, in seconds."_s, u"S"_s, {});
    const QString seed =
        opt(u"seed"_s, u"Seed of the operations' mix (default 1)."_s, u"N"_s, u"1"_s);
    const QString sim =
        opt(u"sim"_s, u"cupi-sim to run (default $CUPISIM_BIN or the build's)."_s, u"PATH"_s, {});
    const QString handlerctl =
        opt(u"handlerctl"_s, u"handlerctl to run (default the build's)."_s, u"PATH"_s, {});
    const QString handlers =
        opt(u"handlers"_s, u"Handlers in the simulator (default 300)."_s, u"N"_s, u"300"_s);
    const QString faults = opt(
        u"faults"_s,
        u"The simulator's fault switches (default \"--fail-rate 0.05 --throttle-rate 0.05 "
        "--drop-rate 0.02 --garbage-rate 0.01\"; the fault seed follows --seed)."_s,
        u"ARGS"_s, u"--fail-rate 0.05 --throttle-rate 0.05 --drop-rate 0.02 --garbage-rate 0.01"_s);
    const QString journal = opt(u"journal"_s, u"Journal of the save attempts (JSON lines)."_s,
                                u"FILE"_s, u"hd-soak-journal.jsonl"_s);
    const QString simLog = opt(u"sim-log"_s, u"The simulator's standard error (its log)."_s,
                               u"FILE"_s, u"hd-soak-sim.log"_s);
    const QString hang = opt(u"hang-seconds"_s,
                             u"An operation without an outcome for this long is a hang "
                             "(default 180)."_s,
                             u"S"_s, u"180"_s);
    const QString timeout =
        opt(u"client-timeout"_s,
            u"Seconds of silence after which the core's client and handlerctl "
            "end a request (default theirs, 30); with --stall-ms in --faults."_s,
            u"S"_s, u"0"_s);
    parser.process(app);

    HandlerDesk::Soak::Options o;
    o.seconds = parser.isSet(seconds)   ? parser.value(seconds).toLongLong()
                : parser.isSet(minutes) ? parser.value(minutes).toLongLong() * 60
                                        : 30 * 60;
    o.seed = parser.value(seed).toUInt();
    o.simBin = parser.value(sim);
    if (o.simBin.isEmpty())
        o.simBin = qEnvironmentVariable("CUPISIM_BIN", QStringLiteral(HD_SOAK_CUPISIM));
    o.handlerctlBin = parser.value(handlerctl);
    if (o.handlerctlBin.isEmpty())
        o.handlerctlBin = QStringLiteral(HD_SOAK_HANDLERCTL);
    o.simArgs = QStringList{u"--handlers"_s, parser.value(handlers), u"--fault-seed"_s,
                            QString::number(o.seed)} +
                parser.value(faults).split(u' ', Qt::SkipEmptyParts);
    o.journal = QDir::current().absoluteFilePath(parser.value(journal));
    o.simLog = QDir::current().absoluteFilePath(parser.value(simLog));
    o.hangSeconds = parser.value(hang).toInt();
    o.clientTimeout = parser.value(timeout).toInt();
    if (o.seconds <= 0 || o.hangSeconds <= 0) {
        std::fprintf(stderr, "hd-soak: bad --minutes, --seconds or --hang-seconds\n");
        return 2;
    }
    for (const QString &program : {o.simBin, o.handlerctlBin}) {
        if (!QFileInfo(program).isExecutable()) {
            std::fprintf(stderr,
                         "hd-soak: '%s' is not a program: build first, or name it "
                         "(--sim, --handlerctl)\n",
                         qPrintable(program));
            return 2;
        }
    }
    HandlerDesk::Soak::Soak soak(o);
    return soak.run();
}
