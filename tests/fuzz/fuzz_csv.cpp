// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer (core/csv.cpp, also behind `handlerctl list --output csv`) on any cells. The input
// is UTF-8 text split into rows at 0x01 bytes and into cells at NUL bytes. Invariants: the output
// is UTF-8 and parses back (with the small RFC 4180 reader below) into the same rows and cells,
// except that a cell starting with = + - @ TAB or CR comes back with one leading single quote
// (OWASP's rule), so no cell of the output starts like a formula.
#include "fuzzcheck.h"

#include "core/csv.h"

#include <QBuffer>
#include <QStringList>

using namespace HandlerDesk;
using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

bool startsLikeFormula(QStringView cell)
{
    return !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
}

// RFC 4180: rows end in CRLF, a quoted field may hold anything with quotes doubled. Aborts on
// anything a strict reader would reject.
QList<QStringList> parseCsv(QStringView text)
{
    QList<QStringList> rows;
    QStringList row;
    qsizetype i = 0;
    while (i < text.size()) {
        QString cell;
        if (text[i] == u'"') {
            ++i;
            while (true) {
                FUZZ_CHECK(i < text.size(), "a quoted field is closed");
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        cell.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell.append(text[i++]);
            }
        } else {
            while (i < text.size() && text[i] != u',' && text[i] != u'\r') {
                FUZZ_CHECK(text[i] != u'"' && text[i] != u'\n',
                           "a quote or line break is only inside a quoted field");
                cell.append(text[i++]);
            }
        }
        row << cell;
        FUZZ_CHECK(i < text.size(), "the last row ends in CRLF");
        if (text[i] == u',') {
            ++i;
            continue;
        }
        FUZZ_CHECK(text.sliced(i).startsWith(u"\r\n"), "a row ends in CRLF");
        i += 2;
        rows << row;
        row.clear();
    }
    FUZZ_CHECK(row.isEmpty(), "no row is left open");
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<QStringList> rows;
    for (const QByteArray &line : Fuzz::bytes(data, size).split('\x01')) {
        QStringList cells;
        for (const QByteArray &cell : line.split('\0'))
            cells << QString::fromUtf8(cell);
        rows << cells;
    }

    QByteArray out;
    {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QStringList &cells : std::as_const(rows))
            writer.writeRow(cells);
    }
    const QString text = QString::fromUtf8(out);
    FUZZ_CHECK(text.toUtf8() == out, "the output is UTF-8");

    const QList<QStringList> parsed = parseCsv(text);
    FUZZ_CHECK(parsed.size() == rows.size(), "one CSV row per row written");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        FUZZ_CHECK(parsed[r].size() == rows[r].size(), "one CSV field per cell written");
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QString &cell = rows[r][c];
            const QString expected = startsLikeFormula(cell) ? u'\'' + cell : cell;
            FUZZ_CHECK(parsed[r][c] == expected, "a field reads back as its cell (neutralised)");
            FUZZ_CHECK(!startsLikeFormula(parsed[r][c]), "no field starts like a formula");
            FUZZ_CHECK(CsvWriter::escape(cell).size() >= cell.size(), "escape() keeps the text");
        }
    }
    return 0;
}
