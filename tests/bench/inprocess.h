// SPDX-License-Identifier: GPL-3.0-or-later
// The parts measured inside a process of their own (hd-bench --child model|open …), so that its
// resident memory and heap are the desktop model's alone. Each prints one JSON object.
#pragma once

#include <QString>

namespace HandlerDesk::Bench {

struct InProcessOptions
{
    QString part; // "model" or "open"
    QString server;
    QString fingerprint;
    QString user;
    QString wire;
    int runs = 5; // open: handlers opened one after another
};

// Reads the password from the first line of standard input; returns the exit code.
int runInProcess(const InProcessOptions &options);

} // namespace HandlerDesk::Bench
