// SPDX-License-Identifier: GPL-3.0-or-later
#include "query.h"

#include "constants.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

struct Clause
{
    int field = -1;
    bool startsWith = false;
    QString value;
};

QString stripParens(QString s)
{
    s = s.trimmed();
    while (s.startsWith(u'(') && s.endsWith(u')'))
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}

QString normalizedBool(const QString &v)
{
    if (v == u"1"_s || v.compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return u"true"_s;
    if (v == u"0"_s || v.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        return u"false"_s;
    return v;
}

// "Name is|startswith …": the shape of a clause, known column or not (an unknown one is an error).
bool startsClause(const QString &text)
{
    static const QRegularExpression clause(u"^\\(?\\s*\\w+\\s+(is|startswith)(\\s|$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return clause.match(text.trimmed()).hasMatch();
}

bool parseQuery(const Kind &k, const QString &query, QList<Clause> *clauses, QString *error)
{
    // Clauses are joined by '&' (sent as %26), with or without spaces around it: Cisco's
    // troubleshooting guide writes (CosObjectId is <id>&PartitionObjectId is <id>) [DOC]. A '&'
    // not followed by a clause belongs to the value before it ("startswith R&D") [INF].
    QStringList parts;
    for (const QString &piece : stripParens(query).split(u'&')) {
        if (!parts.isEmpty() && !startsClause(piece))
            parts.last() += u'&' + piece;
        else
            parts.append(piece);
    }
    if (parts.size() > MaxQueryClauses) {
        *error = u"Invalid query: at most %1 clauses are allowed"_s.arg(MaxQueryClauses);
        return false;
    }
    for (const QString &part : parts) {
        const QString c = stripParens(part);
        const qsizetype sp1 = c.indexOf(u' ');
        const qsizetype sp2 = sp1 < 0 ? -1 : c.indexOf(u' ', sp1 + 1);
        if (sp2 < 0) {
            *error = u"Invalid query clause '%1': expected (Column is|startswith Value)"_s.arg(c);
            return false;
        }
        Clause cl;
        const QString column = c.left(sp1);
        const QString op = c.mid(sp1 + 1, sp2 - sp1 - 1).toLower();
        cl.field = k.field(column);
        if (cl.field < 0 || k.fields.at(cl.field).type == FieldType::Derived) {
            *error = u"Invalid query: unknown column '%1'"_s.arg(column);
            return false;
        }
        if (op != u"is"_s && op != u"startswith"_s) {
            *error = u"Invalid query operator '%1': expected is or startswith"_s.arg(op);
            return false;
        }
        cl.startsWith = op == u"startswith"_s;
        cl.value = c.mid(sp2 + 1).trimmed();
        if (cl.value.size() >= 2 && (cl.value.startsWith(u'\'') || cl.value.startsWith(u'"')) &&
            cl.value.endsWith(cl.value.front()))
            cl.value = cl.value.mid(1, cl.value.size() - 2);
        if (k.fields.at(cl.field).type == FieldType::Bool)
            cl.value = normalizedBool(cl.value);
        clauses->append(cl);
    }
    return true;
}

bool matches(const Rec &r, const QList<Clause> &clauses)
{
    for (const Clause &c : clauses) {
        const QString &v = r.at(c.field);
        const bool ok = c.startsWith ? v.startsWith(c.value, Qt::CaseInsensitive)
                                     : v.compare(c.value, Qt::CaseInsensitive) == 0;
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool selectRows(KindId id, const QList<const Rec *> &rows, const ListParams &params,
                int maxRowsPerPage, QList<const Rec *> *page, qsizetype *total, QString *error)
{
    const Kind &k = kind(id);
    QList<Clause> clauses;
    if (!params.query.trimmed().isEmpty() && !parseQuery(k, params.query, &clauses, error))
        return false;

    int sortField = -1;
    bool descending = false;
    if (!params.sort.trimmed().isEmpty()) {
        const QStringList words = stripParens(params.sort).split(u' ', Qt::SkipEmptyParts);
        sortField = words.isEmpty() ? -1 : k.field(words.first());
        if (sortField < 0 || k.fields.at(sortField).type == FieldType::Derived) {
            *error = u"Invalid sort: unknown column '%1'"_s.arg(words.value(0));
            return false;
        }
        const QString dir = words.value(1, u"asc"_s).toLower();
        if (words.size() > 2 || (dir != u"asc"_s && dir != u"desc"_s)) {
            *error = u"Invalid sort '%1': expected (Column asc|desc)"_s.arg(params.sort);
            return false;
        }
        descending = dir == u"desc"_s;
        if (SortColumnMustBeInQuery && !clauses.isEmpty() &&
            std::none_of(clauses.cbegin(), clauses.cend(),
                         [sortField](const Clause &c) { return c.field == sortField; })) {
            *error = u"Invalid sort: the sort column '%1' must be part of the query"_s.arg(
                k.fields.at(sortField).name);
            return false;
        }
    }

    QList<const Rec *> hits;
    if (clauses.isEmpty()) {
        hits = rows;
    } else {
        for (const Rec *r : rows) {
            if (matches(*r, clauses))
                hits.append(r);
        }
    }
    if (sortField >= 0) {
        // Keys computed once (case-folded text or number), then a plain comparison.
        const bool numeric = k.fields.at(sortField).type == FieldType::Int;
        struct Keyed
        {
            QString text;
            qlonglong number;
            const Rec *rec;
        };
        std::vector<Keyed> keyed;
        keyed.reserve(hits.size());
        for (const Rec *r : std::as_const(hits)) {
            const QString &v = r->at(sortField);
            keyed.push_back(numeric ? Keyed{{}, v.toLongLong(), r} : Keyed{v.toCaseFolded(), 0, r});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
            const int c = numeric ? (a.number < b.number   ? -1
                                     : a.number > b.number ? 1
                                                           : 0)
                                  : QStringView(a.text).compare(QStringView(b.text));
            return descending ? c > 0 : c < 0;
        });
        for (qsizetype i = 0; i < hits.size(); ++i)
            hits[i] = keyed[size_t(i)].rec;
    }
    *total = hits.size();

    qsizetype perPage = params.rowsPerPage > 0 ? params.rowsPerPage : hits.size();
    if (maxRowsPerPage > 0)
        perPage = qMin<qsizetype>(perPage, maxRowsPerPage);
    const int pageNumber = params.pageNumber >= 0 ? params.pageNumber : 1;
    page->clear();
    if (pageNumber == 0) // count only
        return true;
    const qsizetype start = (pageNumber - 1) * perPage;
    if (start < hits.size())
        *page = hits.mid(start, perPage);
    return true;
}

} // namespace CupiSim
