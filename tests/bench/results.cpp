// SPDX-License-Identifier: GPL-3.0-or-later
#include "results.h"

#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace HandlerDesk::Bench {

using namespace Qt::Literals::StringLiterals;

namespace {

QList<double> sorted(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

std::function<bool(double)> atMost(double limit)
{
    return [limit](double v) { return v <= limit; };
}

std::function<bool(double)> atLeast(double limit)
{
    return [limit](double v) { return v >= limit; };
}

} // namespace

double Samples::median() const
{
    const QList<double> s = sorted(values);
    const qsizetype n = s.size();
    if (n == 0)
        return 0;
    return n % 2 ? s.at(n / 2) : (s.at(n / 2 - 1) + s.at(n / 2)) / 2;
}

double Samples::min() const
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

double Samples::max() const
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

QString Results::key(const QString &row, int size, const QString &wire)
{
    return u"%1|%2|%3"_s.arg(row).arg(size).arg(wire);
}

void Results::add(const QString &row, int size, const QString &wire, double value)
{
    m_samples[key(row, size, wire)].values.append(value);
}

void Results::fail(const QString &row, int size, const QString &wire, const QString &why)
{
    Samples &s = m_samples[key(row, size, wire)];
    if (s.error.isEmpty())
        s.error = why;
}

const Samples *Results::find(const QString &row, int size, const QString &wire) const
{
    const auto it = m_samples.constFind(key(row, size, wire));
    return it == m_samples.cend() ? nullptr : &*it;
}

Samples Results::samples(const QString &row, int size, const QString &wire) const
{
    return m_samples.value(key(row, size, wire));
}

void Results::addRatio(const QString &row, const QString &numerator, const QString &denominator,
                       int size, const QString &wire, bool invert)
{
    // Copies: add() may grow the hash under any pointer into it.
    const Samples num = samples(numerator, size, wire);
    const double den = samples(denominator, size, wire).median();
    if (num.isEmpty() || den <= 0)
        return;
    // Each run of the numerator against the median of the denominator: the spread shows.
    for (double v : num.values) {
        if (v > 0)
            add(row, size, wire, invert ? den / v : v / den);
    }
}

QString Results::cell(const RowSpec &row, int size, const QString &wire,
                      const QList<int> &sizes) const
{
    const Samples *s = find(row.id, size, wire);
    if (!s)
        return QString();
    if (s->isEmpty())
        return u"failed: "_s + s->error.left(60);
    QString text = number(s->median(), row.decimals);
    if (s->values.size() > 1)
        text += u" (%1–%2)"_s.arg(number(s->min(), row.decimals), number(s->max(), row.decimals));
    if (row.ok) {
        text += row.ok(s->median()) ? u" ✓"_s : u" ✗"_s;
    } else if (row.linear && size > 10000 && sizes.contains(10000)) {
        const Samples *base = find(row.id, 10000, wire);
        if (base && !base->isEmpty() && base->median() > 0) {
            const double change = s->median() / base->median() - 1;
            text += u" (%1%2 % vs 10k)%3"_s.arg(change >= 0 ? u"+"_s : QString())
                        .arg(number(change * 100, 0))
                        .arg(change <= 0.2 ? u" ✓"_s : u" ✗"_s);
        }
    }
    if (!s->error.isEmpty())
        text += u" (a run failed)"_s;
    return text;
}

void Results::printTable(QTextStream &out, const QList<RowSpec> &rows, const QList<int> &sizes,
                         const QStringList &wires) const
{
    const QLocale english(QLocale::English);
    out << "| Measure |";
    for (int size : sizes) {
        for (const QString &wire : wires)
            out << ' ' << english.toString(size) << ' ' << wire.toUpper() << " |";
    }
    out << " Target |\n|---|";
    for (qsizetype i = 0; i < sizes.size() * wires.size(); ++i)
        out << "---:|";
    out << "---|\n";
    for (const RowSpec &row : rows) {
        QStringList cells;
        bool any = false;
        for (int size : sizes) {
            for (const QString &wire : wires) {
                cells << cell(row, size, wire, sizes);
                any = any || !cells.constLast().isEmpty();
            }
        }
        if (!any)
            continue;
        out << "| " << row.label << " | " << cells.join(u" | "_s) << " | " << row.target << " |\n";
    }
}

QList<RowSpec> tableRows()
{
    const QString linear = u"100k within 20 % of 10k"_s;
    QList<RowSpec> rows = {
        {u"curl.seq"_s, u"curl, sequential, s"_s, 3, {}, {}, false},
        {u"curl.par"_s, u"curl, 3 in flight, s"_s, 3, {}, {}, false},
        {u"floor"_s, u"**floor** (the faster curl), s"_s, 3, {}, {}, false},
        {u"floor.us"_s, u"floor per handler, µs"_s, 1, linear, {}, true},
        {u"server"_s,
         u"server's own time (Σ of its per-request ms, curl sequential), s"_s,
         3,
         {},
         {},
         false},
        {u"server.share"_s, u"server's share of curl sequential"_s, 2, {}, {}, false},
    };
    for (const QString &output : {u"table"_s, u"csv"_s, u"json"_s}) {
        const QString p = u"hc."_s + output;
        const QString name = u"`handlerctl list --all --output %1`"_s.arg(output);
        rows.append({p + u".wall"_s, name + u": wall, s"_s, 3, {}, {}, false});
        rows.append({p + u".cpu"_s, name + u": CPU (user+sys), s"_s, 3, {}, {}, false});
        rows.append(
            {p + u".rss"_s, name + u": peak RSS, MB"_s, 1, u"≤ 64 MB"_s, atMost(64), false});
        rows.append({p + u".ratio"_s, name + u": × floor"_s, 2, u"≤ 1.3"_s, atMost(1.3), false});
        rows.append(
            {p + u".speedup"_s, name + u": Python ÷ handlerctl"_s, 2, u"≥ 2"_s, atLeast(2), false});
        rows.append({p + u".us"_s, name + u": per handler, µs"_s, 1, linear, {}, true});
    }
    rows.append({u"py.wall"_s, u"Python script (requests): wall, s"_s, 3, {}, {}, false});
    rows.append({u"py.cpu"_s, u"Python script: CPU (user+sys), s"_s, 3, {}, {}, false});
    rows.append({u"py.rss"_s, u"Python script: peak RSS, MB"_s, 1, {}, {}, false});
    rows.append({u"py.ratio"_s, u"Python script: × floor"_s, 2, {}, {}, false});
    rows.append(
        {u"model.first"_s, u"list model: first rows, ms"_s, 0, u"≤ 250 ms"_s, atMost(250), false});
    rows.append({u"model.all"_s, u"list model: all rows, s"_s, 3, {}, {}, false});
    rows.append(
        {u"model.ratio"_s, u"list model: all rows × floor"_s, 2, u"≤ 1.3"_s, atMost(1.3), false});
    rows.append({u"model.us"_s, u"list model: all rows per handler, µs"_s, 1, linear, {}, true});
    rows.append({u"model.rssrow"_s, u"list model: RSS growth per row, bytes"_s, 0, u"≤ 1,024"_s,
                 atMost(1024), false});
    rows.append({u"model.estrow"_s, u"list model: approximateBytesPerRow(), bytes"_s, 0,
                 u"≤ 1,024"_s, atMost(1024), false});
    rows.append({u"model.peak"_s, u"list model process: peak RSS, MB"_s, 1, {}, {}, false});
    rows.append({u"model.stall"_s, u"list model: longest event-loop stall while loading, ms"_s, 0,
                 u"≤ 50 ms"_s, atMost(50), false});
    for (const QString &text : {u"s"_s, u"sa"_s, u"sal"_s, u"sale"_s}) {
        rows.append({u"model.filter."_s + text, u"filter: type \"%1\", ms"_s.arg(text), 1,
                     u"≤ 16 ms"_s, atMost(16), false});
    }
    for (const QString &column : {u"Name"_s, u"Extension"_s, u"Tenant"_s, u"ScheduleSet"_s,
                                  u"Language"_s, u"TimeZone"_s, u"Recipient"_s, u"Flags"_s}) {
        rows.append({u"model.sort."_s + column, u"re-sort by %1, ms"_s.arg(column), 0,
                     u"≤ 100 ms"_s, atMost(100), false});
    }
    rows.append({u"open.0"_s, u"open a handler (HandlerEditor), latency 0, ms"_s, 0, u"≤ 100 ms"_s,
                 atMost(100), false});
    rows.append({u"open.20"_s, u"open a handler, latency 20 ms, ms"_s, 0, u"≤ 60 ms (3 × 20)"_s,
                 atMost(60), false});
    return rows;
}

} // namespace HandlerDesk::Bench
