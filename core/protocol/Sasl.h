// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw::sasl {

// RFC 4616: base64 of authzid NUL authcid NUL passwd (authzid left empty).
[[nodiscard]] QByteArray plainResponse(const QString &user, const QString &password);
// RFC 2195: base64 of "user SP hex(HMAC-MD5(password, challenge))". The challenge is the
// base64 text of the server's 334 line; nullopt when it is not valid base64 or too large.
[[nodiscard]] std::optional<QByteArray>
cramMd5Response(const QByteArray &challengeBase64, const QString &user, const QString &password);
// Google's XOAUTH2: base64 of "user=" user ^A "auth=Bearer " token ^A ^A.
[[nodiscard]] QByteArray xoauth2Response(const QString &user, const QString &accessToken);
// RFC 7628 §3.1: base64 of the GS2 header "n,a=user," then ^A-separated host, port and
// "auth=Bearer token", ended by ^A ^A. `user` is escaped as RFC 5801 §4 asks (',' and '=').
[[nodiscard]] QByteArray oauthBearerResponse(const QString &user, const QString &accessToken,
                                             const QString &host, quint16 port);

// RFC 7628 §3.2.2: the JSON a server sends (base64, in a 334) when it refuses a token.
struct OAuthError
{
    QString status;              // e.g. "invalid_token" or Google's HTTP-like "401"
    QString schemes;             // e.g. "bearer"
    QString scope;               // the scope the server needs
    QString openidConfiguration; // where to find the provider (optional)
};
// Decodes a 334 challenge as that JSON; nullopt when it is not base64 of a JSON object
// with at least a status.
[[nodiscard]] std::optional<OAuthError> parseOAuthError(const QByteArray &challengeBase64);
// A sentence for a person: what the provider said and which scope the server wants.
[[nodiscard]] QString describeOAuthError(const OAuthError &error, const QString &mechanism);

// A challenge larger than this is refused (a hostile server could send megabytes).
inline constexpr int kMaxChallenge = 4096;

// The one rule for every login of SMTP and POP3 (any SASL mechanism, APOP, USER/PASS):
// credentials go only over an encrypted channel, unless the admin chose security "none"
// explicitly. CRAM-MD5 and APOP are no exception: their digests are cracked offline, and
// the session that follows (the message itself) would go in clear too.
[[nodiscard]] constexpr bool mayAuthenticate(bool channelEncrypted, bool securityNone)
{
    return channelEncrypted || securityNone;
}

// The credentials a login could use, for choosing a mechanism.
struct Available
{
    bool password = false;          // a password is configured
    bool token = false;             // an OAuth2 access token is at hand
    bool clientCertificate = false; // a TLS client certificate is configured (EXTERNAL)
};

// The mechanisms `auto` may pick, strongest first:
//   EXTERNAL (only with a client certificate) > SCRAM-SHA-256 > SCRAM-SHA-1 > GSSAPI (only
//   without a password: the user relies on the Kerberos ticket) > CRAM-MD5 > PLAIN > LOGIN.
// NTLM is never picked by `auto` (explicit only), nor are the token mechanisms.
// SCRAM-SHA-*-PLUS is deliberately absent here and everywhere: channel binding needs the
// TLS connection's tls-unique or tls-exporter data, and Qt 6.4's QSslSocket exposes
// neither (no native handle); Dovecot 2.3 does not offer -PLUS either.
[[nodiscard]] const QStringList &autoOrder();
// The mechanism sends (something derived from) the password: PLAIN, LOGIN, CRAM-MD5,
// SCRAM-*, NTLM, and POP3's USER and APOP. False for AUTO (it may find a mechanism without
// one), GSSAPI, EXTERNAL and the token mechanisms.
[[nodiscard]] bool needsPassword(const QString &mechanism);
// The mechanism's challenges are binary (SCRAM, NTLM, GSSAPI): transcripts show their size,
// not their text.
[[nodiscard]] bool hidesChallenges(const QString &mechanism);
// What a transcript shows for a challenge of such a mechanism: "(challenge, N bytes)".
[[nodiscard]] QString challengeShown(const QByteArray &challengeBase64);

// Every SASL mechanism Mailwright can log in with (SMTP AUTH and POP3 AUTH), upper case:
// autoOrder(), then NTLM (explicit only: NTLMv2 on Qt's crypto) and the token mechanisms
// XOAUTH2 and OAUTHBEARER (they need a sign-in). The one list the probe, the window and the
// sessions share.
[[nodiscard]] const QStringList &supportedMechanisms();
// `mechanism` (any case) is in supportedMechanisms().
[[nodiscard]] bool isSupported(const QString &mechanism);
// The mechanism `auto` picks among `offered`: the first of autoOrder() that is offered and
// for which `have` holds the credentials; empty when none applies. The channel rule
// (mayAuthenticate) is the caller's.
[[nodiscard]] QString autoMechanism(const QStringList &offered, const Available &have);

// The sentence for a login the server refused (535, -ERR) with `mechanism` for `user`: the
// client certificate for EXTERNAL, the Kerberos ticket for GSSAPI, else the password.
[[nodiscard]] QString rejectedLogin(const QString &mechanism, const QString &user);

// Chooses the mechanism for `requested` (a mechanism name, e.g. "PLAIN", "SCRAM-SHA-256",
// "XOAUTH2", or "AUTO": autoOrder(), within what `have` allows) among `offered`. On a clear
// channel nothing is chosen unless `clearAllowed` (the admin chose no security explicitly):
// see mayAuthenticate(). Returns the mechanism, or nullopt with the reason in *why.
[[nodiscard]] std::optional<QString> choose(const QString &requested, const QStringList &offered,
                                            bool channelEncrypted, bool clearAllowed,
                                            const Available &have, QString *why);

} // namespace mw::sasl
