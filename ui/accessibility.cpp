// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui::Accessibility {

void nameInnerControls(QWidget *root)
{
    // QLineEdit::setClearButtonEnabled() makes this action (Qt's name for it) without a text; its
    // button takes the action's text as its accessible name.
    for (QAction *clear : root->findChildren<QAction *>(u"_q_qlineeditclearaction"_s)) {
        if (clear->text().isEmpty()) {
            clear->setText(QCoreApplication::translate("HandlerDesk::Ui::Accessibility", "Clear"));
            clear->setToolTip(clear->text());
        }
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (QLineEdit *edit = combo->lineEdit(); edit && edit->accessibleName().isEmpty())
            edit->setAccessibleName(combo->accessibleName());
    }
}

} // namespace HandlerDesk::Ui::Accessibility
