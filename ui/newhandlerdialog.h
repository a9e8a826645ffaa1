// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace HandlerDesk::Core {
class LookupCache;
}

namespace HandlerDesk::Ui {

// A new call handler: name, extension (optional) and the template it starts from (from the
// lookups' templates; when they could not be loaded, a message with Retry says so under the
// choice). Lengths and allowed characters come from the field table.
class NewHandlerDialog : public QDialog
{
    Q_OBJECT
public:
    NewHandlerDialog(Core::LookupCache *lookups, QWidget *parent = nullptr);

    QString displayName() const;
    QString extension() const;
    QString templateId() const;

private:
    void validate();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_extension = nullptr;
    QComboBox *m_template = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace HandlerDesk::Ui
