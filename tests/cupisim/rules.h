// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Validation: the one place that decides what a PUT or POST may change and which deletes are
// refused. Every function returns an empty string when allowed, else the DATA_EXCEPTION message
// (naming the field and the rule).
#include "serialize.h"
#include "store.h"

namespace CupiSim {

// Who sees what: a system administrator (tenantId empty) sees everything; a tenant
// administrator only objects of its tenant (and the kinds that are not tenant-scoped).
bool visibleTo(KindId id, const Rec &rec, const QString &tenantId);
const Rec *findVisible(const Store &store, KindId id, const QString &objectId,
                       const QString &tenantId);

// Applies `body` to `rec` (the caller's copy) for kind `id` and checks every rule. Read-only and
// unknown fields in the body are ignored.
QString applyChanges(const Store &store, const QString &tenantId, KindId id, Rec &rec,
                     const FieldValues &body, bool creating);

// rulesstore.cpp: a handler's DisplayName is unique among all handlers, its DtmfAccessId among
// the extensions of its partition.
QString nameTaken(const Store &store, const Rec &handler);
QString extensionTaken(const Store &store, const Rec &handler);

// A routing rule's RouteTargetHandlerObjectType and RouteTargetHandlerDisplayName, "set
// automatically based on the other specified values" (CUPI guide, "Routing Rule Examples"): the
// kind (3 call handler, 5 interview handler, 6 directory handler) and the name of the object
// RouteTargetHandlerObjectId names; 0 and no name without a target; a target that no longer
// exists keeps its type and loses its name.
void fillRouteTarget(const Store &store, Rec &rule);

QString checkHandlerDelete(const Store &store, const Rec &handler);
QString checkScheduleSetDelete(const Store &store, const Rec &set);

} // namespace CupiSim
