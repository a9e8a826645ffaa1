// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace HandlerDesk::Ui {

// What a "Delete …?" box says, and the object names tests and automation find it by.
struct DeleteQuestion
{
    QString boxName;    // the box's object name
    QString buttonName; // the Delete button's object name
    QString title;      // "Delete handler"
    QString question;   // "Delete the call handler “Sales”?"
    QString details;    // what deleting does
    QString what;       // the name on the button: "&Delete “Sales”"
};

// Opens a window-modal warning with a Delete button named after `what` and Cancel as the default;
// calls `confirmed` only when Delete was clicked. Never blocks.
void askToDelete(QWidget *parent, const DeleteQuestion &question, std::function<void()> confirmed);

} // namespace HandlerDesk::Ui
