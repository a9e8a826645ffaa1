// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handlerctl/cli.h"
#include "core/translations.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QString>

#include <csignal>

int main(int argc, char *argv[])
{
    // A closed output (handlerctl list | head) is a failed write that handlerctl notices and ends
    // on, not a signal that kills it mid-way.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    HandlerDesk::Core::installTranslations(app);
    QCoreApplication::setApplicationName(QStringLiteral("handlerctl"));
    QCoreApplication::setApplicationVersion(HandlerDesk::Core::applicationVersion());
    return HandlerDesk::Ctl::run(QCoreApplication::arguments());
}
