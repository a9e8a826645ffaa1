// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 CSV of CUPI objects, one row each: the header row is the CUPI field names, rows end
// in CRLF, fields with commas, quotes, line breaks or edge spaces are quoted (quotes doubled),
// text is UTF-8. Values are written as they are, except that a value starting with = + - @ TAB or
// CR gets a leading single quote ('=HYPERLINK(…), '+91), OWASP's rule against CSV injection: a
// spreadsheet would run it as a formula. A reader that wants the exact text uses --output json.
#pragma once

#include <QList>
#include <QStringList>

class QIODevice;

namespace HandlerDesk::Core {

class CupiObject;

class CsvWriter
{
public:
    // Writes to `device` (not owned), row by row, so a list of 40,000 handlers is never held
    // as one string.
    explicit CsvWriter(QIODevice *device);

    void writeRow(const QStringList &values);
    // `value` as one field of a line: quoted when needed, formulas neutralised (the one rule).
    static void appendField(QString &line, QStringView value);
    // The header row; each writeObject() after it writes the object's values of `columns`
    // (empty when absent).
    void writeHeader(const QStringList &columns)
    {
        m_columns = columns;
        writeRow(columns);
    }
    void writeObject(const CupiObject &object);

    // One field, quoted when needed.
    static QString escape(const QString &value);

private:
    QIODevice *m_device;
    QStringList m_columns;
};

namespace Csv {
// The whole document in memory (small lists, tests).
QByteArray write(const QStringList &columns, const QList<CupiObject> &objects);
// Every field name of `objects`, in order of first appearance.
QStringList columnsOf(const QList<CupiObject> &objects);
} // namespace Csv

} // namespace HandlerDesk::Core
