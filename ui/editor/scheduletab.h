// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

namespace HandlerDesk::Core {
class TenantChoiceModel;
}

namespace HandlerDesk::Ui {

// The schedule set that decides standard and off-hours times: the sets of the handler's tenant
// (the system's for a system handler), and the current one wherever it belongs.
class ScheduleTab final : public EditorTab
{
    Q_OBJECT
public:
    explicit ScheduleTab(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    Core::TenantChoiceModel *m_sets = nullptr;
};

} // namespace HandlerDesk::Ui
