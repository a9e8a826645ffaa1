// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codec.h"
#include "core/cupierror.h"

#include <QByteArray>
#include <QNetworkReply>

namespace HandlerDesk::Core::Net {

// What a finished reply said, gathered so the classification is a pure function.
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    // The Content-Length the server announced for an unencoded body; -1: none (or encoded). A
    // body shorter than it was cut off, whatever the transport said.
    qint64 announcedLength = -1;
    bool tlsRejected = false;    // the handshake was refused by our certificate check
    CertificateInfo certificate; // when tlsRejected
    bool expectBody = false;     // a GET: the body must be of the wire's type
    WireFormat wire = WireFormat::Json;
    QString request; // "GET /vmrest/…" for the error
    // Cut off by us: the body passed maxReplyBytes, or the request its deadline (in ms).
    bool tooLarge = false;
    bool pastDeadline = false;
    qint64 maxReplyBytes = 0;
    int deadlineMs = 0;
};

// The one reply classifier. Order: TLS → cut off by us (size cap, deadline) → cut short of its
// Content-Length → transport error →
// 401/403 → other HTTP error (with the server's ErrorDetails or HTML text) → unexpected content
// type → OK (None).
CupiError classifyReply(const ReplyFacts &facts);

// True when a GET may be sent again: 503, or the connection was reset or closed under us (also
// a body cut short of its Content-Length).
bool isRetryable(const ReplyFacts &facts, bool hadConnection);

} // namespace HandlerDesk::Core::Net
