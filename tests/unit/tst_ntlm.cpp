// SPDX-License-Identifier: GPL-3.0-or-later
// NTLMv2 ([MS-NLMP]) on Qt's crypto: the §4.2.4 example byte for byte (NTOWFv2, LMv2,
// NTProofStr, SessionBaseKey, EncryptedRandomSessionKey, the whole AUTHENTICATE_MESSAGE),
// a second exchange recorded between a Windows client and server, the server's
// MsvAvTimestamp (LM response Z(24)), the NEGOTIATE_MESSAGE, and the refusals: a server
// without NTLMv2 target information and every malformed CHALLENGE_MESSAGE.
#include "protocol/Ntlm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QtEndian>

using namespace mw;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// [MS-NLMP] §4.2.4.3: the CHALLENGE_MESSAGE of the NTLMv2 example (server "Server",
// domain "Domain", ServerChallenge 0123456789abcdef).
const char *const kSpecChallenge =
    "4e544c4d53535000020000000c000c003800000033828ae20123456789abcdef000000000000000024002400"
    "44000000060070170000000f53006500720076006500720002000c0044006f006d00610069006e0001000c00"
    "53006500720076006500720000000000";
// ... and its AUTHENTICATE_MESSAGE (user "User", workstation "COMPUTER", password
// "Password", ClientChallenge aa..aa, Time 0, RandomSessionKey 55..55).
const char *const kSpecAuthenticate =
    "4e544c4d5353500003000000180018006c00000054005400840000000c000c00480000000800080054000000"
    "100010005c00000010001000d8000000358288e20501280a0000000f44006f006d00610069006e0055007300"
    "6500720043004f004d005000550054004500520086c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa"
    "68cd0ab851e51c96aabc927bebef6a1c01010000000000000000000000000000aaaaaaaaaaaaaaaa00000000"
    "02000c0044006f006d00610069006e0001000c005300650072007600650072000000000000000000c5dad254"
    "4fc9799094ce1ce90bc9d03e";

// A recorded exchange between Office Communicator 2007 R2 and OCS 2007 R2 (NTLMv2, user
// "User", domain "COSMO", workstation "COSMO-OCS-R2", password "Pa$$word").
const char *const kRecordedChallenge =
    "4E544C4D53535000020000000000000038000000F38298E2DD1BAAF4E7E218D100000000000000009600960038"
    "0000000502CE0E0000000F02000A0043004F0053004D004F000100180043004F0053004D004F002D004F004300"
    "53002D00520032000400160063006F0073006D006F002E006C006F00630061006C000300300063006F0073006D"
    "006F002D006F00630073002D00720032002E0063006F0073006D006F002E006C006F00630061006C0005001600"
    "63006F0073006D006F002E006C006F00630061006C0000000000";
const char *const kRecordedAuthenticate =
    "4E544C4D53535000030000001800180072000000C600C6008A0000000A000A004800000008000800520000001800"
    "18005A0000001000100050010000558298620502CE0E0000000F43004F0053004D004F0055007300650072004300"
    "4F0053004D004F002D004F00430053002D0052003200A1E92EFE4E078BF7C5C0049ACC6166C2D6AE875CB0FDAA41"
    "8DC0C800AE76ECA606D2B9FBEBD04731010100000000000059519A1727B9CA01D6AE875CB0FDAA41000000000200"
    "0A0043004F0053004D004F000100180043004F0053004D004F002D004F00430053002D00520032000400160063"
    "006F0073006D006F002E006C006F00630061006C000300300063006F0073006D006F002D006F00630073002D00"
    "720032002E0063006F0073006D006F002E006C006F00630061006C000500160063006F0073006D006F002E006C"
    "006F00630061006C00000000000000000031CB739E1CA80A498591E8AE797115E4";

quint16 le16(const QByteArray &data, int at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 le32(const QByteArray &data, int at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

// The bytes a security buffer (Len, MaxLen, Offset) at `at` points to.
QByteArray field(const QByteArray &message, int at)
{
    return message.mid(le32(message, at + 4), le16(message, at));
}

QString fromUtf16le(const QByteArray &bytes)
{
    QString out;
    for (int i = 0; i + 1 < bytes.size(); i += 2)
        out += QChar(le16(bytes, i));
    return out;
}

// A CHALLENGE_MESSAGE with the given flags and AV pairs (target info at offset 48).
QByteArray challengeWith(quint32 flags, const QByteArray &targetInfo)
{
    QByteArray m("NTLMSSP\0", 8);
    char b[4];
    qToLittleEndian<quint32>(2, b);
    m.append(b, 4);
    m += hex("0000000030000000"); // empty target name
    qToLittleEndian<quint32>(flags, b);
    m.append(b, 4);
    m += hex("0123456789abcdef0000000000000000");
    qToLittleEndian<quint16>(quint16(targetInfo.size()), b);
    m.append(b, 2);
    m.append(b, 2);
    qToLittleEndian<quint32>(48, b);
    m.append(b, 4);
    return m + targetInfo;
}

const QByteArray kDomainPair = hex("02000c0044006f006d00610069006e00");
const QByteArray kEol = hex("00000000");
constexpr quint32 kServerFlags = 0xe28a8233;

} // namespace

class TestNtlm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ntowfV2();
    void specExample();
    void recordedExchange();
    void serverTimestamp();
    void authenticateMessage();
    void negotiateMessage();
    void refused_data();
    void refused();
};

void TestNtlm::ntowfV2()
{
    // [MS-NLMP] §4.2.4.1.1; the user name is upper-cased, the domain is not.
    QCOMPARE(
        ntlm::ntowfV2(QStringLiteral("Password"), QStringLiteral("User"), QStringLiteral("Domain"))
            .toHex(),
        QByteArray("0c868a403bfd7a93a3001ef22ef02e3f"));
    QCOMPARE(
        ntlm::ntowfV2(QStringLiteral("Password"), QStringLiteral("uSER"), QStringLiteral("Domain"))
            .toHex(),
        QByteArray("0c868a403bfd7a93a3001ef22ef02e3f"));
    QVERIFY(
        ntlm::ntowfV2(QStringLiteral("Password"), QStringLiteral("User"), QStringLiteral("DOMAIN"))
            .toHex() != QByteArray("0c868a403bfd7a93a3001ef22ef02e3f"));
    // One code point to one, as Windows does: no "ß" -> "SS".
    QCOMPARE(ntlm::upperCaseName(QStringLiteral("straße.é")), QStringLiteral("STRAßE.É"));
}

void TestNtlm::specExample()
{
    QString why;
    const auto challenge = ntlm::parseChallenge(hex(kSpecChallenge), &why);
    QVERIFY2(challenge, qPrintable(why));
    QCOMPARE(challenge->flags, quint32(0xe28a8233));
    QCOMPARE(challenge->serverChallenge.toHex(), QByteArray("0123456789abcdef"));
    QCOMPARE(fromUtf16le(challenge->targetName), QStringLiteral("Server"));
    QCOMPARE(challenge->targetInfo.toHex(),
             QByteArray("02000c0044006f006d00610069006e0001000c005300650072007600650072000000"
                        "0000"));
    QVERIFY(!challenge->timestamp);

    ntlm::AuthenticateInputs in;
    in.user = QStringLiteral("User");
    in.password = QStringLiteral("Password");
    in.domain = QStringLiteral("Domain");
    in.workstation = QStringLiteral("COMPUTER");
    in.clientChallenge = hex("aaaaaaaaaaaaaaaa");
    in.time = 0;
    in.flags = 0xe2888235;
    in.version = hex("0501280a0000000f");
    in.randomSessionKey = QByteArray(16, '\x55');
    const ntlm::Authenticate a = ntlm::buildAuthenticate(*challenge, in);
    // §4.2.4.2.1 LMv2, §4.2.4.2.2 NTLMv2 response, §4.2.4.1.2 session base key,
    // §4.2.4.1.3 the RC4 of the random session key.
    QCOMPARE(a.lmChallengeResponse.toHex(),
             QByteArray("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa"));
    QCOMPARE(a.ntProofStr.toHex(), QByteArray("68cd0ab851e51c96aabc927bebef6a1c"));
    QCOMPARE(a.sessionBaseKey.toHex(), QByteArray("8de40ccadbc14a82f15cb0ad0de95ca3"));
    QCOMPARE(a.encryptedRandomSessionKey.toHex(), QByteArray("c5dad2544fc9799094ce1ce90bc9d03e"));
    QCOMPARE(a.message.toHex(), QByteArray(kSpecAuthenticate));
}

void TestNtlm::recordedExchange()
{
    // The client's own random inputs, read back from its message: the rest must follow.
    const QByteArray expected = hex(kRecordedAuthenticate);
    QString why;
    const auto challenge = ntlm::parseChallenge(hex(kRecordedChallenge), &why);
    QVERIFY2(challenge, qPrintable(why));
    ntlm::AuthenticateInputs in;
    in.user = QStringLiteral("User");
    in.password = QStringLiteral("Pa$$word");
    in.domain = QStringLiteral("COSMO");
    in.workstation = QStringLiteral("COSMO-OCS-R2");
    in.clientChallenge = hex("D6AE875CB0FDAA41");
    in.time = qFromLittleEndian<quint64>(hex("59519A1727B9CA01").constData());
    in.flags = le32(expected, 60);
    in.version = expected.mid(64, 8);
    const ntlm::Authenticate a = ntlm::buildAuthenticate(*challenge, in);
    QCOMPARE(a.lmChallengeResponse.toHex(), field(expected, 12).toHex());
    QCOMPARE(a.ntChallengeResponse.toHex(), field(expected, 20).toHex());
    // Everything but the encrypted session key (its random input is not known).
    QByteArray withoutKey = expected.left(expected.size() - 16);
    withoutKey[52] = withoutKey[54] = '\0'; // EncryptedRandomSessionKeyFields: Len, MaxLen
    QCOMPARE(a.message.toHex(), withoutKey.toHex());
}

void TestNtlm::serverTimestamp()
{
    // §3.1.5.1.2: the server's MsvAvTimestamp goes into the blob, and the LM response is
    // Z(24) instead of LMv2.
    const QByteArray stamp = hex("0102030405060708");
    const QByteArray info = kDomainPair + hex("07000800") + stamp + kEol;
    QString why;
    const auto challenge = ntlm::parseChallenge(challengeWith(kServerFlags, info), &why);
    QVERIFY2(challenge, qPrintable(why));
    QCOMPARE(challenge->timestamp.value_or(0), qFromLittleEndian<quint64>(stamp.constData()));
    ntlm::AuthenticateInputs in;
    in.user = QStringLiteral("User");
    in.password = QStringLiteral("Password");
    in.domain = QStringLiteral("Domain");
    in.clientChallenge = hex("aaaaaaaaaaaaaaaa");
    in.time = 12345;
    in.flags = ntlm::authenticateFlags(challenge->flags);
    const ntlm::Authenticate a = ntlm::buildAuthenticate(*challenge, in);
    QCOMPARE(a.lmChallengeResponse, QByteArray(24, '\0'));
    QCOMPARE(a.ntChallengeResponse.mid(16 + 8, 8), stamp);
    QCOMPARE(a.ntChallengeResponse.mid(16 + 16, 8), in.clientChallenge);
    QVERIFY(a.ntChallengeResponse.endsWith(QByteArray(info + kEol)));
}

void TestNtlm::authenticateMessage()
{
    // The production path on the spec's challenge: a fresh client challenge each time, no
    // KEY_EXCH, no session key, and a response a server recomputes from what it received.
    QString why;
    const auto m1 = ntlm::authenticateMessage(hex(kSpecChallenge), QStringLiteral("User"),
                                              QStringLiteral("Password"), QStringLiteral("Domain"),
                                              QStringLiteral("WS"), &why);
    QVERIFY2(m1, qPrintable(why));
    const auto m2 = ntlm::authenticateMessage(hex(kSpecChallenge), QStringLiteral("User"),
                                              QStringLiteral("Password"), QStringLiteral("Domain"),
                                              QStringLiteral("WS"), &why);
    QVERIFY2(m2, qPrintable(why));
    const QByteArray m = *m1;
    QVERIFY(m.startsWith(QByteArray("NTLMSSP\0\3\0\0\0", 12)));
    const quint32 flags = le32(m, 60);
    QCOMPARE(flags, quint32(0xa0888201)); // the spec challenge's flags we also asked for
    QVERIFY(!(flags & ntlm::NegotiateKeyExch));
    QVERIFY(!(flags & ntlm::NegotiateVersion));
    QCOMPARE(le32(m, 32), quint32(72)); // payload (the domain) right after the 72-byte header
    QCOMPARE(m.mid(64, 8), QByteArray(8, '\0')); // Version: zero, not negotiated
    QCOMPARE(fromUtf16le(field(m, 28)), QStringLiteral("Domain"));
    QCOMPARE(fromUtf16le(field(m, 36)), QStringLiteral("User"));
    QCOMPARE(fromUtf16le(field(m, 44)), QStringLiteral("WS"));
    QCOMPARE(field(m, 52), QByteArray());
    const QByteArray nt = field(m, 20);
    const QByteArray blob = nt.mid(16);
    QVERIFY(blob.startsWith(hex("0101000000000000")));
    const QByteArray clientChallenge = blob.mid(16, 8);
    QVERIFY(clientChallenge != field(*m2, 20).mid(32, 8));
    // The time is now (FILETIME), within a minute.
    const quint64 time = qFromLittleEndian<quint64>(blob.constData() + 8);
    const quint64 now = ntlm::fileTime(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(time <= now && now - time < 600000000ULL);
    // What a server does ([MS-NLMP] §3.3.2 on its side): HMAC over its challenge and blob.
    const QByteArray key =
        ntlm::ntowfV2(QStringLiteral("Password"), QStringLiteral("User"), QStringLiteral("Domain"));
    QCOMPARE(nt.left(16), QMessageAuthenticationCode::hash(hex("0123456789abcdef") + blob, key,
                                                           QCryptographicHash::Md5));
    QCOMPARE(field(m, 12).mid(16), clientChallenge);
    // No password, no user: nothing is sent.
    QVERIFY(!ntlm::authenticateMessage(hex(kSpecChallenge), QString(), QStringLiteral("pw"),
                                       QString(), QString(), &why));
    QCOMPARE(why, QStringLiteral("NTLM needs a user name."));
    QVERIFY(!m.contains(QByteArray("Password")) && !m.contains(QByteArray("P\0a\0s\0s\0", 8)));
}

void TestNtlm::negotiateMessage()
{
    QCOMPARE(ntlm::negotiateMessage(QString(), QString()).toHex(),
             QByteArray("4e544c4d5353500001000000" // signature, type 1
                        "058208a0"                 // UNICODE REQUEST_TARGET NTLM ALWAYS_SIGN
                                                   // EXTENDED_SESSIONSECURITY 128 56
                        "0000000028000000"
                        "0000000028000000"
                        "0000000000000000")); // Version: zero, but there (40 bytes)
    QCOMPARE(ntlm::negotiateMessage(QStringLiteral("CORP"), QStringLiteral("WS1")).toHex(),
             QByteArray("4e544c4d5353500001000000"
                        "05b208a0" // ... OEM_DOMAIN_SUPPLIED OEM_WORKSTATION_SUPPLIED
                        "0400040028000000"
                        "030003002c000000"
                        "0000000000000000"
                        "434f5250"
                        "575331"));
    // Not ASCII: not sent (the OEM code page of the server is unknown).
    QCOMPARE(ntlm::negotiateMessage(QStringLiteral("KÖLN"), QString()),
             ntlm::negotiateMessage(QString(), QString()));
}

void TestNtlm::refused_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("why");
    const QByteArray good = challengeWith(kServerFlags, kDomainPair + kEol);
    QVERIFY(ntlm::parseChallenge(good, nullptr));

    QTest::newRow("NTLMv1 server: no target info flag")
        << challengeWith(kServerFlags & ~ntlm::NegotiateTargetInfo, kDomainPair + kEol)
        << QStringLiteral("offers only NTLMv1");
    QTest::newRow("NTLMv1 server: empty target info")
        << challengeWith(kServerFlags, QByteArray()) << QStringLiteral("offers only NTLMv1");
    QTest::newRow("NTLMv1 server: short header")
        << challengeWith(kServerFlags, kDomainPair + kEol).left(32)
        << QStringLiteral("offers only NTLMv1");
    QTest::newRow("OEM only") << challengeWith(kServerFlags & ~ntlm::NegotiateUnicode,
                                               kDomainPair + kEol)
                              << QStringLiteral("Unicode");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an NTLM message");
    QTest::newRow("signature") << QByteArray(good).replace(0, 4, "XTLM")
                               << QStringLiteral("not an NTLM message");
    QTest::newRow("type 3") << QByteArray(good).replace(8, 1, "\x03")
                            << QStringLiteral("message type 3");
    QTest::newRow("truncated") << good.left(31) << QStringLiteral("not an NTLM message");
    QTest::newRow("target info past the end")
        << good.left(good.size() - 1) << QStringLiteral("outside the message");
    QByteArray farOffset = good;
    farOffset[44] = '\xff';
    farOffset[47] = '\x7f';
    QTest::newRow("target info offset huge") << farOffset << QStringLiteral("outside the message");
    QByteArray nameOutside = good;
    nameOutside[12] = '\x10';
    nameOutside[16] = '\xf0';
    QTest::newRow("target name outside") << nameOutside << QStringLiteral("target name");
    QTest::newRow("AV pair past the end")
        << challengeWith(kServerFlags, hex("02002000") + kDomainPair.mid(4) + kEol)
        << QStringLiteral("runs past its end");
    QTest::newRow("no MsvAvEOL") << challengeWith(kServerFlags, kDomainPair)
                                 << QStringLiteral("no end marker");
    QTest::newRow("MsvAvEOL with a length")
        << challengeWith(kServerFlags, kDomainPair + hex("00000200aaaa"))
        << QStringLiteral("end of the target information");
    QTest::newRow("short timestamp")
        << challengeWith(kServerFlags, kDomainPair + hex("070004000102030400000000"))
        << QStringLiteral("not 8 bytes");
    QTest::newRow("too large") << challengeWith(kServerFlags, QByteArray(20000, '\0'))
                               << QStringLiteral("too large");
}

void TestNtlm::refused()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, why);
    QString got;
    QVERIFY(!ntlm::parseChallenge(message, &got));
    QVERIFY2(got.contains(why), qPrintable(got));
    // The high-level call refuses the same way and sends nothing.
    QString again;
    QVERIFY(!ntlm::authenticateMessage(message, QStringLiteral("User"), QStringLiteral("pw"),
                                       QString(), QString(), &again));
    QCOMPARE(again, got);
}

QTEST_GUILESS_MAIN(TestNtlm)
#include "tst_ntlm.moc"
