// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace HandlerDesk::Ui {

// The one semantic colour of the application: a red that reads well on the palette's window
// colour (darker on light themes, lighter on dark ones). Everything else is the system palette.
QColor warningColor(const QPalette &palette);
// Makes `widget`'s text the warning colour.
void setWarningText(QWidget *widget);

} // namespace HandlerDesk::Ui
