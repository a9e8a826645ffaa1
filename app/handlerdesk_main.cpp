// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Handler Desk"));
    QApplication::setOrganizationName(QStringLiteral("HandlerDesk"));
    QApplication::setApplicationVersion(HandlerDesk::Core::applicationVersion());
    HandlerDesk::Ui::MainWindow window;
    window.show();
    return app.exec();
}
