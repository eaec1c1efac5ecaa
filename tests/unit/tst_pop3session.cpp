// SPDX-License-Identifier: GPL-3.0-or-later
// The POP3 session against scripted loopback servers, for what a real Dovecot will not
// do: greetings without an APOP timestamp, bare -ERR, answers split across packets,
// over-long lines, an SMTP server on the POP3 port. Each row names the story, the
// expected error class and phase, and what the client must never have sent.
#include "ScriptedServer.h"
#include "protocol/Pop3Session.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mw;
using mw::test::ScriptedServer;
using S = ScriptedServer;

Q_DECLARE_METATYPE(QList<mw::test::ScriptedServer::Step>)
Q_DECLARE_METATYPE(mw::Pop3Config::Security)

namespace {

const QString kPassword = QStringLiteral("Pop-Secret-4471");
const QByteArray kCapa = "+OK\r\nTOP\r\nUSER\r\nUIDL\r\nSASL PLAIN\r\n.\r\n";
const QByteArray kCapaStls = "+OK\r\nUSER\r\nUIDL\r\nSTLS\r\n.\r\n";

Pop3Config config(quint16 port, Pop3Config::Security security, bool apop)
{
    Pop3Config c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = port;
    c.security = security;
    c.auth = apop ? Pop3Config::Auth::Apop : Pop3Config::Auth::User;
    c.username = QStringLiteral("mwtest");
    c.password = kPassword;
    c.timeoutSeconds = 1;
    return c;
}

} // namespace

class TestPop3Session : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apopDigest();
    void findTimestamp_data();
    void findTimestamp();
    void hostile_data();
    void hostile();
    void transactionSplitAcrossPackets();
    void messageLargerThanLimit();
    void cancelWhileConnected();
};

void TestPop3Session::apopDigest()
{
    // RFC 1939 §7, the example of the APOP command.
    QCOMPARE(
        Pop3Session::apopDigest("<1896.697170952@dbc.mtview.ca.us>", QStringLiteral("tanstaaf")),
        QByteArray("c4c9334bac560ecc979e58001b3e22fb"));
}

void TestPop3Session::findTimestamp_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::newRow("rfc-1939-example")
        << QByteArray("+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>")
        << QByteArray("<1896.697170952@dbc.mtview.ca.us>");
    QTest::newRow("dovecot-style") << QByteArray("+OK Dovecot ready. <1a2b.3.6571@mw-test>")
                                   << QByteArray("<1a2b.3.6571@mw-test>");
    QTest::newRow("no-timestamp") << QByteArray("+OK Dovecot ready.") << QByteArray();
    QTest::newRow("brackets-without-at") << QByteArray("+OK <banner> ready") << QByteArray();
    QTest::newRow("blank-inside") << QByteArray("+OK <a b@c> ready") << QByteArray();
}

void TestPop3Session::findTimestamp()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, timestamp);
    QCOMPARE(Pop3Session::findTimestamp(greeting), timestamp);
}

void TestPop3Session::hostile_data()
{
    using Sec = Pop3Config::Security;
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<Sec>("security");
    QTest::addColumn<bool>("apop");
    QTest::addColumn<int>("stopAfter");      // mw::Phase
    QTest::addColumn<QString>("errorClass"); // empty: success
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QByteArrayList>("neverSent");
    QTest::addColumn<QByteArray>("mustSend");

    const int auth = int(Phase::Auth);
    const int greeting = int(Phase::Greeting);

    QTest::newRow("user-pass-with-security-none")
        << QList<S::Step>{S::send("+OK ready\r\n"),
                          S::expect("CAPA", kCapa),
                          S::expect("USER mwtest", "+OK\r\n"),
                          S::expect("PASS ", "+OK logged in\r\n"),
                          S::expect("QUIT", "+OK bye\r\n"),
                          S::close()}
        << Sec::None << false << auth << ""
        << "done" << QByteArrayList{} << QByteArray("PASS " + kPassword.toUtf8());
    QTest::newRow("apop-with-timestamp")
        << QList<S::Step>{S::send("+OK ready <1896.697170952@dbc.mtview.ca.us>\r\n"),
                          S::expect("CAPA", kCapa), S::expect("APOP mwtest ", "+OK\r\n"),
                          S::expect("QUIT", "+OK bye\r\n"), S::close()}
        << Sec::None << true << auth << ""
        << "done" << QByteArrayList{"PASS", "USER"}
        << QByteArray("APOP mwtest " +
                      Pop3Session::apopDigest("<1896.697170952@dbc.mtview.ca.us>", kPassword));
    QTest::newRow("apop-on-greeting-without-timestamp-sends-no-pass")
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA", kCapa), S::stall()}
        << Sec::None << true << auth << "auth_unsupported"
        << "auth" << QByteArrayList{"PASS", "USER", "APOP"} << QByteArray();
    QTest::newRow("err-without-text-on-pass")
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA", kCapa),
                          S::expect("USER", "+OK\r\n"), S::expect("PASS", "-ERR\r\n"), S::stall()}
        << Sec::None << false << auth << "auth_failed"
        << "auth" << QByteArrayList{"STAT"} << QByteArray();
    QTest::newRow("err-without-text-on-capa-is-an-old-server")
        << QList<S::Step>{S::send("+OK ready <9.9@x>\r\n"), S::expect("CAPA", "-ERR\r\n"),
                          S::expect("APOP", "+OK\r\n"), S::expect("QUIT", "+OK\r\n"), S::close()}
        << Sec::None << true << auth << ""
        << "done" << QByteArrayList{"PASS", "STLS"} << QByteArray("APOP");
    QTest::newRow("mailbox-in-use-is-temporary")
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA", kCapa),
                          S::expect("USER", "+OK\r\n"),
                          S::expect("PASS", "-ERR [IN-USE] mailbox locked\r\n"), S::stall()}
        << Sec::None << false << auth << "temporary"
        << "auth" << QByteArrayList{} << QByteArray();
    QTest::newRow("capa-split-across-packets")
        << QList<S::Step>{S::send("+O"),
                          S::sendAfter(50, "K hi\r"),
                          S::sendAfter(50, "\n"),
                          S::expect("CAPA", "+OK\r\nUS"),
                          S::sendAfter(50, "ER\r\nSTLS\r"),
                          S::sendAfter(50, "\n."),
                          S::sendAfter(50, "\r\n"),
                          S::expect("QUIT", "+OK\r\n"),
                          S::close()}
        << Sec::None << false << greeting << ""
        << "done" << QByteArrayList{"STLS", "USER"} << QByteArray("QUIT");
    QTest::newRow("over-long-line") << QList<S::Step>{S::send(QByteArray(100000, 'A')), S::stall()}
                                    << Sec::None << false << auth << "protocol"
                                    << "greeting" << QByteArrayList{"CAPA", "USER"} << QByteArray();
    QTest::newRow("smtp-greeting-on-pop3-client")
        << QList<S::Step>{S::send("220 mx.example.test ESMTP\r\n"), S::stall()} << Sec::None
        << false << auth << "protocol"
        << "greeting" << QByteArrayList{"CAPA", "USER", "EHLO"} << QByteArray();
    QTest::newRow("greeting-err-refused") << QList<S::Step>{S::send("-ERR go away\r\n"), S::close()}
                                          << Sec::None << false << auth << "refused"
                                          << "greeting" << QByteArrayList{"USER"} << QByteArray();
    QTest::newRow("greeting-never-comes")
        << QList<S::Step>{S::stall()} << Sec::None << false << auth << "timeout"
        << "greeting" << QByteArrayList{"USER"} << QByteArray();
    QTest::newRow("auto-without-stls-refuses-pass-in-clear")
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA", kCapa), S::stall()}
        << Sec::Auto << false << auth << "starttls_unavailable"
        << "starttls" << QByteArrayList{"USER", "PASS", "APOP"} << QByteArray("QUIT\r\n");
    QTest::newRow("auto-without-stls-refuses-apop-in-clear")
        << QList<S::Step>{S::send("+OK ready <1896.697170952@dbc.mtview.ca.us>\r\n"),
                          S::expect("CAPA", kCapa), S::stall()}
        << Sec::Auto << true << auth << "starttls_unavailable"
        << "starttls" << QByteArrayList{"USER", "PASS", "APOP"} << QByteArray("QUIT\r\n");
    QTest::newRow("stls-required-not-offered")
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA", kCapa), S::stall()}
        << Sec::Stls << false << auth << "starttls_unavailable"
        << "starttls" << QByteArrayList{"USER", "PASS", "STLS"} << QByteArray();
    QTest::newRow("stls-refused") << QList<S::Step>{S::send("+OK ready\r\n"),
                                                    S::expect("CAPA", kCapaStls),
                                                    S::expect("STLS", "-ERR not now\r\n"),
                                                    S::stall()}
                                  << Sec::Stls << false << auth << "starttls_unavailable"
                                  << "starttls" << QByteArrayList{"USER", "PASS"} << QByteArray();
    QTest::newRow("bytes-after-stls-ok")
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA", kCapaStls),
                          S::expect("STLS", "+OK begin\r\n+OK injected\r\n"), S::stall()}
        << Sec::Stls << false << auth << "protocol"
        << "starttls" << QByteArrayList{"USER", "PASS"} << QByteArray();
    QTest::newRow("capa-never-ends")
        << QList<S::Step>{S::send("+OK ready\r\n"),
                          S::expect("CAPA", "+OK\r\n" + QByteArray("X-CAP\r\n").repeated(500)),
                          S::stall()}
        << Sec::None << false << auth << "protocol"
        << "greeting" << QByteArrayList{"USER"} << QByteArray();
    QTest::newRow("unsolicited-line-after-greeting")
        << QList<S::Step>{S::send("+OK ready\r\n+OK surprise\r\n"), S::stall()} << Sec::None
        << false << auth << "protocol"
        << "greeting" << QByteArrayList{"USER"} << QByteArray();
    QTest::newRow("drop-after-user")
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA", kCapa),
                          S::expect("USER", "+OK\r\n"), S::expect("PASS"), S::close()}
        << Sec::None << false << auth << "network"
        << "auth" << QByteArrayList{} << QByteArray();
}

void TestPop3Session::hostile()
{
    QFETCH(QList<S::Step>, script);
    QFETCH(Pop3Config::Security, security);
    QFETCH(bool, apop);
    QFETCH(int, stopAfter);
    QFETCH(QString, errorClass);
    QFETCH(QString, phase);
    QFETCH(QByteArrayList, neverSent);
    QFETCH(QByteArray, mustSend);

    ScriptedServer server(script);
    QVERIFY(server.listen());
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    QElapsedTimer clock;
    clock.start();
    session.start(config(server.port(), security, apop), Phase(stopAfter));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    const Result r = session.result();
    const QString transcript = session.transcript().toText();
    QVERIFY2(errorClassId(r.errorClass) == errorClass,
             qPrintable(errorClassId(r.errorClass) + QLatin1String(": ") + r.message +
                        QLatin1Char('\n') + transcript));
    QCOMPARE(phaseId(r.phase), phase);
    QCOMPARE(r.ok, errorClass.isEmpty());
    QVERIFY(!r.message.isEmpty());
    if (!r.ok)
        QVERIFY(!r.hint.isEmpty());
    for (const QByteArray &n : std::as_const(neverSent))
        QVERIFY2(!server.received().contains(QByteArray(n + ' ')) &&
                     !server.received().contains(QByteArray(n + "\r\n")),
                 qPrintable(QString::fromUtf8(n) + QLatin1String(" was sent:\n") +
                            QString::fromUtf8(server.received().left(400))));
    if (!mustSend.isEmpty())
        QVERIFY2(server.received().contains(mustSend), server.received().left(400).constData());
    // The password never reaches the transcript, in clear or as an APOP digest.
    QVERIFY(!transcript.contains(kPassword));
    QVERIFY(!transcript.contains(QLatin1String("c4c9334b")));
    for (const QByteArray &l : server.receivedLines()) {
        if (l.startsWith("APOP"))
            QVERIFY(!transcript.contains(QString::fromLatin1(l.mid(l.lastIndexOf(' ') + 1))));
    }
    if (server.received().contains("PASS"))
        QVERIFY(transcript.contains(QLatin1String("PASS ***")));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void TestPop3Session::transactionSplitAcrossPackets()
{
    // STAT, LIST+UIDL, then RETR of a message whose answer arrives in pieces, with
    // byte-stuffed lines (RFC 1939 §3) and a "." inside a line; then DELE and QUIT.
    const QByteArray part1 = "+OK 120 octets\r\nSubject: t\r\n\r\n..leading dot\r\n";
    const QByteArray part2 = "a.b\r\n...\r\nlast";
    const QByteArray part3 = " line\r\n.\r\n";
    ScriptedServer server(
        {S::send("+OK ready\r\n"), S::expect("CAPA", kCapa), S::expect("USER", "+OK\r\n"),
         S::expect("PASS", "+OK\r\n"), S::expect("STAT", "+OK 2 320\r\n"),
         S::expect("LIST", "+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n"),
         S::expect("UIDL", "+OK\r\n1 uid-one\r\n2 uid-two\r\n.\r\n"), S::expect("RETR 1", part1),
         S::sendAfter(60, part2), S::sendAfter(60, part3), S::expect("DELE 1", "+OK deleted\r\n"),
         S::expect("QUIT", "+OK bye\r\n"), S::close()});
    QVERIFY(server.listen());
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    QSignalSpy stat(&session, &Pop3Session::statReceived);
    QSignalSpy listed(&session, &Pop3Session::listed);
    QSignalSpy retrieved(&session, &Pop3Session::retrieved);
    QSignalSpy removed(&session, &Pop3Session::removed);
    int readyCount = 0;
    connect(&session, &Pop3Session::ready, this, [&] {
        // The first ready() after login: nothing queued yet; queue the whole job.
        if (++readyCount == 1) {
            session.stat();
            session.list();
            session.retrieve(1);
            session.remove(1);
            session.quit();
        }
    });
    session.start(config(server.port(), Pop3Config::Security::None, false));
    QVERIFY(finished.wait(10000));
    const Result r = session.result();
    QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char('\n') + session.transcript().toText()));
    QCOMPARE(stat.count(), 1);
    QCOMPARE(stat.at(0).at(0).toInt(), 2);
    QCOMPARE(stat.at(0).at(1).toLongLong(), 320);
    QCOMPARE(listed.count(), 1);
    const auto infos = listed.at(0).at(0).value<QList<Pop3MessageInfo>>();
    QCOMPARE(infos.size(), 2);
    QCOMPARE(infos.at(1).number, 2);
    QCOMPARE(infos.at(1).size, 200);
    QCOMPARE(infos.at(1).uid, QStringLiteral("uid-two"));
    QCOMPARE(retrieved.count(), 1);
    QCOMPARE(retrieved.at(0).at(1).toByteArray(),
             QByteArray("Subject: t\r\n\r\n.leading dot\r\na.b\r\n..\r\nlast line\r\n"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(r.authMechanismUsed, QStringLiteral("USER"));
    QVERIFY(r.capabilities.contains(QStringLiteral("UIDL")));
    QCOMPARE(r.authMechanisms, QStringList{QStringLiteral("PLAIN")});
    // The message content is not copied into the transcript, only its size.
    QVERIFY(!session.transcript().toText().contains(QLatin1String("leading dot")));
}

void TestPop3Session::messageLargerThanLimit()
{
    ScriptedServer server(
        {S::send("+OK ready\r\n"), S::expect("CAPA", kCapa), S::expect("USER", "+OK\r\n"),
         S::expect("PASS", "+OK\r\n"),
         S::expect("RETR 1", "+OK\r\n" + QByteArray("0123456789\r\n").repeated(1000)), S::stall()});
    QVERIFY(server.listen());
    Pop3Config c = config(server.port(), Pop3Config::Security::None, false);
    c.maxMessageSize = 4096;
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    QSignalSpy retrieved(&session, &Pop3Session::retrieved);
    session.start(c);
    session.retrieve(1); // queued until the login is done
    QVERIFY(finished.wait(10000));
    QCOMPARE(errorClassId(session.result().errorClass), QStringLiteral("protocol"));
    QCOMPARE(session.result().phase, Phase::Transaction);
    QCOMPARE(retrieved.count(), 0);
}

void TestPop3Session::cancelWhileConnected()
{
    ScriptedServer server({S::send("+OK ready\r\n"), S::expect("CAPA"), S::stall()});
    QVERIFY(server.listen());
    Pop3Config c = config(server.port(), Pop3Config::Security::None, false);
    c.timeoutSeconds = 30;
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    session.start(c);
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines().size() == 1, 5000);
    session.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(errorClassId(session.result().errorClass), QStringLiteral("cancelled"));
    QCOMPARE(session.result().phase, Phase::Greeting);
    QVERIFY(!session.isRunning());
}

QTEST_GUILESS_MAIN(TestPop3Session)
#include "tst_pop3session.moc"
