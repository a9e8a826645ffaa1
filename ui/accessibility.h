// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace HandlerDesk::Ui::Accessibility {

// Names the controls Qt puts inside our inputs, which screen readers list on their own: a line
// edit's clear button ("Clear") and an editable combo box's text field (the combo's name). Call
// once the inputs below `root` exist; inputs made later need another call.
void nameInnerControls(QWidget *root);

} // namespace HandlerDesk::Ui::Accessibility
