// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

namespace HandlerDesk::Ui {

// Name, extension, message settings and what happens after a message.
class GeneralTab final : public EditorTab
{
    Q_OBJECT
public:
    explicit GeneralTab(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace HandlerDesk::Ui
