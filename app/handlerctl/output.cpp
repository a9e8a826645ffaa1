// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handlerctl/output.h"

#include "app/handlerctl/context.h"
#include "core/codec.h"
#include "core/csv.h"
#include "core/displaytext.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTextStream>

#include <cerrno>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using HandlerDesk::Core::CupiObject;

namespace HandlerDesk::Ctl {

namespace {
// Table cells and `show` values are server text on a terminal: one line, no control characters,
// capped.
constexpr qsizetype MaxCellLength = 1000;

QString cell(QStringView text)
{
    return Core::safeText(text, MaxCellLength);
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

void printFields(QTextStream &stream, const CupiObject &object)
{
    qsizetype width = 0;
    for (const auto &field : object.fields())
        width = qMax(width, Core::displayWidth(cell(field.first)));
    for (const auto &[key, value] : object.fields())
        stream << Core::padToWidth(cell(key), width) << "  " << cell(value) << '\n';
    stream.flush();
}

void printJsonObject(QTextStream &stream, const CupiObject &object)
{
    stream << QString::fromUtf8(QJsonDocument(toJson(object)).toJson(QJsonDocument::Indented));
    stream.flush();
}

// ---- OutputSink

namespace {
constexpr qsizetype SinkChunk = 64 * 1024;
} // namespace

OutputSink::OutputSink()
{
    out().flush(); // what the text stream holds goes first
    m_buffer.reserve(SinkChunk + 4096);
}

OutputSink::~OutputSink()
{
    flush();
}

void OutputSink::append(QStringView text)
{
    if (m_errno != 0)
        return;
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + text.size() * 3); // UTF-8 needs at most 3 bytes per UTF-16 unit
    char *end = m_encoder.appendToBuffer(m_buffer.data() + used, text);
    m_buffer.truncate(end - m_buffer.constData());
    if (m_buffer.size() >= SinkChunk)
        flush();
}

bool OutputSink::flush()
{
    qsizetype written = 0;
    while (m_errno == 0 && written < m_buffer.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, m_buffer.constData() + written,
                                  size_t(m_buffer.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            m_errno = errno;
        else
            written += n;
    }
    m_buffer.resize(0); // keeps the capacity
    return m_errno == 0;
}

// ---- Page writers

namespace {

// What the three writers share: the columns, the sink, a line buffer, and a start (headings) that
// comes with the first page, or at the end when there was none.
class LineWriter : public PageWriter
{
public:
    LineWriter(const QList<Column> &columns, OutputSink &sink)
        : m_columns(columns)
        , m_sink(sink)
    {
    }

    void writePage(const Core::ListPage &page) final
    {
        if (!std::exchange(m_started, true))
            begin(&page);
        writeRows(page);
    }

    void finish() final
    {
        if (!std::exchange(m_started, true))
            begin(nullptr);
        end();
        m_sink.flush();
    }

protected:
    virtual void begin(const Core::ListPage *firstPage) = 0;
    virtual void writeRows(const Core::ListPage &page) = 0;
    virtual void end() {}

    // `fields` as one CSV line (core/csv.h's quoting), CRLF included.
    template <typename Fields> void writeCsvLine(const Fields &fields)
    {
        m_line.resize(0);
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_line.append(u',');
            Core::CsvWriter::appendField(m_line, fields.at(i));
        }
        m_line.append(u"\r\n");
        m_sink.append(m_line);
    }

    QList<Column> m_columns;
    OutputSink &m_sink;
    QString m_line;

private:
    bool m_started = false;
};

class TableWriter final : public LineWriter
{
public:
    using LineWriter::LineWriter;

private:
    // Headings; the widths are the headings' and the first page's.
    void begin(const Core::ListPage *page) override
    {
        for (const Column &column : m_columns) {
            qsizetype width = Core::displayWidth(column.heading);
            for (qsizetype row = 0; page && row < page->rowCount(); ++row)
                width = qMax(width, Core::displayWidth(cell(page->value(row, column.field))));
            m_widths.append(width);
        }
        m_line.resize(0);
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            addCell(i, m_columns.at(i).heading);
        endLine();
    }

    void writeRows(const Core::ListPage &page) override
    {
        for (qsizetype row = 0; row < page.rowCount(); ++row) {
            m_line.resize(0);
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                addCell(i, cell(page.value(row, m_columns.at(i).field)));
            endLine();
        }
    }

    void addCell(qsizetype column, const QString &text)
    {
        m_line.append(text);
        if (column + 1 == m_columns.size())
            return;
        // Terminal columns, not characters: CJK and emoji take two, combining marks none.
        const qsizetype width = Core::displayWidth(text);
        m_widths[column] = qMax(m_widths.at(column), width);
        m_line.append(QString(m_widths.at(column) - width + 2, u' '));
    }

    void endLine()
    {
        m_line.append(u'\n');
        m_sink.append(m_line);
    }

    QList<qsizetype> m_widths;
};

class CsvPageWriter final : public LineWriter
{
public:
    using LineWriter::LineWriter;

    QString lossWarning() const override
    {
        if (m_rowsWithMore == 0)
            return {};
        return QCoreApplication::translate(
                   "HandlerDesk::Ctl::Commands",
                   "%n rows had fields that the first page did not have (%1); the CSV does not "
                   "hold them. Use --output json to get every field.",
                   nullptr, int(m_rowsWithMore))
            .arg(cell(m_missing.join(u", "_s)));
    }

private:
    // The header: the fields of the columns (the table's order), then the other fields of the
    // first page in first-seen order.
    void begin(const Core::ListPage *page) override
    {
        for (const Column &column : m_columns) // always, empty where a row lacks one
            m_header.append(column.field.toString());
        for (qsizetype row = 0; page && row < page->rowCount(); ++row) {
            for (qsizetype i = 0; i < page->fieldCount(row); ++i) {
                const QStringView name = page->name(row, i);
                if (!m_header.contains(name))
                    m_header.append(name.toString());
            }
        }
        writeCsvLine(m_header);
    }

    void writeRows(const Core::ListPage &page) override
    {
        // Where each of the page's field names goes in the header (-1: not there).
        QList<qsizetype> place;
        for (const QString &name : page.names())
            place.append(m_header.indexOf(name));
        QList<QStringView> cells(m_header.size());
        for (qsizetype row = 0; row < page.rowCount(); ++row) {
            cells.fill(QStringView());
            bool more = false;
            for (qsizetype i = 0; i < page.fieldCount(row); ++i) {
                const qsizetype column = place.at(page.nameIndex(row, i));
                if (column >= 0) {
                    cells[column] = page.value(row, i);
                } else {
                    more = true;
                    if (!m_missing.contains(page.name(row, i)))
                        m_missing.append(page.name(row, i).toString());
                }
            }
            m_rowsWithMore += more ? 1 : 0;
            writeCsvLine(cells);
        }
    }

    QStringList m_header;
    QStringList m_missing;
    qint64 m_rowsWithMore = 0;
};

class JsonPageWriter final : public LineWriter
{
public:
    using LineWriter::LineWriter;

private:
    void begin(const Core::ListPage *) override { m_sink.append(u"["); }

    void writeRows(const Core::ListPage &page) override
    {
        for (qsizetype row = 0; row < page.rowCount(); ++row) {
            m_line.resize(0);
            m_line.append(m_rows++ > 0 ? u",\n  {" : u"\n  {");
            for (qsizetype i = 0; i < page.fieldCount(row); ++i) {
                if (i > 0)
                    m_line.append(u',');
                Core::Codec::appendJsonString(m_line, page.name(row, i));
                m_line.append(u':');
                Core::Codec::appendJsonString(m_line, page.value(row, i));
            }
            m_line.append(u'}');
            m_sink.append(m_line);
        }
    }

    void end() override { m_sink.append(m_rows > 0 ? u"\n]\n" : u"]\n"); }

    qint64 m_rows = 0;
};

} // namespace

int writeRows(const Context &context, OutputFormat format, const QList<Column> &columns,
              const Core::ListPage &page)
{
    OutputSink sink;
    const std::unique_ptr<PageWriter> writer = makePageWriter(format, columns, sink);
    writer->writePage(page);
    writer->finish();
    if (!sink.flush())
        return context.outputFailed(sink.errorNumber());
    return ExitOk;
}

std::unique_ptr<PageWriter> makePageWriter(OutputFormat format, const QList<Column> &columns,
                                           OutputSink &sink)
{
    switch (format) {
    case OutputFormat::Table:
        return std::make_unique<TableWriter>(columns, sink);
    case OutputFormat::Csv:
        return std::make_unique<CsvPageWriter>(columns, sink);
    case OutputFormat::Json:
        return std::make_unique<JsonPageWriter>(columns, sink);
    }
    Q_UNREACHABLE();
}

} // namespace HandlerDesk::Ctl
