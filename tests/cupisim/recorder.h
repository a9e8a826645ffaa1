// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --record-requests FILE (tests only; off by default): one JSON line per request, appended when
// it is answered — {"method","path","status","body"} with the request body as text — so a test
// can show what a client sent (e.g. that a PUT carried only DisplayName) and how often the server
// refused it. Authorization and cookies are never written.
#include <QByteArray>
#include <QString>

namespace CupiSim {

void recordRequest(const QString &file, const QString &method, const QString &path, int status,
                   const QByteArray &body);

} // namespace CupiSim
