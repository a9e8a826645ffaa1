// SPDX-License-Identifier: GPL-3.0-or-later
// The soak's handlerctl runs (a process each, as a script would run it): list (JSON or CSV,
// checked for completeness or a non-zero exit that says why), show (values checked against the
// journal) and set (journalled like the editor's saves).
#include "soak.h"

#include "oracle.h"

#include "../unit/tst_models_sim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <cstdio>

namespace HandlerDesk::Soak {

using namespace Qt::Literals::StringLiterals;

namespace {

// The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks).
int csvRecords(const QByteArray &text)
{
    int records = 0;
    bool quoted = false, empty = true;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == '\n' && !quoted) {
            records += empty ? 0 : 1;
            empty = true;
        } else if (c != '\r') {
            empty = false;
        }
    }
    return records + (empty ? 0 : 1);
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text.trimmed()).section(u'\n', 0, 0);
}

} // namespace

struct Soak::Run
{
    bool ended = false; // exited normally (not killed, not crashed)
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString what;
};

Soak::Run Soak::handlerctl(const QString &op, const QStringList &args)
{
    const QString wire = m_random.bounded(2) ? u"xml"_s : u"json"_s;
    Run run;
    run.what = u"handlerctl --wire %1 %2"_s.arg(wire, args.join(u' '));
    m_currentOp = run.what;
    ++m_figures.operations[u"handlerctl "_s + op];
    m_lastHandlerctl = m_clock.elapsed();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HANDLERDESK_PASSWORD"_s, m_sim->admin().password);
    process.setProcessEnvironment(env);
    process.start(m_options.handlerctlBin,
                  QStringList{u"--server"_s, m_sim->url().toString(), u"--user"_s,
                              m_sim->admin().user, u"--trust-fingerprint"_s, m_sim->sha256(),
                              u"--wire"_s, wire} +
                      (m_options.clientTimeout > 0
                           ? QStringList{u"--timeout"_s, QString::number(m_options.clientTimeout)}
                           : QStringList()) +
                      args);
    if (!waitUntil([&] { return process.state() == QProcess::NotRunning; })) {
        hang(run.what);
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit || process.error() == QProcess::FailedToStart) {
        ++m_figures.crashes;
        m_figures.problems << u"CRASH: %1 ended by a signal or did not start (%2): %3"_s.arg(
            run.what, process.errorString(), firstLine(run.err));
        std::fprintf(stderr, "hd-soak: %s\n", qPrintable(m_figures.problems.constLast()));
        return run;
    }
    run.ended = true;
    run.code = process.exitCode();
    if (run.code != 0) {
        ++m_figures.failures[u"handlerctl "_s + op];
        if (run.err.trimmed().isEmpty())
            m_ledger->mismatch(
                u"%1 exited %2 without a word on stderr"_s.arg(run.what).arg(run.code));
    }
    return run;
}

void Soak::handlerctlList()
{
    const bool json = m_random.bounded(2);
    const Run run = handlerctl(u"list"_s, {u"list"_s, u"--output"_s, json ? u"json"_s : u"csv"_s});
    if (!run.ended)
        return;
    const QSet<QString> expected(m_ids.cbegin(), m_ids.cend());
    if (json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QSet<QString> ids;
        for (const QJsonValue &v : doc.array())
            ids.insert(v.toObject().value(u"ObjectId"_s).toString());
        if (run.code == 0 && (ids != expected || doc.array().size() != m_ids.size()))
            m_ledger->mismatch(u"%1 exited 0 with %2 rows of %3"_s.arg(run.what)
                                   .arg(doc.array().size())
                                   .arg(m_ids.size()));
        if (run.code != 0 && error.error == QJsonParseError::NoError && doc.isArray() &&
            doc.array().size() < m_ids.size())
            m_ledger->mismatch(
                u"%1 failed but printed a whole JSON array of %2 rows of %3"_s.arg(run.what)
                    .arg(doc.array().size())
                    .arg(m_ids.size()));
        return;
    }
    if (run.code != 0)
        return;
    const int rows = csvRecords(run.out) - 1; // the header
    bool allThere = rows == m_ids.size();
    for (const QString &id : std::as_const(m_ids))
        allThere = allThere && run.out.contains(id.toUtf8());
    if (!allThere)
        m_ledger->mismatch(
            u"%1 exited 0 with %2 CSV rows of %3 (or ids missing)"_s.arg(run.what).arg(rows).arg(
                m_ids.size()));
}

void Soak::handlerctlShow()
{
    const QString id = pickHandler();
    const Run run = handlerctl(u"show"_s, {u"show"_s, u"--output"_s, u"json"_s, id});
    if (!run.ended || run.code != 0)
        return;
    PartState fields;
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            fields.insert(it.key(), it.value().toString());
    }
    if (fields.value(u"ObjectId"_s) != id) {
        m_ledger->mismatch(u"%1 exited 0 without the handler's JSON"_s.arg(run.what));
        return;
    }
    m_ledger->observeAll(id, {{u"handler"_s, fields}}, u"handlerctl show"_s);
}

void Soak::handlerctlSet()
{
    const QString id = pickHandler();
    QList<Change> changes;
    const auto change = [&](const QString &field, const QString &value) {
        changes.append({id, Core::HandlerPart::Handler, QString(), field,
                        m_ledger->expected(id, Core::HandlerPart::Handler, QString(), field),
                        value});
    };
    QStringList args{u"set"_s, id};
    const bool rename = m_random.bounded(100) < 70 || m_timeZones.isEmpty();
    if (rename) {
        const QString name = uniqueName();
        args << u"--name"_s << name;
        change(u"DisplayName"_s, name);
    }
    if (!rename || m_random.bounded(100) < 50) {
        if (m_random.bounded(3) == 0) {
            args << u"--time-zone"_s << u"default"_s;
            change(u"UseDefaultTimeZone"_s, u"true"_s);
        } else {
            const QString zone = m_timeZones.at(int(m_random.bounded(int(m_timeZones.size()))));
            args << u"--time-zone"_s << zone;
            change(u"UseDefaultTimeZone"_s, u"false"_s);
            change(u"TimeZone"_s, zone);
        }
    }
    const Run run = handlerctl(u"set"_s, args);
    // Exit 0: acknowledged. 1 (usage), 3 (TLS), 4 (sign-in): nothing was sent. Anything else
    // (the server failed, or the reply never came) may have landed.
    const bool acknowledged = run.ended && run.code == 0;
    const bool unsent = run.ended && (run.code == 1 || run.code == 3 || run.code == 4);
    const Effect effect = acknowledged ? Effect::Landed
                          : unsent     ? Effect::None
                                       : Effect::MayHaveLanded;
    const QString outcome = acknowledged ? u"acknowledged"_s
                            : !run.ended ? u"hang"_s
                            : unsent     ? u"failed"_s
                                         : u"failed-may-have-landed"_s;
    m_ledger->record(
        {u"handlerctl-set"_s, changes, outcome, firstLine(run.err), u"exit %1"_s.arg(run.code)},
        QList<Effect>(changes.size(), effect));
    if (!run.ended || acknowledged)
        return;
    // What did the failed run leave? (The oracle's read also pins the values down.)
    if (const auto state = m_oracle->readHandler(id)) {
        for (const Change &c : std::as_const(changes)) {
            const QString now = Ledger::normalised(u"handler"_s, c.field,
                                                   state->value(u"handler"_s).value(c.field));
            if (now == Ledger::normalised(u"handler"_s, c.field, c.newValue) &&
                now != Ledger::normalised(u"handler"_s, c.field, c.oldValue)) {
                ++m_figures.landedButFailed;
                break;
            }
        }
        m_ledger->observeAll(id, *state, u"the oracle after a failed handlerctl set"_s);
    }
}

} // namespace HandlerDesk::Soak
