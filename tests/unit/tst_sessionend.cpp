// SPDX-License-Identifier: GPL-3.0-or-later
// How sessions end (RFC 5321 §4.1.1.10, RFC 1939 §6): a failure on a connection that still
// works ends with QUIT (bounded by a short wait), not a dropped connection that ban tools
// count; a broken connection is aborted. Also: a DATA the server accepts after refusing
// every recipient does not stall the batch, and a server whose TLS fails with an alert is
// not mistaken for a port that expects another mode.
#include "ScriptedSession.h"

#include <QTest>

using namespace mw;
using namespace mw::test;
using S = ScriptedServer;

namespace {

const QByteArray kEhlo = "250-test.example\r\n250 AUTH PLAIN LOGIN\r\n";

} // namespace

class TestSessionEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtp_data();
    void smtp();
    void pop3_data();
    void pop3();
    void dataAcceptedAfterEveryRecipientRefused();
    void tlsAlertIsNotAModeMismatch();
};

void TestSessionEnd::smtp_data()
{
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<SmtpConfig::Security>("security");
    QTest::addColumn<SmtpConfig::Auth>("auth");
    QTest::addColumn<QString>("errorClass");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("serverReply"); // prefix of Result::serverReply
    QTest::addColumn<bool>("quit");           // QUIT must (true) / must not (false) be sent
    using Sec = SmtpConfig::Security;
    using Auth = SmtpConfig::Auth;

    const QList<S::Step> bye{S::expect("QUIT", "221 bye\r\n"), S::close()};
    QTest::newRow("auth-plain-535")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhlo),
                          S::expect("AUTH PLAIN",
                                    "535 5.7.8 Authentication credentials invalid\r\n")} +
               bye
        << Sec::None << Auth::Plain << "auth_failed"
        << "auth"
        << "535 5.7.8" << true;
    QTest::newRow("auth-login-535")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhlo),
                          S::expect("AUTH LOGIN", "334 VXNlcm5hbWU6\r\n"),
                          S::expect("", "334 UGFzc3dvcmQ6\r\n"),
                          S::expect("", "535 5.7.8 no\r\n")} +
               bye
        << Sec::None << Auth::Login << "auth_failed"
        << "auth"
        << "535" << true;
    QTest::newRow("auth-454-temporary")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhlo),
                          S::expect("AUTH PLAIN", "454 4.7.0 try later\r\n")} +
               bye
        << Sec::None << Auth::Plain << "temporary"
        << "auth"
        << "454" << true;
    QTest::newRow("mechanism-not-offered")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhlo)} + bye << Sec::None
        << Auth::CramMd5 << "auth_unsupported"
        << "auth"
        << "" << true;
    QTest::newRow("greeting-554") << QList<S::Step>{S::send("554 5.7.1 no service for you\r\n")} +
                                         bye
                                  << Sec::None << Auth::None << "refused"
                                  << "greeting"
                                  << "554" << true;
    QTest::newRow("ehlo-and-helo-refused")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "500 what\r\n"),
                          S::expect("HELO", "501 no\r\n")} +
               bye
        << Sec::None << Auth::None << "protocol"
        << "ehlo"
        << "501" << true;
    QTest::newRow("starttls-refused-454")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "250-x\r\n250 STARTTLS\r\n"),
                          S::expect("STARTTLS", "454 4.7.0 TLS not available\r\n")} +
               bye
        << Sec::StartTls << Auth::Plain << "starttls_unavailable"
        << "starttls"
        << "454" << true;
    QTest::newRow("starttls-required-not-offered")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhlo)} + bye << Sec::StartTls
        << Auth::Plain << "starttls_unavailable"
        << "starttls"
        << "" << true;
    // The goodbye is bounded: a server that ignores QUIT does not hold the session for a
    // phase timeout (10 s here), and the failure stays the login's.
    QTest::newRow("535-then-quit-ignored")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", kEhlo),
                          S::expect("AUTH PLAIN", "535 5.7.8 no\r\n"), S::expect("QUIT"),
                          S::stall()}
        << Sec::None << Auth::Plain << "auth_failed"
        << "auth"
        << "535" << true;
    // The connection no longer works (or is about to close): no QUIT.
    QTest::newRow("greeting-421-aborts")
        << QList<S::Step>{S::send("421 4.3.2 shutting down\r\n"), S::stall()} << Sec::None
        << Auth::None << "temporary"
        << "greeting"
        << "421" << false;
    QTest::newRow("garbage-aborts")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO", "hello there\r\n"), S::stall()}
        << Sec::None << Auth::None << "protocol"
        << "ehlo"
        << "" << false;
    QTest::newRow("silence-aborts")
        << QList<S::Step>{S::send("220 hi\r\n"), S::expect("EHLO"), S::stall()} << Sec::None
        << Auth::None << "timeout"
        << "ehlo"
        << "" << false;
}

void TestSessionEnd::smtp()
{
    QFETCH(QList<S::Step>, script);
    QFETCH(SmtpConfig::Security, security);
    QFETCH(SmtpConfig::Auth, auth);
    QFETCH(QString, errorClass);
    QFETCH(QString, phase);
    QFETCH(QString, serverReply);
    QFETCH(bool, quit);
    ScriptedServer server(script);
    QVERIFY(server.listen());
    // Long for the rows that must not wait for it (the bounded QUIT); the silent row
    // waits one of them.
    SmtpConfig c =
        smtpConfig(server.port(), QByteArray(QTest::currentDataTag()) == "silence-aborts" ? 1 : 10);
    c.security = security;
    c.auth = auth;
    c.username = QStringLiteral("user");
    c.password = QStringLiteral("End-Pw-2207");
    SmtpRun run;
    QVERIFY(run.start(c, {testEnvelope()}, Phase::Done, 15000));
    const qint64 ms = run.elapsedMs;
    QCOMPARE(run.finished.count(), 1);
    const Result r = run.result();
    QVERIFY2(errorClassId(r.errorClass) == errorClass, run.explain().constData());
    QCOMPARE(phaseId(r.phase), phase);
    QVERIFY2(serverReply.isEmpty() || r.serverReply.startsWith(serverReply),
             qPrintable(r.serverReply));
    QVERIFY(!r.message.isEmpty());
    QVERIFY2(server.received().contains("QUIT\r\n") == quit, server.received().constData());
    QVERIFY(!server.received().contains("MAIL"));
    QVERIFY2(ms < 4000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QTest::qWait(50);
    QCOMPARE(run.finished.count(), 1);
}

void TestSessionEnd::pop3_data()
{
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<Pop3Config::Security>("security");
    QTest::addColumn<bool>("apop");
    QTest::addColumn<bool>("retrieve"); // after login: RETR 1, then QUIT
    QTest::addColumn<QString>("errorClass");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QByteArray>("tail"); // what the client sent last
    using Sec = Pop3Config::Security;

    const QByteArray capa = "+OK\r\nUSER\r\nUIDL\r\n.\r\n";
    const QList<S::Step> bye{S::expect("QUIT", "+OK bye\r\n"), S::close()};
    QTest::newRow("pass-refused")
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA", capa),
                          S::expect("USER", "+OK\r\n"),
                          S::expect("PASS", "-ERR [AUTH] Authentication failed.\r\n")} +
               bye
        << Sec::None << false << false << "auth_failed"
        << "auth" << QByteArray("QUIT\r\n");
    QTest::newRow("apop-refused") << QList<S::Step>{S::send("+OK ready <1.2@x.example>\r\n"),
                                                    S::expect("CAPA", capa),
                                                    S::expect("APOP", "-ERR [AUTH] no\r\n")} +
                                         bye
                                  << Sec::None << true << false << "auth_failed"
                                  << "auth" << QByteArray("QUIT\r\n");
    QTest::newRow("greeting-refused")
        << QList<S::Step>{S::send("-ERR [SYS/TEMP] go away\r\n")} + bye << Sec::None << false
        << false << "temporary"
        << "greeting" << QByteArray("QUIT\r\n");
    QTest::newRow("stls-refused") << QList<S::Step>{S::send("+OK ready\r\n"),
                                                    S::expect("CAPA", "+OK\r\nSTLS\r\n.\r\n"),
                                                    S::expect("STLS", "-ERR not now\r\n")} +
                                         bye
                                  << Sec::Stls << false << false << "starttls_unavailable"
                                  << "starttls" << QByteArray("QUIT\r\n");
    // In the transaction state QUIT would commit deletions: RSET comes first.
    QTest::newRow("retr-refused-rset-then-quit")
        << QList<S::Step>{S::send("+OK ready\r\n"),
                          S::expect("CAPA", capa),
                          S::expect("USER", "+OK\r\n"),
                          S::expect("PASS", "+OK in\r\n"),
                          S::expect("RETR 1", "-ERR no such message\r\n"),
                          S::expect("RSET", "+OK\r\n")} +
               bye
        << Sec::None << false << true << "protocol"
        << "transaction" << QByteArray("RSET\r\nQUIT\r\n");
    QTest::newRow("silence-aborts")
        << QList<S::Step>{S::send("+OK ready\r\n"), S::expect("CAPA"), S::stall()} << Sec::None
        << false << false << "timeout"
        << "greeting" << QByteArray("CAPA\r\n");
}

void TestSessionEnd::pop3()
{
    QFETCH(QList<S::Step>, script);
    QFETCH(Pop3Config::Security, security);
    QFETCH(bool, apop);
    QFETCH(bool, retrieve);
    QFETCH(QString, errorClass);
    QFETCH(QString, phase);
    QFETCH(QByteArray, tail);
    ScriptedServer server(script);
    QVERIFY(server.listen());
    Pop3Config c =
        pop3Config(server.port(), QByteArray(QTest::currentDataTag()) == "silence-aborts" ? 1 : 10);
    c.security = security;
    c.username = QStringLiteral("user");
    c.password = QStringLiteral("End-Pw-2207");
    c.auth = apop ? Pop3Config::Auth::Apop : Pop3Config::Auth::User;
    Pop3Run run;
    connect(&run.session, &Pop3Session::ready, this, [&] {
        run.session.retrieve(1);
        run.session.quit();
    });
    QVERIFY(run.start(c, retrieve ? Phase::Done : Phase::Auth, 15000));
    const Result r = run.result();
    QVERIFY2(errorClassId(r.errorClass) == errorClass, run.explain().constData());
    QCOMPARE(phaseId(r.phase), phase);
    QVERIFY2(server.received().endsWith(tail), server.received().constData());
    if (!tail.contains("QUIT"))
        QVERIFY(!server.received().contains("QUIT"));
    QVERIFY(run.elapsedMs < 4000);
}

void TestSessionEnd::dataAcceptedAfterEveryRecipientRefused()
{
    // RFC 2920 §3.1: the server should refuse DATA when no RCPT succeeded. One that says
    // 354 instead gets a lone dot and RSET; the next message of the batch goes on at once
    // instead of after a data timeout.
    ScriptedServer server(
        {S::send("220 hi\r\n"), S::expect("EHLO", "250-x\r\n250 PIPELINING\r\n"),
         S::expect("MAIL", "250 ok\r\n"), S::expect("RCPT", "550 5.1.1 no such user\r\n"),
         S::expect("RCPT", "550 5.1.1 no such user either\r\n"),
         S::expect("DATA", "354 go ahead anyway\r\n"),
         S::expect(".", "554 5.5.1 no valid recipients\r\n"), S::expect("RSET", "250 ok\r\n"),
         S::expect("MAIL", "250 ok\r\n"), S::expect("RCPT", "250 ok\r\n"),
         S::expect("DATA", "354 go\r\n"), S::expectData("250 queued\r\n"),
         S::expect("QUIT", "221 bye\r\n"), S::close()});
    QVERIFY(server.listen());
    Envelope refused = testEnvelope();
    refused.recipients = {QStringLiteral("nobody@example.test"),
                          QStringLiteral("noone@example.test")};
    SmtpRun run;
    QVERIFY(
        run.start(smtpConfig(server.port(), 10), {refused, testEnvelope()}, Phase::Done, 15000));
    QVERIFY2(run.elapsedMs < 4000, qPrintable(QString::number(run.elapsedMs)));
    const auto outs = run.outcomes();
    QCOMPARE(int(outs.value(0).state), int(MessageOutcome::State::Rejected));
    QCOMPARE(outs.value(0).errorClass, ErrorClass::RecipientRejected);
    QCOMPARE(int(outs.value(1).state), int(MessageOutcome::State::Delivered));
    QCOMPARE(server.failure(), QString());
    // The refused message itself never went out.
    QCOMPARE(server.receivedData().size(), 1);
}

void TestSessionEnd::tlsAlertIsNotAModeMismatch()
{
    // A TLS server that answers the ClientHello with a fatal internal_error alert
    // (RFC 8446 §6: level 2, description 80): it speaks TLS, so port and mode are right.
    const QByteArray alert = QByteArray::fromHex("15030300020250");
    ScriptedServer server({S::sendAfter(300, alert), S::close()});
    QVERIFY(server.listen());
    SmtpConfig c = smtpConfig(server.port(), 5);
    c.security = SmtpConfig::Security::Tls;
    SmtpRun run;
    QVERIFY(run.start(c, {testEnvelope()}));
    const Result r = run.result();
    qInfo("%s | %s", qPrintable(r.message), qPrintable(r.hint));
    QCOMPARE(r.errorClass, ErrorClass::TlsHandshake);
    QVERIFY2(!r.hint.contains(QLatin1String("STARTTLS")), qPrintable(r.hint));
    QVERIFY2(!r.message.contains(QLatin1String("clear text")), qPrintable(r.message));
    QVERIFY2(r.hint.contains(QLatin1String("alert")), qPrintable(r.hint));
}

QTEST_GUILESS_MAIN(TestSessionEnd)
#include "tst_sessionend.moc"
