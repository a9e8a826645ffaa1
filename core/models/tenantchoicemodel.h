// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/lookupmodel.h"

#include <QPointer>

namespace HandlerDesk::Core {

// The choices a call handler may refer to in a lookup that has objects per tenant (schedule
// sets, distribution lists): the entries of `source` that belong to the handler's tenant — or,
// for a system handler (no tenant), the system's own (no TenantObjectId) — plus the handler's
// current value wherever it belongs, so that a dropdown never changes a value silently. An entry
// of someone else (another tenant, or the system on a tenant's handler) is named with its owner,
// "Weekdays — Acme"; so are entries whose names would otherwise be ambiguous. A current value
// the source does not know is listed as "Unknown (<id>)" once the source has entries.
//
// Follows `source` and the names of `tenants` (both LookupCache models). Every change is a model
// reset — what a combo box handles without moving its choice — and happens only when the
// entries really differ, so setScope() with the same values does nothing.
class TenantChoiceModel : public LookupModel
{
    Q_OBJECT
public:
    TenantChoiceModel(LookupModel *source, LookupModel *tenants, QObject *parent = nullptr);
    ~TenantChoiceModel() override;

    // `tenantId`: the handler's TenantObjectId (empty for a system handler); `currentId`: the
    // value the handler refers to now (empty for none).
    void setScope(const QString &tenantId, const QString &currentId);
    QString tenantId() const { return m_tenantId; }
    QString currentId() const { return m_currentId; }

    // Tenant ids compare without case (servers differ in the case of GUIDs).
    static bool sameTenant(const QString &a, const QString &b);

private:
    void rebuild();
    QString ownerName(const QString &tenantId) const;

    QPointer<LookupModel> m_source;
    QPointer<LookupModel> m_tenants;
    QString m_tenantId;
    QString m_currentId;
};

} // namespace HandlerDesk::Core
