// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/deletedialog.h"

#include "core/cupiobject.h"
#include "core/flow/callflowgraph.h"
#include "ui/flow/flowtext.h"
#include "ui/flow/referencedby.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

DeleteDialog::DeleteDialog(const Core::Flow::Graph &graph, const Core::CupiObject &handler,
                           QWidget *parent)
    : QDialog(parent)
    , m_objectId(handler.objectId())
    , m_name(handler.displayName())
    , m_refs(new ReferencedBy(this))
{
    setObjectName(u"deleteConfirmation"_s);
    setWindowTitle(tr("Delete handler"));
    setWindowModality(Qt::WindowModal);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *question = new QLabel(tr("Delete the call handler “%1”?").arg(m_name), this);
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
    layout->addWidget(m_refs, 1);
    m_refs->setVisible(m_count > 0);
    layout->addWidget(buttons);

    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
}

DeleteDialog::~DeleteDialog() = default;

} // namespace HandlerDesk::Ui
