// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupiobject.h"
#include "core/listpage.h"

#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <memory>

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

// "Field  Value" lines for one object.
void printFields(QTextStream &stream, const Core::CupiObject &object);

// Standard output for lists: UTF-8, buffered, written with write(2) so that a closed pipe (EPIPE,
// `handlerctl list | head`) or a full disk (ENOSPC) is noticed at the next flush and the list
// stops fetching. Whatever out() holds is flushed first.
class OutputSink
{
public:
    OutputSink();
    ~OutputSink();
    Q_DISABLE_COPY_MOVE(OutputSink)

    void append(QStringView text);
    bool flush();                               // false once a write failed
    int errorNumber() const { return m_errno; } // 0, or the errno of the failed write

private:
    QByteArray m_buffer;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    int m_errno = 0;
};

// Writes the rows of a list as its pages arrive, in server order, keeping nothing it has written.
class PageWriter
{
public:
    virtual ~PageWriter() = default;
    virtual void writePage(const Core::ListPage &page) = 0;
    virtual void finish() = 0; // after the last page of a whole list (never after an error)
    // Rows whose fields the output could not hold (CSV: a field the header lacks); empty if none.
    virtual QString lossWarning() const { return {}; }
};

// Every command lists its columns in one order: the object's name, its extension, its ObjectId,
// then what the command says about it.
// table: aligned columns (by terminal columns, Core::displayWidth), as wide as the first page
// needs (a wider cell later widens its column from that line on); csv (core/csv.h, RFC 4180): the
// header is the fields of `columns` in their order, then the other fields of the first page in
// first-seen order (a header alone when there are no rows); json: an array of objects
// keyed by CUPI field names in the server's order (all values strings, as CUPI sends them),
// "[", one object per line, "]".
std::unique_ptr<PageWriter> makePageWriter(OutputFormat format, const QList<Column> &columns,
                                           OutputSink &sink);
void printJsonObject(QTextStream &stream, const Core::CupiObject &object);

class Context;
// Writes a whole list of rows in `format`; ExitOk or ExitOutput.
int writeRows(const Context &context, OutputFormat format, const QList<Column> &columns,
              const Core::ListPage &page);

} // namespace HandlerDesk::Ctl
