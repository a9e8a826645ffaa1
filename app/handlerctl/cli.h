// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace HandlerDesk::Ctl {

// handlerctl: parses the global options, picks the command and runs it. Returns the exit code.
int run(const QStringList &arguments);

} // namespace HandlerDesk::Ctl
