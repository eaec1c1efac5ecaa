// SPDX-License-Identifier: GPL-3.0-or-later
// notify/RoundTrip, the operation behind `test --roundtrip` and the window's "Send and fetch
// back", on the paths the happy round trip (tst_roundtrip_window, tst_popbeforesmtp) does
// not take: the message never arrives (the wait runs out), the POP3 login is refused, the
// send fails, and cancel while the send runs. Real Exim and Dovecot on loopback; the
// Dovecot here serves its own maildir, which Exim never delivers to.
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "notify/RoundTrip.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace mw;

class TestRoundTrip : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::EximFixture> m_smtp;
    std::unique_ptr<test::DovecotFixture> m_pop;

    [[nodiscard]] MailSettings settings() const
    {
        MailSettings s;
        s.smtp.host = m_smtp->hostName();
        s.smtp.port = m_smtp->plainPort();
        s.smtp.security = MailSettings::SmtpSecurity::StartTls;
        s.smtp.auth = MailSettings::SmtpAuth::None;
        s.smtp.caFile = m_smtp->caFile();
        s.smtp.timeout = 10;
        s.pop3.enabled = true;
        s.pop3.host = m_pop->hostName();
        s.pop3.port = m_pop->plainPort();
        s.pop3.security = MailSettings::Pop3Security::Stls;
        s.pop3.username = m_pop->userName();
        s.pop3.caFile = m_pop->caFile();
        s.pop3.timeout = 10;
        s.mailboxes.from = QStringLiteral("alerts@example.test");
        s.mailboxes.notify = QStringLiteral("admin@example.test");
        return s;
    }
    [[nodiscard]] Credentials credentials(const QString &pop3Password) const
    {
        Credentials c;
        c.pop3Password = pop3Password;
        return c;
    }
    int m_finished = 0; // how often the last run() finished (exactly once)
    // Runs one round trip to its end (at most timeoutMs) and returns its outcome.
    RoundTrip::Outcome run(const MailSettings &s, const Credentials &c, const RoundTrip::Options &o,
                           int timeoutMs = 30000)
    {
        RoundTrip trip;
        QSignalSpy finished(&trip, &RoundTrip::finished);
        trip.start(s, c, o);
        finished.wait(timeoutMs);
        QTest::qWait(50); // nothing more arrives after the end
        m_finished = int(finished.size());
        return trip.outcome();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_smtp = std::make_unique<test::EximFixture>();
        QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
        m_pop = std::make_unique<test::DovecotFixture>();
        QVERIFY2(m_pop->start(), qPrintable(m_pop->errorString()));
    }

    // Sent, looked for every second, never there: a Timeout after the wait, with the hint;
    // the POP3 looks themselves went well.
    void messageNeverArrives()
    {
        RoundTrip::Options o;
        o.waitSeconds = 3;
        o.pollSeconds = 1;
        QElapsedTimer clock;
        clock.start();
        const RoundTrip::Outcome out = run(settings(), credentials(m_pop->password()), o);
        QCOMPARE(m_finished, 1);
        QVERIFY(clock.elapsed() < 8000);
        QVERIFY(clock.elapsed() >= 2000);
        QCOMPARE(out.result.errorClass, ErrorClass::Timeout);
        QVERIFY2(out.result.message.contains(QLatin1String("did not arrive")),
                 qPrintable(out.result.message));
        QVERIFY(out.result.message.contains(m_pop->userName() + QLatin1Char('@')));
        QVERIFY(out.result.hint.contains(QLatin1String("bounces")));
        QVERIFY(out.sent && out.smtp.ok && !out.found && !out.deleted);
        QVERIFY(out.pop3.ok);
        QVERIFY2(out.looks >= 2, qPrintable(QString::number(out.looks)));
        QCOMPARE(out.delayMs, -1);
        QCOMPARE(out.token.size(), 32);
        QCOMPARE(out.recipient, QStringLiteral("admin@example.test"));
        // Exim did deliver it (elsewhere): the send part really happened.
        QVERIFY(m_smtp->waitForMessages(1));
    }

    // The POP3 server refuses the login: the sentence says the message was sent.
    void pop3LoginRefused()
    {
        const RoundTrip::Outcome out =
            run(settings(), credentials(QStringLiteral("Wrong-Pop3-Pass-9")), {});
        QCOMPARE(m_finished, 1);
        QCOMPARE(out.result.errorClass, ErrorClass::AuthFailed);
        QVERIFY2(out.result.message.startsWith(
                     QLatin1String("The message was sent, but fetching it over POP3 failed: ")),
                 qPrintable(out.result.message));
        QVERIFY(out.sent && !out.found);
        QCOMPARE(out.looks, 1);
        QVERIFY(!out.pop3.ok);
    }

    // The send fails: the SMTP Result as it is, no POP3 look at all.
    void sendFails()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        MailSettings s = settings();
        s.smtp.host = QStringLiteral("127.0.0.1");
        s.smtp.port = closed.serverPort();
        closed.close();
        const RoundTrip::Outcome out = run(s, credentials(m_pop->password()), {});
        QCOMPARE(m_finished, 1);
        QCOMPARE(out.result.errorClass, ErrorClass::Refused);
        QVERIFY(!out.sent);
        QCOMPARE(out.looks, 0);
        QCOMPARE(out.result.message, out.smtp.message);
    }

    // Cancel during the send: Cancelled, once, and no look into the mailbox.
    void cancelWhileSending()
    {
        QTcpServer silent; // accepts, never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        MailSettings s = settings();
        s.smtp.host = QStringLiteral("127.0.0.1");
        s.smtp.port = silent.serverPort();
        s.smtp.security = MailSettings::SmtpSecurity::None;
        s.smtp.timeout = 60;
        RoundTrip trip;
        QSignalSpy finished(&trip, &RoundTrip::finished);
        trip.start(s, credentials(m_pop->password()), {});
        QTRY_VERIFY(silent.hasPendingConnections()); // connected, no greeting
        QTest::qWait(300);
        QVERIFY(trip.isRunning());
        trip.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(1000));
        QCOMPARE(trip.outcome().result.errorClass, ErrorClass::Cancelled);
        QVERIFY(!trip.isRunning());
        QCOMPARE(trip.outcome().looks, 0);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
