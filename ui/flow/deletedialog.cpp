// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/deletedialog.h"

#include "core/cupiobject.h"
#include "core/fieldnames.h"
#include "core/fieldtable.h"
#include "core/flow/callflowgraph.h"
#include "core/flow/repoint.h"
#include "ui/editor/fieldinput.h"
#include "ui/editor/targetpicker.h"
#include "ui/flow/flowtext.h"
#include "ui/flow/referencedby.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

DeleteDialog::DeleteDialog(const Core::Flow::Graph &graph, const Core::CupiObject &handler,
                           Core::TargetNames *names, QWidget *parent)
    : QDialog(parent)
    , m_graph(graph)
    , m_objectId(handler.objectId())
    , m_name(handler.displayName())
    , m_refs(new ReferencedBy(this))
    , m_repoint(new QCheckBox(tr("&Re-point them to…"), this))
    , m_kind(qobject_cast<QComboBox *>(FieldInput::create(
          *Core::MenuEntryFields::table().find(Core::Field::TargetConversation), this)))
    , m_picker(new TargetPicker(names, this))
    , m_preview(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"deleteConfirmation"_s);
    setWindowTitle(tr("Delete handler"));
    setWindowModality(Qt::WindowModal);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *question = new QLabel(this->question(), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    question->setObjectName(u"deleteQuestion"_s);

    m_count = m_refs->showReferrers(graph, m_objectId);
    const QString age = FlowText::ageText(graph);
    auto *summary = new QLabel(this);
    summary->setObjectName(u"referrerSummary"_s);
    summary->setWordWrap(true);
    summary->setText(
        m_count == 0
            ? tr("Nothing sends callers to it (call flow %1). This cannot be undone.").arg(age)
            : tr("%n place(s) send callers to it (call flow %1). After the delete "
                 "they lead nowhere, unless you re-point them. This cannot be "
                 "undone.",
                 nullptr, m_count)
                  .arg(age));
    m_refs->setAccessibleName(tr("Referenced by"));

    m_repoint->setObjectName(u"repointCheck"_s);
    m_repoint->setAccessibleName(tr("Re-point them to…"));
    // The kind of target to search for: the conversations a "Go to" names an object with (the
    // plan gives each referrer the conversation that fits, as the target picker does).
    Q_ASSERT(m_kind);
    const QStringList kinds{u"PHTransfer"_s, u"AD"_s, u"PHInterview"_s};
    for (int i = m_kind->count() - 1; i >= 0; --i) {
        m_kind->setCurrentIndex(i);
        if (!kinds.contains(FieldInput::value(m_kind)))
            m_kind->removeItem(i);
    }
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setCurrentIndex(i);
        if (FieldInput::value(m_kind) == kinds.first())
            break; // a call handler, the usual target
    }
    m_kind->setObjectName(u"repointKind"_s);
    m_kind->setAccessibleName(tr("Kind of target"));
    m_kind->setEnabled(false);
    m_picker->setConversationInput(m_kind);
    m_picker->setObjectName(u"repointTarget"_s);
    m_picker->setHandler(handler);
    m_picker->setLabel(tr("Target"));
    m_picker->setEnabled(false);
    m_preview->setObjectName(u"repointPreview"_s);
    m_preview->setAccessibleName(tr("Changes"));
    m_preview->setEnabled(false);
    m_problem->setObjectName(u"repointProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *previewLabel = new QLabel(tr("Changes:"), this);
    previewLabel->setBuddy(m_preview);

    auto *buttons = new QDialogButtonBox(this);
    m_delete = buttons->addButton(tr("&Delete “%1”").arg(m_name), QDialogButtonBox::AcceptRole);
    m_delete->setObjectName(u"confirmDeleteButton"_s);
    m_delete->setAccessibleName(m_delete->text().remove(u'&'));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    m_delete->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(question);
    texts->addWidget(summary);
    head->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    if (m_count > 0) {
        layout->addWidget(m_refs, 1);
        layout->addWidget(m_repoint);
        auto *form = new QFormLayout;
        form->addRow(tr("Kind of target:"), m_kind);
        form->addRow(tr("Target:"), m_picker);
        layout->addLayout(form);
        layout->addWidget(previewLabel);
        layout->addWidget(m_preview, 1);
        layout->addWidget(m_problem);
    } else {
        for (QWidget *unused :
             {static_cast<QWidget *>(m_refs), static_cast<QWidget *>(m_repoint),
              static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_picker),
              static_cast<QWidget *>(m_preview), static_cast<QWidget *>(previewLabel)})
            unused->hide();
    }
    layout->addWidget(buttons);

    connect(m_repoint, &QCheckBox::toggled, this, &DeleteDialog::updatePlan);
    connect(m_picker, &TargetPicker::targetChanged, this, &DeleteDialog::updatePlan);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
    updatePlan();
}

DeleteDialog::~DeleteDialog() = default;

QString DeleteDialog::question() const
{
    return tr("Delete the call handler “%1”?").arg(m_name);
}

void DeleteDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the target picker chooses the target; it must not press Cancel (the default).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_picker->isAncestorOf(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void DeleteDialog::updatePlan()
{
    const bool repointing = m_repoint->isChecked();
    m_kind->setEnabled(repointing);
    m_picker->setEnabled(repointing);
    m_preview->setEnabled(repointing);
    m_preview->clear();
    m_plan.reset();
    m_problem->hide();
    const QString target = m_picker->targetId();
    if (repointing && !target.isEmpty()) {
        Core::Result<Core::Flow::RepointPlan> plan =
            Core::Flow::planRepoint(m_graph, m_objectId, target);
        if (plan) {
            m_plan = std::make_unique<Core::Flow::RepointPlan>(std::move(plan).value());
            for (const Core::Flow::RepointChange &change : std::as_const(m_plan->changes))
                m_preview->addItem(change.line);
        } else {
            m_problem->setText(plan.error().userMessage());
            m_problem->show();
        }
    }
    // Re-pointing needs a target and a plan; deleting alone is always offered.
    const bool ready = !repointing || m_plan;
    m_delete->setEnabled(ready);
    m_delete->setText(repointing ? tr("Re-point and &delete “%1”").arg(m_name)
                                 : tr("&Delete “%1”").arg(m_name));
    m_delete->setAccessibleName(QString(m_delete->text()).remove(u'&'));
}

} // namespace HandlerDesk::Ui
