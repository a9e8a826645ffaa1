// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operations/handlerquery.h"

#include "core/cupiclient.h"
#include "core/fieldnames.h"
#include "core/resources.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

QString handlerListQuery(const HandlerListFilter &filter)
{
    QStringList clauses;
    if (!filter.includePrimary)
        clauses << Resources::queryIs(Field::IsPrimary.toString(), u"0"_s);
    if (!filter.tenantId.isEmpty())
        clauses << Resources::queryIs(Field::TenantObjectId.toString(), filter.tenantId);
    clauses << filter.clause;
    return Resources::queryAnd(clauses);
}

ListRequest handlerListRequest(const HandlerListFilter &filter)
{
    ListRequest request;
    request.resource = Resources::callHandlers();
    request.itemName = Resources::Item::CallHandler;
    request.query = handlerListQuery(filter);
    return request;
}

std::optional<QString> parseQueryClause(const QString &text)
{
    static const QRegularExpression re(
        u"^\\s*\\(?\\s*([A-Za-z][A-Za-z0-9]*)\\s+(is|startswith)\\s+(.*?)\\s*\\)?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch() || match.captured(3).isEmpty())
        return std::nullopt;
    const QString field = match.captured(1);
    const QString value = match.captured(3);
    return match.captured(2).compare(u"is"_s, Qt::CaseInsensitive) == 0
               ? Resources::queryIs(field, value)
               : Resources::queryStartsWith(field, value);
}

} // namespace HandlerDesk::Core
