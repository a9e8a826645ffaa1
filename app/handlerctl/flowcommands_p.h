// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by handlerctl's call-flow commands (flowcommands.cpp, repointcommand.cpp,
// lintcommand.cpp).
#include "app/handlerctl/commands.h"
#include "app/handlerctl/output.h"

#include <QCoreApplication>

namespace HandlerDesk::Core {
class ListPage;
}
namespace HandlerDesk::Core::Flow {
class Graph;
}

namespace HandlerDesk::Ctl {

// The commands' texts (translation context as for every command). Used by this name: lupdate
// does not follow a type alias (Alias::tr() lands in no context).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Ctl::Commands)
};

// The node of `id`; -1 after saying on stderr that the graph does not have it.
int nodeOf(const Context &context, const Core::Flow::Graph &graph, const QString &id);

Command repointCommand(); // repointcommand.cpp
Command lintCommand();    // lintcommand.cpp
Command pathCommand();    // pathcommand.cpp

} // namespace HandlerDesk::Ctl
