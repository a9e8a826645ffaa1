// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/replyclassifier.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core::Net {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::CupiClient)
};

using Kind = CupiError::Kind;

Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
    case 412:
        return Kind::Conflict;
    case 503:
        return Kind::Busy;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return Kind::Validation; // 400 DATA_EXCEPTION, 405, 415 …: the server refused the request
    return Kind::Server;
}

bool isCutShort(const ReplyFacts &f)
{
    return f.announcedLength >= 0 && f.body.size() < f.announcedLength;
}

bool contentTypeMatches(const QByteArray &contentType, WireFormat wire)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (wire == WireFormat::Json)
        return type == "application/json" || type.endsWith("+json");
    return type == "application/xml" || type == "text/xml" || type.endsWith("+xml");
}
} // namespace

CupiError classifyReply(const ReplyFacts &f)
{
    CupiError error;
    if (f.tlsRejected) {
        error = CupiError(
            Kind::Tls,
            f.certificate.pinnedMismatch
                ? Text::tr("The certificate differs from the one you trusted "
                           "(SHA-256 %1).")
                      .arg(f.certificate.sha256)
                : Text::tr("Untrusted certificate (SHA-256 %1).").arg(f.certificate.sha256));
        error.setCertificate(f.certificate);
    } else if (f.tooLarge) {
        error = CupiError(Kind::Server, Text::tr("The server's reply is larger than %1 MB: "
                                                 "stopped reading it.")
                                            .arg(double(f.maxReplyBytes) / (1 << 20), 0, 'g', 4));
    } else if (f.pastDeadline) {
        error = CupiError(Kind::Network,
                          Text::tr("The server did not send its whole reply within %1 s.")
                              .arg(f.deadlineMs / 1000.0, 0, 'g', 4));
    } else if (isCutShort(f)) {
        // Qt may finish a reply whose connection closed mid-body without an error: a write's
        // answer cut off this way may have landed, so it is a network failure, never a success.
        error = CupiError(Kind::Network,
                          Text::tr("The connection closed before the whole reply arrived "
                                   "(%1 of %2 bytes).")
                              .arg(f.body.size())
                              .arg(f.announcedLength));
    } else if (f.httpStatus == 0 && f.networkError != QNetworkReply::NoError) {
        QString message = f.errorString;
        if (f.networkError == QNetworkReply::OperationCanceledError ||
            f.networkError == QNetworkReply::TimeoutError)
            message = Text::tr("The server did not answer in time.");
        error = CupiError(f.networkError == QNetworkReply::SslHandshakeFailedError ? Kind::Tls
                                                                                   : Kind::Network,
                          message);
    } else if (f.httpStatus >= 300 || (f.httpStatus == 0 && f.networkError != 0)) {
        const Codec::ServerMessage server = Codec::decodeError(f.body, f.contentType);
        QString message = server.message;
        if (message.isEmpty())
            message = Text::tr("HTTP status %1").arg(f.httpStatus);
        error = CupiError(kindForStatus(f.httpStatus), message, f.httpStatus);
        error.setServerCode(server.code);
    } else if (f.httpStatus == 0) {
        error = CupiError(Kind::Network, Text::tr("The server sent no HTTP reply."));
    } else if (f.expectBody && !contentTypeMatches(f.contentType, f.wire)) {
        error = CupiError(
            Kind::Decode,
            Text::tr("The server answered with \"%1\" instead of %2.")
                .arg(QString::fromLatin1(f.contentType.isEmpty() ? QByteArray("no content type")
                                                                 : f.contentType),
                     QString::fromLatin1(Codec::mimeType(f.wire))),
            f.httpStatus);
    }
    if (error.isError())
        error.setRequest(f.request).setHttpStatus(f.httpStatus);
    return error;
}

bool isRetryable(const ReplyFacts &f, bool hadConnection)
{
    if (f.tlsRejected)
        return false;
    if (f.httpStatus == 503 || isCutShort(f))
        return true;
    if (f.httpStatus != 0)
        return false;
    switch (f.networkError) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    case QNetworkReply::ConnectionRefusedError:
        return hadConnection; // a server that answered before is restarting, not absent
    default:
        return false;
    }
}

} // namespace HandlerDesk::Core::Net
