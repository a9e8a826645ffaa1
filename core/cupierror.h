// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace HandlerDesk::Core {

// What a person needs to decide about a server certificate that is not trusted.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;              // upper-case hex pairs joined by ':' (AA:BB:…)
    QStringList errors;          // the TLS verification errors, in words
    bool pinnedMismatch = false; // a pinned fingerprint exists and this one differs
    QByteArray der;              // the certificate itself, for pinning
};

// One error type for all of core: errors are values, never exceptions or dialogs.
class CupiError
{
public:
    enum class Kind {
        None,
        Network,    // connection refused, reset, DNS, timeout
        Tls,        // untrusted or changed certificate (see certificate())
        Auth,       // 401: bad credentials
        Forbidden,  // 403: the account lacks the rights
        NotFound,   // 404
        Validation, // 400 DATA_EXCEPTION and similar: the server refused the data
        Conflict,   // someone else changed what we are saving
        Busy,       // 503 server busy, after the retries were used up
        Server,     // 5xx and other unexpected statuses
        Decode,     // the body could not be read
        Cancelled,  // the caller cancelled
        Usage,      // bad input given to core by the caller (e.g. an invalid field value)
    };

    CupiError() = default;
    CupiError(Kind kind, QString message, int httpStatus = 0)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_httpStatus(httpStatus)
    {
    }

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }

    // The server's ErrorDetails code (e.g. "DATA_EXCEPTION"), if it sent one.
    QString serverCode() const { return m_serverCode; }
    // The server's own message verbatim, or our description when the server gave none.
    QString message() const { return m_message; }
    // "GET /vmrest/handlers/callhandlers/…" — never credentials.
    QString request() const { return m_request; }
    // A translated sentence a person can act on (kind + message).
    QString userMessage() const;
    // Whether a write (PUT, POST, DELETE) that ended in this error may still have changed the
    // server. Only a refusal of the request itself (4xx, credentials, TLS, never sent) says it
    // did not: a reply cut off or unreadable came after the server had the request, and a
    // 5xx/503 may answer Qt's silent resend of a request whose first sending was applied.
    bool writeMayHaveLanded() const;
    const CertificateInfo &certificate() const { return m_certificate; }

    CupiError &setServerCode(const QString &code)
    {
        m_serverCode = code;
        return *this;
    }
    CupiError &setRequest(const QString &request)
    {
        m_request = request;
        return *this;
    }
    CupiError &setCertificate(const CertificateInfo &info)
    {
        m_certificate = info;
        return *this;
    }
    CupiError &setHttpStatus(int status)
    {
        m_httpStatus = status;
        return *this;
    }

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
    QString m_serverCode;
    QString m_request;
    CertificateInfo m_certificate;
};

} // namespace HandlerDesk::Core

Q_DECLARE_METATYPE(HandlerDesk::Core::CupiError)
