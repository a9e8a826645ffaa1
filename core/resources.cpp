// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resources.h"

#include <QStringList>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Resources {

namespace {

// One path segment, percent-encoded: everything but RFC 3986 unreserved characters, so a space,
// '*', '#', '/', '?' in an id or key cannot change the path.
QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, {}, "*"));
}

QString handlerSub(const QString &handlerId, QLatin1StringView sub)
{
    return callHandler(handlerId) + u'/' + sub;
}

} // namespace

QString member(const QString &collection, const QString &id)
{
    return collection + u'/' + segment(id);
}

QString callHandlers()
{
    return u"handlers/callhandlers"_s;
}
QString callHandler(const QString &id)
{
    return member(callHandlers(), id);
}
QString createCallHandler(const QString &templateId)
{
    return callHandlers() + u"?templateObjectId="_s + segment(templateId);
}
QString greetings(const QString &handlerId)
{
    return handlerSub(handlerId, "greetings"_L1);
}
QString greeting(const QString &handlerId, const QString &type)
{
    return member(greetings(handlerId), type);
}
QString menuEntries(const QString &handlerId)
{
    return handlerSub(handlerId, "menuentries"_L1);
}
QString menuEntry(const QString &handlerId, const QString &key)
{
    return member(menuEntries(handlerId), key);
}
QString transferOptions(const QString &handlerId)
{
    return handlerSub(handlerId, "transferoptions"_L1);
}
QString transferOption(const QString &handlerId, const QString &type)
{
    return member(transferOptions(handlerId), type);
}
QString directoryHandlers()
{
    return u"handlers/directoryhandlers"_s;
}
QString interviewHandlers()
{
    return u"handlers/interviewhandlers"_s;
}
QString routingRules()
{
    return u"routingrules"_s;
}
QString routingRule(const QString &id)
{
    return member(routingRules(), id);
}
QString routingRuleConditions(const QString &ruleId)
{
    return routingRule(ruleId) + u"/routingruleconditions"_s;
}
QString templates()
{
    return u"callhandlertemplates"_s;
}
QString scheduleSets()
{
    return u"schedulesets"_s;
}
QString users()
{
    return u"users"_s;
}
QString distributionLists()
{
    return u"distributionlists"_s;
}
QString languageMap()
{
    return u"languagemap"_s;
}
QString installedLanguages()
{
    return u"installedlanguages"_s;
}
QString timeZones()
{
    return u"timezones"_s;
}
QString tenants()
{
    return u"tenants"_s;
}
QString version()
{
    return u"version"_s;
}

QString queryIs(const QString &field, const QString &value)
{
    return u"("_s + field + u" is "_s + value + u')';
}

QString queryStartsWith(const QString &field, const QString &value)
{
    return u"("_s + field + u" startswith "_s + value + u')';
}

QString queryAnd(const QStringList &clauses)
{
    QStringList parts;
    for (QString clause : clauses) {
        clause = clause.trimmed();
        if (clause.startsWith(u'(') && clause.endsWith(u')'))
            clause = clause.mid(1, clause.size() - 2).trimmed();
        if (!clause.isEmpty())
            parts.append(clause);
    }
    if (parts.isEmpty())
        return {};
    // One pair of parentheses around the clauses joined by " & ", as cupi-sim parses it
    // (PROTOCOL.md §3 leaves the exact compound form open; a single clause stays "(A is x)").
    return u'(' + parts.join(u" & "_s) + u')';
}

} // namespace HandlerDesk::Core::Resources
