// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace HandlerDesk::Ui::Icons {

// The application's own icons from the resources (each in several sizes), or the desktop
// theme's icon of the same meaning when the theme has one.
QIcon application();
QIcon locked();
QIcon handlerTemplate();

} // namespace HandlerDesk::Ui::Icons
