// SPDX-License-Identifier: GPL-3.0-or-later
#include "Result.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace mw {
namespace {

struct ClassRow
{
    ErrorClass c;
    const char *id;
};

constexpr std::array<ClassRow, 17> kClassIds{{
    {ErrorClass::None, ""},
    {ErrorClass::Config, "config"},
    {ErrorClass::Dns, "dns"},
    {ErrorClass::Refused, "refused"},
    {ErrorClass::Timeout, "timeout"},
    {ErrorClass::Network, "network"},
    {ErrorClass::TlsHandshake, "tls_handshake"},
    {ErrorClass::TlsCertificate, "tls_certificate"},
    {ErrorClass::StartTlsUnavailable, "starttls_unavailable"},
    {ErrorClass::AuthUnsupported, "auth_unsupported"},
    {ErrorClass::AuthFailed, "auth_failed"},
    {ErrorClass::SenderRejected, "sender_rejected"},
    {ErrorClass::RecipientRejected, "recipient_rejected"},
    {ErrorClass::MessageRejected, "message_rejected"},
    {ErrorClass::Temporary, "temporary"},
    {ErrorClass::Protocol, "protocol"},
    {ErrorClass::Cancelled, "cancelled"},
}};

struct PhaseRow
{
    Phase p;
    const char *id;
};

constexpr std::array<PhaseRow, 14> kPhaseIds{{
    {Phase::Idle, "idle"},
    {Phase::Resolve, "resolve"},
    {Phase::Connect, "connect"},
    {Phase::Tls, "tls"},
    {Phase::Greeting, "greeting"},
    {Phase::Ehlo, "ehlo"},
    {Phase::StartTls, "starttls"},
    {Phase::Auth, "auth"},
    {Phase::Mail, "mail"},
    {Phase::Rcpt, "rcpt"},
    {Phase::Data, "data"},
    {Phase::Transaction, "transaction"},
    {Phase::Quit, "quit"},
    {Phase::Done, "done"},
}};

// The context lupdate gives tr() calls in free functions of namespace mw (a different
// context here would leave every message and hint untranslated at run time).
QString tr(const char *text)
{
    return QCoreApplication::translate("mw", text);
}

} // namespace

QString errorClassId(ErrorClass c)
{
    for (const auto &row : kClassIds) {
        if (row.c == c)
            return QString::fromLatin1(row.id);
    }
    return {};
}

ErrorClass errorClassFromId(const QString &id, bool *ok)
{
    for (const auto &row : kClassIds) {
        if (id == QLatin1String(row.id)) {
            if (ok)
                *ok = true;
            return row.c;
        }
    }
    if (ok)
        *ok = false;
    return ErrorClass::None;
}

QString phaseId(Phase p)
{
    for (const auto &row : kPhaseIds) {
        if (row.p == p)
            return QString::fromLatin1(row.id);
    }
    return {};
}

Phase phaseFromId(const QString &id, bool *ok)
{
    for (const auto &row : kPhaseIds) {
        if (id == QLatin1String(row.id)) {
            if (ok)
                *ok = true;
            return row.p;
        }
    }
    if (ok)
        *ok = false;
    return Phase::Idle;
}

QString defaultMessage(ErrorClass c)
{
    switch (c) {
    case ErrorClass::None:
        return tr("Completed successfully.");
    case ErrorClass::Config:
        return tr("The settings are incomplete or invalid.");
    case ErrorClass::Dns:
        return tr("The server name could not be found.");
    case ErrorClass::Refused:
        return tr("The server refused the connection.");
    case ErrorClass::Timeout:
        return tr("The server did not answer in time.");
    case ErrorClass::Network:
        return tr("The network connection failed.");
    case ErrorClass::TlsHandshake:
        return tr("The secure connection (TLS) could not be established.");
    case ErrorClass::TlsCertificate:
        return tr("The server's certificate is not trusted.");
    case ErrorClass::StartTlsUnavailable:
        return tr("The server does not offer STARTTLS, so no secure connection is possible.");
    case ErrorClass::AuthUnsupported:
        return tr("The server offers no login method that can be used safely.");
    case ErrorClass::AuthFailed:
        return tr("The server rejected the login name or password.");
    case ErrorClass::SenderRejected:
        return tr("The server rejected the sender address.");
    case ErrorClass::RecipientRejected:
        return tr("The server rejected the recipient address.");
    case ErrorClass::MessageRejected:
        return tr("The server rejected the message.");
    case ErrorClass::Temporary:
        return tr("The server reported a temporary problem.");
    case ErrorClass::Protocol:
        return tr("The server answered in a way that does not follow the protocol.");
    case ErrorClass::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString defaultHint(ErrorClass c)
{
    switch (c) {
    case ErrorClass::None:
    case ErrorClass::Cancelled:
        return {};
    case ErrorClass::Config:
        return tr("Correct the field named in the message and try again.");
    case ErrorClass::Dns:
        return tr("Check the spelling of the server name and that this machine's DNS works.");
    case ErrorClass::Refused:
        return tr("Check the port number, and that the mail service is running and not "
                  "blocked by a firewall.");
    case ErrorClass::Timeout:
        return tr("Check that a firewall does not drop the connection, or raise the timeout.");
    case ErrorClass::Network:
        return tr("Check the network connection and try again.");
    case ErrorClass::TlsHandshake:
        return tr("Check the security setting: port 465 expects implicit TLS, ports 587 and 25 "
                  "expect STARTTLS.");
    case ErrorClass::TlsCertificate:
        return tr("If you know this certificate is right, trust its fingerprint; otherwise "
                  "ask the server's administrator.");
    case ErrorClass::StartTlsUnavailable:
        return tr("Use implicit TLS (port 465) if the server offers it, or ask the server's "
                  "administrator to enable STARTTLS.");
    case ErrorClass::AuthUnsupported:
        return tr("Choose another authentication method or a secure connection.");
    case ErrorClass::AuthFailed:
        return tr("Check the login name and password; some providers need an app password.");
    case ErrorClass::SenderRejected:
        return tr("Use a From address that the server allows this account to send as.");
    case ErrorClass::RecipientRejected:
        return tr("Check the recipient address, and that the server relays for this login.");
    case ErrorClass::MessageRejected:
        return tr("Read the server's reply: the message may be too large or look like spam.");
    case ErrorClass::Temporary:
        return tr("Try again later; the message stays queued.");
    case ErrorClass::Protocol:
        return tr("Check that the host and port belong to a mail server of the right kind.");
    }
    return {};
}

QString CertificateInfo::summary() const
{
    return QCoreApplication::translate("mw::Result",
                                       "subject %1, issuer %2, valid %3 to %4, SHA-256 %5")
        .arg(subject, issuer, notBefore.toString(Qt::ISODate), notAfter.toString(Qt::ISODate),
             sha256);
}

Result Result::success(Phase phase)
{
    Result r;
    r.ok = true;
    r.phase = phase;
    r.message = defaultMessage(ErrorClass::None);
    return r;
}

Result Result::failure(ErrorClass c, Phase phase, const QString &message,
                       const QString &serverReply)
{
    Result r;
    r.ok = false;
    r.errorClass = c;
    r.phase = phase;
    r.message = message.isEmpty() ? defaultMessage(c) : message;
    r.hint = defaultHint(c);
    r.serverReply = serverReply;
    return r;
}

} // namespace mw
