// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

class QComboBox;
class QRadioButton;

namespace HandlerDesk::Ui {

// The language of the handler's prompts: inherited from the call, the system default, or one
// language of the server's language map (installed ones first).
class LanguageTab final : public EditorTab
{
    Q_OBJECT
public:
    explicit LanguageTab(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    void apply();

    QRadioButton *m_inherit = nullptr;
    QRadioButton *m_default = nullptr;
    QRadioButton *m_specific = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace HandlerDesk::Ui
