// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogbuttons.h"

#include <QDialog>
#include <QPushButton>

namespace HandlerDesk::Ui {

QDialogButtonBox *actionCancelButtons(QDialog *dialog, QDialogButtonBox::StandardButton action,
                                      const QString &text)
{
    auto *buttons = new QDialogButtonBox(action | QDialogButtonBox::Cancel, dialog);
    buttons->button(action)->setText(text);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace HandlerDesk::Ui
