// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/lookupcache.h"

#include <QSet>

// LookupCache's conversion of the server's lists into LookupEntry rows (internal to core/models).
namespace HandlerDesk::Core::LookupEntries {

// The entries of a plain list of `kind` (time zones, tenants, schedule sets, templates,
// distribution lists) as the server gave them, in the order the dropdowns show: time zones by
// offset from UTC, the others by name. Items without an id are left out.
QList<LookupEntry> ofList(LookupCache::Kind kind, const QList<CupiObject> &items);

// The languages of the language map: those installed for the phone conversation (`installedTui`,
// LanguageCode values) first, then the others, each part by name.
QList<LookupEntry> ofLanguages(const QList<CupiObject> &languageMap,
                               const QSet<QString> &installedTui);

} // namespace HandlerDesk::Core::LookupEntries
