// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ntlm.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <array>

namespace mw::ntlm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::ntlm", text);
}

const QByteArray kSignature("NTLMSSP\0", 8);
constexpr quint32 kChallengeType = 2;
constexpr quint32 kAuthenticateType = 3;
// CHALLENGE_MESSAGE: signature, type, TargetNameFields, flags, ServerChallenge (32 bytes);
// then Reserved and TargetInfoFields (48).
constexpr int kChallengeHeader = 32;
constexpr int kChallengeWithTargetInfo = 48;
// AV pair ids ([MS-NLMP] §2.2.2.1).
constexpr quint16 kMsvAvEol = 0;
constexpr quint16 kMsvAvTimestamp = 7;

quint16 le16(const QByteArray &data, int at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 le32(const QByteArray &data, int at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe64(QByteArray &out, quint64 value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out.append(bytes, 8);
}

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text)
        appendLe16(out, c.unicode());
    return out;
}

QByteArray hmacMd5(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Md5);
}

// RC4 ([MS-NLMP] §6 RC4K), only for the EncryptedRandomSessionKey of KEY_EXCH.
QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    std::array<quint8, 256> s{};
    for (int i = 0; i < 256; ++i)
        s[i] = quint8(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + quint8(key.at(i % key.size()))) & 0xff;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (int n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xff;
        j = (j + s[i]) & 0xff;
        std::swap(s[i], s[j]);
        out[n] = char(quint8(data.at(n)) ^ s[(s[i] + s[j]) & 0xff]);
    }
    return out;
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString malformed(const QString &detail)
{
    return tr("The server's NTLM challenge is malformed (%1).").arg(detail);
}

// One security buffer (Len, MaxLen, Offset) of a received message, checked against its size.
bool readField(const QByteArray &message, int at, QByteArray *value)
{
    const quint16 length = le16(message, at);
    const quint32 offset = le32(message, at + 4);
    if (length == 0) {
        value->clear();
        return true;
    }
    if (qint64(offset) + length > message.size() || offset < quint32(kChallengeHeader))
        return false;
    *value = message.mid(qsizetype(offset), length);
    return true;
}

// A security buffer (Len, MaxLen, Offset) of a message being written.
void appendField(QByteArray &out, qsizetype length, qsizetype offset)
{
    appendLe16(out, quint16(length));
    appendLe16(out, quint16(length));
    appendLe32(out, quint32(offset));
}

} // namespace

QByteArray negotiateMessage(const QString &domain, const QString &workstation)
{
    const QByteArray oemDomain = isPrintableAscii(domain) ? domain.toLatin1() : QByteArray();
    const QByteArray oemWorkstation =
        isPrintableAscii(workstation) ? workstation.toLatin1() : QByteArray();
    quint32 flags = kClientFlags;
    if (!oemDomain.isEmpty())
        flags |= OemDomainSupplied;
    if (!oemWorkstation.isEmpty())
        flags |= OemWorkstationSupplied;
    // Signature, type, flags, DomainNameFields, WorkstationFields, Version (40). The
    // Version stays zero (NEGOTIATE_VERSION is not set) but its 8 bytes are part of the
    // layout: strict parsers (gss-ntlmssp) refuse a 32-byte message.
    constexpr int header = 40;
    QByteArray out = kSignature;
    appendLe32(out, 1);
    appendLe32(out, flags);
    appendField(out, oemDomain.size(), header);
    appendField(out, oemWorkstation.size(), header + oemDomain.size());
    out += QByteArray(8, '\0');
    return out + oemDomain + oemWorkstation;
}

std::optional<Challenge> parseChallenge(const QByteArray &message, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return std::optional<Challenge>();
    };
    if (message.size() > kMaxChallengeMessage)
        return fail(tr("The server's NTLM challenge is too large (%1 bytes).").arg(message.size()));
    if (message.size() < kChallengeHeader || !message.startsWith(kSignature))
        return fail(malformed(tr("it is not an NTLM message")));
    if (le32(message, 8) != kChallengeType)
        return fail(malformed(tr("message type %1 instead of 2").arg(le32(message, 8))));
    Challenge c;
    c.flags = le32(message, 20);
    c.serverChallenge = message.mid(24, 8);
    if (!readField(message, 12, &c.targetName))
        return fail(malformed(tr("the target name lies outside the message")));
    if (!(c.flags & NegotiateTargetInfo) || message.size() < kChallengeWithTargetInfo ||
        le16(message, 40) == 0) {
        return fail(tr("The server offers only NTLMv1 (its NTLM challenge carries no target "
                       "information). Mailwright signs in with NTLMv2 only; choose another "
                       "sign-in method."));
    }
    QByteArray info;
    if (!readField(message, 40, &info))
        return fail(malformed(tr("the target information lies outside the message")));
    if (!(c.flags & NegotiateUnicode)) {
        return fail(tr("The server's NTLM challenge does not accept Unicode names, which "
                       "NTLMv2 in Mailwright needs."));
    }
    // The AV pairs ([MS-NLMP] §2.2.2.1), each inside the field, ended by MsvAvEOL.
    int at = 0;
    bool ended = false;
    while (at + 4 <= info.size()) {
        const quint16 id = le16(info, at);
        const quint16 length = le16(info, at + 2);
        if (at + 4 + length > info.size())
            return fail(malformed(tr("a target information entry runs past its end")));
        if (id == kMsvAvEol) {
            if (length != 0)
                return fail(malformed(tr("the end of the target information has a length")));
            at += 4;
            ended = true;
            break;
        }
        if (id == kMsvAvTimestamp) {
            if (length != 8)
                return fail(malformed(tr("a timestamp that is not 8 bytes")));
            c.timestamp = qFromLittleEndian<quint64>(info.constData() + at + 4);
        }
        at += 4 + length;
    }
    if (!ended)
        return fail(malformed(tr("the target information has no end marker")));
    c.targetInfo = info.left(at);
    return c;
}

quint32 authenticateFlags(quint32 challengeFlags)
{
    return challengeFlags & (kClientFlags | NegotiateTargetInfo);
}

QString upperCaseName(const QString &user)
{
    QList<uint> codePoints = user.toUcs4();
    for (uint &c : codePoints)
        c = QChar::toUpper(char32_t(c));
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                             codePoints.size());
}

QByteArray ntowfV2(const QString &password, const QString &user, const QString &domain)
{
    const QByteArray ntHash = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    return hmacMd5(ntHash, utf16le(upperCaseName(user) + domain));
}

quint64 fileTime(qint64 msecsSinceEpoch)
{
    // 100 ns intervals from 1601-01-01 to 1970-01-01.
    constexpr quint64 epochDelta = 116444736000000000ULL;
    return epochDelta + quint64(msecsSinceEpoch) * 10000ULL;
}

Authenticate buildAuthenticate(const Challenge &challenge, const AuthenticateInputs &in)
{
    Authenticate a;
    const QByteArray key = ntowfV2(in.password, in.user, in.domain);

    // §3.3.2: temp = Responserversion HiResponserversion Z(6) Time ClientChallenge Z(4)
    // ServerName Z(4), where ServerName is the server's AV pairs.
    QByteArray temp("\x01\x01", 2);
    temp += QByteArray(6, '\0');
    appendLe64(temp, challenge.timestamp.value_or(in.time));
    temp += in.clientChallenge;
    temp += QByteArray(4, '\0');
    temp += challenge.targetInfo;
    temp += QByteArray(4, '\0');

    a.ntProofStr = hmacMd5(key, challenge.serverChallenge + temp);
    a.ntChallengeResponse = a.ntProofStr + temp;
    // §3.1.5.1.2: with the server's timestamp the LM response is Z(24).
    a.lmChallengeResponse =
        challenge.timestamp
            ? QByteArray(24, '\0')
            : hmacMd5(key, challenge.serverChallenge + in.clientChallenge) + in.clientChallenge;
    a.sessionBaseKey = hmacMd5(key, a.ntProofStr);
    // NTLMv2: KeyExchangeKey = SessionBaseKey.
    if ((in.flags & NegotiateKeyExch) && in.randomSessionKey.size() == 16)
        a.encryptedRandomSessionKey = rc4(a.sessionBaseKey, in.randomSessionKey);

    const bool withVersion = (in.flags & NegotiateVersion) && in.version.size() == 8;
    // Signature, type, six security buffers, flags, Version (72): all zero without
    // NEGOTIATE_VERSION, as [MS-NLMP] §2.2.1.3 asks. No MIC.
    constexpr int header = 72;
    QByteArray out = kSignature;
    appendLe32(out, kAuthenticateType);
    // The payload in the order Windows writes it: domain, user, workstation, LM, NT, key.
    const QByteArray domain = utf16le(in.domain);
    const QByteArray user = utf16le(in.user);
    const QByteArray workstation = utf16le(in.workstation);
    const qsizetype lmOffset = header + domain.size() + user.size() + workstation.size();
    const qsizetype ntOffset = lmOffset + a.lmChallengeResponse.size();
    const qsizetype keyOffset = ntOffset + a.ntChallengeResponse.size();
    appendField(out, a.lmChallengeResponse.size(), lmOffset);
    appendField(out, a.ntChallengeResponse.size(), ntOffset);
    appendField(out, domain.size(), header);
    appendField(out, user.size(), header + domain.size());
    appendField(out, workstation.size(), header + domain.size() + user.size());
    appendField(out, a.encryptedRandomSessionKey.size(), keyOffset);
    appendLe32(out, in.flags);
    out += withVersion ? in.version : QByteArray(8, '\0');
    out += domain + user + workstation + a.lmChallengeResponse + a.ntChallengeResponse +
           a.encryptedRandomSessionKey;
    a.message = out;
    return a;
}

std::optional<QByteArray> authenticateMessage(const QByteArray &challenge, const QString &user,
                                              const QString &password, const QString &domain,
                                              const QString &workstation, QString *why)
{
    const std::optional<Challenge> parsed = parseChallenge(challenge, why);
    if (!parsed)
        return std::nullopt;
    if (user.isEmpty()) {
        if (why)
            *why = tr("NTLM needs a user name.");
        return std::nullopt;
    }
    // Field lengths are 16 bits; no real name or password comes near.
    if (user.size() > 256 || domain.size() > 256 || workstation.size() > 256 ||
        password.size() > 1024) {
        if (why)
            *why = tr("The user name, domain or password is too long for NTLM.");
        return std::nullopt;
    }
    AuthenticateInputs in;
    in.user = user;
    in.password = password;
    in.domain = domain;
    in.workstation = workstation;
    quint32 random[2];
    QRandomGenerator::system()->fillRange(random);
    in.clientChallenge = QByteArray(reinterpret_cast<const char *>(random), sizeof random);
    in.time = fileTime(QDateTime::currentMSecsSinceEpoch());
    in.flags = authenticateFlags(parsed->flags);
    return buildAuthenticate(*parsed, in).message;
}

} // namespace mw::ntlm
