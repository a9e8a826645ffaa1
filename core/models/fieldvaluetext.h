// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace HandlerDesk::Core {

class CallHandlerListModel;
class LookupCache;
struct FieldSpec;

// A field's wire value as a person reads it: an enumeration's meaning ("Hang up" for Action 1),
// Yes or No for a boolean, a CUPI time in local time, and a referenced object by name where the
// lookups know it — schedule sets, distribution lists, tenants, users already resolved,
// languages, time zones — or, for a call handler, where the handler list has it. Anything else,
// or a name nobody knows, is the value itself; an empty value stays empty. `lookups` and
// `handlers` may be null.
QString fieldValueText(const FieldSpec &spec, const QString &value, const LookupCache *lookups,
                       const CallHandlerListModel *handlers);

} // namespace HandlerDesk::Core
