// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

// NTLMv2 client messages ([MS-NLMP]) on Qt's own crypto (MD4, HMAC-MD5), for SASL NTLM
// in SMTP AUTH and POP3 AUTH. NTLMv1 is never computed: a server whose challenge does not
// carry the NTLMv2 target information is refused with a sentence, not answered with an
// older response. The messages are raw bytes; the caller base64-encodes them.
//
// Session security: SASL NTLM here has no security layer, so no signing or sealing key is
// ever used. NEGOTIATE_KEY_EXCH is not requested and is left out of the AUTHENTICATE
// flags even if a server offers it, so no EncryptedRandomSessionKey is sent; the
// lower-level buildAuthenticate() can still produce one (for the [MS-NLMP] §4.2.4 example).
// No MIC is sent (the client adds no MsvAvFlags), and no channel bindings.
namespace mw::ntlm {

// NegotiateFlags bits ([MS-NLMP] §2.2.2.5) this code reads or sends.
enum Flag : quint32 {
    NegotiateUnicode = 0x00000001,
    NegotiateOem = 0x00000002,
    RequestTarget = 0x00000004,
    NegotiateSign = 0x00000010,
    NegotiateSeal = 0x00000020,
    NegotiateNtlm = 0x00000200,
    OemDomainSupplied = 0x00001000,
    OemWorkstationSupplied = 0x00002000,
    NegotiateAlwaysSign = 0x00008000,
    TargetTypeDomain = 0x00010000,
    TargetTypeServer = 0x00020000,
    ExtendedSessionSecurity = 0x00080000,
    NegotiateTargetInfo = 0x00800000,
    NegotiateVersion = 0x02000000,
    Negotiate128 = 0x20000000,
    NegotiateKeyExch = 0x40000000,
    Negotiate56 = 0x80000000,
};

// What the NEGOTIATE_MESSAGE asks for, and so the most an AUTHENTICATE_MESSAGE keeps.
inline constexpr quint32 kClientFlags = NegotiateUnicode | RequestTarget | NegotiateNtlm |
                                        NegotiateAlwaysSign | ExtendedSessionSecurity |
                                        Negotiate128 | Negotiate56;

// A CHALLENGE_MESSAGE larger than this is refused.
inline constexpr int kMaxChallengeMessage = 16 * 1024;

// NEGOTIATE_MESSAGE (§2.2.1.1, 40 bytes + payload, Version zero). Domain and workstation
// are sent (OEM_*_SUPPLIED) only when they are printable ASCII, the only text every OEM
// code page agrees on; otherwise the fields stay empty, which the protocol allows.
[[nodiscard]] QByteArray negotiateMessage(const QString &domain, const QString &workstation);

// AUTHENTICATE_MESSAGE (§2.2.1.3) answering the server's CHALLENGE_MESSAGE with an
// NTLMv2 response, a fresh client challenge and the current time (or the server's
// MsvAvTimestamp). nullopt with *why set (a sentence) when the challenge is malformed or
// does not allow NTLMv2.
[[nodiscard]] std::optional<QByteArray>
authenticateMessage(const QByteArray &challenge, const QString &user, const QString &password,
                    const QString &domain, const QString &workstation, QString *why);

// --- lower level, for the test vectors ---------------------------------------------

struct Challenge
{
    quint32 flags = 0;
    QByteArray serverChallenge;       // 8 bytes
    QByteArray targetName;            // raw, as sent
    QByteArray targetInfo;            // the AV pairs up to and including MsvAvEOL
    std::optional<quint64> timestamp; // MsvAvTimestamp (FILETIME), when present
};

// Parses a CHALLENGE_MESSAGE defensively (signature, type, every offset and length, the
// AV pair list, kMaxChallengeMessage). nullopt with *why set when it is malformed or
// does not offer NTLMv2 (no target information) or Unicode.
[[nodiscard]] std::optional<Challenge> parseChallenge(const QByteArray &message, QString *why);

// The flags an AUTHENTICATE_MESSAGE carries for a challenge: what both sides support.
[[nodiscard]] quint32 authenticateFlags(quint32 challengeFlags);

struct AuthenticateInputs
{
    QString user;
    QString password;
    QString domain;
    QString workstation;
    QByteArray clientChallenge;  // 8 bytes
    quint64 time = 0;            // FILETIME; the challenge's MsvAvTimestamp wins when present
    quint32 flags = 0;           // the AUTHENTICATE_MESSAGE's NegotiateFlags
    QByteArray version;          // 8 bytes, used only with NegotiateVersion (else zeros)
    QByteArray randomSessionKey; // 16 bytes, used only with NegotiateKeyExch
};

struct Authenticate
{
    QByteArray message;
    QByteArray lmChallengeResponse; // LMv2, or Z(24) when the server sent a timestamp
    QByteArray ntChallengeResponse; // NTProofStr + the client's blob
    QByteArray ntProofStr;
    QByteArray sessionBaseKey;
    QByteArray encryptedRandomSessionKey; // empty unless NegotiateKeyExch
};

// NTOWFv2 (§3.3.2): HMAC-MD5(MD4(UTF-16LE(password)), UTF-16LE(UPPER(user) + domain)).
[[nodiscard]] QByteArray ntowfV2(const QString &password, const QString &user,
                                 const QString &domain);
// The user name as Windows upper-cases it: one code point to one (no "ß" -> "SS").
[[nodiscard]] QString upperCaseName(const QString &user);
// Everything of §3.3.2 and the message layout, with every random input given.
[[nodiscard]] Authenticate buildAuthenticate(const Challenge &challenge,
                                             const AuthenticateInputs &in);
// Milliseconds since 1970 as a FILETIME (100 ns since 1601-01-01 UTC).
[[nodiscard]] quint64 fileTime(qint64 msecsSinceEpoch);

} // namespace mw::ntlm
