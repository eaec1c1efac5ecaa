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

// The SASL mechanisms Mailwright can log in with (SMTP AUTH and POP3 AUTH), upper case:
// first the ones `auto` may pick, strongest first (autoPreference()), then NTLM (explicit
// only: NTLMv2 on Qt's crypto, never chosen by auto) and the token mechanisms XOAUTH2 and
// OAUTHBEARER (they need a sign-in). The one list the probe, the window and the session
// share. SCRAM-SHA-*-PLUS is deliberately absent: channel binding needs tls-unique or
// tls-exporter, and Qt 6.4's QSslSocket exposes neither (nor its native handle); Dovecot 2.3
// does not offer -PLUS either. A -PLUS mechanism is therefore never chosen nor a setting.
[[nodiscard]] const QStringList &supportedMechanisms();
// `auto`'s order, strongest first: EXTERNAL, SCRAM-SHA-256, SCRAM-SHA-1, GSSAPI, CRAM-MD5,
// PLAIN, LOGIN (password mechanisms only over TLS: mayAuthenticate()).
[[nodiscard]] const QStringList &autoPreference();
// `mechanism` (any case) is in supportedMechanisms().
[[nodiscard]] bool isSupported(const QString &mechanism);
// What the settings provide for `auto`: a client certificate makes EXTERNAL eligible; a
// configured password rules GSSAPI out (without one the user relies on the Kerberos ticket).
struct AutoCredentials
{
    bool password = true;
    bool clientCertificate = false;
};
// The mechanism `auto` picks among `offered` (the strongest of autoPreference() for which
// credentials exist), or an empty string when none applies. The channel rule
// (mayAuthenticate) is the caller's.
[[nodiscard]] QString autoMechanism(const QStringList &offered, const AutoCredentials &credentials);

// Chooses the mechanism for `requested` ("PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2",
// "OAUTHBEARER" or "AUTO"; AUTO never picks a token mechanism, which needs a token) among
// `offered`. On a clear channel nothing is chosen unless `clearAllowed` (the admin chose
// no security explicitly): see mayAuthenticate(). Returns the mechanism, or nullopt with
// the reason in *why.
[[nodiscard]] std::optional<QString> choose(const QString &requested, const QStringList &offered,
                                            bool channelEncrypted, bool clearAllowed, QString *why);

} // namespace mw::sasl
