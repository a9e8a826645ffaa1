// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cupiobject.h"
#include "core/fieldtable.h"

#include <optional>

namespace HandlerDesk::Ctl {

// What `handlerctl set` was asked to change, turned into the minimal PUT body.
struct HandlerChanges
{
    std::optional<QString> name;
    std::optional<QString> extension;
    std::optional<QString> scheduleSet;
    std::optional<QString> recipientUser;
    std::optional<QString> recipientList;
    std::optional<QString> language; // inherit | default | LCID
    std::optional<QString> timeZone; // default | id

    bool isEmpty() const;
    // Empty when the option values are well-formed, else what is wrong.
    QString checkSyntax() const;
    // Applies the changes to `loaded` through core's CallHandlerEdit and returns its minimal PUT
    // body. The field table's findings go into *issues; then the body must not be sent.
    Core::CupiObject putBody(const Core::CupiObject &loaded, QList<Core::FieldIssue> *issues) const;
};

} // namespace HandlerDesk::Ctl
