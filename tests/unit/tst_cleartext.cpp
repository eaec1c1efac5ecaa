// SPDX-License-Identifier: GPL-3.0-or-later
// Security "auto" never logs in without TLS: a server (or an attacker on the path) that
// offers no STARTTLS / STLS gets no AUTH of any mechanism, no APOP, no USER/PASS and no
// message when credentials are set; the session ends with QUIT and starttls_unavailable.
// Without credentials it goes on in clear and says so (endedInClear).
#include "ScriptedSession.h"

#include <QTest>

using namespace mw;
using namespace mw::test;
using S = ScriptedServer;

namespace {

const QString kPassword = QStringLiteral("Clear-Pw-4471");

} // namespace

class TestClearText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtpStrippedStartTls_data();
    void smtpStrippedStartTls();
    void smtpWithoutCredentialsGoesOnInClear();
    void pop3StrippedStls_data();
    void pop3StrippedStls();
    void pop3ExplicitNoneStillUsesApop();
};

void TestClearText::smtpStrippedStartTls_data()
{
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<SmtpConfig::Auth>("auth");

    // What an attacker leaves of an EHLO reply after removing STARTTLS.
    const QByteArray stripped = "250-mx.example\r\n250-PIPELINING\r\n"
                                "250 AUTH CRAM-MD5 PLAIN LOGIN\r\n";
    const QList<S::Step> script{S::send("220 mx.example ESMTP\r\n"), S::expect("EHLO", stripped),
                                S::expect("QUIT", "221 bye\r\n"), S::close()};
    QTest::newRow("auth-auto-with-cram-md5-offered") << script << SmtpConfig::Auth::Auto;
    QTest::newRow("auth-cram-md5") << script << SmtpConfig::Auth::CramMd5;
    QTest::newRow("auth-plain") << script << SmtpConfig::Auth::Plain;
    QTest::newRow("auth-login") << script << SmtpConfig::Auth::Login;
    QTest::newRow("old-server-helo-only")
        << QList<S::Step>{S::send("220 old.example SMTP\r\n"), S::expect("EHLO", "500 what\r\n"),
                          S::expect("HELO", "250 ok\r\n"), S::expect("QUIT", "221 bye\r\n"),
                          S::close()}
        << SmtpConfig::Auth::Auto;
}

void TestClearText::smtpStrippedStartTls()
{
    QFETCH(QList<S::Step>, script);
    QFETCH(SmtpConfig::Auth, auth);
    ScriptedServer server(script);
    QVERIFY(server.listen());
    SmtpConfig c = smtpConfig(server.port());
    c.security = SmtpConfig::Security::Auto; // the default
    c.auth = auth;
    c.username = QStringLiteral("user");
    c.password = kPassword;
    SmtpRun run;
    QVERIFY(run.start(c, {testEnvelope()}));
    const Result r = run.result();
    QVERIFY2(r.errorClass == ErrorClass::StartTlsUnavailable, run.explain().constData());
    QCOMPARE(r.phase, Phase::StartTls);
    QVERIFY(!r.ok);
    QVERIFY(!r.endedInClear);
    QVERIFY(!r.hint.isEmpty());
    const QByteArray received = server.received();
    for (const char *never : {"AUTH", "MAIL", "RCPT", "DATA", "Subject"})
        QVERIFY2(!received.contains(never), received.constData());
    QVERIFY(!received.contains(kPassword.toUtf8()));
    // RFC 5321 §4.1.1.10: the refusal ends with QUIT, not a dropped connection.
    QVERIFY2(received.contains("QUIT\r\n"), received.constData());
    QCOMPARE(server.failure(), QString());
    QCOMPARE(int(run.outcomes().value(0).state), int(MessageOutcome::State::NotAttempted));
}

void TestClearText::smtpWithoutCredentialsGoesOnInClear()
{
    ScriptedServer server({S::send("220 mx.example ESMTP\r\n"),
                           S::expect("EHLO", "250-mx.example\r\n250 AUTH CRAM-MD5 PLAIN\r\n"),
                           S::expect("MAIL", "250 ok\r\n"), S::expect("RCPT", "250 ok\r\n"),
                           S::expect("DATA", "354 go\r\n"), S::expectData("250 queued\r\n"),
                           S::expect("QUIT", "221 bye\r\n"), S::close()});
    QVERIFY(server.listen());
    SmtpConfig c = smtpConfig(server.port());
    c.security = SmtpConfig::Security::Auto;
    c.auth = SmtpConfig::Auth::None;
    SmtpRun run;
    QVERIFY(run.start(c, {testEnvelope()}));
    const Result r = run.result();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.endedInClear);
    QVERIFY(!server.received().contains("AUTH"));
    QCOMPARE(int(run.outcomes().value(0).state), int(MessageOutcome::State::Delivered));
}

void TestClearText::pop3StrippedStls_data()
{
    QTest::addColumn<QList<S::Step>>("script");
    QTest::addColumn<bool>("apop");

    const QByteArray greeting = "+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>\r\n";
    const QByteArray capa = "+OK\r\nUSER\r\nUIDL\r\nSASL PLAIN CRAM-MD5\r\n.\r\n";
    QTest::newRow("apop-with-timestamp")
        << QList<S::Step>{S::send(greeting), S::expect("CAPA", capa),
                          S::expect("QUIT", "+OK bye\r\n"), S::close()}
        << true;
    QTest::newRow("user-pass") << QList<S::Step>{S::send(greeting), S::expect("CAPA", capa),
                                                 S::expect("QUIT", "+OK bye\r\n"), S::close()}
                               << false;
    QTest::newRow("rfc1939-server-without-capa-apop")
        << QList<S::Step>{S::send(greeting), S::expect("CAPA", "-ERR unknown command\r\n"),
                          S::expect("QUIT", "+OK bye\r\n"), S::close()}
        << true;
}

void TestClearText::pop3StrippedStls()
{
    QFETCH(QList<S::Step>, script);
    QFETCH(bool, apop);
    ScriptedServer server(script);
    QVERIFY(server.listen());
    Pop3Config c = pop3Config(server.port());
    c.security = Pop3Config::Security::Auto;
    c.username = QStringLiteral("user");
    c.password = kPassword;
    c.auth = apop ? Pop3Config::Auth::Apop : Pop3Config::Auth::User;
    Pop3Run run;
    QVERIFY(run.start(c, Phase::Auth)); // what the status check does
    const Result r = run.result();
    QVERIFY2(r.errorClass == ErrorClass::StartTlsUnavailable, run.explain().constData());
    QCOMPARE(r.phase, Phase::StartTls);
    QVERIFY(!r.hint.isEmpty());
    QVERIFY(!r.endedInClear);
    const QByteArray received = server.received();
    for (const char *never : {"APOP", "USER", "PASS", "AUTH"})
        QVERIFY2(!received.contains(never), received.constData());
    QVERIFY(!received.contains(kPassword.toUtf8()));
    QVERIFY2(received.endsWith("QUIT\r\n"), received.constData());
    QCOMPARE(server.failure(), QString());
}

void TestClearText::pop3ExplicitNoneStillUsesApop()
{
    // The admin chose security "none": the rule allows a login in clear, APOP included.
    ScriptedServer server(
        {S::send("+OK ready <1.2@x.example>\r\n"), S::expect("CAPA", "+OK\r\nUSER\r\n.\r\n"),
         S::expect("APOP user ", "+OK in\r\n"), S::expect("QUIT", "+OK bye\r\n"), S::close()});
    QVERIFY(server.listen());
    Pop3Config c = pop3Config(server.port());
    c.security = Pop3Config::Security::None;
    c.username = QStringLiteral("user");
    c.password = kPassword;
    c.auth = Pop3Config::Auth::Apop;
    Pop3Run run;
    QVERIFY(run.start(c, Phase::Auth));
    QVERIFY2(run.result().ok, qPrintable(run.result().message));
    QCOMPARE(run.result().authMechanismUsed, QStringLiteral("APOP"));
}

QTEST_GUILESS_MAIN(TestClearText)
#include "tst_cleartext.moc"
