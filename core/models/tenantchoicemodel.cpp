// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/tenantchoicemodel.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

TenantChoiceModel::TenantChoiceModel(LookupModel *source, LookupModel *tenants, QObject *parent)
    : LookupModel(parent)
    , m_source(source)
    , m_tenants(tenants)
{
    for (LookupModel *model : {source, tenants}) {
        if (!model)
            continue;
        connect(model, &QAbstractItemModel::modelReset, this, &TenantChoiceModel::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TenantChoiceModel::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TenantChoiceModel::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &TenantChoiceModel::rebuild);
    }
    rebuild();
}

TenantChoiceModel::~TenantChoiceModel() = default;

bool TenantChoiceModel::sameTenant(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

void TenantChoiceModel::setScope(const QString &tenantId, const QString &currentId)
{
    if (sameTenant(tenantId, m_tenantId) && currentId == m_currentId)
        return;
    m_tenantId = tenantId;
    m_currentId = currentId;
    rebuild();
}

QString TenantChoiceModel::ownerName(const QString &tenantId) const
{
    if (tenantId.isEmpty())
        return tr("System");
    const QString name = m_tenants ? m_tenants->displayName(tenantId) : QString();
    return name.isEmpty() ? tr("another tenant") : name;
}

void TenantChoiceModel::rebuild()
{
    const QList<LookupEntry> all = m_source ? m_source->entries() : QList<LookupEntry>();
    QList<LookupEntry> chosen;
    bool currentListed = m_currentId.isEmpty();
    for (const LookupEntry &entry : all) {
        const bool current = !m_currentId.isEmpty() && entry.id == m_currentId;
        currentListed = currentListed || current;
        if (current || sameTenant(entry.tenantId, m_tenantId))
            chosen.append(entry);
    }
    QHash<QString, int> named; // folded display text → how many entries carry it
    for (const LookupEntry &entry : std::as_const(chosen))
        ++named[entry.display.toCaseFolded()];
    for (LookupEntry &entry : chosen) {
        if (!sameTenant(entry.tenantId, m_tenantId) ||
            named.value(entry.display.toCaseFolded()) > 1)
            entry.display = tr("%1 — %2").arg(entry.display, ownerName(entry.tenantId));
    }
    if (!currentListed && !all.isEmpty()) {
        LookupEntry unknown;
        unknown.id = m_currentId;
        unknown.display = tr("Unknown (%1)").arg(m_currentId);
        chosen.append(unknown);
    }
    if (chosen != entries())
        setEntries(std::move(chosen));
}

} // namespace HandlerDesk::Core
