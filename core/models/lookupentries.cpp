// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/lookupentries.h"

#include "core/cupiobject.h"

#include <QHash>

#include <algorithm>

namespace HandlerDesk::Core::LookupEntries {

namespace {

using Kind = LookupCache::Kind;

LookupEntry timeZoneEntry(const CupiObject &item)
{
    LookupEntry entry;
    entry.tenantId = item.value(u"TenantObjectId");
    entry.id = item.value(u"TimeZoneId");
    entry.display = item.displayName().isEmpty() ? entry.id : item.displayName();
    return entry;
}

LookupEntry tenantEntry(const CupiObject &item)
{
    LookupEntry entry;
    entry.tenantId = item.value(u"TenantObjectId");
    entry.id = item.objectId();
    entry.code = item.value(u"Alias");
    entry.display = entry.code.isEmpty() ? item.value(u"Description") : entry.code;
    return entry;
}

LookupEntry entryOf(Kind kind, const CupiObject &item)
{
    switch (kind) {
    case Kind::TimeZones:
        return timeZoneEntry(item);
    case Kind::Tenants:
        return tenantEntry(item);
    case Kind::DistributionLists:
    case Kind::ScheduleSets:
    case Kind::Templates:
        return LookupModel::entryFromObject(item);
    case Kind::Languages:
    case Kind::Users:
        break;
    }
    Q_ASSERT_X(false, "LookupEntries::ofList", "not a plain list");
    return {};
}

// Time zones by their offset from UTC (stable: equal offsets keep their order by name).
void sortByOffset(QList<LookupEntry> &timeZones, const QList<CupiObject> &items)
{
    QHash<QString, int> offsets;         // minutes east of UTC
    for (const CupiObject &item : items) // Windows-style bias: UTC = local + bias.
        offsets.insert(item.value(u"TimeZoneId"), -item.intValue(u"Bias", 0));
    std::stable_sort(timeZones.begin(), timeZones.end(),
                     [&offsets](const LookupEntry &a, const LookupEntry &b) {
                         return offsets.value(a.id) < offsets.value(b.id);
                     });
}

} // namespace

QList<LookupEntry> ofList(Kind kind, const QList<CupiObject> &items)
{
    QList<LookupEntry> entries;
    entries.reserve(items.size());
    for (const CupiObject &item : items) {
        LookupEntry entry = entryOf(kind, item);
        if (!entry.id.isEmpty())
            entries.append(std::move(entry));
    }
    LookupModel::sortByDisplay(entries);
    if (kind == Kind::TimeZones)
        sortByOffset(entries, items);
    return entries;
}

QList<LookupEntry> ofLanguages(const QList<CupiObject> &languageMap,
                               const QSet<QString> &installedTui)
{
    QList<LookupEntry> installed;
    QList<LookupEntry> others;
    for (const CupiObject &item : languageMap) {
        LookupEntry entry;
        entry.id = item.value(u"LanguageCode");
        entry.code = item.value(u"LanguageAbbreviation");
        entry.display = LookupCache::languageDisplayName(item.value(u"LanguageTag"), entry.code);
        entry.installed = installedTui.contains(entry.id);
        if (entry.id.isEmpty())
            continue;
        (entry.installed ? installed : others).append(entry);
    }
    LookupModel::sortByDisplay(installed);
    LookupModel::sortByDisplay(others);
    return installed + others;
}

} // namespace HandlerDesk::Core::LookupEntries
