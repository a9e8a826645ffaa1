// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handlerctl/output.h"

#include "app/handlerctl/context.h"
#include "core/csv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using HandlerDesk::Core::CupiObject;

namespace HandlerDesk::Ctl {

namespace {
// Table cells are one line: control characters become spaces.
QString cell(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return result;
}

QJsonObject toJson(const CupiObject &object)
{
    QJsonObject json;
    for (const auto &[key, value] : object.fields())
        json.insert(key, value);
    return json;
}
} // namespace

bool parseOutputFormat(const QString &text, OutputFormat *format, bool allowCsv)
{
    if (text == u"table"_s)
        *format = OutputFormat::Table;
    else if (text == u"json"_s)
        *format = OutputFormat::Json;
    else if (allowCsv && text == u"csv"_s)
        *format = OutputFormat::Csv;
    else
        return false;
    return true;
}

void printTable(QTextStream &stream, const QList<Column> &columns, const QList<CupiObject> &objects)
{
    QList<qsizetype> widths;
    for (const Column &column : columns)
        widths.append(column.heading.size());
    for (const CupiObject &object : objects) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            widths[i] = qMax(widths[i], object.value(columns[i].field).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells[i].leftJustified(widths[i]) + u"  "_s;
            else
                text += cells[i];
        }
        stream << text << '\n';
    };
    QStringList headings;
    for (const Column &column : columns)
        headings.append(column.heading);
    line(headings);
    for (const CupiObject &object : objects) {
        QStringList cells;
        for (const Column &column : columns)
            cells.append(cell(object.value(column.field)));
        line(cells);
    }
    stream.flush();
}

void printFields(QTextStream &stream, const CupiObject &object)
{
    qsizetype width = 0;
    for (const auto &field : object.fields())
        width = qMax(width, field.first.size());
    for (const auto &[key, value] : object.fields())
        stream << key.leftJustified(width) << "  " << cell(value) << '\n';
    stream.flush();
}

void printCsv(const QList<CupiObject> &objects, const QList<Column> &columns)
{
    QStringList header = Core::Csv::columnsOf(objects);
    if (objects.isEmpty()) {
        for (const Column &column : columns)
            header.append(column.field.toString());
    }
    out().flush(); // what the text stream holds goes first
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly))
        return;
    Core::CsvWriter writer(&stdOut);
    writer.writeHeader(header);
    for (const CupiObject &object : objects)
        writer.writeObject(object);
}

void JsonArrayWriter::add(const CupiObject &object)
{
    m_stream << (m_started ? ",\n  " : "[\n  ")
             << QString::fromUtf8(QJsonDocument(toJson(object)).toJson(QJsonDocument::Compact));
    m_started = true;
}

void JsonArrayWriter::finish()
{
    m_stream << (m_started ? "\n]\n" : "[]\n");
    m_stream.flush();
}

CupiObject project(const CupiObject &object, const QList<Column> &columns)
{
    CupiObject projected;
    for (const Column &column : columns) {
        if (object.contains(column.field))
            projected.set(column.field.toString(), object.value(column.field));
    }
    return projected;
}

void printJsonObject(QTextStream &stream, const CupiObject &object)
{
    stream << QString::fromUtf8(QJsonDocument(toJson(object)).toJson(QJsonDocument::Indented));
    stream.flush();
}

} // namespace HandlerDesk::Ctl
