// SPDX-License-Identifier: GPL-3.0-or-later
// One table of exit statuses for both programs (handlerctl and handlerdesk), printed in their
// --help (and so in the man pages, which are generated from it). Scripts depend on the numbers:
// never renumber, only add.
#pragma once

#include <QString>

namespace HandlerDesk::Core {

enum ExitStatus : int {
    ExitOk = 0,
    ExitUsage = 1,   // bad command line, or input refused before anything was sent
    ExitServer = 2,  // the server refused or failed (its message on stderr)
    ExitTls = 3,     // the certificate is not trusted (fingerprint on stderr)
    ExitAuth = 4,    // authentication failed, or no password could be had
    ExitNetwork = 5, // the server could not be reached, or did not answer in time
    ExitOutput = 6,  // the output is incomplete: standard output failed, or a CSV lacks fields
};

// "Exit status:" and the table, translated, for --help.
QString exitStatusHelp();

} // namespace HandlerDesk::Core
