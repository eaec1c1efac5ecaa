// SPDX-License-Identifier: GPL-3.0-or-later
// POP-before-SMTP and the round-trip proof against a real Exim and Dovecot sharing one
// directory: Dovecot's post-login script records the client address and time, Exim
// relays for that address within MW_RELAY_WINDOW seconds (tests/servers, shapes
// "pop-before-smtp"), and Dovecot serves the maildir Exim delivers to.
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "TestPaths.h"
#include "delivery/PopBeforeSmtp.h"
#include "delivery/Queue.h"
#include "delivery/QueueOperations.h"
#include "delivery/QueueRunner.h"
#include "delivery/TestSend.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::DovecotFixture;
using mw::test::EximFixture;

namespace {
constexpr int kWindowSeconds = 3; // the server's relay window (MW_RELAY_WINDOW)
const QString kRemote = QStringLiteral("ops@remote.example.org"); // needs relaying

// POP3 logins in a transcript, whichever method pop3/auth = auto chose: USER/PASS ("PASS
// ***") or a SASL mechanism ("AUTH <mechanism>").
int pop3Logins(const QString &transcript)
{
    return int(transcript.count(QLatin1String("C: PASS ***")) +
               transcript.count(QLatin1String("C: AUTH ")));
}
} // namespace

class TestPopBeforeSmtp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedWithoutPopLogin();
    void acceptedAfterPopLoginAndDelivered();
    void refusedAgainAfterTheWindow();
    void rememberedLoginExpiredGetsOneFreshLogin();
    void loginNotHonouredSaysSo();
    void queueRunnerLogsInOnceAndDelivers();
    void queueHeldWhenLoginNotHonoured();
    void wrongPop3Password();
    void cliRoundTrip();
    void cliPreflightNamesMissingPop3Host();

private:
    MailSettings settings(DovecotFixture &pop) const;
    Result sendTest(const MailSettings &s, const QString &pop3Password, QString *transcript);
    void enqueue(const QString &queueDir, int count, const QString &subject);
    QueueRunner::Summary runQueue(QueueRunner &runner);

    QTemporaryDir m_dir;
    std::unique_ptr<EximFixture> m_smtp;
    std::unique_ptr<DovecotFixture> m_pop;
    std::unique_ptr<DovecotFixture> m_otherPop; // records no logins for this Exim
};

void TestPopBeforeSmtp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The daemons run as another user when the tests run as root: let them in.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    qputenv("MW_RELAY_WINDOW", QByteArray::number(kWindowSeconds));
    m_smtp = std::make_unique<EximFixture>(QStringLiteral("pop-before-smtp"), m_dir.path());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    m_pop = std::make_unique<DovecotFixture>(QStringLiteral("pop-before-smtp"), m_dir.path());
    QVERIFY2(m_pop->start(), qPrintable(m_pop->errorString()));
    m_otherPop = std::make_unique<DovecotFixture>();
    QVERIFY2(m_otherPop->start(), qPrintable(m_otherPop->errorString()));
}

MailSettings TestPopBeforeSmtp::settings(DovecotFixture &pop) const
{
    MailSettings s;
    s.smtp.host = m_smtp->hostName(); // "localhost": IPv4 and IPv6
    s.smtp.port = m_smtp->plainPort();
    s.smtp.security = MailSettings::SmtpSecurity::StartTls;
    s.smtp.auth = MailSettings::SmtpAuth::PopBeforeSmtp;
    s.smtp.caFile = m_smtp->caFile();
    s.smtp.timeout = 10;
    s.pop3.enabled = true;
    s.pop3.host = pop.hostName();
    s.pop3.port = pop.plainPort();
    s.pop3.security = MailSettings::Pop3Security::Stls;
    s.pop3.username = pop.userName();
    s.pop3.caFile = pop.caFile();
    s.pop3.timeout = 10;
    s.pop3.relayWindow = 10;
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.notify = kRemote;
    s.mailboxes.bounce = QStringLiteral("bounces@example.test");
    return s;
}

Result TestPopBeforeSmtp::sendTest(const MailSettings &s, const QString &pop3Password,
                                   QString *transcript)
{
    TestSend op;
    QSignalSpy done(&op, &TestSend::finished);
    op.start(s, Credentials{{}, pop3Password, {}, {}, {}}, TestSend::Options{});
    if (!done.wait(60000))
        return Result::failure(ErrorClass::Timeout, Phase::Idle, QStringLiteral("test hung"));
    *transcript = op.transcript().toText();
    return op.result();
}

void TestPopBeforeSmtp::refusedWithoutPopLogin()
{
    // Nothing logged in to Dovecot yet: Exim refuses to relay.
    MailSettings s = settings(*m_pop);
    s.smtp.auth = MailSettings::SmtpAuth::None;
    QString transcript;
    const Result r = sendTest(s, QString(), &transcript);
    QCOMPARE(errorClassId(r.errorClass), QStringLiteral("recipient_rejected"));
    QCOMPARE(r.phase, Phase::Rcpt);
    QVERIFY2(r.serverReply.contains(QLatin1String("Relaying denied")), qPrintable(r.serverReply));
}

void TestPopBeforeSmtp::acceptedAfterPopLoginAndDelivered()
{
    const int before = m_smtp->messageFiles().size();
    QString transcript;
    const Result r = sendTest(settings(*m_pop), m_pop->password(), &transcript);
    QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char('\n') + transcript));
    QVERIFY(r.authMechanismUsed.startsWith(QLatin1String("POP-before-SMTP")));
    QVERIFY2(r.message.contains(QLatin1String("relay window is 10 minutes")),
             qPrintable(r.message));
    QCOMPARE(r.stages.first().phase, Phase::Auth);
    QVERIFY(r.stages.first().ok);
    // The POP3 login came first, with the password masked, and nothing was fetched.
    QVERIFY(transcript.indexOf(QLatin1String("C: PASS ***")) <
            transcript.indexOf(QLatin1String("C: EHLO")));
    QVERIFY(!transcript.contains(QLatin1String("C: RETR")));
    QVERIFY(!transcript.contains(m_pop->password()));
    // Dovecot's post-login script saw this client.
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("popauth/127.0.0.1"))) ||
            QFile::exists(m_dir.filePath(QStringLiteral("popauth/::1"))));
    QVERIFY2(m_smtp->waitForMessages(before + 1), qPrintable(m_smtp->serverLog()));
    bool found = false;
    for (const QByteArray &m : m_smtp->deliveredMessages())
        found = found || m.contains(QByteArray("To: " + kRemote.toUtf8()));
    QVERIFY(found);
}

void TestPopBeforeSmtp::refusedAgainAfterTheWindow()
{
    QTest::qWait((kWindowSeconds + 2) * 1000);
    MailSettings s = settings(*m_pop);
    s.smtp.auth = MailSettings::SmtpAuth::None;
    QString transcript;
    const Result r = sendTest(s, QString(), &transcript);
    QCOMPARE(errorClassId(r.errorClass), QStringLiteral("recipient_rejected"));
    QCOMPARE(r.phase, Phase::Rcpt);
}

void TestPopBeforeSmtp::rememberedLoginExpiredGetsOneFreshLogin()
{
    // A queue runner keeps one PopBeforeSmtp: its login is inside the client's window
    // (10 minutes) but the server forgot it after kWindowSeconds. The refusal leads to one
    // fresh login and the message goes out.
    const MailSettings s = settings(*m_pop);
    PopBeforeSmtp op;
    Envelope env{s.mailboxes.from, {kRemote}, QByteArray("Subject: queued\r\n\r\nhello\r\n")};
    QSignalSpy done(&op, &PopBeforeSmtp::finished);
    op.start(s, Credentials{{}, m_pop->password(), {}, {}, {}}, {env});
    QVERIFY(done.wait(60000));
    QVERIFY2(op.result().ok, qPrintable(op.result().message));
    QCOMPARE(op.loginCount(), 1);
    QVERIFY(op.lastLogin().at.isValid());

    // Inside the window: no new login.
    op.start(s, Credentials{{}, m_pop->password(), {}, {}, {}}, {env});
    QVERIFY(done.wait(60000));
    QVERIFY2(op.result().ok, qPrintable(op.result().message));
    QCOMPARE(op.loginCount(), 0);

    QTest::qWait((kWindowSeconds + 2) * 1000);
    op.start(s, Credentials{{}, m_pop->password(), {}, {}, {}}, {env});
    QVERIFY(done.wait(60000));
    QVERIFY2(op.result().ok,
             qPrintable(op.result().message + QLatin1Char('\n') + op.transcript().toText()));
    QCOMPARE(op.loginCount(), 1);
    QVERIFY(op.transcript().toText().contains(QLatin1String("refused to relay")));
}

void TestPopBeforeSmtp::loginNotHonouredSaysSo()
{
    // A POP3 server whose logins this Exim does not know: the login works, relaying is
    // refused twice (after one fresh login), and the error says exactly that.
    QTest::qWait((kWindowSeconds + 2) * 1000);
    QString transcript;
    const Result r = sendTest(settings(*m_otherPop), m_otherPop->password(), &transcript);
    QCOMPARE(errorClassId(r.errorClass), QStringLiteral("auth_failed"));
    QCOMPARE(r.phase, Phase::Rcpt);
    QVERIFY2(r.message.contains(QLatin1String("POP3 login worked")), qPrintable(r.message));
    QVERIFY(r.serverReply.contains(QLatin1String("Relaying denied")));
    QVERIFY(!r.hint.isEmpty());
    QCOMPARE(pop3Logins(transcript), 2);
}

void TestPopBeforeSmtp::enqueue(const QString &queueDir, int count, const QString &subject)
{
    Queue queue(queueDir);
    QString error;
    QVERIFY2(queue.ensure(&error), qPrintable(error));
    for (int i = 0; i < count; ++i) {
        QueuedMessage m;
        m.sender = QStringLiteral("bounces@example.test");
        m.recipients = {kRemote};
        m.subject = QStringLiteral("%1 %2").arg(subject).arg(i);
        m.content = QStringLiteral("From: alerts@example.test\r\nTo: %1\r\nSubject: %2\r\n\r\n"
                                   "queued over POP-before-SMTP\r\n")
                        .arg(kRemote, m.subject)
                        .toUtf8();
        QVERIFY2(queue.enqueue(m, &error), qPrintable(error));
    }
}

QueueRunner::Summary TestPopBeforeSmtp::runQueue(QueueRunner &runner)
{
    QSignalSpy finished(&runner, &QueueRunner::finished);
    QueueRunner::Options o;
    o.once = true;
    runner.start(o);
    if (!finished.wait(60000))
        return {};
    return runner.lastSummary();
}

void TestPopBeforeSmtp::queueRunnerLogsInOnceAndDelivers()
{
    // The queue runner keeps one POP3 login for its passes: three messages go out over one
    // login, two more (right after, inside the server's window) without a new one.
    QTest::qWait((kWindowSeconds + 2) * 1000);
    const QString queueDir = m_dir.filePath(QStringLiteral("queue-pbs"));
    const QString log = m_dir.filePath(QStringLiteral("queue-pbs.log"));
    MailSettings s = settings(*m_pop);
    s.diagnostics.debugLog = log;
    enqueue(queueDir, 3, QStringLiteral("first pass"));
    const int before = m_smtp->messageFiles().size();
    QueueRunner runner(queueDir);
    runner.setCredentials(Credentials{{}, m_pop->password(), {}, {}, {}});
    runner.setSettings(s);
    QueueRunner::Summary sum = runQueue(runner);
    QVERIFY2(sum.result.ok, qPrintable(sum.result.message));
    QCOMPARE(sum.delivered, 3);
    QCOMPARE(sum.remaining, 0);
    QVERIFY(!sum.held);
    // The login is recorded for the window's "relay authorised until" (QueueSummary).
    MailSettings shown = s;
    shown.delivery.queueDir = queueDir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime until = QueueOperations::relayAuthorisedUntil(shown, now);
    QVERIFY(until > now);
    QVERIFY(until <= now.addSecs(qint64(s.pop3.relayWindow) * 60));
    enqueue(queueDir, 2, QStringLiteral("second pass"));
    sum = runQueue(runner);
    QVERIFY2(sum.result.ok, qPrintable(sum.result.message));
    QCOMPARE(sum.delivered, 2);
    QVERIFY2(m_smtp->waitForMessages(before + 5), qPrintable(m_smtp->serverLog()));
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QCOMPARE(pop3Logins(text), 1);
    QVERIFY(text.contains(QLatin1String("inside the relay window")));
    QVERIFY(!text.contains(m_pop->password()));
}

void TestPopBeforeSmtp::queueHeldWhenLoginNotHonoured()
{
    // The POP3 login works but this Exim does not know it: after one fresh login the queue
    // is held with auth_failed; the messages are not returned as undeliverable.
    QTest::qWait((kWindowSeconds + 2) * 1000);
    const QString queueDir = m_dir.filePath(QStringLiteral("queue-pbs-held"));
    enqueue(queueDir, 2, QStringLiteral("held"));
    QueueRunner runner(queueDir);
    runner.setCredentials(Credentials{{}, m_otherPop->password(), {}, {}, {}});
    runner.setSettings(settings(*m_otherPop));
    const QueueRunner::Summary sum = runQueue(runner);
    QVERIFY(sum.held);
    QCOMPARE(sum.dead, 0);
    QCOMPARE(sum.delivered, 0);
    QCOMPARE(sum.remaining, 2);
    const QueueHold hold = Queue(queueDir).hold();
    QVERIFY(hold.active);
    QCOMPARE(errorClassId(hold.errorClass), QStringLiteral("auth_failed"));
    QVERIFY2(hold.message.contains(QLatin1String("POP3 login worked")), qPrintable(hold.message));
    QVERIFY(Queue(queueDir).list(true).size() == 2);
    for (const QueuedMessage &m : Queue(queueDir).list(true))
        QVERIFY(m.state != QueuedMessage::State::Dead);
}

void TestPopBeforeSmtp::wrongPop3Password()
{
    QString transcript;
    const Result r = sendTest(settings(*m_pop), QStringLiteral("Wrong-Pop-Pass-5"), &transcript);
    QCOMPARE(errorClassId(r.errorClass), QStringLiteral("auth_failed"));
    QCOMPARE(r.phase, Phase::Auth);
    QVERIFY(r.message.contains(QLatin1String("POP3 login")));
    QVERIFY(!transcript.contains(QLatin1String("EHLO")));
    QVERIFY(!transcript.contains(QLatin1String("Wrong-Pop-Pass-5")));
}

void TestPopBeforeSmtp::cliRoundTrip()
{
    // Sent with a token to the notification mailbox, fetched back over POP3 from the same
    // maildir, then only that message is deleted.
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[general]\nsecret_backend=memory\n"
                           "[smtp]\nhost=localhost\nport=%1\nsecurity=starttls\n"
                           "auth=pop-before-smtp\nca_file=%2\ntimeout=10\n"
                           "[pop3]\nenabled=true\nhost=localhost\nport=%3\nsecurity=tls\n"
                           "username=%4\nca_file=%2\napop=true\n"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=%4@example.test\n"
                           "bounce=bounces@example.test\n")
                .arg(m_smtp->plainPort())
                .arg(m_smtp->caFile())
                .arg(m_pop->tlsPort())
                .arg(m_pop->userName())
                .toUtf8());
    f.close();
    const int before = m_smtp->messageFiles().size();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"), m_pop->password());
    cli.setProcessEnvironment(env);
    cli.start(test::cliPath(),
              {QStringLiteral("--config"), path, QStringLiteral("--json"), QStringLiteral("test"),
               QStringLiteral("--roundtrip"), QStringLiteral("--wait"), QStringLiteral("30"),
               QStringLiteral("--poll"), QStringLiteral("1")});
    QVERIFY(cli.waitForFinished(90000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QVERIFY(!out.contains(m_pop->password().toUtf8()) && !err.contains(m_pop->password().toUtf8()));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), out.constData());
    QVERIFY(o.value(QStringLiteral("delay_ms")).toInteger(-1) >= 0);
    QVERIFY(o.value(QStringLiteral("deleted")).toBool());
    const QString token = o.value(QStringLiteral("token")).toString();
    QCOMPARE(token.size(), 32);
    // Only the token's message was removed: the mailbox holds what it held before.
    QCOMPARE(m_smtp->messageFiles().size(), before);
    for (const QByteArray &m : m_smtp->deliveredMessages())
        QVERIFY(!m.contains(token.toUtf8()));

    QProcess status;
    status.setProcessEnvironment(env);
    status.start(test::cliPath(), {QStringLiteral("--config"), path, QStringLiteral("status")});
    QVERIFY(status.waitForFinished(20000));
    const QByteArray st = status.readAllStandardOutput();
    QVERIFY2(st.contains("smtp: Operating") && st.contains("pop3: Operating"), st.constData());
}

void TestPopBeforeSmtp::cliPreflightNamesMissingPop3Host()
{
    // `test` asks the same preflight as the window: POP-before-SMTP without a POP3 server
    // is named before any secret is read (not "no POP3 password is stored").
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"));
    p.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--config"), dir.filePath(QStringLiteral("m.ini"))};
    for (const char *kv : {"smtp/host=127.0.0.1", "smtp/port=2599", "smtp/auth=pop-before-smtp",
                           "pop3/username=u", "mailboxes/from=a@example.com",
                           "mailboxes/notify=b@example.com", "general/secret_backend=file"})
        args << QStringLiteral("--set") << QString::fromLatin1(kv);
    args << QStringLiteral("general/secret_file=") + dir.filePath(QStringLiteral("secrets"));
    args.insert(args.size() - 1, QStringLiteral("--set"));
    args << QStringLiteral("test") << QStringLiteral("--stop-after") << QStringLiteral("ehlo");
    p.start(mw::test::cliPath(), args);
    QVERIFY(p.waitForFinished(20000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 78); // EX_CONFIG
    QVERIFY2(err.contains("pop3/host:"), err.constData());
    QVERIFY2(!err.contains("password"), err.constData());
}

QTEST_GUILESS_MAIN(TestPopBeforeSmtp)
#include "tst_popbeforesmtp.moc"
