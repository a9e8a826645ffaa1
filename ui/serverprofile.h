// SPDX-License-Identifier: GPL-3.0-or-later
// The saved server profiles live in core (core/operations/profilestore.h), where handlerctl reads
// them too (--profile); the GUI keeps its name for them.
#pragma once

#include "core/operations/profilestore.h"

namespace HandlerDesk::Ui {

using ServerProfile = Core::ServerProfile;

} // namespace HandlerDesk::Ui
