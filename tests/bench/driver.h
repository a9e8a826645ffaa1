// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the parts of the benchmark against a cupi-sim of its own, one size at a time, and files
// every figure in Results.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace HandlerDesk::Test {
class CupiSim;
}

namespace HandlerDesk::Bench {

class Results;
struct ChildSpec;
struct ChildRun;

// A progress line on standard error (the table goes to standard output).
void note(const QString &text);

struct Options
{
    // Defaults in main.cpp (--help shows them).
    QList<int> sizes;
    int runs = 5;
    QStringList wires;
    QSet<QString> parts;
    QString simBin;
    QString handlerctlBin;
    QString curlBin;
    QString python;
    QString script; // list_handlers.py
    QString self;   // this program, for its --child runs
    int tenants = 3;
    bool lenientSessions = false;
};

class Driver
{
public:
    Driver(const Options &options, Results *results);
    ~Driver();

    // False when the simulator did not start (the size is then missing from the table).
    bool runSize(int size);

private:
    // One started simulator and what the parts need of it.
    struct Server
    {
        std::unique_ptr<Test::CupiSim> sim;
        QString log; // its standard error: one line per request
        QString url;
        QString fingerprint;
        QString user;
        QString password;
        QString jar; // curl's cookies, from one sign-in before the timed runs
        qint64 total = 0;
    };
    void runWire(Server &server, int size, const QString &wire);
    void measureFloor(Server &server, int size, const QString &wire);
    void measureHandlerctl(Server &server, int size, const QString &wire);
    void measurePython(Server &server, int size, const QString &wire);
    void measureModel(Server &server, int size, const QString &wire);
    void measureOpen(Server &server, int size, const QString &wire, const QString &row);
    bool startServer(Server &server, int size, int latencyMs);
    // `signsIn`: the child signs in to that server (paced, its refusals reported as `what`).
    ChildRun run(const ChildSpec &spec, const Server *signsIn = nullptr, const QString &what = {});
    // The server takes Basic credentials without its session cookie at most twice a second (a
    // third gets 503, as a 10.x server does): wait until a sign-in is allowed.
    void paceSignIn();
    void checkRows(const QString &what, const QString &file, qint64 expected, bool json);

    Options m_options;
    Results *m_results;
    QTemporaryDir m_dir;
    qint64 m_lastSignIn = -1; // ms of m_clock
    QElapsedTimer m_clock;
};

} // namespace HandlerDesk::Bench
