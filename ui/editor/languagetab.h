// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/lookupchoicetab.h"

namespace HandlerDesk::Ui {

// The language of the handler's prompts: inherited from the call, the system default, or one
// language of the server's language map (installed ones first).
class LanguageTab final : public LookupChoiceTab
{
    Q_OBJECT
public:
    explicit LanguageTab(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void refresh() override;
    void applyChoice(int choice, const QString &value) override;
};

} // namespace HandlerDesk::Ui
