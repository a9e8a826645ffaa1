// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "constants.h"
#include "query.h"
#include "rules.h"
#include "serialize.h"
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

const QByteArray xmlType = "application/xml";
const QByteArray jsonType = "application/json";

QString notFoundName(KindId id)
{
    return kind(id).item.toLower();
}

} // namespace

Api::Api(Store &store, int maxRowsPerPage)
    : m_store(store)
    , m_maxRows(maxRowsPerPage)
{
}

Response Api::error(const Request &r, int status, const QString &code, const QString &message)
{
    return {status, r.json ? jsonType : xmlType, writeError(code, message, r.json), {}};
}

Response Api::ok(const Request &r, QByteArray body) const
{
    return {200, r.json ? jsonType : xmlType, std::move(body), {}};
}

Response Api::noContent() const
{
    return {204, {}, {}, {}};
}

// 201: the body is the new object's URI, typed like any other reply (application/xml, [OBS] a
// 10.x trace in the .NET SDK's developer guide; application/json when asked for, [INF]). The
// Location header repeats the collection's path before the URI, as in the same trace
// (".../vmrest/distributionlists/vmrest/distributionlists/<id>"): clients must read the body.
Response Api::created(const Request &r, const QString &uri) const
{
    Response resp{201, r.json ? jsonType : xmlType, uri.toUtf8(), {}};
    QString collection = r.path;
    while (collection.endsWith(u'/'))
        collection.chop(1);
    resp.headers.append({"Location", (r.origin + collection + uri).toUtf8()});
    return resp;
}

Response Api::notFound(const Request &r, KindId id, const QString &objectId) const
{
    return error(r, 404, u"NOT_FOUND"_s, u"%1 - ObjectId=%2"_s.arg(notFoundName(id), objectId));
}

Response Api::notAllowed(const Request &r) const
{
    return error(r, 405, u"METHOD_NOT_ALLOWED"_s,
                 u"Method %1 is not allowed on this resource"_s.arg(r.method));
}

// The body's fields for kind `id`. Field names are case-sensitive: a name spelled otherwise
// than the field table's ("ScheduleSetObjectid") is an unknown field, and unknown fields are
// ignored without an error ([OBS] the .NET SDK: "the name of the property (case sensitive)").
bool Api::parseBody(const Request &r, KindId id, FieldValues *out, Response *fail) const
{
    QString err;
    if (!CupiSim::parseBody(r.body, r.contentType.contains("json"), out, &err)) {
        *fail = error(r, 400, u"DATA_EXCEPTION"_s, u"Malformed request body: "_s + err);
        return false;
    }
    const Kind &k = kind(id);
    out->removeIf([&k](const QPair<QString, QString> &field) {
        const int f = k.field(field.first);
        return f < 0 || k.fields.at(f).name != field.first;
    });
    return true;
}

// PUT: a partial update of one object; nothing changes unless every rule holds.
Response Api::update(const Request &r, KindId id, Rec *rec)
{
    FieldValues body;
    Response fail;
    if (!parseBody(r, id, &body, &fail))
        return fail;
    Rec copy = *rec;
    if (QString e = applyChanges(m_store, r.tenantId, id, copy, body, false); !e.isEmpty())
        return error(r, 400, u"DATA_EXCEPTION"_s, e);
    *rec = copy;
    onChanged();
    return noContent();
}

ListParams Api::listParams(const Request &r) const
{
    ListParams p;
    p.query = r.params.value(u"query"_s);
    p.sort = r.params.value(u"sort"_s);
    bool ok = false;
    const int rows = r.params.value(u"rowsperpage"_s).toInt(&ok);
    if (ok && rows >= 0)
        p.rowsPerPage = rows;
    const int page = r.params.value(u"pagenumber"_s).toInt(&ok);
    if (ok && page >= 0)
        p.pageNumber = page;
    return p;
}

Response Api::needsExclusive()
{
    Response r;
    r.needsExclusive = true;
    return r;
}

Response Api::handle(const Request &r)
{
    if (r.method != u"GET"_s && !r.exclusive)
        return needsExclusive(); // every other method may change the Store
    const QStringList &s = r.segments;
    if (s.isEmpty())
        return error(r, 404, u"NOT_FOUND"_s, u"Resource not found"_s);
    const QString res = s.first().toLower();
    const QStringList rest = s.mid(1);
    if (res == u"version"_s && rest.isEmpty()) {
        if (r.method != u"GET"_s)
            return notAllowed(r);
        return ok(r, writeFlat(u"VersionInformation"_s,
                               {{u"name"_s, u"vmrest"_s},
                                {u"version"_s, QString::fromLatin1(ServerVersion)}},
                               r.json));
    }
    if (res == u"handlers"_s && !rest.isEmpty()) {
        const QString which = rest.first().toLower();
        if (which == u"callhandlers"_s)
            return handlers(r, rest.mid(1));
        // The other targets of a "Go to", read-only here ([INF]: the real server also creates,
        // changes and deletes them; Handler Desk only names and chooses them).
        if (which == u"directoryhandlers"_s)
            return top(r, KindId::DirectoryHandler, rest.mid(1), false);
        if (which == u"interviewhandlers"_s)
            return top(r, KindId::InterviewHandler, rest.mid(1), false);
    }
    if (res == u"callhandlers"_s) // the seed's short DELETE path, served as an alias
        return handlers(r, rest);
    if (res == u"callhandlertemplates"_s)
        return top(r, KindId::Template, rest, false);
    if (res == u"schedulesets"_s) {
        if (rest.size() >= 2 && rest.at(1).toLower() == u"schedulesetmembers"_s)
            return children(r, KindId::ScheduleSet, KindId::ScheduleSetMember, rest.at(0),
                            rest.mid(2), true);
        return top(r, KindId::ScheduleSet, rest, true);
    }
    if (res == u"schedules"_s) {
        if (rest.size() >= 2 && rest.at(1).toLower() == u"scheduledetails"_s)
            return children(r, KindId::Schedule, KindId::ScheduleDetail, rest.at(0), rest.mid(2),
                            true);
        return top(r, KindId::Schedule, rest, true);
    }
    if (res == u"languagemap"_s)
        return languageMap(r, rest);
    if (res == u"routingrules"_s)
        return routingRules(r, rest);
    if (res == u"locations"_s && !rest.isEmpty() &&
        rest.first().toLower() == u"connectionlocations"_s)
        return top(r, KindId::Location, rest.mid(1), false);
    const QHash<QString, KindId> readOnly = {{u"users"_s, KindId::User},
                                             {u"distributionlists"_s, KindId::DistributionList},
                                             {u"contacts"_s, KindId::Contact},
                                             {u"installedlanguages"_s, KindId::InstalledLanguage},
                                             {u"timezones"_s, KindId::TimeZone},
                                             {u"tenants"_s, KindId::Tenant},
                                             {u"partitions"_s, KindId::Partition},
                                             {u"searchspaces"_s, KindId::SearchSpace},
                                             {u"phonesystems"_s, KindId::PhoneSystem}};
    if (readOnly.contains(res))
        return top(r, readOnly.value(res), rest, false);
    return error(r, 404, u"NOT_FOUND"_s, u"Resource not found: /vmrest/"_s + s.join(u'/'));
}

Response Api::list(const Request &r, KindId id, const QList<const Rec *> &rows)
{
    QList<const Rec *> page;
    qsizetype total = 0;
    QString err;
    if (!selectRows(id, rows, listParams(r), m_maxRows, &page, &total, &err))
        return error(r, 400, u"DATA_EXCEPTION"_s, err);
    return ok(r, writeList(id, page, total + m_totalLie, r.json));
}

// A top-level collection: GET list, GET/PUT/DELETE one, POST (writable kinds only).
Response Api::top(const Request &r, KindId id, const QStringList &rest, bool writable)
{
    if (rest.size() > 1)
        return error(r, 404, u"NOT_FOUND"_s, u"Resource not found"_s);
    if (rest.isEmpty()) {
        if (r.method == u"POST"_s && writable)
            return createTop(r, id);
        if (r.method != u"GET"_s)
            return notAllowed(r);
        QList<const Rec *> rows;
        const Table &t = m_store.table(id);
        rows.reserve(t.rows.size());
        for (const Rec &rec : t.rows) {
            if (visibleTo(id, rec, r.tenantId))
                rows.append(&rec);
        }
        return list(r, id, rows);
    }
    const QString objectId = rest.first();
    const Rec *rec = findVisible(m_store, id, objectId, r.tenantId);
    if (r.method == u"GET"_s)
        return rec ? ok(r, writeObject(id, *rec, r.json)) : notFound(r, id, objectId);
    if (!writable)
        return notAllowed(r);
    if (r.method == u"PUT"_s) {
        if (!rec)
            return error(r, 400, u"DATA_EXCEPTION"_s, kind(id).item + u" not found"_s);
        return update(r, id, m_store.table(id).find(objectId));
    }
    if (r.method == u"DELETE"_s) {
        if (!rec)
            return notFound(r, id, objectId);
        if (id == KindId::ScheduleSet) {
            if (QString e = checkScheduleSetDelete(m_store, *rec); !e.isEmpty())
                return error(r, 400, u"DATA_EXCEPTION"_s, e);
        }
        m_store.removeChildren(objectId);
        m_store.table(id).remove(objectId);
        onChanged();
        return noContent();
    }
    return notAllowed(r);
}

Response Api::createTop(const Request &r, KindId id)
{
    FieldValues body;
    Response fail;
    if (!parseBody(r, id, &body, &fail))
        return fail;
    Rec rec = newRec(id);
    const Kind &k = kind(id);
    const QString objectId = m_store.newGuid();
    rec[k.objectIdField] = objectId;
    if (k.tenantField >= 0)
        rec[k.tenantField] = r.tenantId;
    if (QString e = applyChanges(m_store, r.tenantId, id, rec, body, true); !e.isEmpty())
        return error(r, 400, u"DATA_EXCEPTION"_s, e);
    m_store.table(id).append(rec);
    onChanged();
    const QString base =
        id == KindId::ScheduleSet ? u"/vmrest/schedulesets/"_s : u"/vmrest/schedules/"_s;
    return created(r, base + objectId);
}

// Sub-resources: GET list, GET/PUT one; POST/DELETE for owners, set members, schedule details.
Response Api::children(const Request &r, KindId parent, KindId child, const QString &parentId,
                       const QStringList &rest, bool writable)
{
    const Rec *p = findVisible(m_store, parent, parentId, r.tenantId);
    const Kind &k = kind(child);
    if (rest.size() > 1)
        return error(r, 404, u"NOT_FOUND"_s, u"Resource not found"_s);
    // A reader sees only what is stored; making a handler's defaults (children()) is a change.
    QList<Rec> *items = nullptr; // exclusive only
    const QList<Rec> *stored = nullptr;
    if (p && r.exclusive) {
        stored = items = m_store.children(child, parentId);
    } else if (p) {
        stored = m_store.storedChildren(child, parentId);
        if (!stored && Store::hasDefaults(child))
            return needsExclusive();
    }
    const bool canCreate = child == KindId::Owner || child == KindId::ScheduleSetMember ||
                           child == KindId::ScheduleDetail;
    if (rest.isEmpty()) {
        if (r.method == u"POST"_s && writable && canCreate) {
            if (!p)
                return error(r, 400, u"DATA_EXCEPTION"_s, kind(parent).item + u" not found"_s);
            FieldValues body;
            Response fail;
            if (!parseBody(r, child, &body, &fail))
                return fail;
            Rec rec = newRec(child);
            rec[k.parentField] = p->at(kind(parent).objectIdField);
            if (child != KindId::ScheduleSetMember)
                rec[k.objectIdField] = m_store.newGuid();
            if (QString e = applyChanges(m_store, r.tenantId, child, rec, body, true); !e.isEmpty())
                return error(r, 400, u"DATA_EXCEPTION"_s, e);
            QList<Rec> list = items ? *items : QList<Rec>();
            list.append(rec);
            m_store.setChildren(child, parentId, list);
            onChanged();
            return created(r, uriOf(child, rec));
        }
        if (r.method != u"GET"_s)
            return notAllowed(r);
        // An unknown parent lists nothing, as a query that finds nothing ([OBS] §6).
        QList<const Rec *> rows;
        if (stored) {
            for (const Rec &rec : *stored)
                rows.append(&rec);
        }
        return list(r, child, rows);
    }
    const QString key = rest.first();
    qsizetype found = -1; // the last item with this key
    for (qsizetype i = 0; stored && i < stored->size(); ++i) {
        if (stored->at(i).at(k.keyField).compare(key, Qt::CaseInsensitive) == 0)
            found = i;
    }
    if (r.method == u"GET"_s) {
        if (!p)
            return notFound(r, parent, parentId);
        return found >= 0 ? ok(r, writeObject(child, stored->at(found), r.json))
                          : notFound(r, child, key);
    }
    if (!writable)
        return notAllowed(r);
    // "The schedulesetmembers resource does not support the PUT method" (Schedules chapter).
    if (r.method == u"PUT"_s && child != KindId::ScheduleSetMember) {
        if (!p)
            return error(r, 400, u"DATA_EXCEPTION"_s, kind(parent).item + u" not found"_s);
        if (found < 0)
            return error(r, 400, u"DATA_EXCEPTION"_s, k.item + u" not found"_s);
        return update(r, child, &(*items)[found]);
    }
    if (r.method == u"DELETE"_s && canCreate) {
        if (!p)
            return notFound(r, parent, parentId);
        if (found < 0)
            return notFound(r, child, key);
        items->removeIf([&](const Rec &rec) {
            return rec.at(k.keyField).compare(key, Qt::CaseInsensitive) == 0;
        });
        onChanged();
        return noContent();
    }
    return notAllowed(r);
}

Response Api::languageMap(const Request &r, const QStringList &rest)
{
    if (r.method != u"GET"_s)
        return notAllowed(r);
    if (rest.isEmpty())
        return top(r, KindId::LanguageMapping, rest, false);
    if (rest.size() > 1)
        return error(r, 404, u"NOT_FOUND"_s, u"Resource not found"_s);
    // By code (1041) or by abbreviation (ENU).
    const Table &t = m_store.table(KindId::LanguageMapping);
    const Rec *rec = t.find(rest.first());
    if (!rec) {
        const int abbr = kind(KindId::LanguageMapping).mustField(u"LanguageAbbreviation"_s);
        for (const Rec &row : t.rows) {
            if (row.at(abbr).compare(rest.first(), Qt::CaseInsensitive) == 0)
                rec = &row;
        }
    }
    return rec ? ok(r, writeObject(KindId::LanguageMapping, *rec, r.json))
               : notFound(r, KindId::LanguageMapping, rest.first());
}

} // namespace CupiSim
