// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/palette.h"

#include <QPalette>
#include <QWidget>

namespace HandlerDesk::Ui {

QColor warningColor(const QPalette &palette)
{
    const bool darkTheme = palette.color(QPalette::Window).lightness() < 128;
    return QColor::fromHsl(2, 200, darkTheme ? 170 : 95);
}

void setWarningText(QWidget *widget)
{
    QPalette p = widget->palette();
    const QColor warning = warningColor(p);
    p.setColor(QPalette::WindowText, warning);
    p.setColor(QPalette::Text, warning);
    widget->setPalette(p);
}

} // namespace HandlerDesk::Ui
