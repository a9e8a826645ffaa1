// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/lookupchoicetab.h"

namespace HandlerDesk::Ui {

// The handler's time zone: the system default or one of the server's time zones (searchable).
class TimeZoneTab final : public LookupChoiceTab
{
    Q_OBJECT
public:
    explicit TimeZoneTab(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void refresh() override;
    void applyChoice(int choice, const QString &value) override;
};

} // namespace HandlerDesk::Ui
