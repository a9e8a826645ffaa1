// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editortab.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace HandlerDesk::Core {
class TenantChoiceModel;
class UserSearchModel;
} // namespace HandlerDesk::Core

namespace HandlerDesk::Ui {

// Who receives the messages left on this handler: a user (searched on the server by name or
// alias) or a distribution list (searchable list of the handler's tenant's lists — the system's
// for a system handler — and the current one wherever it belongs). The search starts afresh for
// each handler opened.
class RecipientTab final : public EditorTab
{
    Q_OBJECT
public:
    explicit RecipientTab(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    // The user search, the kind buttons (`kinds`) and the two combos, and the models' refills.
    void connectInputs(QButtonGroup *kinds);
    void apply();
    void showCurrent();

    Core::UserSearchModel *m_users = nullptr;
    Core::TenantChoiceModel *m_lists = nullptr;
    QString m_handlerId; // the handler shown last: another one clears the search
    QRadioButton *m_userKind = nullptr;
    QRadioButton *m_listKind = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_list = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_searchState = nullptr;
};

} // namespace HandlerDesk::Ui
