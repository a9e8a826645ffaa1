// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialogButtonBox>

class QDialog;

namespace HandlerDesk::Ui {

// The buttons of a dialog that does one thing: `action` (e.g. Ok, Save) named `text` accepts the
// dialog, Cancel rejects it.
QDialogButtonBox *actionCancelButtons(QDialog *dialog, QDialogButtonBox::StandardButton action,
                                      const QString &text);

} // namespace HandlerDesk::Ui
