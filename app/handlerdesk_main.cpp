// SPDX-License-Identifier: GPL-3.0-or-later
// handlerdesk [--server URL --user NAME] [--wire json|xml] [--trust-fingerprint FP]
// The password comes from HANDLERDESK_PASSWORD when set (scripted starts such as run-demo.sh
// open straight into the handler list); otherwise the connection dialog asks.
#include "core/secretstore.h"
#include "core/version.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/serverprofile.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// --help and --version work without a display (no QApplication, no platform plugin).
bool onlyAsksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (onlyAsksForHelpOrVersion(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    Q_INIT_RESOURCE(handlerdesk);
    QApplication::setApplicationName(u"handlerdesk"_s);
    QApplication::setOrganizationName(u"HandlerDesk"_s);
    QApplication::setApplicationVersion(HandlerDesk::Core::applicationVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse and edit the call handlers of Cisco Unity "
                                        "Connection.\nThe password is read from "
                                        "HANDLERDESK_PASSWORD when that is set."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s, QApplication::translate("main", "Server address (https://host[:port])."),
        u"URL"_s);
    const QCommandLineOption user(u"user"_s, QApplication::translate("main", "Account name."),
                                  u"NAME"_s);
    const QCommandLineOption wire(
        u"wire"_s, QApplication::translate("main", "Wire format: json (default) or xml."),
        u"FORMAT"_s, u"json"_s);
    const QCommandLineOption fingerprint(
        u"trust-fingerprint"_s,
        QApplication::translate("main", "Trust the server certificate with this SHA-256 "
                                        "fingerprint (AA:BB:…)."),
        u"FP"_s);
    parser.addOptions({server, user, wire, fingerprint});
    parser.process(app); // --help and --version end here
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Handler Desk"));
    QApplication::setDesktopFileName(u"handlerdesk"_s);
    QApplication::setWindowIcon(HandlerDesk::Ui::Icons::application());

    const QString wireName = parser.value(wire).toLower();
    if (wireName != u"json"_s && wireName != u"xml"_s) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "--wire must be json or xml")));
        return 2;
    }
    const QUrl url = QUrl::fromUserInput(parser.value(server));
    if (parser.isSet(server) && (!url.isValid() || url.host().isEmpty())) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Not a server address: %1")
                                    .arg(parser.value(server))));
        return 2;
    }

    HandlerDesk::Core::KeychainSecretStore secrets;
    HandlerDesk::Ui::MainWindow window(&secrets);
    window.show();

    HandlerDesk::Ui::ServerProfile profile;
    profile.url = url;
    profile.user = parser.value(user);
    profile.wire = wireName == u"xml"_s ? HandlerDesk::Core::WireFormat::Xml
                                        : HandlerDesk::Core::WireFormat::Json;
    profile.pinnedSha256 = parser.value(fingerprint);
    const QString password = qEnvironmentVariable("HANDLERDESK_PASSWORD");
    if (parser.isSet(server) && parser.isSet(user) && !password.isEmpty())
        window.connectTo(profile, password);
    else if (parser.isSet(server) || parser.isSet(user))
        window.showConnectionDialog(profile);
    else
        window.showConnectionDialog();
    return app.exec();
}
