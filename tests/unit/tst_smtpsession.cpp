// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP session against scripted loopback servers, for what no real server does:
// hostile, broken or stalling replies. Each row names the story, the expected error
// class and phase, and what the client must never have sent.
#include "ScriptedSession.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace mw;
using namespace mw::test;
using S = ScriptedServer;

Q_DECLARE_METATYPE(mw::MessageOutcome::State)

namespace {

const QByteArray kEhlo = "250-test.example\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN CRAM-MD5\r\n";
const QByteArray kEhloTls = "250-test.example\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN CRAM-MD5\r\n";

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostile_data();
    void hostile();
    void cancelWhileConnected();
    void multipleMessagesOneSession();
    void envelopeAddressThatWouldEndThePath();
    void uploadPacedByTheServer_data();
    void uploadPacedByTheServer();
};

void TestSmtpSession::hostile_data()
{
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<SmtpConfig::Security>("security");
    QTest::addColumn<SmtpConfig::Auth>("auth");
    QTest::addColumn<int>("stopAfter");      // mw::Phase
    QTest::addColumn<int>("sizeOfMessage");  // 0: the small test message
    QTest::addColumn<QString>("errorClass"); // empty: success
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QByteArray>("neverSent");
    QTest::addColumn<int>("outcome"); // MessageOutcome::State of message 0, -1: no message

    using Sec = SmtpConfig::Security;
    using Auth = SmtpConfig::Auth;
    const int done = int(Phase::Done);
    const int ehlo = int(Phase::Ehlo);

    QTest::newRow("bare-250-replies")
        << QList<S::Step>{S::send("220\r\n"), S::expect("EHLO", "250\r\n"),
                          S::expect("QUIT", "221\r\n")}
        << Sec::None << Auth::None << ehlo << 0 << ""
        << "done" << QByteArray() << -1;
    QTest::newRow("reply-split-across-packets") << QList<S::Step>{S::send("22"),
                                                                  S::sendAfter(50, "0 hi\r"),
                                                                  S::sendAfter(50, "\n"),
                                                                  S::expect("EHLO", "250-a\r\n"),
                                                                  S::sendAfter(50, "250 b\r\n"),
                                                                  S::expect("QUIT", "221 bye\r\n")}
                                                << Sec::None << Auth::None << ehlo << 0 << ""
                                                << "done" << QByteArray() << -1;
    QTest::newRow("missing-cr") << QList<S::Step>{S::send("220 hi\n"),
                                                  S::expect("EHLO", "250-x\n250 SIZE 100\n"),
                                                  S::expect("QUIT", "221 bye\n")}
                                << Sec::None << Auth::None << ehlo << 0 << ""
                                << "done" << QByteArray() << -1;
    QTest::newRow("over-long-line") << QList<S::Step>{S::send(QByteArray(20000, 'A')), S::stall()}
                                    << Sec::None << Auth::None << ehlo << 0 << "protocol"
                                    << "greeting" << QByteArray("EHLO") << -1;
    QTest::newRow("pop3-greeting-on-smtp-client")
        << QList<S::Step>{S::send("+OK POP3 server ready <1.2@x>\r\n"), S::stall()} << Sec::None
        << Auth::None << ehlo << 0 << "protocol"
        << "greeting" << QByteArray("EHLO") << -1;
    QTest::newRow("invalid-code-2x0") << QList<S::Step>{S::send("2x0 hello\r\n"), S::stall()}
                                      << Sec::None << Auth::None << ehlo << 0 << "protocol"
                                      << "greeting" << QByteArray("EHLO") << -1;
    QTest::newRow("greeting-421") << QList<S::Step>{S::send("421 too busy\r\n"), S::close()}
                                  << Sec::None << Auth::None << ehlo << 0 << "temporary"
                                  << "greeting" << QByteArray("EHLO") << -1;
    QTest::newRow("greeting-never-comes")
        << QList<S::Step>{S::stall()} << Sec::None << Auth::None << ehlo << 0 << "timeout"
        << "greeting" << QByteArray("EHLO") << -1;
    QTest::newRow("multi-line-never-ends")
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", QByteArray("250-x\r\n").repeated(300)), S::stall()}
        << Sec::None << Auth::None << ehlo << 0 << "protocol"
        << "ehlo" << QByteArray("QUIT") << -1;
    QTest::newRow("starttls-not-offered-no-auth-sent")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhlo), S::stall()}
        << Sec::StartTls << Auth::Plain << done << 0 << "starttls_unavailable"
        << "starttls" << QByteArray("AUTH") << 0;
    QTest::newRow("starttls-refused-454")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhloTls),
                          S::expect("STARTTLS", "454 TLS not available\r\n"), S::stall()}
        << Sec::StartTls << Auth::Plain << done << 0 << "starttls_unavailable"
        << "starttls" << QByteArray("AUTH") << 0;
    QTest::newRow("bytes-after-starttls-220")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhloTls),
                          S::expect("STARTTLS", "220 go ahead\r\n250-injected\r\n"), S::stall()}
        << Sec::StartTls << Auth::Plain << done << 0 << "protocol"
        << "starttls" << QByteArray("AUTH") << 0;
    // Bytes that come after the go-ahead but too late for the check above reach the TLS
    // layer, never the SMTP parser: the plain socket that read the 220 reads nothing more
    // (MailConnection hands the connection to the QSslSocket before the event loop runs).
    QTest::newRow("bytes-after-starttls-220-later")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhloTls),
                          S::expect("STARTTLS", "220 go ahead\r\n"),
                          S::sendAfter(100, "250-injected\r\n"), S::stall()}
        << Sec::StartTls << Auth::Plain << done << 0 << "tls_handshake"
        << "tls" << QByteArray("AUTH") << 0;
    QTest::newRow("auto-without-starttls-refuses-plain-in-clear")
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", "250-x\r\n250 AUTH PLAIN LOGIN\r\n"),
                          S::expect("QUIT", "221 bye\r\n")}
        << Sec::Auto << Auth::Auto << done << 0 << "starttls_unavailable"
        << "starttls" << QByteArray("AUTH") << 0;
    QTest::newRow("endless-334-loop")
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", kEhlo),
                          S::expect("AUTH LOGIN", "334 VXNlcm5hbWU6\r\n"),
                          S::expect("", "334 UGFzc3dvcmQ6\r\n"),
                          S::expect("", "334 VXNlcm5hbWU6\r\n"),
                          S::expect("", "334 VXNlcm5hbWU6\r\n"),
                          S::expect("", "334 VXNlcm5hbWU6\r\n"),
                          S::stall()}
        << Sec::None << Auth::Login << done << 0 << "protocol"
        << "auth" << QByteArray("MAIL") << 0;
    QTest::newRow("cram-challenge-not-base64")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhlo),
                          S::expect("AUTH CRAM-MD5", "334 !!!not base64!!!\r\n"), S::stall()}
        << Sec::None << Auth::CramMd5 << done << 0 << "protocol"
        << "auth" << QByteArray("MAIL") << 0;
    QTest::newRow("cram-challenge-megabytes")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhlo),
                          S::expect("AUTH CRAM-MD5", "334 " + QByteArray(3 << 20, 'A') + "\r\n"),
                          S::stall()}
        << Sec::None << Auth::CramMd5 << done << 0 << "protocol"
        << "auth" << QByteArray("MAIL") << 0;
    QTest::newRow("size-smaller-than-message")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "250-x\r\n250 SIZE 1000\r\n"),
                          S::expect("QUIT", "221 bye\r\n")}
        << Sec::None << Auth::None << done << 5000 << "message_rejected"
        << "mail" << QByteArray("MAIL FROM") << int(MessageOutcome::State::Rejected);
    QTest::newRow("stall-after-mail")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "250 x\r\n"), S::expect("MAIL"),
                          S::stall()}
        << Sec::None << Auth::None << done << 0 << "timeout"
        << "mail" << QByteArray("DATA") << int(MessageOutcome::State::Deferred);
    QTest::newRow("recipient-4xx-is-temporary")
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", "250 x\r\n"),
                          S::expect("MAIL", "250 ok\r\n"),
                          S::expect("RCPT", "451 4.3.0 try later\r\n"),
                          S::expect("RSET", "250 ok\r\n"),
                          S::expect("QUIT", "221 bye\r\n")}
        << Sec::None << Auth::None << done << 0 << "temporary"
        << "rcpt" << QByteArray("DATA") << int(MessageOutcome::State::Deferred);
    QTest::newRow("354-then-never-reads")
        << QList<S::Step>{S::send("220 hi\r\n"),           S::expect("EHLO", "250 x\r\n"),
                          S::expect("MAIL", "250 ok\r\n"), S::expect("RCPT", "250 ok\r\n"),
                          S::expect("DATA", "354 go\r\n"), S::stall()}
        << Sec::None << Auth::None << done << 0 << "timeout"
        << "data" << QByteArray() << int(MessageOutcome::State::Unknown);
    QTest::newRow("drop-in-the-middle-of-data")
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", "250 x\r\n"),
                          S::expect("MAIL", "250 ok\r\n"),
                          S::expect("RCPT", "250 ok\r\n"),
                          S::expect("DATA", "354 go\r\n"),
                          S::expect(""),
                          S::abort()}
        << Sec::None << Auth::None << done << 0 << "network"
        << "data" << QByteArray() << int(MessageOutcome::State::Unknown);
    QTest::newRow("drop-before-data")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "250 x\r\n"),
                          S::expect("MAIL", "250 ok\r\n"), S::close()}
        << Sec::None << Auth::None << done << 0 << "network"
        << "rcpt" << QByteArray("DATA") << int(MessageOutcome::State::Deferred);
    QTest::newRow("final-dot-rejected-554")
        << QList<S::Step>{S::send("220 hi\r\n"),           S::expect("EHLO", "250 x\r\n"),
                          S::expect("MAIL", "250 ok\r\n"), S::expect("RCPT", "250 ok\r\n"),
                          S::expect("DATA", "354 go\r\n"), S::expectData("554 5.7.1 spam\r\n"),
                          S::expect("QUIT", "221 bye\r\n")}
        << Sec::None << Auth::None << done << 0 << "message_rejected"
        << "data" << QByteArray() << int(MessageOutcome::State::Rejected);
    QTest::newRow("unsolicited-reply")
        << QList<S::Step>{S::send("220 hi\r\n250 surprise\r\n"), S::stall()} << Sec::None
        << Auth::None << ehlo << 0 << "protocol"
        << "ehlo" << QByteArray() << -1;
}

void TestSmtpSession::hostile()
{
    QFETCH(QList<S::Step>, script);
    QFETCH(SmtpConfig::Security, security);
    QFETCH(SmtpConfig::Auth, auth);
    QFETCH(int, stopAfter);
    QFETCH(int, sizeOfMessage);
    QFETCH(QString, errorClass);
    QFETCH(QString, phase);
    QFETCH(QByteArray, neverSent);
    QFETCH(int, outcome);

    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpConfig c = smtpConfig(server.port(), 1);
    c.security = security;
    c.auth = auth;
    c.username = QStringLiteral("user");
    c.password = QStringLiteral("Secret-Pw-991");
    c.heloName = QStringLiteral("client.example.test");
    Envelope env = testEnvelope();
    if (sizeOfMessage > 0)
        env.content += QByteArray(QByteArray(69, 'x') + '\n').repeated(sizeOfMessage / 70 + 1);

    SmtpRun run;
    QVERIFY(run.start(c, {env}, Phase(stopAfter)));
    QCOMPARE(run.finished.count(), 1);
    // Every step has a 1 s timeout here: nothing may hang past a few of them.
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
    const Result r = run.result();
    QVERIFY2(errorClassId(r.errorClass) == errorClass, run.explain().constData());
    QCOMPARE(phaseId(r.phase), phase);
    QCOMPARE(r.ok, errorClass.isEmpty());
    QVERIFY(!r.message.isEmpty());
    if (!neverSent.isEmpty())
        QVERIFY2(!server.received().contains(neverSent), server.received().left(400).constData());
    QVERIFY(!server.received().contains("Secret-Pw-991"));
    QVERIFY(!run.session.transcript().toText().contains(QLatin1String("Secret-Pw-991")));
    if (outcome >= 0)
        QCOMPARE(int(run.outcomes().value(0).state), outcome);
    // A second finished() never follows.
    QTest::qWait(50);
    QCOMPARE(run.finished.count(), 1);
}

void TestSmtpSession::cancelWhileConnected()
{
    ScriptedServer server({S::send("220 hi\r\n"), S::expect("EHLO"), S::stall()});
    QVERIFY(server.listen());
    const SmtpConfig c = smtpConfig(server.port(), 30);
    SmtpSession session;
    QSignalSpy finished(&session, &SmtpSession::finished);
    QSignalSpy states(&session, &SmtpSession::stateChanged);
    session.start(c, {testEnvelope()});
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == Phase::Ehlo, 5000);
    session.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(errorClassId(session.result().errorClass), QStringLiteral("cancelled"));
    QCOMPARE(session.result().phase, Phase::Ehlo);
    QCOMPARE(int(session.outcomes().value(0).state), int(MessageOutcome::State::NotAttempted));
}

void TestSmtpSession::multipleMessagesOneSession()
{
    // Three messages on one connection, with PIPELINING: the second is refused at RCPT,
    // the others go through; each gets its own outcome and the session says which failed.
    ScriptedServer server(
        {S::send("220 hi\r\n"), S::expect("EHLO", "250-x\r\n250 PIPELINING\r\n"),
         S::expect("MAIL", "250 ok\r\n"), S::expect("RCPT", "250 ok\r\n"),
         S::expect("DATA", "354 go\r\n"), S::expectData("250 one\r\n"),
         S::expect("MAIL", "250 ok\r\n"), S::expect("RCPT", "550 5.1.1 no such user\r\n"),
         S::expect("DATA", "554 no valid recipients\r\n"), S::expect("RSET", "250 ok\r\n"),
         S::expect("MAIL", "250 ok\r\n"), S::expect("RCPT", "250 ok\r\n"),
         S::expect("DATA", "354 go\r\n"), S::expectData("250 three\r\n"),
         S::expect("QUIT", "221 bye\r\n"), S::close()});
    QVERIFY(server.listen());
    Envelope a = testEnvelope();
    Envelope b = testEnvelope();
    b.recipients = {QStringLiteral("nobody@example.test")};
    Envelope d = testEnvelope();
    d.content = ".starts with a dot\r\n..two\r\n";
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {a, b, d}));
    const auto outs = run.outcomes();
    QCOMPARE(outs.size(), 3);
    QCOMPARE(int(outs[0].state), int(MessageOutcome::State::Delivered));
    QCOMPARE(int(outs[1].state), int(MessageOutcome::State::Rejected));
    QCOMPARE(errorClassId(outs[1].errorClass), QStringLiteral("recipient_rejected"));
    QVERIFY(outs[1].serverReply.startsWith(QLatin1String("550")));
    QCOMPARE(int(outs[2].state), int(MessageOutcome::State::Delivered));
    QCOMPARE(errorClassId(run.result().errorClass), QStringLiteral("recipient_rejected"));
    // RFC 5321 §4.5.2 on the wire: the leading dots were doubled.
    QCOMPARE(server.receivedData().size(), 2);
    QVERIFY(server.receivedData().at(1).startsWith("..starts with a dot\r\n...two\r\n"));
}

void TestSmtpSession::envelopeAddressThatWouldEndThePath()
{
    // Whatever built the envelope: "a@[x>y]" would end "RCPT TO:<...>" early and a line
    // break would start a command of its own. Such a message is refused before MAIL; the
    // next one goes.
    ScriptedServer server({S::send("220 hi\r\n"), S::expect("EHLO", "250 x\r\n"),
                           S::expect("MAIL", "250 ok\r\n"), S::expect("RCPT", "250 ok\r\n"),
                           S::expect("DATA", "354 go\r\n"), S::expectData("250 ok\r\n"),
                           S::expect("QUIT", "221 bye\r\n"), S::close()});
    QVERIFY(server.listen());
    Envelope bad = testEnvelope();
    bad.recipients = {QStringLiteral("a@[x> NOTIFY=NEVER]")};
    Envelope badSender = testEnvelope();
    badSender.sender = QStringLiteral("b@example.test>\r\nRCPT TO:<victim@example.net");
    SmtpRun run;
    QVERIFY(run.start(smtpConfig(server.port()), {bad, badSender, testEnvelope()}));
    const auto outs = run.outcomes();
    QCOMPARE(outs.size(), 3);
    for (int i : {0, 1}) {
        QCOMPARE(int(outs[i].state), int(MessageOutcome::State::Rejected));
        QCOMPARE(errorClassId(outs[i].errorClass), QStringLiteral("config"));
    }
    QCOMPARE(int(outs[2].state), int(MessageOutcome::State::Delivered));
    QVERIFY(!server.received().contains("NOTIFY"));
    QVERIFY(!server.received().contains("victim"));
    QCOMPARE(server.received().count("MAIL FROM"), 1);
}

namespace {

// A server that takes the message body at its own pace: `chunk` octets every `intervalMs`,
// with a 16 KiB read buffer so that the TCP window closes in between (a slow link, or a
// server that reads slowly on purpose). Commands are answered at once, without PIPELINING.
class PacedReader : public QObject
{
public:
    PacedReader(qint64 chunk, int intervalMs)
        : m_chunk(chunk)
    {
        m_drip.setInterval(intervalMs);
        connect(&m_drip, &QTimer::timeout, this, [this] { take(m_chunk); });
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_peer = m_server.nextPendingConnection();
            m_peer->setReadBufferSize(16 * 1024);
            m_peer->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024);
            connect(m_peer, &QTcpSocket::readyRead, this, [this] {
                if (!m_inData)
                    take(-1);
            });
            m_peer->write("220 paced\r\n");
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] qint64 bodyBytes() const { return m_bodyBytes; }
    [[nodiscard]] bool gotDot() const { return m_gotDot; }

private:
    void take(qint64 max)
    {
        if (!m_peer)
            return;
        const QByteArray in = max < 0 ? m_peer->readAll() : m_peer->read(max);
        if (m_inData) {
            m_bodyBytes += in.size();
            m_tail = QByteArray(m_tail + in).right(5);
            if (m_tail == "\r\n.\r\n") {
                m_inData = false;
                m_gotDot = true;
                m_drip.stop();
                m_peer->write("250 queued\r\n");
            }
            return;
        }
        m_buffer += in;
        qsizetype eol;
        while (!m_inData && (eol = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(eol).trimmed().toUpper();
            m_buffer.remove(0, eol + 1);
            if (line.startsWith("EHLO")) {
                m_peer->write("250 paced.example\r\n");
            } else if (line.startsWith("MAIL") || line.startsWith("RCPT")) {
                m_peer->write("250 ok\r\n");
            } else if (line == "DATA") {
                m_peer->write("354 go\r\n");
                m_inData = true;
                m_tail = "\r\n";
                m_drip.start();
            } else if (line == "QUIT") {
                m_peer->write("221 bye\r\n");
                m_peer->disconnectFromHost();
            } else {
                m_peer->write("500 what\r\n");
            }
        }
    }

    QTcpServer m_server;
    QPointer<QTcpSocket> m_peer;
    QTimer m_drip;
    QByteArray m_buffer;
    QByteArray m_tail;
    qint64 m_chunk;
    qint64 m_bodyBytes = 0;
    bool m_inData = false;
    bool m_gotDot = false;
};

} // namespace

void TestSmtpSession::uploadPacedByTheServer_data()
{
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<QString>("expectedClass");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<int>("timeoutS"); // the phase timeout
    // 3 MiB at about 640 KiB/s: several phase timeouts of upload, always moving. A
    // 2 s phase timeout, so that the greeting and EHLO of a loaded CI machine (two test
    // processes and a build beside it) do not end a row that is about the upload.
    QTest::newRow("slow-link-delivers") << 32 * 1024 << 50 << QString() << 25000 << 2;
    // 1 KiB every 400 ms: under 8 KiB per timeout, a peer that holds the client with a
    // trickle; it times out in the data phase.
    QTest::newRow("trickle-reader-times-out")
        << 1024 << 400 << QStringLiteral("timeout") << 6000 << 1;
    // 2 KiB every 25 ms (80 KiB/s, always enough to restart the 1 s timer) would need
    // about 38 s: progress stretches a phase to 20 timeouts, no more.
    QTest::newRow("endless-progress-ends")
        << 2 * 1024 << 25 << QStringLiteral("timeout") << 25000 << 1;
}

void TestSmtpSession::uploadPacedByTheServer()
{
    QFETCH(int, chunk);
    QFETCH(int, intervalMs);
    QFETCH(QString, expectedClass);
    QFETCH(int, maxMs);
    QFETCH(int, timeoutS);
    PacedReader server(chunk, intervalMs);
    QVERIFY(server.listen());
    const SmtpConfig c = smtpConfig(server.port(), timeoutS);
    Envelope e = testEnvelope();
    const QByteArray line(74, 'x');
    e.content = "Subject: large\r\n\r\n";
    while (e.content.size() < 3 * 1024 * 1024)
        e.content += line + "\r\n";
    SmtpRun run;
    QVERIFY(run.start(c, {e}, Phase::Done, maxMs + 5000));
    const qint64 ms = run.elapsedMs;
    qInfo("%s after %lld ms, %lld octets taken", qPrintable(errorClassId(run.result().errorClass)),
          ms, server.bodyBytes());
    QVERIFY2(ms < maxMs, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    const Result r = run.result();
    if (expectedClass.isEmpty()) {
        QVERIFY2(
            r.ok,
            qPrintable(
                r.message +
                QStringLiteral(" after %1 ms, %2 octets taken").arg(ms).arg(server.bodyBytes())));
        QVERIFY(server.gotDot());
        QVERIFY(server.bodyBytes() >= e.content.size());
        QCOMPARE(int(run.outcomes().value(0).state), int(MessageOutcome::State::Delivered));
        // It did take longer than one phase timeout: the timer followed the upload.
        QVERIFY2(ms > timeoutS * 1000 + 500, qPrintable(QStringLiteral("took only %1 ms").arg(ms)));
    } else {
        QCOMPARE(errorClassId(r.errorClass), expectedClass);
        QCOMPARE(r.phase, Phase::Data);
        QVERIFY(!server.gotDot());
        // Cut where the rule says: at once for the trickle, after the stretch otherwise.
        QVERIFY2(ms > (chunk * 1000 / intervalMs >= 8 * 1024 ? 19000 : 900),
                 qPrintable(QStringLiteral("took only %1 ms").arg(ms)));
    }
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
