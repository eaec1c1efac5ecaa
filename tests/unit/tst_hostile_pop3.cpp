// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-server suite for POP3, beyond the rows of tst_pop3session: other protocols on
// the port, slowloris replies, TLS peers that stall or answer garbage in the handshake, a
// list without its terminating dot. SMTP's rows: tst_hostile.
//
// Every row states the error class, the phase, a time bound, what the client must never
// have sent, and a bound on the growth of the process's peak memory (VmHWM, reset before
// each row through /proc/self/clear_refs).
#include "HostilePeer.h"
#include "protocol/Pop3Session.h"

#include <QSignalSpy>
#include <QTest>

using namespace mw;
using namespace mw::test::hostile;
using mw::test::ScriptedServer;

Q_DECLARE_METATYPE(QList<mw::test::ScriptedServer::Step>)
Q_DECLARE_METATYPE(mw::Pop3Config::Security)

class TestHostilePop3 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pop3_data();
    void pop3();

private:
    Certificates m_certs;
};

void TestHostilePop3::initTestCase()
{
    const QString error = prepareSuite(&m_certs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestHostilePop3::pop3_data()
{
    QTest::addColumn<int>("serverKind");
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<Pop3Config::Security>("security");
    QTest::addColumn<bool>("listAndRetrieve"); // after login: LIST, RETR 1, QUIT
    QTest::addColumn<QString>("errorClass");   // empty: success
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QByteArray>("retrieved"); // expected content of message 1
    QTest::addColumn<QByteArrayList>("neverSent");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<int>("maxRssMiB");

    using Sec = Pop3Config::Security;
    const int scripted = int(ServerKind::Scripted);
    const QByteArray capa = "+OK\r\nUSER\r\nUIDL\r\n.\r\n";
    const QList<S::Step> login{S::send("+OK ready\r\n"), S::expect("CAPA", capa),
                               S::expect("USER", "+OK\r\n"), S::expect("PASS", "+OK\r\n")};

    QTest::newRow("pop3-http-response-on-pop3-port")
        << scripted << QList<S::Step>{S::send("HTTP/1.0 200 OK\r\n\r\n<html>"), S::close()}
        << Sec::None << false << "protocol"
        << "greeting" << QByteArray() << QByteArrayList{"USER", "PASS"} << 4000 << 16;
    QTest::newRow("pop3-imap-greeting")
        << scripted << QList<S::Step>{S::send("* OK IMAP4rev1 ready\r\n"), S::stall()} << Sec::None
        << false << "protocol"
        << "greeting" << QByteArray() << QByteArrayList{"USER", "PASS"} << 4000 << 16;
    QTest::newRow("pop3-tls-server-hello-in-clear")
        << scripted << QList<S::Step>{S::send(kTlsServerHello), S::stall()} << Sec::Stls << false
        << "protocol"
        << "greeting" << QByteArray() << QByteArrayList{"USER", "PASS"} << 4000 << 16;
    QTest::newRow("pop3-4-mib-line")
        << scripted << QList<S::Step>{S::send(QByteArray(4 << 20, 'A')), S::stall()} << Sec::None
        << false << "protocol"
        << "greeting" << QByteArray() << QByteArrayList{"USER", "PASS"} << 6000 << 48;
    QTest::newRow("pop3-slowloris-greeting")
        << scripted << slowloris("+OK a greeting that takes a long time\r\n", 1000) << Sec::None
        << false << "timeout"
        << "greeting" << QByteArray() << QByteArrayList{"USER", "PASS"} << 5000 << 16;
    QTest::newRow("pop3-list-without-terminating-dot")
        << scripted
        << login +
               QList<S::Step>{S::expect("LIST", "+OK 2 messages\r\n1 100\r\n2 200\r\n"), S::stall()}
        << Sec::None << true << "timeout"
        << "transaction" << QByteArray() << QByteArrayList{"RETR", "DELE"} << 5000 << 16;
    QTest::newRow("pop3-dot-stuffed-line-at-start-of-message")
        << scripted
        << login + QList<S::Step>{S::expect("LIST", "+OK\r\n1 40\r\n.\r\n"),
                                  S::expect("UIDL", "+OK\r\n1 u1\r\n.\r\n"),
                                  S::expect("RETR 1", "+OK\r\n..hidden first line\r\n"
                                                      "..\r\nSubject: x\r\n.\r\n"),
                                  S::expect("QUIT", "+OK bye\r\n"), S::close()}
        << Sec::None << true << ""
        << "done" << QByteArray(".hidden first line\r\n.\r\nSubject: x\r\n")
        << QByteArrayList{"DELE"} << 4000 << 16;
    QTest::newRow("pop3-retr-never-ends")
        << scripted
        << login + QList<S::Step>{S::expect("LIST", "+OK\r\n1 40\r\n.\r\n"),
                                  S::expect("UIDL", "+OK\r\n1 u1\r\n.\r\n"),
                                  S::expect("RETR 1", "+OK\r\nSubject: x\r\n\r\nbody\r\n"),
                                  S::stall()}
        << Sec::None << true << "timeout"
        << "transaction" << QByteArray() << QByteArrayList{"DELE"} << 5000 << 16;
    // Lines nobody asked for: PASS must not go out on a stale +OK, and a RETR must not
    // take the lines behind another answer as the message.
    QTest::newRow("pop3-user-answered-twice")
        << scripted
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA", capa),
                          S::expect("USER", "+OK\r\n+OK logged in\r\n"), S::stall()}
        << Sec::None << false << "protocol"
        << "auth" << QByteArray() << QByteArrayList{"PASS"} << 4000 << 16;
    QTest::newRow("pop3-extra-message-behind-uidl")
        << scripted
        << login + QList<S::Step>{S::expect("LIST", "+OK\r\n1 40\r\n.\r\n"),
                                  S::expect("UIDL", "+OK\r\n1 u1\r\n.\r\n"
                                                    "+OK\r\nSubject: forged\r\n.\r\n"),
                                  S::stall()}
        << Sec::None << true << "protocol"
        << "transaction" << QByteArray() << QByteArrayList{"RETR", "DELE"} << 4000 << 16;
    // A multi-line answer that moves a few octets now and then never ends: the phase
    // timer must not start again on every line.
    QList<S::Step> drip = login + QList<S::Step>{S::expect("LIST", "+OK\r\n")};
    for (int i = 1; i <= 20; ++i)
        drip.append(S::sendAfter(700, QByteArray::number(i) + " 1\r\n"));
    drip.append(S::stall());
    QTest::newRow("pop3-list-drips-a-line-every-700-ms")
        << scripted << drip << Sec::None << true << "timeout"
        << "transaction" << QByteArray() << QByteArrayList{"RETR", "DELE"} << 4000 << 16;
    // 8,200 octets every 800 ms: enough to restart the 1 s timer each time, for 40 s. The
    // restarts end 20 timeouts after the answer began, as an upload's do.
    QList<S::Step> retrDrip = login + QList<S::Step>{S::expect("LIST", "+OK\r\n1 400000\r\n.\r\n"),
                                                     S::expect("UIDL", "+OK\r\n1 u1\r\n.\r\n"),
                                                     S::expect("RETR 1", "+OK\r\n")};
    for (int i = 0; i < 50; ++i)
        retrDrip.append(S::sendAfter(800, QByteArray(QByteArray(80, 'x') + "\r\n").repeated(100)));
    retrDrip.append(S::stall());
    QTest::newRow("pop3-retr-drips-8-kib-just-in-time")
        << scripted << retrDrip << Sec::None << true << "timeout"
        << "transaction" << QByteArray() << QByteArrayList{"DELE"} << 23000 << 16;
    // 1,300 lines of 16,000 octets (20.8 MB): far below the line count bound, above the
    // 16 MiB the client reads of any answer.
    QTest::newRow("pop3-list-of-20-mb-in-long-lines")
        << scripted
        << login +
               QList<S::Step>{
                   S::expect("LIST",
                             "+OK\r\n" +
                                 QByteArray(QByteArray(16000, 'x') + "\r\n").repeated(1300)),
                   S::stall()}
        << Sec::None << true << "protocol"
        << "transaction" << QByteArray() << QByteArrayList{"RETR", "DELE"} << 8000 << 128;
    // A 5 MB message of 1.7 million one-octet lines is read whole, in about its own size.
    const QByteArray shortLines = QByteArray("x\r\n").repeated(1700000);
    QTest::newRow("pop3-retr-of-1.7-million-short-lines")
        << scripted
        << login + QList<S::Step>{S::expect("LIST", "+OK\r\n1 5100000\r\n.\r\n"),
                                  S::expect("UIDL", "+OK\r\n1 u1\r\n.\r\n"),
                                  S::expect("RETR 1", "+OK\r\n" + shortLines + ".\r\n"),
                                  S::expect("QUIT", "+OK bye\r\n"), S::close()}
        << Sec::None << true << ""
        << "done" << shortLines << QByteArrayList{"DELE"} << 8000 << 48;
    QTest::newRow("pop3s-peer-stalls-mid-handshake")
        << scripted << QList<S::Step>{S::stall()} << Sec::Tls << false << "timeout"
        << "tls" << QByteArray() << QByteArrayList{"USER", "PASS"} << 4000 << 16;
    QTest::newRow("pop3s-peer-answers-in-clear")
        << scripted << QList<S::Step>{S::send("+OK plain text\r\n"), S::stall()} << Sec::Tls
        << false << "tls_handshake"
        << "tls" << QByteArray() << QByteArrayList{"USER", "PASS"} << 4000 << 16;
    QTest::newRow("pop3-stls-ok-then-silent-handshake")
        << int(ServerKind::ScriptedTls)
        << QList<S::Step>{S::send("+OK ready\r\n"),
                          S::expect("CAPA", "+OK\r\nSTLS\r\nUSER\r\n.\r\n"),
                          S::expect("STLS", "+OK go\r\n"), S::stall()}
        << Sec::Stls << false << "timeout"
        << "tls" << QByteArray() << QByteArrayList{"USER", "PASS"} << 4000 << 16;
    // RFC 1939 §4: the greeting's text is optional. After STLS the client asks CAPA again;
    // it does not wait for a second greeting because the first one had no text.
    QTest::newRow("pop3-bare-greeting-then-stls")
        << int(ServerKind::ScriptedTls)
        << QList<S::Step>{S::send("+OK\r\n"),
                          S::expect("CAPA", "+OK\r\nSTLS\r\nUSER\r\n.\r\n"),
                          S::expect("STLS", "+OK go\r\n"),
                          S::startTls(),
                          S::expect("CAPA", "+OK\r\nUSER\r\n.\r\n"),
                          S::expect("USER", "+OK\r\n"),
                          S::expect("PASS", "+OK\r\n"),
                          S::expect("QUIT", "+OK bye\r\n")}
        << Sec::Stls << false << QString() << "done" << QByteArray() << QByteArrayList{"APOP"}
        << 4000 << 16;
}

void TestHostilePop3::pop3()
{
    QFETCH(int, serverKind);
    QFETCH(QList<S::Step>, script);
    QFETCH(Pop3Config::Security, security);
    QFETCH(bool, listAndRetrieve);
    QFETCH(QString, errorClass);
    QFETCH(QString, phase);
    QFETCH(QByteArray, retrieved);
    QFETCH(QByteArrayList, neverSent);
    QFETCH(int, maxMs);
    QFETCH(int, maxRssMiB);

    ScriptedServer server(script);
    if (ServerKind(serverKind) != ServerKind::Scripted)
        QVERIFY(server.setTlsCredentials(m_certs.cert, m_certs.key));
    QVERIFY(server.listen());

    Pop3Config c;
    c.host = QStringLiteral("localhost");
    c.port = server.port();
    c.security = security;
    c.username = QStringLiteral("user");
    c.password = kPassword;
    c.timeoutSeconds = 1;
    c.trust.caFile = m_certs.caFile;

    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    QSignalSpy got(&session, &Pop3Session::retrieved);
    int readyCount = 0;
    connect(&session, &Pop3Session::ready, this, [&] {
        if (++readyCount == 1) {
            if (listAndRetrieve) {
                session.list();
                session.retrieve(1);
            }
            session.quit();
        }
    });
    RowMeasure measure;
    measure.start();
    session.start(c, listAndRetrieve ? Phase::Done : Phase::Auth);
    QVERIFY(finished.wait(maxMs + 5000));
    measure.stop();
    QCOMPARE(finished.count(), 1);
    const Result r = session.result();
    const QString transcript = session.transcript().toText();
    const QString problem =
        outcomeProblem(r, transcript, errorClass, phase, measure, maxMs, maxRssMiB);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (!retrieved.isEmpty()) {
        QCOMPARE(got.count(), 1);
        QCOMPARE(got.at(0).at(1).toByteArray(), retrieved);
    }
    for (const QByteArray &n : std::as_const(neverSent))
        QVERIFY2(!server.received().contains(n),
                 qPrintable(QString::fromLatin1(n) + QLatin1String(" was sent:\n") +
                            QString::fromUtf8(server.received().left(400))));
    QVERIFY(!transcript.contains(kPassword));
    if (!errorClass.isEmpty() && phase != QLatin1String("transaction"))
        QVERIFY2(!server.received().contains(kPassword.toUtf8()), "password sent");
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestHostilePop3)
#include "tst_hostile_pop3.moc"
