// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cupierror.h"

#include <QCoreApplication>

namespace HandlerDesk::Core {

namespace {
// The translation context of CupiError's sentences; lupdate names a context after the class
// that declares tr() (ignoring the anonymous namespace), so the two must agree.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDesk::Core::ErrorText)
};

// Our sentence, followed by the detail (the server's or our own message) when there is one.
QString withDetail(const QString &sentence, const QString &detail)
{
    if (detail.isEmpty())
        return sentence;
    return ErrorText::tr("%1 (%2)").arg(sentence, detail);
}
} // namespace

bool CupiError::writeMayHaveLanded() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::Usage:
    case Kind::Tls:
    case Kind::Auth:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Validation:
    case Kind::Conflict:
        return false;
    default:
        return m_httpStatus < 400 || m_httpStatus >= 500;
    }
}

QString CupiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        return withDetail(
            ErrorText::tr("The server could not be reached. Check the address and the network, "
                          "then try again."),
            m_message);
    case Kind::Tls:
        if (m_certificate.pinnedMismatch) {
            return withDetail(
                ErrorText::tr("The server's certificate has changed since you trusted it. "
                              "Do not continue unless your administrator confirms the new "
                              "certificate."),
                m_message);
        }
        return withDetail(
            ErrorText::tr("The server's certificate is not trusted. Check its fingerprint "
                          "before you trust it."),
            m_message);
    case Kind::Auth:
        return ErrorText::tr("The server did not accept the user name or password.");
    case Kind::Forbidden:
        return ErrorText::tr(
            "Your account is not allowed to do this. Ask for the necessary administrator "
            "rights.");
    case Kind::NotFound:
        return withDetail(
            ErrorText::tr("The object was not found on the server; someone may have deleted "
                          "it."),
            m_message);
    case Kind::Validation:
        // The server's own message verbatim: it names the field and the rule.
        if (m_message.isEmpty())
            return ErrorText::tr("The server refused the data.");
        return ErrorText::tr("The server refused the data: %1").arg(m_message);
    case Kind::Conflict:
        return withDetail(ErrorText::tr("Someone else changed this object since you opened it."),
                          m_message);
    case Kind::Busy:
        return ErrorText::tr("The server is busy. Try again in a moment.");
    case Kind::Server:
        if (m_httpStatus > 0) {
            return withDetail(
                ErrorText::tr("The server reported an error (HTTP %1).").arg(m_httpStatus),
                m_message);
        }
        return withDetail(ErrorText::tr("The server reported an error."), m_message);
    case Kind::Decode:
        return withDetail(ErrorText::tr("The server's reply could not be read."), m_message);
    case Kind::Cancelled:
        return ErrorText::tr("The operation was cancelled.");
    case Kind::Usage:
        return m_message.isEmpty() ? ErrorText::tr("The request was not valid.") : m_message;
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace HandlerDesk::Core
