// SPDX-License-Identifier: GPL-3.0-or-later
// hd-flowdemo: the call-flow picture on a hand-made flow, for screenshots and for looking at it
// (not a test). Usage: hd-flowdemo [--tree N] [--depth D]
//   default: a small auto-attendant with routing rules, menus, a loop, a disabled greeting and a
//   dangling target; --tree N: a menu tree of N handlers (tst_flowsample.h).
#include "tst_flowsample.h"
#include "ui/flow/flowpicture.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace HandlerDesk::Core::Flow;
using namespace HandlerDesk::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

Graph attendant()
{
    Graph g;
    g.addNode(flowNode(u"r-og"_s, u"Opening Greeting"_s, {}, NodeKind::RoutingRule));
    g.addNode(flowNode(u"r-sign"_s, u"Attempt Sign-In"_s, {}, NodeKind::RoutingRule));
    g.addNode(flowNode(u"conv:AttemptSignIn"_s, {}, {}, NodeKind::Conversation));
    g.addNode(flowNode(u"og"_s, u"Opening Greeting"_s, u"1000"_s));
    g.addNode(flowNode(u"hours"_s, u"After Hours"_s, u"1001"_s));
    g.addNode(flowNode(u"sales"_s, u"Sales"_s, u"2000"_s));
    g.addNode(flowNode(u"sales-east"_s, u"Sales East"_s, u"2100"_s));
    g.addNode(flowNode(u"sales-west"_s, u"Sales West"_s, u"2200"_s));
    g.addNode(flowNode(u"support"_s, u"Support"_s, u"3000"_s));
    g.addNode(flowNode(u"billing"_s, u"Billing"_s, u"4000"_s));
    g.addNode(flowNode(u"op"_s, u"Operator"_s, u"0"_s));
    g.addNode(flowNode(u"dir"_s, u"System Directory Handler"_s, {}, NodeKind::DirectoryHandler));
    g.addNode(flowNode(u"survey"_s, u"Caller Survey"_s, u"5000"_s, NodeKind::InterviewHandler));
    g.addNode(flowNode(u"jdoe"_s, u"Jane Doe"_s, u"6001"_s, NodeKind::PrimaryHandler));
    g.setEdgesFrom(u"r-og"_s, {flowEdge(u"og"_s, EdgeSite::RoutingRule)});
    g.setEdgesFrom(u"r-sign"_s, {flowEdge(u"conv:AttemptSignIn"_s, EdgeSite::RoutingRule)});
    g.setEdgesFrom(u"og"_s, {flowEdge(u"op"_s, EdgeSite::AfterGreeting, u"Standard"_s),
                             flowEdge(u"hours"_s, EdgeSite::AfterGreeting, u"Closed"_s),
                             flowEdge(u"sales"_s, EdgeSite::MenuKey, u"1"_s),
                             flowEdge(u"support"_s, EdgeSite::MenuKey, u"2"_s),
                             flowEdge(u"billing"_s, EdgeSite::MenuKey, u"3"_s),
                             flowEdge(u"dir"_s, EdgeSite::MenuKey, u"9"_s),
                             flowEdge(u"op"_s, EdgeSite::MenuKey, u"0"_s)});
    g.setEdgesFrom(u"hours"_s, {flowEdge(u"survey"_s, EdgeSite::MenuKey, u"5"_s)});
    g.setEdgesFrom(u"sales"_s, {flowEdge(u"sales-east"_s, EdgeSite::MenuKey, u"1"_s),
                                flowEdge(u"sales-west"_s, EdgeSite::MenuKey, u"2"_s),
                                flowEdge(u"og"_s, EdgeSite::MenuKey, u"*"_s)});
    g.setEdgesFrom(u"sales-east"_s, {flowEdge(u"jdoe"_s, EdgeSite::AfterMessage)});
    g.setEdgesFrom(u"sales-west"_s, {flowEdge(u"4b9e-gone"_s, EdgeSite::MenuKey, u"1"_s)});
    g.setEdgesFrom(u"support"_s,
                   {flowEdge(u"billing"_s, EdgeSite::AfterGreeting, u"Alternate"_s, false),
                    flowEdge(u"op"_s, EdgeSite::MenuKey, u"0"_s)});
    g.setEdgesFrom(u"billing"_s, {flowEdge(u"support"_s, EdgeSite::MenuKey, u"2"_s)});
    return g;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"tree"_s, u"Show a menu tree of N handlers."_s, u"N"_s});
    parser.addOption({u"depth"_s, u"The depth to show."_s, u"D"_s, u"4"_s});
    parser.process(app);

    HandlerDesk::Ui::FlowPicture picture;
    picture.setDepth(parser.value(u"depth"_s).toInt());
    if (parser.isSet(u"tree"_s))
        picture.setFlow(std::make_shared<const Graph>(menuTree(parser.value(u"tree"_s).toInt())),
                        {u"h0"_s});
    else
        picture.setFlow(std::make_shared<const Graph>(attendant()), {u"r-og"_s, u"r-sign"_s});
    QObject::connect(&picture, &HandlerDesk::Ui::FlowPicture::nodeActivated,
                     [](const QString &id) { qInfo("node activated: %s", qPrintable(id)); });
    picture.resize(1400, 900);
    picture.show();
    return app.exec();
}
