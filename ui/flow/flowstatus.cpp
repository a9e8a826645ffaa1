// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/flowstatus.h"

#include "ui/flow/callflowowner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

FlowStatus::FlowStatus(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"callFlowStatus"_s);
    m_text->setObjectName(u"callFlowStatusText"_s);
    m_progress->setObjectName(u"callFlowProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 20);
    m_cancel->setObjectName(u"callFlowCancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading the call flow (what was read is kept)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    hide();
}

void FlowStatus::setOwner(CallFlowOwner *owner)
{
    if (m_owner)
        m_owner->disconnect(this);
    m_owner = owner;
    hide();
    if (!owner)
        return;
    connect(owner, &CallFlowOwner::buildStarted, this, [this] { onProgress(0, 0); });
    connect(owner, &CallFlowOwner::buildProgress, this, &FlowStatus::onProgress);
    connect(owner, &CallFlowOwner::buildFinished, this, &FlowStatus::onFinished);
    connect(m_cancel, &QPushButton::clicked, owner, &CallFlowOwner::cancel, Qt::UniqueConnection);
}

void FlowStatus::onProgress(int done, int total)
{
    const QLocale locale;
    const QString server = m_owner ? m_owner->serverName() : QString();
    m_text->setText(total > 0 ? tr("Reading the call flow of %1… %2 of %3")
                                    .arg(server, locale.toString(done), locale.toString(total))
                              : tr("Reading the call flow of %1…").arg(server));
    m_progress->setRange(0, std::max(total, 0));
    if (total > 0)
        m_progress->setValue(std::min(done, total));
    m_progress->show();
    m_cancel->show();
    show();
}

void FlowStatus::onFinished(bool ok, const QString &error)
{
    m_progress->hide();
    m_cancel->hide();
    if (ok) {
        hide();
        return;
    }
    m_text->setText(
        tr("Call flow of %1: %2").arg(m_owner ? m_owner->serverName() : QString(), error));
    show();
}

} // namespace HandlerDesk::Ui
