// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --record-requests FILE (tests only; off by default): one JSON line per request, appended when
// it is answered — {"method","path","status","basic","body"}: "basic" says whether the request
// carried Basic credentials, the body is the request's as text — so a test can show what a client
// sent (e.g. that a PUT carried only DisplayName) and how often it signed in and was refused.
// Authorization and cookies are never written.
#include <QByteArray>
#include <QString>

namespace CupiSim {

void recordRequest(const QString &file, const QString &method, const QString &path, int status,
                   bool basic, const QByteArray &body);

} // namespace CupiSim
