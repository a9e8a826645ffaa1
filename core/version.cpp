// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/version.h"

#include <QString>

namespace HandlerDesk::Core {
QString applicationVersion()
{
    return QStringLiteral(HD_VERSION);
}
} // namespace HandlerDesk::Core
