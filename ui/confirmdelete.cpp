// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/confirmdelete.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace HandlerDesk::Ui {

void askToDelete(QWidget *parent, const DeleteQuestion &question, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, question.title, question.question,
                                QMessageBox::NoButton, parent);
    box->setObjectName(question.boxName);
    box->setInformativeText(question.details);
    QPushButton *remove = box->addButton(
        QCoreApplication::translate("HandlerDesk::Ui::DeleteQuestion", "&Delete “%1”")
            .arg(question.what),
        QMessageBox::DestructiveRole);
    remove->setObjectName(question.buttonName);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, remove, confirmed = std::move(confirmed)] {
                         if (box->clickedButton() == remove)
                             confirmed();
                     });
    box->open();
}

} // namespace HandlerDesk::Ui
