// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/fieldvaluetext.h"

#include "core/cupiobject.h"
#include "core/cupitime.h"
#include "core/fieldtable.h"
#include "core/models/callhandlerlistmodel.h"
#include "core/models/lookupcache.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {

// The lookup that names the values of `spec`, if any.
std::optional<LookupCache::Kind> lookupKindOf(const FieldSpec &spec)
{
    const QLatin1StringView references(spec.references ? spec.references : "");
    if (references == "ScheduleSet"_L1)
        return LookupCache::Kind::ScheduleSets;
    if (references == "DistributionList"_L1)
        return LookupCache::Kind::DistributionLists;
    if (references == "Tenant"_L1)
        return LookupCache::Kind::Tenants;
    if (references == "User"_L1)
        return LookupCache::Kind::Users;
    // LCIDs and time-zone ids are plain integers in the field table.
    if (spec.key == Field::Language)
        return LookupCache::Kind::Languages;
    if (spec.key == Field::TimeZone)
        return LookupCache::Kind::TimeZones;
    return std::nullopt;
}

} // namespace

QString fieldValueText(const FieldSpec &spec, const QString &value, const LookupCache *lookups,
                       const CallHandlerListModel *handlers)
{
    if (value.isEmpty())
        return value;
    if (spec.isEnum())
        return spec.valueText(value); // "Unknown (EasySignIn)" for a value the table lacks
    switch (spec.type) {
    case FieldType::Boolean:
        if (const std::optional<bool> yes = parseBool(value)) {
            return *yes ? QCoreApplication::translate("HandlerDesk::Core::FieldValue", "Yes")
                        : QCoreApplication::translate("HandlerDesk::Core::FieldValue", "No");
        }
        return value;
    case FieldType::DateTime: {
        const QString local = CupiTime::shortLocalText(CupiTime::parse(value));
        return local.isEmpty() ? value : local;
    }
    case FieldType::ObjectId:
        if (handlers && spec.references && QLatin1StringView(spec.references) == "CallHandler"_L1) {
            const int row = handlers->rowOf(value);
            if (row >= 0)
                return handlers->textAt(row, CallHandlerListModel::NameColumn).toString();
            return value;
        }
        break;
    case FieldType::String:
    case FieldType::Integer:
        break;
    }
    if (const auto kind = lookupKindOf(spec); kind && lookups) {
        const QString name = lookups->displayName(*kind, value);
        return name.isEmpty() ? value : name;
    }
    return value;
}

} // namespace HandlerDesk::Core
