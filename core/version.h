// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;

namespace HandlerDesk::Core {
QString applicationVersion();
} // namespace HandlerDesk::Core
