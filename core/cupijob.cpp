// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cupijob.h"

namespace HandlerDesk::Core {

void CupiJob::finish(const CupiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    // Queued: never from the call that created the job, and after any pageLoaded() of the
    // same turn of the event loop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(this);
            if (m_autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace HandlerDesk::Core
