// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImplicitTls.h"
#include "Result.h"
#include "TlsIdentity.h"
#include "TlsTrust.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace mw {

// Plain values the SMTP engine runs from; it knows nothing of the INI store.
struct SmtpConfig
{
    enum class Security { None, StartTls, Tls, Auto };
    // XOAuth2 and OAuthBearer (RFC 7628) send `accessToken` instead of a password; the
    // caller obtains it (core/oauth) and the session never refreshes it. Gssapi uses the
    // user's Kerberos ticket and External the TLS client certificate (`identity`): neither
    // sends a password. Ntlm uses `realm` as the NT domain.
    enum class Auth {
        None,
        Plain,
        Login,
        CramMd5,
        Auto,
        XOAuth2,
        OAuthBearer,
        ScramSha256,
        ScramSha1,
        Gssapi,
        Ntlm,
        External
    };

    QString host;
    quint16 port = 25;
    Security security = Security::Auto;
    Auth auth = Auth::None;
    QString username;
    QString password;
    QString accessToken;     // for XOAuth2/OAuthBearer: a bearer token, redacted like a password
    QString realm;           // NTLM: the NT domain; GSSAPI: the realm, empty for the default
    TlsIdentity identity;    // the TLS client certificate, empty when none is configured
    QString heloName;        // empty: the host's FQDN, else an address literal
    int timeoutSeconds = 30; // per phase (RFC 5321 §4.5.3.2 gives the upper bounds)
    TlsTrust trust;
    // Addresses already resolved for `host` (autodetection resolves through its own DNS
    // server); empty: `host` is looked up by the system resolver.
    QList<QHostAddress> addresses;
};

// The session signs in with a bearer token (XOAuth2, OAuthBearer) instead of a password.
[[nodiscard]] inline bool usesOAuth(const SmtpConfig &c)
{
    return c.auth == SmtpConfig::Auth::XOAuth2 || c.auth == SmtpConfig::Auth::OAuthBearer;
}

// The session starts TLS right after connecting: security tls, or auto on port 465.
[[nodiscard]] inline bool implicitTls(const SmtpConfig &c)
{
    return startsWithTls(c.security == SmtpConfig::Security::Tls,
                         c.security == SmtpConfig::Security::Auto, c.port, kSmtpImplicitTlsPort);
}

// One message to send: envelope and content (RFC 5322, any line ending).
struct Envelope
{
    QString sender; // may be empty: the null reverse-path "<>"
    QStringList recipients;
    QByteArray content;
};

// What happened to one message of a session.
struct MessageOutcome
{
    enum class State {
        NotAttempted,
        Delivered, // the server accepted it for every accepted recipient
        Rejected,  // permanent failure (5xx)
        Deferred,  // transient failure (4xx or connection trouble before the final dot)
        Unknown,   // connection lost after the final dot: the server may have taken it
    };
    State state = State::NotAttempted;
    ErrorClass errorClass = ErrorClass::None;
    Phase phase = Phase::Idle;
    QString serverReply;
    QStringList acceptedRecipients;
    QStringList rejectedRecipients; // each "address: reply"
};

} // namespace mw
