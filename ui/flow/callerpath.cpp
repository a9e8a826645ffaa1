// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/callerpath.h"

#include "core/flow/callpath.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

namespace {
constexpr int HandlerIdRole = Qt::UserRole + 1;
}

CallerPath::CallerPath(QWidget *parent)
    : QWidget(parent)
    , m_keys(new QLineEdit(this))
    , m_follow(new QPushButton(tr("Follow"), this))
    , m_steps(new QTreeWidget(this))
    , m_end(new QLabel(this))
{
    auto *label = new QLabel(tr("Caller presses"), this);
    label->setBuddy(m_keys);
    m_keys->setObjectName(u"callerKeys"_s);
    m_keys->setAccessibleName(tr("Caller presses"));
    m_keys->setPlaceholderText(tr("keys, e.g. 1 3 (empty: the caller waits)"));
    m_follow->setObjectName(u"followKeys"_s);
    m_follow->setAccessibleName(tr("Follow"));
    m_steps->setObjectName(u"callerPathSteps"_s);
    m_steps->setAccessibleName(tr("Caller's path"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Handler"), tr("Greeting"), tr("Caller"), tr("What happens")});
    m_steps->header()->setStretchLastSection(true);
    m_end->setObjectName(u"callerPathEnd"_s);
    m_end->setWordWrap(true);
    m_end->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_keys, 1);
    row->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_end);

    connect(m_keys, &QLineEdit::returnPressed, this, &CallerPath::follow);
    connect(m_follow, &QPushButton::clicked, this, &CallerPath::follow);
    connect(m_steps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, HandlerIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openRequested(id);
    });
}

CallerPath::~CallerPath() = default;

void CallerPath::setClient(Core::CupiClient *client)
{
    m_client = client;
    clear();
}

void CallerPath::setStart(const QString &handlerId)
{
    if (handlerId == m_start)
        return;
    m_start = handlerId;
    clear();
}

void CallerPath::clear()
{
    if (m_job)
        m_job->deleteLater(); // destroying it cancels its requests; its answer is not shown
    m_job = nullptr;
    m_steps->clear();
    m_end->clear();
}

void CallerPath::follow()
{
    clear();
    if (!m_client || m_start.isEmpty()) {
        m_end->setText(tr("Open a handler to follow a caller through it."));
        return Q_EMIT followed();
    }
    QStringList keys;
    for (const QChar c : m_keys->text()) {
        if (c.isSpace())
            continue;
        if (!Core::Flow::CallPathJob::isValidKey(QString(c))) {
            m_end->setText(tr("“%1” is not a key of a phone: use 0–9, * and #.").arg(c));
            return Q_EMIT followed();
        }
        keys.append(QString(c));
    }
    auto *job = new Core::Flow::CallPathJob(m_client, this);
    m_job = job;
    connect(job, &Core::Flow::CallPathJob::finished, this, &CallerPath::showJob);
    m_end->setText(tr("Following the caller…"));
    job->start({m_start, keys, m_when.toUTC(), {}});
}

void CallerPath::showJob(Core::Flow::CallPathJob *job)
{
    job->deleteLater();
    if (job != m_job)
        return;
    m_job = nullptr;
    for (const Core::Flow::CallPathStep &step : job->steps()) {
        const QString name =
            step.extension.isEmpty() ? step.name : u"%1 (%2)"_s.arg(step.name, step.extension);
        const QString caller = step.key.isEmpty() ? tr("waits") : tr("presses %1").arg(step.key);
        auto *item = new QTreeWidgetItem(m_steps, {name, step.greeting, caller, step.happened});
        item->setData(0, HandlerIdRole, step.handlerId);
        item->setToolTip(3, step.happened);
    }
    for (int column = 0; column < 3; ++column)
        m_steps->resizeColumnToContents(column);
    m_end->setText(job->ok() ? job->endText() : job->error().userMessage());
    Q_EMIT followed();
}

} // namespace HandlerDesk::Ui
