// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv.h"

#include "core/cupiobject.h"

#include <QBuffer>
#include <QIODevice>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    Q_ASSERT(device);
}

// OWASP's rule against CSV (formula) injection: a spreadsheet runs a cell that starts with one of
// these, so such a cell gets a leading single quote and is shown as text.
static bool startsLikeFormula(QStringView value)
{
    return !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front());
}

void CsvWriter::appendField(QString &line, QStringView value)
{
    const QStringView guard = startsLikeFormula(value) ? u"'" : u"";
    const bool needsQuotes =
        value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r') ||
        (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes) {
        line.append(guard);
        line.append(value);
        return;
    }
    line.append(u'"');
    line.append(guard);
    for (const QChar c : value) {
        if (c == u'"')
            line.append(u'"');
        line.append(c);
    }
    line.append(u'"');
}

QString CsvWriter::escape(const QString &value)
{
    QString field;
    appendField(field, value);
    return field;
}

void CsvWriter::writeRow(const QStringList &values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line.append(u',');
        appendField(line, values.at(i));
    }
    line.append(u"\r\n");
    m_device->write(line.toUtf8());
}

void CsvWriter::writeObject(const CupiObject &object)
{
    QStringList values;
    values.reserve(m_columns.size());
    for (const QString &column : std::as_const(m_columns))
        values.append(object.value(column));
    writeRow(values);
}

QByteArray Csv::write(const QStringList &columns, const QList<CupiObject> &objects)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeHeader(columns);
    for (const CupiObject &object : objects)
        writer.writeObject(object);
    return out;
}

QStringList Csv::columnsOf(const QList<CupiObject> &objects)
{
    QStringList columns;
    QSet<QString> seen;
    for (const CupiObject &object : objects) {
        for (const auto &field : object.fields()) {
            if (!seen.contains(field.first)) {
                seen.insert(field.first);
                columns.append(field.first);
            }
        }
    }
    return columns;
}

} // namespace HandlerDesk::Core
