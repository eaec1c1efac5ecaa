// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-server suite for SMTP, beyond the rows of tst_smtpsession: other protocols on
// the port, a 4 MiB line, slowloris replies, a 354 that never reads, drops around the final
// dot, AUTH mechanisms that vanish after STARTTLS, TLS peers that stall or answer garbage in
// the handshake. POP3's rows: tst_hostile_pop3.
//
// Every row states the error class, the phase, a time bound, what the client must never
// have sent, and a bound on the growth of the process's peak memory (VmHWM, reset before
// each row through /proc/self/clear_refs).
#include "HostilePeer.h"
#include "protocol/SmtpSession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace mw;
using namespace mw::test::hostile;
using mw::test::ScriptedServer;

Q_DECLARE_METATYPE(QList<mw::test::ScriptedServer::Step>)
Q_DECLARE_METATYPE(mw::SmtpConfig::Security)
Q_DECLARE_METATYPE(mw::SmtpConfig::Auth)

namespace {

// The AUTH PLAIN and LOGIN forms of the password ("\0user\0password" and the password alone).
QList<QByteArray> credentialForms()
{
    return {kPassword.toUtf8(), kPassword.toUtf8().toBase64(),
            QByteArray("\0user\0" + kPassword.toUtf8()).toBase64(),
            QByteArray("user\0user\0" + kPassword.toUtf8()).toBase64()};
}

// An SMTP server that answers the greeting, EHLO, MAIL, RCPT and DATA, then never reads
// again: the client's writes of the message fill the socket buffers and stop.
class NonReadingServer : public QObject
{
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                s->write("220 hi\r\n");
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    if (m_stopped)
                        return;
                    while (s->canReadLine()) {
                        const QByteArray line = s->readLine().trimmed().toUpper();
                        m_received += line + '\n';
                        if (line.startsWith("EHLO"))
                            s->write("250 x\r\n");
                        else if (line.startsWith("MAIL") || line.startsWith("RCPT"))
                            s->write("250 ok\r\n");
                        else if (line.startsWith("DATA")) {
                            s->write("354 go\r\n");
                            // Read nothing more: Qt stops taking bytes from the kernel
                            // once its one-byte buffer is full.
                            s->setReadBufferSize(1);
                            m_stopped = true;
                            return;
                        }
                    }
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_received;
    bool m_stopped = false;
};

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void smtp_data();
    void smtp();

private:
    Certificates m_certs;
};

void TestHostile::initTestCase()
{
    const QString error = prepareSuite(&m_certs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestHostile::smtp_data()
{
    QTest::addColumn<int>("serverKind");
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<SmtpConfig::Security>("security");
    QTest::addColumn<SmtpConfig::Auth>("auth");
    QTest::addColumn<int>("timeoutSeconds"); // per phase
    QTest::addColumn<int>("messageSize");    // 0: a small message
    QTest::addColumn<QString>("errorClass");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QByteArrayList>("neverSent");
    QTest::addColumn<int>("maxMs");     // the whole session, from start to finished()
    QTest::addColumn<int>("maxRssMiB"); // growth of the peak resident memory

    using Sec = SmtpConfig::Security;
    using Auth = SmtpConfig::Auth;
    const int scripted = int(ServerKind::Scripted);
    const QByteArrayList noAuth{"AUTH", "MAIL FROM"};
    const QByteArray ehloTls = "250-test.example\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n";
    const QByteArray ehloOk = "250 x\r\n";

    QTest::newRow("http-response-on-smtp-port")
        << scripted
        << QList<S::Step>{S::send("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n"
                                  "Content-Length: 0\r\n\r\n"),
                          S::close()}
        << Sec::None << Auth::Plain << 2 << 0 << "protocol"
        << "greeting" << QByteArrayList{"EHLO", "AUTH"} << 4000 << 16;
    QTest::newRow("tls-server-hello-on-smtp-port")
        << scripted << QList<S::Step>{S::send(kTlsServerHello), S::stall()} << Sec::StartTls
        << Auth::Plain << 2 << 0 << "protocol"
        << "greeting" << QByteArrayList{"EHLO", "AUTH"} << 4000 << 16;
    QTest::newRow("imap-greeting-on-smtp-port")
        << scripted << QList<S::Step>{S::send("* OK [CAPABILITY IMAP4rev1] ready\r\n"), S::stall()}
        << Sec::None << Auth::None << 2 << 0 << "protocol"
        << "greeting" << QByteArrayList{"EHLO"} << 4000 << 16;
    QTest::newRow("binary-garbage-greeting")
        << scripted
        << QList<S::Step>{S::send(QByteArray::fromHex("00ff13370a") + "\x80\x81garbage\r\n"),
                          S::stall()}
        << Sec::None << Auth::None << 2 << 0 << "protocol"
        << "greeting" << QByteArrayList{"EHLO"} << 4000 << 16;
    QTest::newRow("invalid-code-999")
        << scripted << QList<S::Step>{S::send("999 what\r\n"), S::stall()} << Sec::None
        << Auth::None << 2 << 0 << "protocol"
        << "greeting" << QByteArrayList{"EHLO"} << 4000 << 16;
    QTest::newRow("4-mib-line-without-end")
        << scripted << QList<S::Step>{S::send(QByteArray(4 << 20, 'A')), S::stall()} << Sec::None
        << Auth::Plain << 2 << 0 << "protocol"
        << "greeting" << QByteArrayList{"EHLO", "AUTH"} << 6000 << 48;
    QTest::newRow("4-mib-line-in-ehlo-reply")
        << scripted
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", "250-" + QByteArray(4 << 20, 'B') + "\r\n"), S::stall()}
        << Sec::None << Auth::Plain << 2 << 0 << "protocol"
        << "ehlo" << QByteArrayList{"AUTH", "MAIL FROM"} << 6000 << 48;
    QTest::newRow("slowloris-greeting-one-byte-per-second")
        << scripted << slowloris("220 a greeting that takes a long time\r\n", 1000) << Sec::None
        << Auth::None << 2 << 0 << "timeout"
        << "greeting" << QByteArrayList{"EHLO"} << 5000 << 16;
    QTest::newRow("slowloris-ehlo-reply") << scripted <<
        [] {
            QList<S::Step> s{S::send("220 hi\r\n"), S::expect("EHLO")};
            slow("250-a.example\r\n250-PIPELINING\r\n250 SIZE 100\r\n", 700, &s);
            s.append(S::stall());
            return s;
        }() << Sec::None << Auth::None << 2
                                          << 0 << "timeout"
                                          << "ehlo" << QByteArrayList{"MAIL FROM"} << 5000 << 16;
    QTest::newRow("greeting-never-finished")
        << scripted << QList<S::Step>{S::send("220 almost"), S::stall()} << Sec::None << Auth::None
        << 1 << 0 << "timeout"
        << "greeting" << QByteArrayList{"EHLO"} << 4000 << 16;
    QTest::newRow("ehlo-reply-never-finished")
        << scripted
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "250-a\r\n250-b\r\n250 c"),
                          S::stall()}
        << Sec::None << Auth::None << 1 << 0 << "timeout"
        << "ehlo" << QByteArrayList{"MAIL FROM"} << 4000 << 16;
    QTest::newRow("mixed-codes-in-multi-line-reply")
        << scripted
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "250-a\r\n550 b\r\n"),
                          S::stall()}
        << Sec::None << Auth::None << 1 << 0 << "protocol"
        << "ehlo" << QByteArrayList{"MAIL FROM"} << 4000 << 16;
    QTest::newRow("354-never-reads-8-mib-message")
        << int(ServerKind::NonReading) << QList<S::Step>{} << Sec::None << Auth::None << 2
        << (8 << 20) << "timeout"
        << "data" << QByteArrayList{} << 8000 << 96;
    QTest::newRow("drop-right-after-final-dot") << scripted
                                                << QList<S::Step>{S::send("220 hi\r\n"),
                                                                  S::expect("EHLO", ehloOk),
                                                                  S::expect("MAIL", "250 ok\r\n"),
                                                                  S::expect("RCPT", "250 ok\r\n"),
                                                                  S::expect("DATA", "354 go\r\n"),
                                                                  S::expectData(),
                                                                  S::close()}
                                                << Sec::None << Auth::None << 2 << 0 << "network"
                                                << "data" << QByteArrayList{} << 4000 << 16;
    QTest::newRow("drop-before-final-dot") << scripted
                                           << QList<S::Step>{S::send("220 hi\r\n"),
                                                             S::expect("EHLO", ehloOk),
                                                             S::expect("MAIL", "250 ok\r\n"),
                                                             S::expect("RCPT", "250 ok\r\n"),
                                                             S::expect("DATA", "354 go\r\n"),
                                                             S::expect("Subject"),
                                                             S::close()}
                                           << Sec::None << Auth::None << 2 << 0 << "network"
                                           << "data" << QByteArrayList{} << 4000 << 16;
    QTest::newRow("final-dot-answered-421-then-drop")
        << scripted
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", ehloOk),
                          S::expect("MAIL", "250 ok\r\n"),
                          S::expect("RCPT", "250 ok\r\n"),
                          S::expect("DATA", "354 go\r\n"),
                          S::expectData("421 4.3.2 bye\r\n"),
                          S::close()}
        << Sec::None << Auth::None << 2 << 0 << "temporary"
        << "data" << QByteArrayList{} << 4000 << 16;
    // Replies nobody asked for: taken as the answer to the next command they would make a
    // message look accepted before its final dot was answered, or send a password on a
    // stale prompt.
    QTest::newRow("ghost-250-after-354")
        << scripted
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", ehloOk),
                          S::expect("MAIL", "250 ok\r\n"),
                          S::expect("RCPT", "250 ok\r\n"),
                          S::expect("DATA", "354 go\r\n250 2.0.0 queued as GHOST\r\n"),
                          S::stall()}
        << Sec::None << Auth::None << 2 << 0 << "protocol"
        << "data" << QByteArrayList{"SUBJECT:"} << 4000 << 16;
    QTest::newRow("ghost-250-after-pipelined-354")
        << scripted
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", "250-x\r\n250 PIPELINING\r\n"),
                          S::expect("MAIL"),
                          S::expect("RCPT"),
                          S::expect("DATA", "250 ok\r\n250 ok\r\n354 go\r\n250 ghost\r\n"),
                          S::stall()}
        << Sec::None << Auth::None << 2 << 0 << "protocol"
        << "data" << QByteArrayList{"SUBJECT:"} << 4000 << 16;
    QTest::newRow("two-334-prompts-in-one-reply")
        << scripted
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "250-x\r\n250 AUTH LOGIN\r\n"),
                          S::expect("AUTH LOGIN", "334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n"),
                          S::stall()}
        << Sec::None << Auth::Login << 2 << 0 << "protocol"
        << "auth" << QByteArrayList{"DXNLCG==", "MAIL FROM"} << 4000 << 16;
    QTest::newRow("extra-reply-after-ehlo")
        << scripted
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", "250-x\r\n250 AUTH PLAIN\r\n235 2.7.0 ok\r\n"),
                          S::stall()}
        << Sec::None << Auth::Plain << 2 << 0 << "protocol"
        << "ehlo" << QByteArrayList{"AUTH", "MAIL FROM"} << 4000 << 16;
    QTest::newRow("auth-mechanisms-disappear-after-starttls")
        << int(ServerKind::ScriptedTls)
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", ehloTls),
                          S::expect("STARTTLS", "220 go ahead\r\n"),
                          S::startTls(),
                          S::expect("EHLO", "250-test.example\r\n250 PIPELINING\r\n"),
                          S::stall()}
        << Sec::StartTls << Auth::Plain << 2 << 0 << "auth_unsupported"
        << "auth" << QByteArrayList{"AUTH", "MAIL FROM"} << 5000 << 16;
    QTest::newRow("auth-auto-mechanisms-disappear-after-starttls")
        << int(ServerKind::ScriptedTls)
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", ehloTls),
                          S::expect("STARTTLS", "220 go ahead\r\n"),
                          S::startTls(),
                          S::expect("EHLO", "250-test.example\r\n250 AUTH GSSAPI\r\n"),
                          S::stall()}
        << Sec::StartTls << Auth::Auto << 2 << 0 << "auth_unsupported"
        << "auth" << QByteArrayList{"AUTH", "MAIL FROM"} << 5000 << 16;
    QTest::newRow("starttls-220-then-silent-handshake")
        << scripted
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", ehloTls),
                          S::expect("STARTTLS", "220 go ahead\r\n"), S::stall()}
        << Sec::StartTls << Auth::Plain << 1 << 0 << "timeout"
        << "tls" << noAuth << 4000 << 16;
    QTest::newRow("implicit-tls-peer-stalls-mid-handshake")
        << scripted << QList<S::Step>{S::stall()} << Sec::Tls << Auth::Plain << 1 << 0 << "timeout"
        << "tls" << noAuth << 4000 << 16;
    QTest::newRow("implicit-tls-peer-answers-smtp-in-clear")
        << scripted << QList<S::Step>{S::send("220 plain text here\r\n"), S::stall()} << Sec::Tls
        << Auth::Plain << 2 << 0 << "tls_handshake"
        << "tls" << noAuth << 4000 << 16;
    QTest::newRow("implicit-tls-then-auth-challenge-of-megabytes")
        << int(ServerKind::ImplicitTls)
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "250-x\r\n250 AUTH LOGIN\r\n"),
                          S::expect("AUTH LOGIN",
                                    "334 " + QByteArray(3 << 20, 'A').toBase64() + "\r\n"),
                          S::stall()}
        << Sec::Tls << Auth::Login << 2 << 0 << "protocol"
        << "auth" << QByteArrayList{"MAIL FROM"} << 6000 << 64;
    QTest::newRow("auth-login-challenge-not-base64")
        << int(ServerKind::ImplicitTls)
        << QList<S::Step>{S::send("220 hi\r\n"),
                          S::expect("EHLO", "250-x\r\n250 AUTH LOGIN\r\n"),
                          S::expect("AUTH LOGIN", "334 %%%not base64%%%\r\n"),
                          S::expect("", "334 again\r\n"),
                          S::expect("", "334 again\r\n"),
                          S::stall()}
        << Sec::Tls << Auth::Login << 1 << 0 << "protocol"
        << "auth" << QByteArrayList{"MAIL FROM"} << 4000 << 16;
}

void TestHostile::smtp()
{
    QFETCH(int, serverKind);
    QFETCH(QList<S::Step>, script);
    QFETCH(SmtpConfig::Security, security);
    QFETCH(SmtpConfig::Auth, auth);
    QFETCH(int, timeoutSeconds);
    QFETCH(int, messageSize);
    QFETCH(QString, errorClass);
    QFETCH(QString, phase);
    QFETCH(QByteArrayList, neverSent);
    QFETCH(int, maxMs);
    QFETCH(int, maxRssMiB);

    const auto kind = ServerKind(serverKind);
    std::unique_ptr<ScriptedServer> scriptedServer;
    NonReadingServer nonReading;
    quint16 port = 0;
    if (kind == ServerKind::NonReading) {
        QVERIFY(nonReading.listen());
        port = nonReading.port();
    } else {
        scriptedServer = std::make_unique<ScriptedServer>(script);
        if (kind != ServerKind::Scripted)
            QVERIFY(scriptedServer->setTlsCredentials(m_certs.cert, m_certs.key));
        scriptedServer->setImplicitTls(kind == ServerKind::ImplicitTls);
        QVERIFY(scriptedServer->listen());
        port = scriptedServer->port();
    }

    SmtpConfig c;
    c.host = QStringLiteral("localhost"); // the name in the test certificate
    c.port = port;
    c.security = security;
    c.auth = auth;
    c.username = QStringLiteral("user");
    c.password = kPassword;
    c.timeoutSeconds = timeoutSeconds;
    c.heloName = QStringLiteral("client.example.test");
    c.trust.caFile = m_certs.caFile;
    Envelope env{QStringLiteral("alerts@example.test"),
                 {QStringLiteral("admin@example.test")},
                 QByteArray("Subject: t\r\n\r\nhello\r\n")};
    if (messageSize > 0)
        env.content += QByteArray(QByteArray(998, 'x') + "\r\n").repeated(messageSize / 1000 + 1);

    SmtpSession session;
    QSignalSpy finished(&session, &SmtpSession::finished);
    RowMeasure measure;
    measure.start();
    session.start(c, {env});
    QVERIFY(finished.wait(maxMs + 5000));
    measure.stop();
    QCOMPARE(finished.count(), 1);
    const Result r = session.result();
    const QString transcript = session.transcript().toText();
    QVERIFY(!errorClass.isEmpty()); // every SMTP row ends in an error
    const QString problem =
        outcomeProblem(r, transcript, errorClass, phase, measure, maxMs, maxRssMiB);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QByteArray received =
        kind == ServerKind::NonReading ? nonReading.received() : scriptedServer->received();
    for (const QByteArray &n : std::as_const(neverSent))
        QVERIFY2(!received.toUpper().contains(n),
                 qPrintable(QString::fromLatin1(n) + QLatin1String(" was sent:\n") +
                            QString::fromUtf8(received.left(400))));
    for (const QByteArray &form : credentialForms()) {
        QVERIFY2(!transcript.contains(QString::fromLatin1(form)), "credential in the transcript");
        QVERIFY2(!r.message.contains(QString::fromLatin1(form)), "credential in the message");
        // A 334 prompt that is not base64 ends AUTH LOGIN before anything is sent.
        QVERIFY2(!received.contains(form), "credential sent to a hostile server");
    }
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
