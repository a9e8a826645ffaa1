// SPDX-License-Identifier: GPL-3.0-or-later
// /vmrest/routingrules: list and get (with the target's current name and kind), a partial update
// of one rule, and its routingruleconditions (read-only here).
#include "api.h"

#include "rules.h"
#include "serialize.h"
#include "store.h"

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

Response Api::routingRules(const Request &r, const QStringList &rest)
{
    const KindId id = KindId::RoutingRule;
    if (rest.size() >= 2 && rest.at(1).toLower() == u"routingruleconditions"_s)
        return children(r, id, KindId::RoutingRuleCondition, rest.at(0), rest.mid(2), false);
    if (rest.size() > 1)
        return error(r, 404, u"NOT_FOUND"_s, u"Resource not found"_s);
    // Creating, deleting and reordering rules are not served [INF]: Handler Desk reads rules and
    // re-points their targets.
    if (r.method == u"PUT"_s && rest.size() == 1) {
        if (!findVisible(m_store, id, rest.first(), r.tenantId))
            return error(r, 400, u"DATA_EXCEPTION"_s, kind(id).item + u" not found"_s);
        return update(r, id, m_store.table(id).find(rest.first()));
    }
    if (r.method != u"GET"_s)
        return notAllowed(r);
    // The target's name and kind as they are now (a renamed handler shows its new name).
    QList<Rec> rules;
    if (rest.isEmpty()) {
        for (const Rec &rec : m_store.table(id).rows) {
            if (visibleTo(id, rec, r.tenantId))
                rules.append(rec);
        }
    } else if (const Rec *rec = findVisible(m_store, id, rest.first(), r.tenantId)) {
        rules.append(*rec);
    } else {
        return notFound(r, id, rest.first());
    }
    QList<const Rec *> rows;
    for (Rec &rec : rules) {
        fillRouteTarget(m_store, rec);
        rows.append(&rec);
    }
    if (!rest.isEmpty())
        return ok(r, writeObject(id, *rows.first(), r.json));
    return list(r, id, rows);
}

} // namespace CupiSim
