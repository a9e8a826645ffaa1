// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by repoint.cpp (the plan) and repointrun.cpp (writing it). Not part of core's interface.
#include "core/fieldtable.h"
#include "core/flow/callflowgraph.h"

namespace HandlerDesk::Core::Flow {

// The CUPI fields of the "Go to" at `site`: the handler's, a greeting's or a key's call action
// (the field table's), or a routing rule's route.
CallActionFields repointFields(EdgeSite site);

} // namespace HandlerDesk::Core::Flow
