// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fault switches for clients' tests and demos (all off by default): --fail-rate, --throttle-rate,
// --drop-rate, --stall-ms/--stall-rate, --garbage-rate, decided per request by one draw of a
// generator seeded with --fault-seed, so a run repeats; and --churn-ms, which changes handlers
// behind the clients' backs. SimServer applies the decision; README.md says what each one does.
#include <QRandomGenerator>
#include <QTimer>

#include <functional>

class QCommandLineParser;
class QHttpServerResponder;
class QTcpSocket;

namespace CupiSim {

class Store;
struct Response;

struct FaultOptions
{
    double failRate = 0;
    double throttleRate = 0;
    double dropRate = 0;
    double stallRate = 0;
    int stallMs = 0;
    double garbageRate = 0;
    int churnMs = 0;
    quint32 seed = 1;
};

// At most one per request; checked in this order, so the rates add up (their sum should stay
// at or below 1).
enum class Fault { None, Fail, Throttle, Drop, Stall, Garbage };

const char *faultName(Fault fault);

// The switches on cupi-sim's command line: added before QCommandLineParser::process(), read
// after it (false and *error for a bad value).
void addFaultOptions(QCommandLineParser &parser);
bool readFaultOptions(const QCommandLineParser &parser, FaultOptions *out, QString *error);

class FaultPlan
{
public:
    explicit FaultPlan(const FaultOptions &options);
    bool enabled() const { return m_enabled; }
    Fault draw(); // on SimServer's thread only
    int stallMs() const { return m_options.stallMs; }

private:
    FaultOptions m_options;
    QRandomGenerator m_random;
    bool m_enabled = false;
};

// Writes `response`, damaged as `fault` says (None, Drop, Stall or Garbage; `json`: the
// request's format). `done` runs once, when the last byte is queued or the connection is
// dropped; the responder and the socket's owner must stay until then.
void writeReply(QHttpServerResponder &responder, QTcpSocket *socket, const Response &response,
                Fault fault, int stallMs, bool json, const std::function<void()> &done);

// --churn-ms: every interval one random call handler (not a user's primary one) gets a new
// DisplayName, and every third change also flips its EditMsg; each change is logged on stderr
// as "churn: <ObjectId> <Field> <old> -> <new>". `changed` runs after each (the --state save).
class Churn
{
public:
    Churn(Store &store, const FaultOptions &options, std::function<void()> changed);

private:
    void step();

    Store &m_store;
    std::function<void()> m_changed;
    QRandomGenerator m_random;
    QTimer m_timer;
    int m_count = 0;
};

} // namespace CupiSim
