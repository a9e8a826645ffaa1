// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of a benchmark run and the one markdown table they are printed as.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace HandlerDesk::Bench {

struct Samples
{
    QList<double> values;
    QString error; // why a run failed (the cell shows it)

    bool isEmpty() const { return values.isEmpty(); }
    double median() const;
    double min() const;
    double max() const;
};

// One line of the table. `ok` tells whether a median meets the target (none: no target).
// `linear` rows compare the largest size with 10,000 ("within 20 %") instead.
struct RowSpec
{
    QString id;
    QString label;
    int decimals = 2;
    QString target;
    std::function<bool(double)> ok;
    bool linear = false;
};

class Results
{
public:
    void add(const QString &row, int size, const QString &wire, double value);
    void fail(const QString &row, int size, const QString &wire, const QString &why);
    // Null when the row has neither figures nor a failure; valid until the next add() or fail().
    const Samples *find(const QString &row, int size, const QString &wire) const;
    // A copy; empty when there is none.
    Samples samples(const QString &row, int size, const QString &wire) const;
    // Samples of `row` divided by the median of `by` (both of size and wire); nothing when
    // either is missing.
    void addRatio(const QString &row, const QString &numerator, const QString &denominator,
                  int size, const QString &wire, bool invert = false);
    void warn(const QString &text) { m_warnings.append(text); }
    const QStringList &warnings() const { return m_warnings; }

    // Rows without any figure are left out; columns are size × wire.
    void printTable(QTextStream &out, const QList<RowSpec> &rows, const QList<int> &sizes,
                    const QStringList &wires) const;

private:
    static QString key(const QString &row, int size, const QString &wire);
    QString cell(const RowSpec &row, int size, const QString &wire, const QList<int> &sizes) const;

    QHash<QString, Samples> m_samples;
    QStringList m_warnings;
};

// The rows of the table in order, with the targets.
QList<RowSpec> tableRows();

} // namespace HandlerDesk::Bench
