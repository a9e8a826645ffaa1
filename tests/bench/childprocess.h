// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one program to completion with fork/exec and wait4(), which gives what QProcess does not:
// the child's own CPU time and peak resident memory (getrusage of that child alone).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace HandlerDesk::Bench {

struct ChildRun
{
    bool started = false;
    int exitCode = -1; // -1 when it did not exit normally (signal) or did not start
    double wallSeconds = 0;
    double cpuSeconds = 0; // user + system
    double peakRssMb = 0;  // ru_maxrss
    QByteArray err;        // its standard error (for messages when it failed)

    bool ok() const { return started && exitCode == 0; }
    // "exit 3: <first line of stderr>" for a cell or a message.
    QString failure() const;
};

struct ChildSpec
{
    QString program;
    QStringList arguments;
    QByteArray input;     // written to its standard input, which is then closed
    QString outputFile;   // its standard output; empty = /dev/null
    QStringList extraEnv; // "NAME=value" added to the environment
};

// Blocks until the child exits (the benchmark runs one thing at a time on purpose).
ChildRun runChild(const ChildSpec &spec);

// On Linux a child's ru_maxrss starts at its parent's resident size when it was forked, so
// children are better forked by a small process: call this first thing in main(), while the
// program is small. It forks a launcher that runChild() then asks to start each child; it ends
// when this program does.
void startLauncher();
// The launcher's resident size now (every child's peak RSS includes about this much); 0: none.
double launcherRssMb();

} // namespace HandlerDesk::Bench
