// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operations/putback.h"

namespace HandlerDesk::Core {

CupiObject putBackBody(const CupiObject &sent, const CupiObject &before, QStringList *notRestored)
{
    CupiObject body;
    for (const auto &[field, value] : sent.fields()) {
        if (before.contains(field))
            body.set(field, before.value(field));
        else
            notRestored->append(field);
    }
    return body;
}

} // namespace HandlerDesk::Core
