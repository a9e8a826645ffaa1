// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exitstatus.h"

#include <QCoreApplication>

namespace HandlerDesk::Core {

QString exitStatusHelp()
{
    return QCoreApplication::translate("HandlerDesk::Core::ExitStatus", "Exit status:") + u'\n' +
           QCoreApplication::translate(
               "HandlerDesk::Core::ExitStatus",
               "  0  success\n"
               "  1  usage error, or input refused before anything was sent; handlerctl lint:\n"
               "     problems were found\n"
               "  2  the server refused or failed (its message on stderr), a list ended\n"
               "     before the server's count of rows (\"got N of M\"), or a reply was\n"
               "     larger than --max-reply-mb\n"
               "  3  the server's TLS certificate is not trusted (its SHA-256 on stderr)\n"
               "  4  authentication failed, or no password could be had\n"
               "  5  the server could not be reached, or did not answer in time\n"
               "     (--timeout: silence; --deadline: the whole request)\n"
               "  6  the output is incomplete: standard output could not be written (a\n"
               "     closed pipe, quietly, or a full disk, with a message) and nothing more\n"
               "     was fetched, or CSV rows had fields its header lacks\n");
}

} // namespace HandlerDesk::Core
