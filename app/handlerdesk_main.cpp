// SPDX-License-Identifier: GPL-3.0-or-later
// handlerdesk [--server URL --user NAME] [--wire json|xml] [--trust-fingerprint FP]
// The password comes from HANDLERDESK_PASSWORD when set (scripted starts such as run-demo.sh
// open straight into the handler list); otherwise the connection dialog asks.
#include "core/codec.h"
#include "core/exitstatus.h"
#include "core/operations/passwordsource.h"
#include "core/operations/serverurl.h"
#include "core/secretstore.h"
#include "core/translations.h"
#include "core/version.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/serverprofile.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
namespace Core = HandlerDesk::Core;
namespace Ui = HandlerDesk::Ui;

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

// "json or xml", from core's names of the wire formats.
QString wireChoices()
{
    return QApplication::translate("main", "%1 or %2")
        .arg(Core::wireFormatName(Core::WireFormat::Json),
             Core::wireFormatName(Core::WireFormat::Xml));
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse and edit the call handlers of Cisco Unity "
                                        "Connection.\nThe password is read from "
                                        "HANDLERDESK_PASSWORD when that is set."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString json = Core::wireFormatName(Core::WireFormat::Json);
    parser.addOptions({
        {u"server"_s, QApplication::translate("main", "Server address (https://host[:port])."),
         u"URL"_s},
        {u"user"_s, QApplication::translate("main", "Account name."), u"NAME"_s},
        {u"wire"_s,
         QApplication::translate("main", "Wire format: %1 (default %2).").arg(wireChoices(), json),
         u"FORMAT"_s, json},
        {u"trust-fingerprint"_s,
         QApplication::translate("main", "Trust the server certificate with this SHA-256 "
                                         "fingerprint (AA:BB:…)."),
         u"FP"_s},
    });
}

// The server profile the options name; std::nullopt after saying on stderr what is unusable.
std::optional<Ui::ServerProfile> profileFromOptions(const QCommandLineParser &parser)
{
    const std::optional<Core::WireFormat> wire = Core::parseWireFormat(parser.value(u"wire"_s));
    if (!wire) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--wire must be %1").arg(wireChoices())));
        return std::nullopt;
    }
    Ui::ServerProfile profile;
    if (parser.isSet(u"server"_s)) {
        QString problem;
        profile.url = Core::parseServerUrl(parser.value(u"server"_s), &problem);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return std::nullopt;
        }
    }
    profile.user = parser.value(u"user"_s);
    profile.wire = *wire;
    profile.pinnedSha256 = parser.value(u"trust-fingerprint"_s);
    return profile;
}

// QCommandLineParser::process(), with the exit-status table after the options in --help and
// core's exit status for a usage error. -1 to go on, else the exit status.
int processHelpAndErrors(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return Core::ExitUsage;
    }
    if (parser.isSet(u"version"_s))
        parser.showVersion(); // exits 0
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        std::fputs(qPrintable(parser.helpText() + u'\n' + Core::exitStatusHelp()), stdout);
        return Core::ExitOk;
    }
    return -1;
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
    Core::installTranslations(app);
    Q_INIT_RESOURCE(handlerdesk);
    QApplication::setApplicationName(u"handlerdesk"_s);
    QApplication::setOrganizationName(u"HandlerDesk"_s);
    QApplication::setApplicationVersion(Core::applicationVersion());

    QCommandLineParser parser;
    addOptions(parser);
    if (const int done = processHelpAndErrors(parser, app.arguments()); done >= 0)
        return done; // --help, --version or a usage error
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Handler Desk"));
    QApplication::setDesktopFileName(u"io.github.handlerdesk.handlerdesk"_s);
    QApplication::setWindowIcon(Ui::Icons::application());
    const std::optional<Ui::ServerProfile> profile = profileFromOptions(parser);
    if (!profile)
        return Core::ExitUsage;

    Core::KeychainSecretStore secrets;
    Ui::MainWindow window(&secrets);
    window.show();
    // The same order of password sources as handlerctl's; the keychain is read by the connection
    // dialog, which offers the remembered password of a saved profile.
    namespace Password = Core::PasswordSource;
    const bool fromEnvironment = Password::choose(false) == Password::Source::Environment;
    const bool named = parser.isSet(u"server"_s) || parser.isSet(u"user"_s);
    if (parser.isSet(u"server"_s) && parser.isSet(u"user"_s) && fromEnvironment)
        window.connectTo(*profile, Password::fromEnvironment());
    else if (named)
        window.showConnectionDialog(*profile);
    else
        window.showConnectionDialog();
    return app.exec();
}
