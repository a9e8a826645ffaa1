// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codec.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace HandlerDesk::Core {

// What the network layer needs to know of a connection, and of a list request. A leaf: the client
// (core/cupiclient.h) and the wire below it (core/net) both include it; nothing in core/net
// includes the client.
struct ConnectionSettings
{
    QUrl serverUrl; // https://host[:port]; plain http only for loopback hosts
    QString user;
    WireFormat wire = WireFormat::Json;
    QString pinnedSha256;            // a fingerprint the user trusted (AA:BB:… or plain hex)
    int transferTimeoutMs = 30000;   // inactivity: no byte for this long ends a request
    int transferDeadlineMs = 120000; // a whole request, however steadily it drips
    qint64 maxReplyBytes = 64 << 20; // one reply's body; far above any real page
    int maxInFlight = 3;             // the server handles 5 at once for everybody
    int busyRetries = 4;             // GET retries on 503 / connection reset, with backoff
    int pageSize = 100;              // Cisco's advice for busy production servers
    int retryBaseDelayMs = 500;      // first GET retry delay; doubles per retry (± 25 % jitter)
    int retryMaxDelayMs = 8000;      // cap of one retry delay
};

// Asked whenever Basic credentials are needed; returns the password.
using PasswordProvider = std::function<QString()>;

// A list request: `resource` relative to /vmrest ("handlers/callhandlers", "languagemap").
struct ListRequest
{
    QString resource;
    QString itemName;    // "Callhandler", "LanguageMapping", …
    QString query;       // "(IsPrimary is 0)" or Resources::queryAnd(…); empty = none
    QString sort;        // "(DisplayName asc)"; empty = none
    int pageNumber = 0;  // 0 = all pages; >0 = just that page
    int rowsPerPage = 0; // 0 = ConnectionSettings::pageSize
    int pagesInFlight = 2;
    bool keepItems = true; // false: rows only through pageLoaded() (ListJob::items() empty)
};

} // namespace HandlerDesk::Core
