// SPDX-License-Identifier: GPL-3.0-or-later
// /vmrest/handlers/callhandlers: list, get, create from a template, partial update, delete,
// and the sub-resources greetings, menuentries, transferoptions and callhandlerowners.
#include "api.h"

#include "rules.h"
#include "serialize.h"
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

Response Api::handlers(const Request &r, const QStringList &rest)
{
    if (rest.isEmpty() && r.method == u"POST"_s)
        return createHandler(r);
    if (rest.size() == 1 && r.method == u"DELETE"_s)
        return deleteHandler(r, rest.first());
    if (rest.size() <= 1)
        return top(r, KindId::Handler, rest, true);
    const QString sub = rest.at(1).toLower();
    const QHash<QString, KindId> subs = {{u"greetings"_s, KindId::Greeting},
                                         {u"menuentries"_s, KindId::MenuEntry},
                                         {u"transferoptions"_s, KindId::TransferOption},
                                         {u"callhandlerowners"_s, KindId::Owner}};
    if (!subs.contains(sub))
        return error(r, 404, u"NOT_FOUND"_s, u"Resource not found"_s);
    return children(r, KindId::Handler, subs.value(sub), rest.first(), rest.mid(2), true);
}

Response Api::createHandler(const Request &r)
{
    const QString templateId = r.params.value(u"templateobjectid"_s);
    if (templateId.isEmpty())
        return error(r, 400, u"DATA_EXCEPTION"_s,
                     u"templateObjectId is required to create a call handler"_s);
    const Rec *tmpl = findVisible(m_store, KindId::Template, templateId, r.tenantId);
    if (!tmpl)
        return error(r, 400, u"DATA_EXCEPTION"_s,
                     u"Invalid templateObjectId: call handler template '%1' does not exist"_s.arg(
                         templateId));
    FieldValues body;
    Response fail;
    if (!parseBody(r, KindId::Handler, &body, &fail))
        return fail;
    const QString id = m_store.newGuid();
    Rec rec = Store::handlerFromTemplate(*tmpl, id, Store::nowIso());
    if (QString e = applyChanges(m_store, r.tenantId, KindId::Handler, rec, body, true);
        !e.isEmpty())
        return error(r, 400, u"DATA_EXCEPTION"_s, e);
    m_store.table(KindId::Handler).append(rec);
    onChanged();
    return created(r, u"/vmrest/handlers/callhandlers/"_s + id);
}

Response Api::deleteHandler(const Request &r, const QString &id)
{
    const Rec *rec = findVisible(m_store, KindId::Handler, id, r.tenantId);
    if (!rec)
        return notFound(r, KindId::Handler, id);
    if (QString e = checkHandlerDelete(m_store, *rec); !e.isEmpty())
        return error(r, 400, u"DATA_EXCEPTION"_s, e);
    m_store.removeChildren(id);
    m_store.table(KindId::Handler).remove(id);
    onChanged();
    return noContent();
}

} // namespace CupiSim
