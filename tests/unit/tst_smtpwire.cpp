// SPDX-License-Identifier: GPL-3.0-or-later
// Pure tests of the SMTP wire helpers (protocol/SmtpWire.h) and of the AUTH state machine
// (protocol/SmtpAuthenticator.h), without a socket.
#include "protocol/Sasl.h"
#include "protocol/SmtpAuthenticator.h"
#include "protocol/SmtpWire.h"

#include <QHostInfo>
#include <QTest>

Q_DECLARE_METATYPE(mw::SmtpCapabilities)

using namespace mw;

namespace {

SmtpCapabilities caps(qint64 size, bool eightBit, bool utf8)
{
    SmtpCapabilities c;
    c.size = size;
    c.eightBitMime = eightBit;
    c.smtpUtf8 = utf8;
    return c;
}

SmtpReply reply(int code, const QByteArray &line = {})
{
    SmtpReply r;
    r.code = code;
    r.lines = {line};
    return r;
}

using Kind = SmtpAuthenticator::Action::Kind;

} // namespace

class TestSmtpWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostDomainIsQtsRule();
    void prepareMessage_data();
    void prepareMessage();
    void prepareKeepsEnvelopeOrder();
    void safeInCommand_data();
    void safeInCommand();
    void classifyReply();
    void bdatChunks();
    void prepareForBdat();
    void authPlainInitialResponse();
    void authLoginExchange();
    void authLoginRefusesNonBase64Prompt();
    void authCramMd5();
    void authOAuthErrorThenFinal();
    void authEndlessChallenges();
    void authFinalRefusals_data();
    void authFinalRefusals();
    void authNoMechanism();
};

void TestSmtpWire::prepareMessage_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SmtpCapabilities>("caps");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<int>("errorClass");
    QTest::addColumn<int>("phase");

    const QStringList one{QStringLiteral("to@example.org")};
    const QString from = QStringLiteral("from@example.org");
    const int none = int(ErrorClass::None);
    QTest::newRow("plain, no SIZE")
        << from << one << QByteArray("Subject: x\r\n\r\nhi\r\n") << caps(-1, false, false) << true
        << QByteArray("MAIL FROM:<from@example.org>") << none << int(Phase::Idle);
    QTest::newRow("SIZE announced: the size goes along")
        << from << one << QByteArray("a\n") << caps(0, false, false) << true
        << QByteArray("MAIL FROM:<from@example.org> SIZE=6") << none << int(Phase::Idle);
    QTest::newRow("null reverse-path")
        << QString() << one << QByteArray("a") << caps(-1, false, false) << true
        << QByteArray("MAIL FROM:<>") << none << int(Phase::Idle);
    QTest::newRow("8-bit body with 8BITMIME")
        << from << one << QByteArray("caf\xc3\xa9\r\n") << caps(-1, true, false) << true
        << QByteArray("MAIL FROM:<from@example.org> BODY=8BITMIME") << none << int(Phase::Idle);
    QTest::newRow("8-bit body, SMTPUTF8 only, is carried")
        << from << one << QByteArray("caf\xc3\xa9\r\n") << caps(-1, false, true) << true
        << QByteArray("MAIL FROM:<from@example.org> BODY=8BITMIME") << none << int(Phase::Idle);
    QTest::newRow("8-bit body, neither")
        << from << one << QByteArray("caf\xc3\xa9\r\n") << caps(-1, false, false) << false
        << QByteArray() << int(ErrorClass::MessageRejected) << int(Phase::Mail);
    QTest::newRow("IDN domain goes as ACE, no SMTPUTF8")
        << from << QStringList{QStringLiteral("x@b\u00fccher.example")} << QByteArray("a")
        << caps(-1, false, false) << true << QByteArray("MAIL FROM:<from@example.org>") << none
        << int(Phase::Idle);
    QTest::newRow("non-ASCII local part with SMTPUTF8")
        << from << QStringList{QStringLiteral("j\u00f6rg@example.org")} << QByteArray("a")
        << caps(-1, false, true) << true << QByteArray("MAIL FROM:<from@example.org> SMTPUTF8")
        << none << int(Phase::Idle);
    QTest::newRow("non-ASCII local part without SMTPUTF8")
        << from << QStringList{QStringLiteral("j\u00f6rg@example.org")} << QByteArray("a")
        << caps(-1, true, false) << false << QByteArray() << int(ErrorClass::RecipientRejected)
        << int(Phase::Mail);
    QTest::newRow("too large for the server")
        << from << one << QByteArray(100, 'x') << caps(50, false, false) << false << QByteArray()
        << int(ErrorClass::MessageRejected) << int(Phase::Mail);
    QTest::newRow("line over 998 octets")
        << from << one << QByteArray(999, 'x') << caps(-1, false, false) << false << QByteArray()
        << int(ErrorClass::MessageRejected) << int(Phase::Data);
    QTest::newRow("no recipient") << from << QStringList() << QByteArray("a")
                                  << caps(-1, false, false) << false << QByteArray()
                                  << int(ErrorClass::Config) << int(Phase::Rcpt);
    QTest::newRow("recipient that would smuggle a command")
        << from << QStringList{QStringLiteral("a@b>\r\nRSET")} << QByteArray("a")
        << caps(-1, false, false) << false << QByteArray() << int(ErrorClass::Config)
        << int(Phase::Mail);
    QTest::newRow("sender with an angle bracket")
        << QStringLiteral("a>b@example.org") << one << QByteArray("a") << caps(-1, false, false)
        << false << QByteArray() << int(ErrorClass::Config) << int(Phase::Mail);
    // The first reason wins: an unsafe address before a line that is too long.
    QTest::newRow("unsafe address before a long line")
        << from << QStringList{QStringLiteral("a\n@b")} << QByteArray(2000, 'x')
        << caps(-1, false, false) << false << QByteArray() << int(ErrorClass::Config)
        << int(Phase::Mail);
}

void TestSmtpWire::prepareMessage()
{
    QFETCH(QString, sender);
    QFETCH(QStringList, recipients);
    QFETCH(QByteArray, content);
    QFETCH(SmtpCapabilities, caps);
    QFETCH(bool, ok);
    QFETCH(QByteArray, mail);
    QFETCH(int, errorClass);
    QFETCH(int, phase);

    const smtp::PreparedMessage m = smtp::prepareMessage({sender, recipients, content}, caps);
    QCOMPARE(m.ok, ok);
    QCOMPARE(int(m.errorClass), errorClass);
    if (!ok) {
        QCOMPARE(int(m.phase), phase);
        QVERIFY(!m.error.isEmpty());
        QVERIFY(m.mail.isEmpty());
        return;
    }
    QCOMPARE(m.mail, mail);
    QCOMPARE(m.rcpts.size(), recipients.size());
    QVERIFY(m.data.endsWith("\r\n.\r\n") || m.data == ".\r\n");
    QVERIFY(m.error.isEmpty());
}

void TestSmtpWire::prepareKeepsEnvelopeOrder()
{
    const Envelope env{QStringLiteral("f@example.org"),
                       {QStringLiteral("b@example.org"), QStringLiteral("a@b\u00fccher.example")},
                       QByteArray(".dot\nend")};
    const smtp::PreparedMessage m = smtp::prepareMessage(env, caps(-1, false, false));
    QVERIFY(m.ok);
    QCOMPARE(m.rcpts,
             (QList<QByteArray>{"RCPT TO:<b@example.org>", "RCPT TO:<a@xn--bcher-kva.example>"}));
    QCOMPARE(smtp::rcptCommand(env.recipients.at(1)), m.rcpts.at(1));
    // RFC 5321 §4.5.2 dot-stuffing and CR LF line ends.
    QCOMPARE(m.data, QByteArray("..dot\r\nend\r\n.\r\n"));
}

void TestSmtpWire::safeInCommand_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QStringLiteral("a@example.org") << true;
    QTest::newRow("empty (null path)") << QString() << true;
    QTest::newRow("address literal") << QStringLiteral("a@[192.0.2.1]") << true;
    QTest::newRow("CR") << QStringLiteral("a@b\rc") << false;
    QTest::newRow("LF") << QStringLiteral("a@b\nc") << false;
    QTest::newRow("NUL") << QString(QStringLiteral("a@b") + QChar(0)) << false;
    QTest::newRow("closing bracket") << QStringLiteral("a@[x>y]") << false;
    QTest::newRow("opening bracket") << QStringLiteral("<a@b") << false;
}

void TestSmtpWire::safeInCommand()
{
    QFETCH(QString, address);
    QFETCH(bool, safe);
    QCOMPARE(smtp::isSafeInCommand(address), safe);
}

void TestSmtpWire::bdatChunks()
{
    // RFC 3030 §2: sizes in octets, the last chunk says LAST, an empty message is one
    // "BDAT 0 LAST"; no dot-stuffing, no terminating dot.
    QString error;
    const auto data = smtp::encodeChunkData(".dot\nline\r\n.\n", &error);
    QVERIFY(data);
    QCOMPARE(*data, QByteArray(".dot\r\nline\r\n.\r\n"));
    QCOMPARE(smtp::bdatChunks(*data), QList<QByteArray>{"BDAT 15 LAST\r\n" + *data});
    QCOMPARE(smtp::bdatChunks({}), QList<QByteArray>{"BDAT 0 LAST\r\n"});
    QCOMPARE(smtp::bdatChunks("abcdefg", 3),
             (QList<QByteArray>{"BDAT 3\r\nabc", "BDAT 3\r\ndef", "BDAT 1 LAST\r\ng"}));
    QCOMPARE(smtp::bdatChunks("abcdef", 3),
             (QList<QByteArray>{"BDAT 3\r\nabc", "BDAT 3 LAST\r\ndef"}));
    QVERIFY(!smtp::encodeChunkData(QByteArray(999, 'x'), &error)); // still 998 per line
    // Content that is CR LF throughout (the spool's) is the data itself, not a copy; a
    // bare LF, a missing last CR LF or a line too long still go the long way.
    const QByteArray ready = "Subject: s\r\n\r\n.dot\r\n" + QByteArray(998, 'x') + "\r\n";
    const auto same = smtp::encodeChunkData(ready, &error);
    QVERIFY(same);
    QCOMPARE(*same, ready);
    QCOMPARE(same->constData(), ready.constData());
    QCOMPARE(*smtp::encodeChunkData("a\r\nb\nc\r\n", &error), QByteArray("a\r\nb\r\nc\r\n"));
    QCOMPARE(*smtp::encodeChunkData("a\r\nb", &error), QByteArray("a\r\nb\r\n"));
    QCOMPARE(*smtp::encodeChunkData("\r\n", &error), QByteArray("\r\n"));
    QVERIFY(!smtp::encodeChunkData("a\r\n" + QByteArray(999, 'x') + "\r\n", &error));
}

void TestSmtpWire::prepareForBdat()
{
    // CHUNKING offered: BDAT, SIZE of the octets sent; 8-bit content still needs 8BITMIME.
    SmtpCapabilities caps;
    caps.chunking = true;
    caps.size = 0;
    Envelope env{QStringLiteral("a@example.test"),
                 {QStringLiteral("b@example.test")},
                 QByteArray("Subject: x\n\n.hello\n")};
    auto m = smtp::prepareMessage(env, caps);
    QVERIFY(m.ok);
    QVERIFY(m.bdat);
    QCOMPARE(m.data, QByteArray("Subject: x\r\n\r\n.hello\r\n"));
    QCOMPARE(m.mail, QByteArray("MAIL FROM:<a@example.test> SIZE=22"));
    env.content = "Subject: x\n\ngr\xc3\xbc\xc3\x9f\n";
    QVERIFY(!smtp::prepareMessage(env, caps).ok);
    caps.eightBitMime = true;
    m = smtp::prepareMessage(env, caps);
    QVERIFY(m.ok);
    QVERIFY(m.mail.endsWith(" BODY=8BITMIME"));
    caps.chunking = false;
    QVERIFY(!smtp::prepareMessage(env, caps).bdat);
}

void TestSmtpWire::classifyReply()
{
    QCOMPARE(smtp::classifyReply(reply(451), ErrorClass::SenderRejected), ErrorClass::Temporary);
    QCOMPARE(smtp::classifyReply(reply(550), ErrorClass::SenderRejected),
             ErrorClass::SenderRejected);
    QCOMPARE(smtp::classifyReply(reply(354), ErrorClass::MessageRejected), ErrorClass::Protocol);
    QVERIFY(smtp::hasHighBytes(QByteArray("\x80")));
    QVERIFY(!smtp::hasHighBytes(QByteArray("plain\x7f")));
    // Read eight bytes at a time: a high byte at every place of a word and of the tail.
    for (int at = 0; at < 19; ++at) {
        QByteArray d(19, 'a');
        QVERIFY(!smtp::hasHighBytes(d));
        d[at] = char(0xc3);
        QVERIFY2(smtp::hasHighBytes(d), qPrintable(QString::number(at)));
    }
}

static SmtpConfig authConfig(SmtpConfig::Auth auth)
{
    SmtpConfig c;
    c.host = QStringLiteral("mail.example.org");
    c.port = 587;
    c.security = SmtpConfig::Security::StartTls;
    c.auth = auth;
    c.username = QStringLiteral("user");
    c.password = QStringLiteral("secret");
    c.accessToken = QStringLiteral("tok");
    return c;
}

void TestSmtpWire::authPlainInitialResponse()
{
    SmtpAuthenticator a;
    const auto first =
        a.start(authConfig(SmtpConfig::Auth::Plain), {QStringLiteral("PLAIN")}, true);
    QCOMPARE(first.kind, Kind::Send);
    QCOMPARE(first.line,
             "AUTH PLAIN " + sasl::plainResponse(QStringLiteral("user"), QStringLiteral("secret")));
    QCOMPARE(first.shown, QStringLiteral("AUTH PLAIN ***"));
    // A server that ignored the initial response asks for it (RFC 4954 §4).
    const auto again = a.onReply(reply(334, ""));
    QCOMPARE(again.kind, Kind::Send);
    QCOMPARE(again.line, sasl::plainResponse(QStringLiteral("user"), QStringLiteral("secret")));
    QCOMPARE(again.shown, QStringLiteral("***"));
    // A third 334 asks for more than PLAIN has.
    const auto more = a.onReply(reply(334, ""));
    QCOMPARE(more.kind, Kind::Failed);
    QCOMPARE(more.errorClass, ErrorClass::Protocol);
    QVERIFY(more.withReply);
    QVERIFY(!more.quit);
    QCOMPARE(a.mechanism(), QStringLiteral("PLAIN"));
}

void TestSmtpWire::authLoginExchange()
{
    SmtpAuthenticator a;
    QCOMPARE(a.start(authConfig(SmtpConfig::Auth::Login), {QStringLiteral("LOGIN")}, true).line,
             QByteArray("AUTH LOGIN"));
    const auto user = a.onReply(reply(334, "VXNlcm5hbWU6"));
    QCOMPARE(user.kind, Kind::Send);
    QCOMPARE(user.line, QByteArray("user").toBase64());
    QCOMPARE(user.shown, QStringLiteral("***"));
    const auto pass = a.onReply(reply(334, "UGFzc3dvcmQ6"));
    QCOMPARE(pass.line, QByteArray("secret").toBase64());
    QCOMPARE(a.onReply(reply(235)).kind, Kind::Succeeded);
}

void TestSmtpWire::authLoginRefusesNonBase64Prompt()
{
    SmtpAuthenticator a;
    (void)a.start(authConfig(SmtpConfig::Auth::Login), {QStringLiteral("LOGIN")}, true);
    const auto step = a.onReply(reply(334, "Username:"));
    QCOMPARE(step.kind, Kind::Failed);
    QCOMPARE(step.errorClass, ErrorClass::Protocol);
    QVERIFY(step.line.isEmpty()); // nothing, not even the login name, goes out
}

void TestSmtpWire::authCramMd5()
{
    SmtpAuthenticator a;
    QCOMPARE(
        a.start(authConfig(SmtpConfig::Auth::CramMd5), {QStringLiteral("CRAM-MD5")}, true).line,
        QByteArray("AUTH CRAM-MD5"));
    const QByteArray challenge = QByteArray("<1.2@host>").toBase64();
    const auto step = a.onReply(reply(334, challenge));
    QCOMPARE(step.kind, Kind::Send);
    QCOMPARE(step.line,
             *sasl::cramMd5Response(challenge, QStringLiteral("user"), QStringLiteral("secret")));
    SmtpAuthenticator bad;
    (void)bad.start(authConfig(SmtpConfig::Auth::CramMd5), {QStringLiteral("CRAM-MD5")}, true);
    const auto refused = bad.onReply(reply(334, "not base64!"));
    QCOMPARE(refused.kind, Kind::Failed);
    QVERIFY(!refused.withReply);
}

void TestSmtpWire::authOAuthErrorThenFinal()
{
    SmtpAuthenticator a;
    const auto first =
        a.start(authConfig(SmtpConfig::Auth::OAuthBearer), {QStringLiteral("OAUTHBEARER")}, true);
    QCOMPARE(first.shown, QStringLiteral("AUTH OAUTHBEARER ***"));
    QVERIFY(first.line.startsWith("AUTH OAUTHBEARER "));
    const QByteArray error = QByteArray(R"({"status":"invalid_token","scope":"mail"})").toBase64();
    const auto ack = a.onReply(reply(334, error));
    QCOMPARE(ack.kind, Kind::Send);
    QCOMPARE(ack.line, QByteArray("AQ==")); // RFC 7628 §3.2.3: a single ^A
    QVERIFY(ack.note.contains(QStringLiteral("invalid_token")));
    const auto final = a.onReply(reply(535));
    QCOMPARE(final.kind, Kind::Failed);
    QCOMPARE(final.errorClass, ErrorClass::AuthFailed);
    // The provider's reason, not the bare 535.
    QCOMPARE(final.message, sasl::describeOAuthError(*sasl::parseOAuthError(error),
                                                     QStringLiteral("OAUTHBEARER")));
    QVERIFY(final.quit);
}

void TestSmtpWire::authEndlessChallenges()
{
    SmtpAuthenticator a;
    (void)a.start(authConfig(SmtpConfig::Auth::Login), {QStringLiteral("LOGIN")}, true);
    SmtpAuthenticator::Action step;
    int sent = 0;
    for (int i = 0; i < 10; ++i) {
        step = a.onReply(reply(334, "VXNlcm5hbWU6"));
        if (step.kind != Kind::Send)
            break;
        ++sent;
    }
    QCOMPARE(step.kind, Kind::Failed);
    QVERIFY(sent <= SmtpAuthenticator::kMaxRounds);
}

void TestSmtpWire::authFinalRefusals_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("errorClass");
    QTest::newRow("535 password") << int(SmtpConfig::Auth::Plain) << 535
                                  << int(ErrorClass::AuthFailed);
    QTest::newRow("454 temporary")
        << int(SmtpConfig::Auth::Plain) << 454 << int(ErrorClass::Temporary);
    QTest::newRow("534 too weak") << int(SmtpConfig::Auth::Plain) << 534
                                  << int(ErrorClass::AuthUnsupported);
    QTest::newRow("538 encryption required")
        << int(SmtpConfig::Auth::Plain) << 538 << int(ErrorClass::AuthUnsupported);
    QTest::newRow("504 token mechanism unknown")
        << int(SmtpConfig::Auth::XOAuth2) << 504 << int(ErrorClass::AuthUnsupported);
    QTest::newRow("535 token") << int(SmtpConfig::Auth::XOAuth2) << 535
                               << int(ErrorClass::AuthFailed);
}

void TestSmtpWire::authFinalRefusals()
{
    QFETCH(int, auth);
    QFETCH(int, code);
    QFETCH(int, errorClass);
    SmtpAuthenticator a;
    const auto first = a.start(authConfig(SmtpConfig::Auth(auth)),
                               {QStringLiteral("PLAIN"), QStringLiteral("XOAUTH2")}, true);
    QCOMPARE(first.kind, Kind::Send);
    const auto step = a.onReply(reply(code));
    QCOMPARE(step.kind, Kind::Failed);
    QCOMPARE(int(step.errorClass), errorClass);
    QVERIFY(step.withReply);
    QVERIFY(step.quit); // RFC 5321 §4.1.1.10: a refused login ends with QUIT
    if (SmtpConfig::Auth(auth) == SmtpConfig::Auth::XOAuth2 && code == 535)
        QVERIFY(step.message.contains(QStringLiteral("OAuth2")));
}

void TestSmtpWire::authNoMechanism()
{
    SmtpAuthenticator a;
    // Only CRAM-MD5 offered, PLAIN required.
    const auto step =
        a.start(authConfig(SmtpConfig::Auth::Plain), {QStringLiteral("CRAM-MD5")}, true);
    QCOMPARE(step.kind, Kind::Failed);
    QCOMPARE(step.errorClass, ErrorClass::AuthUnsupported);
    QVERIFY(!step.message.isEmpty());
    QVERIFY(step.quit);
    QVERIFY(!step.withReply);
    // Not encrypted, security not "none": no mechanism at all (sasl::mayAuthenticate).
    SmtpAuthenticator clear;
    QCOMPARE(
        clear.start(authConfig(SmtpConfig::Auth::Plain), {QStringLiteral("PLAIN")}, false).kind,
        Kind::Failed);
}

// The host's domain for EHLO, read from the resolver's configuration without Qt's loading of
// the resolver library: the same answer as QHostInfo::localDomainName() gives. The
// configuration is set by LOCALDOMAIN (a search list), before the process's resolver reads
// it for the first time (glibc keeps it while /etc/resolv.conf is unchanged): this function
// runs first.
void TestSmtpWire::hostDomainIsQtsRule()
{
    qputenv("LOCALDOMAIN", "first.example second.example");
    const QString domain = smtp::hostDomain();
    QCOMPARE(domain, QStringLiteral("first.example")); // the first of the list
    QCOMPARE(domain, QHostInfo::localDomainName());
    qunsetenv("LOCALDOMAIN");
}

QTEST_GUILESS_MAIN(TestSmtpWire)
#include "tst_smtpwire.moc"
