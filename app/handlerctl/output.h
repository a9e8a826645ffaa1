// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupiobject.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace HandlerDesk::Ctl {

enum class OutputFormat { Table, Csv, Json };

// A column of a table: its heading and the CUPI field it shows (a Core::Field constant).
struct Column
{
    QString heading;
    QStringView field;
};

// Parses "table|csv|json"; `allowed` limits the choice. False for anything else.
bool parseOutputFormat(const QString &text, OutputFormat *format, bool allowCsv = true);

// Aligned columns for a terminal: headings, then one line per object.
void printTable(QTextStream &stream, const QList<Column> &columns,
                const QList<Core::CupiObject> &objects);
// "Field  Value" lines for one object.
void printFields(QTextStream &stream, const Core::CupiObject &object);
// CSV (core/csv.h, RFC 4180) on standard output: the header is the CUPI field names — every field
// any object has, in first-seen order; the fields of `columns` when there are no objects.
void printCsv(const QList<Core::CupiObject> &objects, const QList<Column> &columns);
// A JSON array of objects keyed by CUPI field names (all values strings, as CUPI sends them),
// written as the rows arrive: "[", one object per line, "]".
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QTextStream &stream)
        : m_stream(stream)
    {
    }
    void add(const Core::CupiObject &object);
    void finish(); // closes the array (also when nothing was added)

private:
    QTextStream &m_stream;
    bool m_started = false;
};
// The fields of `object` that `columns` show, for tables of huge lists.
Core::CupiObject project(const Core::CupiObject &object, const QList<Column> &columns);
void printJsonObject(QTextStream &stream, const Core::CupiObject &object);

} // namespace HandlerDesk::Ctl
