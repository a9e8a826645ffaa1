// SPDX-License-Identifier: GPL-3.0-or-later
// The soak run: a seeded random mix of list, open, edit-and-save through the core's editor model
// and handlerctl runs, against a cupi-sim with fault switches, with every save journalled; at the
// end the server's data is compared with the journal (ledger.h).
#pragma once

#include "ledger.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace HandlerDesk::Core {
class ServerSession;
class HandlerEditor;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Test {
class CupiSim;
}

namespace HandlerDesk::Soak {

class Oracle;

struct Options
{
    qint64 seconds = 30 * 60;
    quint32 seed = 1;
    QString simBin;
    QString handlerctlBin;
    QStringList simArgs; // the fault switches and --handlers
    QString journal;
    QString simLog;
    int hangSeconds = 180; // an operation without an outcome for this long is a hang
    int hotHandlers = 40;  // most edits go to these, so that they meet each other
    int clientTimeout = 0; // seconds of silence that end a request (core and handlerctl); 0: theirs
};

// What the run counted.
struct Figures
{
    QHash<QString, int> operations; // by kind
    QHash<QString, int> failures;   // operations that reported an error to the user, by kind
    int hangs = 0;
    int crashes = 0;
    int retries = 0;         // the core client's retries (its log)
    int landedButFailed = 0; // a save reported as failed whose change is on the server
    int partialWrites = 0;   // … while other parts of it were put back
    QStringList problems;    // hangs and crashes, described
};

class Soak
{
public:
    explicit Soak(const Options &options);
    ~Soak();

    // Runs everything; the process's exit code.
    int run();

private:
    bool start();
    void loop();
    int finish();

    // in-process operations (editorops.cpp)
    bool openSession(int index);
    void listWithModel(int index);
    void openOnly(int index);
    void editAndSave(int index);
    QList<Change> makeEdits(Core::HandlerEditor *editor);
    void saveAndJournal(int index, const QList<Change> &changes, int retriesLeft);
    void noteSaveFailure(const QString &via, const QList<Change> &changes);
    void checkFailedSave(const QList<Change> &changes, const QList<bool> &reported);
    // handlerctl runs (handlerctlops.cpp)
    void handlerctlList();
    void handlerctlShow();
    void handlerctlSet();
    struct Run;
    Run handlerctl(const QString &op, const QStringList &args);

    bool waitUntil(const std::function<bool()> &done);
    void hang(const QString &what);
    QString pickHandler();
    QString uniqueName();
    void progress();

    Options m_options;
    Figures m_figures;
    std::unique_ptr<Test::CupiSim> m_sim;
    std::unique_ptr<Oracle> m_oracle;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<QNetworkAccessManager> m_nams[2];   // one per session (own cookies)
    std::unique_ptr<Core::ServerSession> m_sessions[2]; // JSON, XML; go before their nam
    QStringList m_ids;                                  // the system call handlers
    QStringList m_timeZones;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    qint64 m_lastHandlerctl = -10000;
    qint64 m_lastProgress = 0;
    int m_names = 0;
    QString m_currentOp; // for the message of a hang
};

} // namespace HandlerDesk::Soak
