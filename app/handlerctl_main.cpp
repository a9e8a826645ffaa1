// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handlerctl/cli.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QString>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("handlerctl"));
    QCoreApplication::setApplicationVersion(HandlerDesk::Core::applicationVersion());
    return HandlerDesk::Ctl::run(QCoreApplication::arguments());
}
