// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/flowtree.h"

#include "core/fieldnames.h"
#include "core/fieldtable.h"
#include "core/flow/callflowgraph.h"
#include "core/handleredit.h"
#include "core/models/fieldvaluetext.h"
#include "core/models/handlereditor.h"
#include "ui/flow/flowtext.h"

#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QStandardItemModel>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

using Core::HandlerPart;
using Core::Flow::Edge;
using Core::Flow::EdgeSite;
using Core::Flow::Graph;

namespace {

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

void markActive(QStandardItem *item)
{
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setData(true, FlowTree::ActiveRole);
}

// A field's value as the field table names it: an action that goes nowhere in the graph (Hang
// up, Take message, …), a greeting's or transfer rule's type.
QString actionText(HandlerPart part, QStringView field, const Core::CupiObject &object)
{
    const Core::FieldSpec *spec = Core::fieldTable(part).find(field);
    const QString value = object.value(field);
    return spec ? Core::fieldValueText(*spec, value, nullptr, nullptr) : value;
}

} // namespace

FlowTree::FlowTree(QWidget *parent)
    : QTreeView(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(u"callFlowTree"_s);
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { expandItem(m_model->itemFromIndex(index)); });
    connect(this, &QTreeView::activated, this, &FlowTree::onActivated);
    connect(this, &QTreeView::doubleClicked, this, &FlowTree::onActivated);
}

FlowTree::~FlowTree() = default;

void FlowTree::setGraph(std::shared_ptr<const Graph> graph)
{
    m_graph = std::move(graph);
    rebuild();
}

void FlowTree::showHandler(const QString &objectId, const Core::HandlerEditor *editor)
{
    m_objectId = objectId;
    m_editor = editor;
    rebuild();
}

void FlowTree::setMoment(const QDateTime &when, Core::Flow::ScheduleState state)
{
    m_when = when;
    m_state = state;
    rebuild();
}

void FlowTree::rebuild()
{
    // Keeps which targets were open (by their path), so that a refresh of the graph or another
    // moment does not fold the tree the person unfolded.
    QSet<QStringList> open;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (isExpanded(index)) {
                open.insert(index.data(PathRole).toStringList() << index.data().toString());
                collect(index);
            }
        }
    };
    collect({});
    m_model->clear();
    if (!m_graph || m_objectId.isEmpty())
        return;
    const int node = m_graph->indexOf(m_objectId);
    QStandardItem *top = textItem(node >= 0 ? FlowText::nodeName(m_graph->node(node)) : m_objectId);
    QFont font = top->font();
    font.setBold(true);
    top->setFont(font);
    top->setData(m_objectId, NodeIdRole);
    top->setData(QStringList(), PathRole);
    m_model->appendRow(top);
    if (m_editor && m_editor->objectId() == m_objectId && m_editor->handlerEdit())
        addEditorLevel(top, m_objectId);
    else if (node >= 0)
        addGraphLevel(top, node, {m_objectId});
    expand(top->index());
    const std::function<void(QStandardItem *)> reopen = [&](QStandardItem *parent) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem *child = parent->child(row);
            if (open.contains(child->data(PathRole).toStringList() << child->text())) {
                expandItem(child);
                expand(child->index());
                reopen(child);
            }
        }
    };
    reopen(top);
}

void FlowTree::addEditorLevel(QStandardItem *top, const QString &objectId)
{
    const int node = m_graph->indexOf(objectId);
    const QStringList path{objectId};
    const QDateTime when = m_when.isValid() ? m_when : QDateTime::currentDateTime();
    const QString at = QLocale().toString(when, u"ddd HH:mm"_s);
    const auto edgeAt = [&](EdgeSite site, const QString &detail) -> const Edge * {
        if (node < 0)
            return nullptr;
        for (int e : m_graph->targetsOf(node)) {
            const Edge &edge = m_graph->edge(e);
            if (edge.site == site && (site == EdgeSite::AfterMessage || edge.detail == detail))
                return &edge;
        }
        return nullptr;
    };
    const auto sub = [this](HandlerPart part, const QString &key) {
        const Core::ObjectEdit *edit = m_editor->subEdit(part, key);
        return edit ? edit->loaded() : Core::CupiObject();
    };

    QList<Core::CupiObject> greetings;
    for (const QString &type : m_editor->greetingTypes())
        greetings.append(sub(HandlerPart::Greeting, type));
    const QString playing = Core::Flow::activeGreeting(greetings, m_state, when);
    QStandardItem *greetingGroup = textItem(tr("Greetings"));
    top->appendRow(greetingGroup);
    for (const Core::CupiObject &greeting : std::as_const(greetings)) {
        const QString type = greeting.value(Core::Field::GreetingType);
        // The type as the field table names it ("Off hours"; "Unknown (X)" for one it lacks).
        const QString name = actionText(HandlerPart::Greeting, Core::Field::GreetingType, greeting);
        const bool on = Core::Flow::isOn(greeting, when);
        QString text = tr("%1 greeting").arg(name);
        if (type == playing)
            text = tr("%1 greeting — plays at %2").arg(name, at);
        else if (!on)
            text = tr("%1 greeting (off)").arg(name);
        QStandardItem *item = textItem(text);
        if (type == playing)
            markActive(item);
        if (const Edge *edge = edgeAt(EdgeSite::AfterGreeting, type))
            item->appendRow(targetItem(tr("Then"), edge->to, path, edge->enabled));
        else
            item->appendRow(
                textItem(tr("Then: %1")
                             .arg(actionText(HandlerPart::Greeting,
                                             Core::Field::AfterGreetingAction, greeting))));
        greetingGroup->appendRow(item);
    }

    QStandardItem *keys = textItem(tr("Caller input keys"));
    top->appendRow(keys);
    for (const QString &key : m_editor->menuKeys()) {
        if (const Edge *edge = edgeAt(EdgeSite::MenuKey, key)) {
            keys->appendRow(targetItem(tr("Key %1").arg(key), edge->to, path, edge->enabled));
            continue;
        }
        const Core::CupiObject entry = sub(HandlerPart::MenuEntry, key);
        keys->appendRow(textItem(
            tr("Key %1: %2")
                .arg(key, actionText(HandlerPart::MenuEntry, Core::Field::Action, entry))));
    }

    if (const Edge *edge = edgeAt(EdgeSite::AfterMessage, {}))
        top->appendRow(targetItem(tr("After message"), edge->to, path, edge->enabled));
    else
        top->appendRow(
            textItem(tr("After message: %1")
                         .arg(actionText(HandlerPart::Handler, Core::Field::AfterMessageAction,
                                         m_editor->handlerEdit()->loaded()))));

    QList<Core::CupiObject> rules;
    for (const QString &type : m_editor->transferOptionTypes())
        rules.append(sub(HandlerPart::TransferOption, type));
    const QString applying = Core::Flow::activeTransferRule(rules, m_state, when);
    QStandardItem *ruleGroup = textItem(tr("Transfer rules"));
    top->appendRow(ruleGroup);
    for (const Core::CupiObject &rule : std::as_const(rules)) {
        const QString type = rule.value(Core::Field::TransferOptionType);
        const bool transfers = rule.value(Core::Field::Action) == u"1"_s;
        const QString what = transfers
                                 ? tr("transfer to %1").arg(rule.value(Core::Field::Extension))
                                 : tr("play the greeting");
        const QString name =
            actionText(HandlerPart::TransferOption, Core::Field::TransferOptionType, rule);
        QString text = tr("%1: %2").arg(name, what);
        if (type == applying)
            text = tr("%1: %2 — applies at %3").arg(name, what, at);
        else if (!Core::Flow::isOn(rule, when))
            text = tr("%1: %2 (off)").arg(name, what);
        QStandardItem *item = textItem(text);
        if (type == applying)
            markActive(item);
        ruleGroup->appendRow(item);
    }
    expand(greetingGroup->index());
    expand(keys->index());
    expand(ruleGroup->index());
}

void FlowTree::addGraphLevel(QStandardItem *parent, int node, const QStringList &path)
{
    for (int e : m_graph->targetsOf(node)) {
        const Edge &edge = m_graph->edge(e);
        parent->appendRow(targetItem(FlowText::placeText(edge), edge.to, path, edge.enabled));
    }
}

QStandardItem *FlowTree::targetItem(const QString &prefix, int node, const QStringList &path,
                                    bool enabled)
{
    const Core::Flow::Node &target = m_graph->node(node);
    const QString name = FlowText::nodeName(target);
    QStandardItem *item;
    if (path.contains(target.objectId)) {
        item = textItem(tr("%1 ↺ back to %2").arg(prefix, name));
        item->setData(true, CycleRole);
    } else {
        item = textItem(enabled ? tr("%1 → %2").arg(prefix, name)
                                : tr("%1 → %2 (off)").arg(prefix, name));
        if (!m_graph->targetsOf(node).isEmpty()) {
            QStandardItem *placeholder = textItem(tr("Reading…"));
            placeholder->setData(true, PlaceholderRole);
            item->appendRow(placeholder);
        }
    }
    item->setData(target.objectId, NodeIdRole);
    item->setData(path, PathRole);
    item->setToolTip(FlowText::kindText(target));
    return item;
}

void FlowTree::expandItem(QStandardItem *item)
{
    if (!item || !m_graph || item->rowCount() != 1 ||
        !item->child(0)->data(PlaceholderRole).toBool())
        return;
    item->removeRows(0, 1);
    const QString id = item->data(NodeIdRole).toString();
    const int node = m_graph->indexOf(id);
    if (node >= 0)
        addGraphLevel(item, node, item->data(PathRole).toStringList() << id);
}

void FlowTree::onActivated(const QModelIndex &index)
{
    // Only what the editor opens: a call handler or a user's mailbox.
    const QString id = index.data(NodeIdRole).toString();
    const int node = m_graph && index.parent().isValid() ? m_graph->indexOf(id) : -1;
    if (node < 0)
        return;
    const Core::Flow::NodeKind kind = m_graph->node(node).kind;
    if (kind == Core::Flow::NodeKind::CallHandler || kind == Core::Flow::NodeKind::PrimaryHandler)
        Q_EMIT openRequested(id);
}

} // namespace HandlerDesk::Ui
