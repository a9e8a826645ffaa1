// SPDX-License-Identifier: GPL-3.0-or-later
// The driver's in-process parts: each runs `hd-bench --child …` (inprocess.cpp) and files what
// it printed.
#include "driver.h"

#include "childprocess.h"
#include "results.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace HandlerDesk::Bench {

using namespace Qt::Literals::StringLiterals;

void Driver::measureModel(Server &server, int size, const QString &wire)
{
    const QString out = m_dir.filePath(u"model.json"_s);
    const ChildSpec spec{m_options.self,
                         {u"--child"_s, u"model"_s, u"--server"_s, server.url, u"--fingerprint"_s,
                          server.fingerprint, u"--user"_s, server.user, u"--wire"_s, wire},
                         server.password.toUtf8() + '\n',
                         out,
                         {}};
    for (int i = 0; i < m_options.runs; ++i) {
        const ChildRun r = run(spec, &server, u"%1 %2 list model"_s.arg(size).arg(wire));
        QFile file(out);
        const QJsonObject o = file.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(file.readAll()).object()
                                  : QJsonObject();
        if (!r.ok() || o.isEmpty()) {
            m_results->fail(u"model.all"_s, size, wire, r.failure());
            note(u"the model run failed: "_s + r.failure());
            continue;
        }
        if (o.value(u"rows"_s).toInteger() != server.total)
            m_results->warn(u"%1 %2: the model had %3 rows, the server lists %4"_s.arg(size)
                                .arg(wire)
                                .arg(o.value(u"rows"_s).toInteger())
                                .arg(server.total));
        const double allMs = o.value(u"allRowsMs"_s).toDouble();
        m_results->add(u"model.first"_s, size, wire, o.value(u"firstRowsMs"_s).toDouble());
        m_results->add(u"model.all"_s, size, wire, allMs / 1000);
        m_results->add(u"model.us"_s, size, wire, allMs * 1000 / double(server.total));
        m_results->add(u"model.rssrow"_s, size, wire, o.value(u"rssPerRow"_s).toDouble());
        m_results->add(u"model.estrow"_s, size, wire, o.value(u"estimatePerRow"_s).toDouble());
        m_results->add(u"model.stall"_s, size, wire, o.value(u"stallMs"_s).toDouble());
        m_results->add(u"model.peak"_s, size, wire, r.peakRssMb);
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key().startsWith(u"filter."_s) || it.key().startsWith(u"sort."_s))
                m_results->add(u"model."_s + it.key(), size, wire, it.value().toDouble());
        }
    }
    m_results->addRatio(u"model.ratio"_s, u"model.all"_s, u"floor"_s, size, wire);
    if (const Samples *s = m_results->find(u"model.all"_s, size, wire); s && !s->isEmpty())
        note(u"[%1 %2] list model: all rows in %3 s"_s.arg(size).arg(wire).arg(s->median(), 0, 'f',
                                                                               3));
}

void Driver::measureOpen(Server &server, int size, const QString &wire, const QString &row)
{
    const QString out = m_dir.filePath(u"open.json"_s);
    const ChildRun r = run({m_options.self,
                            {u"--child"_s, u"open"_s, u"--server"_s, server.url, u"--fingerprint"_s,
                             server.fingerprint, u"--user"_s, server.user, u"--wire"_s, wire,
                             u"--runs"_s, QString::number(m_options.runs)},
                            server.password.toUtf8() + '\n',
                            out,
                            {}},
                           &server, u"%1 %2 opening handlers (%3)"_s.arg(size).arg(wire, row));
    QFile file(out);
    const QJsonArray times =
        file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll()).object().value(u"openMs"_s).toArray()
            : QJsonArray();
    if (!r.ok() || times.isEmpty()) {
        m_results->fail(row, size, wire, r.failure());
        note(u"opening handlers failed: "_s + r.failure());
        return;
    }
    for (const QJsonValue &ms : times)
        m_results->add(row, size, wire, ms.toDouble());
}

} // namespace HandlerDesk::Bench
