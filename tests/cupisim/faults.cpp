// SPDX-License-Identifier: GPL-3.0-or-later
#include "faults.h"

#include "api.h"
#include "constants.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QSslSocket>
#include <QWriteLocker>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

const char *faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::Fail:
        return "fail";
    case Fault::Throttle:
        return "throttle";
    case Fault::Drop:
        return "drop";
    case Fault::Stall:
        return "stall";
    case Fault::Garbage:
        return "garbage";
    }
    Q_UNREACHABLE();
}

namespace {

struct Switch
{
    const char *name;
    const char *valueName;
    const char *help;
    double FaultOptions::*rate = nullptr; // else an int of 0 or more:
    int FaultOptions::*number = nullptr;
};

const Switch switches[] = {
    {"fail-rate", "P",
     "A fault for tests: this share of the requests get 500 with ErrorDetails and are not "
     "applied.",
     &FaultOptions::failRate},
    {"throttle-rate", "P",
     "A fault for tests: this share get 503 \"server busy\" and are not applied.",
     &FaultOptions::throttleRate},
    {"drop-rate", "P",
     "A fault for tests: this share are applied, then the connection is closed in the middle "
     "of the reply.",
     &FaultOptions::dropRate},
    {"stall-ms", "ms",
     "A fault for tests: a stalled reply sends its headers and a few bytes, then waits this "
     "long before the rest.",
     nullptr, &FaultOptions::stallMs},
    {"stall-rate", "P", "The share of the replies stalled by --stall-ms (default 0.01).",
     &FaultOptions::stallRate},
    {"garbage-rate", "P",
     "A fault for tests: this share of the successful replies (writes applied) come as 200 "
     "with a malformed XML or JSON body.",
     &FaultOptions::garbageRate},
    {"churn-ms", "ms",
     "A fault for tests: every N ms a random call handler's DisplayName changes behind the "
     "clients' backs (logged as \"churn:\").",
     nullptr, &FaultOptions::churnMs},
};

} // namespace

void addFaultOptions(QCommandLineParser &parser)
{
    for (const Switch &s : switches)
        parser.addOption({QString::fromLatin1(s.name), QCoreApplication::translate("main", s.help),
                          QString::fromLatin1(s.valueName)});
    parser.addOption({u"fault-seed"_s,
                      QCoreApplication::translate(
                          "main", "Seed of the fault decisions and of --churn-ms (same seed, "
                                  "same faults). Requests with the header X-CupiSim-No-Faults: 1 "
                                  "are never faulted."),
                      u"N"_s, u"1"_s});
}

bool readFaultOptions(const QCommandLineParser &parser, FaultOptions *out, QString *error)
{
    for (const Switch &s : switches) {
        const QString name = QString::fromLatin1(s.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        if (s.rate) {
            const double p = parser.value(name).toDouble(&ok);
            ok = ok && p >= 0 && p <= 1;
            out->*s.rate = p;
        } else {
            const int n = parser.value(name).toInt(&ok);
            ok = ok && n >= 0;
            out->*s.number = n;
        }
        if (!ok) {
            *error = u"--%1 takes %2"_s.arg(name, s.rate ? u"a number from 0 to 1"_s
                                                         : u"a number of 0 or more"_s);
            return false;
        }
    }
    if (!parser.isSet(u"stall-rate"_s))
        out->stallRate = out->stallMs > 0 ? DefaultStallRate : 0.0; // no stalls without a length
    else if (out->stallMs == 0 && out->stallRate > 0) {
        *error = u"--stall-rate needs --stall-ms"_s;
        return false;
    }
    bool seedOk = false;
    out->seed = parser.value(u"fault-seed"_s).toUInt(&seedOk);
    if (!seedOk)
        *error = u"--fault-seed takes a number of 0 or more"_s;
    return seedOk;
}

FaultPlan::FaultPlan(const FaultOptions &options)
    : m_options(options)
    , m_random(options.seed)
    , m_enabled(options.failRate > 0 || options.throttleRate > 0 || options.dropRate > 0 ||
                (options.stallRate > 0 && options.stallMs > 0) || options.garbageRate > 0)
{
}

Fault FaultPlan::draw()
{
    if (!m_enabled)
        return Fault::None;
    double r = m_random.generateDouble();
    const std::pair<double, Fault> rates[] = {{m_options.failRate, Fault::Fail},
                                              {m_options.throttleRate, Fault::Throttle},
                                              {m_options.dropRate, Fault::Drop},
                                              {m_options.stallRate, Fault::Stall},
                                              {m_options.garbageRate, Fault::Garbage}};
    for (const auto &[rate, fault] : rates) {
        if (r < rate)
            return fault;
        r -= rate;
    }
    return Fault::None;
}

namespace {

// The status line and the headers; the blank line before the body comes with the first
// writeBody().
void writeHead(QHttpServerResponder &r, const Response &response, qsizetype contentLength)
{
    r.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        r.writeHeader(name, value);
    if (!response.contentType.isEmpty())
        r.writeHeader("Content-Type", response.contentType);
    r.writeHeader("Content-Length", QByteArray::number(contentLength));
}

// Closes the connection once what was written has left (abort() would discard it).
void abortWhenSent(QTcpSocket *socket)
{
    socket->flush();
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    auto pending = [socket, ssl] {
        return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    };
    if (pending() == 0)
        return socket->abort();
    auto *poll = new QTimer(socket);
    QObject::connect(poll, &QTimer::timeout, socket, [socket, poll, pending] {
        if (pending() > 0)
            return;
        delete poll;
        socket->abort();
    });
    poll->start(5);
}

} // namespace

void writeReply(QHttpServerResponder &r, QTcpSocket *socket, const Response &response, Fault fault,
                int stallMs, bool json, const std::function<void()> &done)
{
    const QByteArray &body = response.body;
    switch (fault) {
    case Fault::Drop:
        // Headers and half the body; without a body, part of the status line (a whole one
        // ended by the close passes for a reply with some clients, curl for one).
        if (body.isEmpty()) {
            socket->write("HTTP/1.1 ");
        } else {
            writeHead(r, response, body.size());
            r.writeBody(body.left(body.size() / 2));
        }
        abortWhenSent(socket);
        return done();
    case Fault::Stall: {
        // Headers and a few bytes of the body (without a body: the status line), a pause, the
        // rest.
        const qsizetype first = qMin<qsizetype>(8, body.size());
        if (body.isEmpty())
            r.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        else
            writeHead(r, response, body.size());
        if (first > 0)
            r.writeBody(body.left(first));
        socket->flush();
        QTimer::singleShot(stallMs, socket, [&r, response, first, done] {
            if (response.body.isEmpty()) {
                for (const auto &[name, value] : response.headers)
                    r.writeHeader(name, value);
                r.writeHeader("Content-Length", "0");
            }
            r.writeBody(response.body.mid(first));
            done();
        });
        return;
    }
    case Fault::Garbage: {
        Response broken = response;
        broken.status = 200;
        broken.body = response.body.left(response.body.size() / 2) + "\x01<{\"";
        if (broken.contentType.isEmpty())
            broken.contentType = json ? "application/json" : "application/xml";
        writeHead(r, broken, broken.body.size());
        r.writeBody(broken.body);
        return done();
    }
    case Fault::None:
    case Fault::Fail:
    case Fault::Throttle:
        writeHead(r, response, body.size());
        r.writeBody(body);
        return done();
    }
}

Churn::Churn(Store &store, const FaultOptions &options, std::function<void()> changed)
    : m_store(store)
    , m_changed(std::move(changed))
    , m_random(options.seed ^ 0x5eed5eedU)
{
    if (options.churnMs <= 0)
        return;
    QObject::connect(&m_timer, &QTimer::timeout, [this] { step(); });
    m_timer.start(options.churnMs);
}

void Churn::step()
{
    {
        QWriteLocker alone(&m_store.lock);
        QList<Rec> &rows = m_store.table(KindId::Handler).rows;
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (Store::value(KindId::Handler, rows.at(i), u"IsPrimary"_s) != u"true"_s)
                candidates.append(i);
        }
        if (candidates.isEmpty())
            return;
        Rec &rec = rows[candidates.at(m_random.bounded(int(candidates.size())))];
        const QString id = Store::value(KindId::Handler, rec, u"ObjectId"_s);
        auto change = [&](const QString &field, const QString &value) {
            const QString old = Store::value(KindId::Handler, rec, field);
            Store::set(KindId::Handler, rec, field, value);
            std::fprintf(stderr, "churn: %s %s %s -> %s\n", qPrintable(id), qPrintable(field),
                         qPrintable(old), qPrintable(value));
        };
        ++m_count;
        change(u"DisplayName"_s, u"Churned %1 %2"_s.arg(m_count).arg(m_random.bounded(100000)));
        if (m_count % 3 == 0) {
            const bool edit = Store::value(KindId::Handler, rec, u"EditMsg"_s) == u"true"_s;
            change(u"EditMsg"_s, edit ? u"false"_s : u"true"_s);
        }
        std::fflush(stderr);
    }
    if (m_changed)
        m_changed();
}

} // namespace CupiSim
