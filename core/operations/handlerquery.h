// SPDX-License-Identifier: GPL-3.0-or-later
// The server-side query of a call-handler list, built in one place for both front ends (the GUI's
// CallHandlerListModel and `handlerctl list`), so the two ask the server the same.
#pragma once

#include <QString>

#include <optional>

namespace HandlerDesk::Core {

struct ListRequest;

struct HandlerListFilter
{
    bool includePrimary = false; // users' primary handlers too; by default system handlers only
    QString tenantId;            // only this tenant's handlers; empty = every tenant's
    QString clause;              // one clause more, e.g. from parseQueryClause(); empty = none
};

// "(IsPrimary is 0 & TenantObjectId is <id> & <clause>)"; empty when nothing filters.
QString handlerListQuery(const HandlerListFilter &filter);
// The request for every call handler that `filter` lets through (paging at its defaults).
ListRequest handlerListRequest(const HandlerListFilter &filter);

// A person's query "FIELD is VALUE" or "FIELD startswith VALUE" (parentheses optional, the
// operator in any case) as the CUPI clause "(FIELD is VALUE)"; std::nullopt for anything else.
std::optional<QString> parseQueryClause(const QString &text);

} // namespace HandlerDesk::Core
