// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("handlerctl"));
    QCoreApplication::setApplicationVersion(HandlerDesk::Core::applicationVersion());
    QTextStream(stderr) << "handlerctl: not implemented yet\n";
    return 1;
}
