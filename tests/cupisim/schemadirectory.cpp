// SPDX-License-Identifier: GPL-3.0-or-later
// The directory kinds (users, distribution lists, contacts: the other owners of extensions in a
// partition) and the reference kinds (language map, time zones, tenants, partitions, search
// spaces, phone systems, locations). All read-only here.
#include "schemabuilder.h"

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {

using SchemaBuild::Builder;

namespace {

const QString partitionUri = u"/vmrest/partitions/{PartitionObjectId}"_s;
const QString locationUri = u"/vmrest/locations/connectionlocations/{LocationObjectId}"_s;

// Users: every example payload in Cisco's user chapters spells the primary handler's URI
// CallhandlerURI (lower-case h).
Kind userKind()
{
    Builder b(KindId::User, u"Users"_s, u"User"_s);
    b.ro(u"ObjectId"_s)
        .s(u"Alias"_s, 64)
        .s(u"DisplayName"_s, 64)
        .s(u"FirstName"_s, 64)
        .s(u"LastName"_s, 64)
        .s(u"DtmfAccessId"_s, 40)
        .i(u"TimeZone"_s, 0, 0)
        .ro(u"CallHandlerObjectId"_s)
        .ro(u"TenantObjectId"_s)
        .ro(u"PartitionObjectId"_s)
        .uri(u"PartitionURI"_s, partitionUri)
        .uri(u"URI"_s, u"/vmrest/users/{ObjectId}"_s)
        .uri(u"CallhandlerURI"_s, u"/vmrest/handlers/callhandlers/{CallHandlerObjectId}"_s);
    return b.done(u"ObjectId"_s, u"TenantObjectId"_s);
}

// Distribution lists in the order of Cisco's "Distribution List APIs" examples, without the
// members, alternate names and voice name (not served).
Kind distributionListKind()
{
    Builder b(KindId::DistributionList, u"DistributionLists"_s, u"DistributionList"_s);
    b.uri(u"URI"_s, u"/vmrest/distributionlists/{ObjectId}"_s)
        .ro(u"ObjectId"_s)
        .s(u"Alias"_s, 64)
        .s(u"DisplayName"_s, 64)
        .b(u"IsPublic"_s)
        .roBool(u"Undeletable"_s)
        .ro(u"LocationObjectId"_s)
        .uri(u"LocationURI"_s, locationUri)
        .s(u"DtmfAccessId"_s, 40)
        .s(u"PartitionObjectId"_s, 36)
        .ro(u"TenantObjectId"_s)
        .uri(u"PartitionURI"_s, partitionUri);
    return b.done(u"ObjectId"_s, u"TenantObjectId"_s);
}

// Contacts: the fields of the .NET SDK's Contact.cs that a directory shows, and an extension
// (DtmfAccessId), which the Dial Plan chapter counts among a partition's extensions.
Kind contactKind()
{
    Builder b(KindId::Contact, u"Contacts"_s, u"Contact"_s);
    b.uri(u"URI"_s, u"/vmrest/contacts/{ObjectId}"_s)
        .ro(u"ObjectId"_s)
        .s(u"Alias"_s, 64)
        .s(u"DisplayName"_s, 64)
        .s(u"FirstName"_s, 64)
        .s(u"LastName"_s, 64)
        .s(u"DtmfAccessId"_s, 40)
        .b(u"ListInDirectory"_s)
        .ro(u"LocationObjectId"_s)
        .uri(u"LocationURI"_s, locationUri)
        .s(u"PartitionObjectId"_s, 36)
        .uri(u"PartitionURI"_s, partitionUri)
        .ro(u"TenantObjectId"_s);
    return b.done(u"ObjectId"_s, u"TenantObjectId"_s);
}

Kind timeZoneKind()
{
    Builder b(KindId::TimeZone, u"TimeZones"_s, u"TimeZone"_s);
    b.ro(u"TimeZoneId"_s)
        .ro(u"DisplayName"_s)
        .ro(u"Bias"_s)
        .ro(u"DaylightBias"_s)
        .ro(u"DaylightStartMonth"_s)
        .ro(u"DaylightStartDayOfWeek"_s)
        .ro(u"DaylightStartWeek"_s)
        .ro(u"DaylightStartHour"_s)
        .ro(u"DaylightEndMonth"_s)
        .ro(u"DaylightEndDayOfWeek"_s)
        .ro(u"DaylightEndWeek"_s)
        .ro(u"DaylightEndHour"_s)
        .ro(u"LanguageCode"_s);
    return b.done(u"TimeZoneId"_s);
}

Kind tenantKind()
{
    Builder b(KindId::Tenant, u"Tenants"_s, u"Tenant"_s);
    b.ro(u"ObjectId"_s)
        .ro(u"Alias"_s)
        .ro(u"SmtpDomain"_s)
        .ro(u"Description"_s)
        .ro(u"PartitionObjectId"_s)
        .ro(u"PhoneSystemObjectId"_s)
        .ro(u"TimeZone"_s)
        .ro(u"Language"_s)
        .ro(u"CreationDate"_s)
        .uri(u"URI"_s, u"/vmrest/tenants/{ObjectId}"_s);
    return b.done(u"ObjectId"_s, u"ObjectId"_s);
}

// Partitions and search spaces: ObjectId, Name, Description, TenantObjectId.
Kind namedKind(KindId id, const QString &root, const QString &item, const QString &path)
{
    Builder b(id, root, item);
    b.ro(u"ObjectId"_s)
        .ro(u"Name"_s)
        .ro(u"Description"_s)
        .ro(u"TenantObjectId"_s)
        .uri(u"URI"_s, path + u"{ObjectId}"_s);
    return b.done(u"ObjectId"_s, u"TenantObjectId"_s);
}

} // namespace

QList<Kind> directoryKinds()
{
    QList<Kind> kinds{userKind(), distributionListKind(), contactKind(), timeZoneKind(),
                      tenantKind()};
    {
        Builder b(KindId::LanguageMapping, u"LanguageMappings"_s, u"LanguageMapping"_s);
        b.ro(u"LanguageCode"_s).ro(u"LanguageAbbreviation"_s).ro(u"LanguageTag"_s);
        kinds.append(b.done(u"LanguageCode"_s));
    }
    {
        Builder b(KindId::InstalledLanguage, u"InstalledLanguages"_s, u"InstalledLanguage"_s);
        b.ro(u"LanguageCode"_s).ro(u"LanguageType"_s).roBool(u"Loaded"_s).roBool(u"IsLicensed"_s);
        kinds.append(b.done(u"LanguageCode"_s));
    }
    kinds.append(
        namedKind(KindId::Partition, u"Partitions"_s, u"Partition"_s, u"/vmrest/partitions/"_s));
    kinds.append(namedKind(KindId::SearchSpace, u"SearchSpaces"_s, u"SearchSpace"_s,
                           u"/vmrest/searchspaces/"_s));
    {
        Builder b(KindId::PhoneSystem, u"PhoneSystems"_s, u"PhoneSystem"_s);
        b.ro(u"ObjectId"_s)
            .ro(u"DisplayName"_s)
            .ro(u"TenantObjectId"_s)
            .uri(u"URI"_s, u"/vmrest/phonesystems/{ObjectId}"_s);
        kinds.append(b.done(u"ObjectId"_s, u"TenantObjectId"_s));
    }
    {
        Builder b(KindId::Location, u"ConnectionLocations"_s, u"ConnectionLocation"_s);
        b.ro(u"ObjectId"_s)
            .ro(u"DisplayName"_s)
            .ro(u"HostAddress"_s)
            .ro(u"DefaultLanguage"_s)
            .ro(u"TimeZone"_s)
            .uri(u"URI"_s, u"/vmrest/locations/connectionlocations/{ObjectId}"_s);
        kinds.append(b.done(u"ObjectId"_s));
    }
    return kinds;
}

} // namespace CupiSim
