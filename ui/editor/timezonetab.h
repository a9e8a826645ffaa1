// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

class QComboBox;
class QRadioButton;

namespace HandlerDesk::Ui {

// The handler's time zone: the system default or one of the server's time zones (searchable).
class TimeZoneTab final : public EditorTab
{
    Q_OBJECT
public:
    explicit TimeZoneTab(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    void apply();

    QRadioButton *m_default = nullptr;
    QRadioButton *m_specific = nullptr;
    QComboBox *m_zone = nullptr;
};

} // namespace HandlerDesk::Ui
