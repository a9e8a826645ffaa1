// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/callflowpanel.h"

#include "core/fieldnames.h"
#include "core/flow/callflowgraph.h"
#include "core/flow/schedule.h"
#include "core/flow/schedulereader.h"
#include "core/handleredit.h"
#include "core/models/handlereditor.h"
#include "core/models/lookupcache.h"
#include "ui/flow/callerpath.h"
#include "ui/flow/callflowowner.h"
#include "ui/flow/flowpicture.h"
#include "ui/flow/flowtree.h"
#include "ui/flow/referencedby.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::Flow::ScheduleState;

namespace {

QString stateText(ScheduleState state)
{
    switch (state) {
    case ScheduleState::Open:
        return CallFlowPanel::tr("Open hours");
    case ScheduleState::Closed:
        return CallFlowPanel::tr("Closed (off hours)");
    case ScheduleState::Holiday:
        return CallFlowPanel::tr("Holiday");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

CallFlowPanel::CallFlowPanel(QWidget *parent)
    : QWidget(parent)
    , m_moment(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_state(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new FlowTree(m_tabs))
    , m_refs(new ReferencedBy(m_tabs))
    , m_path(new CallerPath(m_tabs))
    , m_picture(new FlowPicture(this))
{
    setObjectName(u"callFlowPanel"_s);
    auto *momentLabel = new QLabel(tr("What pla&ys at"), this);
    momentLabel->setBuddy(m_moment);
    m_moment->setObjectName(u"whatPlaysAt"_s);
    m_moment->setAccessibleName(tr("What plays at"));
    m_moment->setCalendarPopup(true);
    m_moment->setDisplayFormat(u"ddd yyyy-MM-dd HH:mm"_s);
    m_moment->setToolTip(tr("The greeting and transfer rule that apply at this moment are marked; "
                            "the moment is in this computer's time zone, the schedule is read on "
                            "the handler's clock when it has a time zone of its own"));
    auto *now = new QPushButton(tr("Now"), this);
    now->setObjectName(u"whatPlaysNow"_s);
    now->setAccessibleName(tr("Now"));
    m_state->setObjectName(u"scheduleState"_s);
    connect(now, &QPushButton::clicked, this,
            [this] { m_moment->setDateTime(QDateTime::currentDateTime()); });
    connect(m_moment, &QDateTimeEdit::dateTimeChanged, this, &CallFlowPanel::updateMoment);

    auto *top = new QHBoxLayout;
    top->addWidget(momentLabel);
    top->addWidget(m_moment);
    top->addWidget(now);
    top->addWidget(m_state, 1);

    m_tabs->setObjectName(u"callFlowTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tree->setAccessibleName(tr("Call flow"));
    m_refs->setAccessibleName(tr("Referenced by"));
    m_tabs->addTab(m_tree, tr("&Call flow"));
    m_tabs->addTab(m_refs, tr("Referenced &by"));
    m_tabs->addTab(m_path, tr("Path for &keys"));
    m_picture->setObjectName(u"callFlowPicture"_s);
    m_picture->setAccessibleName(tr("Call-flow picture"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"callFlowSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_picture);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The tree's lines ("Standard greeting — plays at Mon 10:00") want room; the picture of the
    // flow is readable one step deep beside the tree (which goes deeper in place).
    m_tabs->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_picture->setDepth(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_tree, &FlowTree::openRequested, this, &CallFlowPanel::openRequested);
    connect(m_refs, &ReferencedBy::openRequested, this, &CallFlowPanel::openRequested);
    connect(m_path, &CallerPath::openRequested, this, &CallFlowPanel::openRequested);
}

CallFlowPanel::~CallFlowPanel() = default;

void CallFlowPanel::setSession(CallFlowOwner *owner, Core::HandlerEditor *editor,
                               Core::CupiClient *client, Core::LookupCache *lookups)
{
    m_lookups = lookups;
    m_path->setClient(client);
    if (m_owner)
        m_owner->disconnect(this);
    if (m_editor)
        m_editor->disconnect(this);
    delete m_schedules;
    m_schedules = nullptr;
    m_owner = owner;
    m_editor = editor;
    m_objectId.clear();
    m_scheduleSetId.clear();
    if (client) {
        m_schedules = new Core::Flow::ScheduleReader(client, this);
        connect(m_schedules, &Core::Flow::ScheduleReader::finished, this,
                &CallFlowPanel::updateMoment);
    }
    if (owner)
        connect(owner, &CallFlowOwner::graphChanged, this, &CallFlowPanel::onGraphChanged);
    if (editor) {
        connect(editor, &Core::HandlerEditor::stateChanged, this, &CallFlowPanel::onEditorState);
        connect(editor, &Core::HandlerEditor::loaded, this, &CallFlowPanel::onEditorState);
    }
    onGraphChanged();
    onEditorState();
}

void CallFlowPanel::showReferrers()
{
    m_tabs->setCurrentWidget(m_refs);
}

void CallFlowPanel::onEditorState()
{
    const QString id = m_editor ? m_editor->objectId() : QString();
    const bool ready = m_editor && m_editor->handlerEdit() &&
                       m_editor->state() != Core::HandlerEditor::State::Loading &&
                       m_editor->state() != Core::HandlerEditor::State::LoadFailed;
    const QString set =
        ready ? m_editor->handlerEdit()->loaded().value(Core::Field::ScheduleSetObjectId)
              : QString();
    if (ready && m_schedules && (set != m_scheduleSetId || id != m_objectId)) {
        m_scheduleSetId = set;
        m_schedules->start(set);
    }
    if (id.isEmpty())
        m_state->clear();
    if (id != m_objectId) {
        m_objectId = id;
        m_path->setStart(id);
        onGraphChanged();
    } else {
        m_tree->showHandler(m_objectId, ready ? m_editor.data() : nullptr);
    }
}

void CallFlowPanel::onGraphChanged()
{
    if (!m_owner) {
        m_tree->setGraph(nullptr);
        m_refs->clear();
        m_picture->setFlow(nullptr, {});
        return;
    }
    const bool ready = m_editor && m_editor->handlerEdit() &&
                       m_editor->state() != Core::HandlerEditor::State::Loading;
    m_tree->setGraph(m_owner->graph());
    m_tree->showHandler(m_objectId, ready ? m_editor.data() : nullptr);
    updateReferrers();
    // No handler open (none yet, closed, deleted): where calls enter — the routing rules —
    // rather than the last handler's picture.
    QStringList roots{m_objectId};
    if (m_objectId.isEmpty()) {
        const Core::Flow::Graph &graph = *m_owner->graph();
        roots.clear();
        for (int root : graph.roots()) {
            if (graph.node(root).kind == Core::Flow::NodeKind::RoutingRule)
                roots.append(graph.node(root).objectId);
        }
    }
    m_picture->setFlow(m_owner->graph(), roots);
}

void CallFlowPanel::updateReferrers()
{
    const int count =
        m_owner && !m_objectId.isEmpty() ? m_refs->showReferrers(*m_owner->graph(), m_objectId) : 0;
    m_tabs->setTabText(m_tabs->indexOf(m_refs),
                       count ? tr("Referenced &by (%1)").arg(count) : tr("Referenced &by"));
}

void CallFlowPanel::updateMoment()
{
    const QDateTime when = m_moment->dateTime();
    m_path->setMoment(when);
    // The handler's own time zone when it has one we can read, else this computer's (the
    // system default zone is not among what the client reads).
    QTimeZone zone = QTimeZone::systemTimeZone();
    QString zoneName;
    if (m_editor && m_editor->handlerEdit() && m_lookups) {
        const Core::CupiObject &handler = m_editor->handlerEdit()->loaded();
        if (!handler.boolValue(Core::Field::UseDefaultTimeZone, true)) {
            zoneName = m_lookups->displayName(Core::LookupCache::Kind::TimeZones,
                                              handler.value(Core::Field::TimeZone));
            const QTimeZone own = Core::Flow::zoneOfDisplayName(zoneName);
            if (own.isValid())
                zone = own;
            else
                zoneName.clear();
        }
    }
    ScheduleState state = ScheduleState::Open;
    if (m_schedules && !m_schedules->scheduleSet().isEmpty())
        state = Core::Flow::scheduleState(m_schedules->scheduleSet(), when, zone);
    QString text = stateText(state);
    if (!zoneName.isEmpty()) {
        text =
            tr("%1 — %2 there (%3)")
                .arg(text, QLocale().toString(when.toTimeZone(zone).time(), QLocale::ShortFormat),
                     zoneName);
    }
    m_state->setText(m_objectId.isEmpty() ? QString() : text);
    m_tree->setMoment(when, state);
}

} // namespace HandlerDesk::Ui
