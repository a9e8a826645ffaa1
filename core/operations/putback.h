// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Putting back a sequence of writes after one of them was refused, so that the administrator sees
// all or nothing: the handler editor's save (core/models/handlereditorputback.cpp) and re-pointing
// (core/flow/repoint.cpp) follow the same rule.
#include "core/cupierror.h"
#include "core/cupiobject.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace HandlerDesk::Core {

// What is put back, in order: the writes that landed, newest first — preceded by the refused
// write itself when it may have landed all the same (CupiError::writeMayHaveLanded(): cut off,
// unreadable, a 5xx that may answer a resend), so that a failure leaves nothing of itself behind
// unreported.
template <typename Step>
QList<Step> putBackOrder(QList<Step> written, const Step &refused, const CupiError &error)
{
    if (error.writeMayHaveLanded())
        written.append(refused);
    std::reverse(written.begin(), written.end());
    return written;
}

// The body that puts back a write of `sent`: each of its fields with the value `before` has for
// it. A field `before` lacks cannot be sent back: it is appended to `*notRestored`.
CupiObject putBackBody(const CupiObject &sent, const CupiObject &before, QStringList *notRestored);

} // namespace HandlerDesk::Core
