// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <initializer_list>
#include <utility>

namespace HandlerDesk::Core {

// A model's roleNames(): Qt's own names plus the model's roles, given as a table.
inline QHash<int, QByteArray>
withRoleNames(QHash<int, QByteArray> names,
              std::initializer_list<std::pair<int, const char *>> roles)
{
    for (const auto &[role, name] : roles)
        names.insert(role, QByteArray(name));
    return names;
}

} // namespace HandlerDesk::Core
