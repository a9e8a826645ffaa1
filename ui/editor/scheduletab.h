// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

namespace HandlerDesk::Ui {

// The schedule set that decides standard and off-hours times.
class ScheduleTab final : public EditorTab
{
    Q_OBJECT
public:
    explicit ScheduleTab(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace HandlerDesk::Ui
