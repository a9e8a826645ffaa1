// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/newhandlerdialog.h"

#include "core/fieldtable.h"
#include "core/models/handleractions.h"
#include "core/models/lookupcache.h"
#include "ui/dialogbuttons.h"
#include "ui/editor/fieldinput.h"
#include "ui/lookupmessage.h"
#include "ui/palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::CallHandlerFields;

NewHandlerDialog::NewHandlerDialog(Core::LookupCache *lookups, QWidget *parent)
    : QDialog(parent)
    , m_problem(new QLabel(this))
{
    setObjectName(u"newHandlerDialog"_s);
    setWindowTitle(tr("New call handler"));
    const Core::FieldSpec *name = CallHandlerFields::find(Core::Field::DisplayName);
    const Core::FieldSpec *extension = CallHandlerFields::find(Core::Field::DtmfAccessId);
    Q_ASSERT(name && extension);
    m_name = qobject_cast<QLineEdit *>(FieldInput::create(*name, this));
    m_extension = qobject_cast<QLineEdit *>(FieldInput::create(*extension, this));
    m_extension->setPlaceholderText(tr("None"));
    m_template = new QComboBox(this);
    m_template->setObjectName(u"template"_s);
    m_template->setAccessibleName(tr("Template"));
    m_template->setModel(lookups->templates());
    // A system administrator starts from the system's template (the one of no tenant), not from
    // the first tenant's by name; a tenant administrator has only the tenant's.
    for (int row = 0; row < m_template->count(); ++row) {
        if (m_template->itemData(row, Core::LookupModel::TenantIdRole).toString().isEmpty()) {
            m_template->setCurrentIndex(row);
            break;
        }
    }
    m_problem->setWordWrap(true);
    setWarningText(m_problem);

    auto *form = new QFormLayout;
    form->addRow(name->translatedLabel() + u":"_s, m_name);
    form->addRow(extension->translatedLabel() + u":"_s, m_extension);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(QString(), new LookupMessage(lookups, Core::LookupCache::Kind::Templates, this));
    QDialogButtonBox *buttons = actionCancelButtons(this, QDialogButtonBox::Ok, tr("&Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewHandlerDialog::validate);
    connect(m_extension, &QLineEdit::textChanged, this, &NewHandlerDialog::validate);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewHandlerDialog::validate);
    validate();
}

void NewHandlerDialog::validate()
{
    QStringList problems;
    for (const Core::FieldIssue &issue :
         Core::HandlerActions::checkNewHandler(displayName(), extension()))
        problems.append(issue.message);
    if (templateId().isEmpty())
        problems.append(tr("Choose a template."));
    m_problem->setText(problems.join(u"\n"_s));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

QString NewHandlerDialog::displayName() const
{
    return m_name->text();
}

QString NewHandlerDialog::extension() const
{
    return m_extension->text();
}

QString NewHandlerDialog::templateId() const
{
    return m_template->currentData(Core::LookupModel::IdRole).toString();
}

} // namespace HandlerDesk::Ui
