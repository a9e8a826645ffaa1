// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/flow/flowtext.h"

#include "core/flow/callflowgraph.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui::FlowText {

using Core::Flow::EdgeSite;
using Core::Flow::NodeKind;

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("HandlerDesk::Ui::FlowText", text, comment, n);
}

} // namespace

QString nodeName(const Core::Flow::Node &node)
{
    if (node.kind == NodeKind::Missing)
        return tr("Missing object %1").arg(node.objectId);
    const QString name = Core::Flow::nameOf(node);
    return node.extension.isEmpty() ? name : u"%1 (%2)"_s.arg(name, node.extension);
}

QString kindText(const Core::Flow::Node &node)
{
    switch (node.kind) {
    case NodeKind::CallHandler:
        return tr("Call handler");
    case NodeKind::PrimaryHandler:
        return tr("User's mailbox");
    case NodeKind::DirectoryHandler:
        return tr("Directory handler");
    case NodeKind::InterviewHandler:
        return tr("Interview handler");
    case NodeKind::RoutingRule:
        return tr("Routing rule");
    case NodeKind::Conversation:
        return tr("Conversation");
    case NodeKind::Missing:
        return tr("Missing");
    }
    Q_UNREACHABLE();
    return {};
}

QString placeText(const Core::Flow::Edge &edge)
{
    switch (edge.site) {
    case EdgeSite::MenuKey:
        return tr("Key %1").arg(edge.detail);
    case EdgeSite::AfterGreeting:
        return tr("After the %1 greeting").arg(edge.detail);
    case EdgeSite::AfterMessage:
        return tr("After message");
    case EdgeSite::RoutingRule:
        return tr("Routing rule");
    }
    Q_UNREACHABLE();
    return {};
}

QString ageText(const Core::Flow::Graph &graph)
{
    const QDateTime readAt = graph.readAt();
    if (!readAt.isValid())
        return tr("not read yet");
    const qint64 seconds = std::max<qint64>(0, readAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 60)
        return tr("as read just now");
    if (seconds < 3600)
        return tr("as read %n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("as read %n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("as read on %1").arg(QLocale().toString(readAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace HandlerDesk::Ui::FlowText
