// SPDX-License-Identifier: GPL-3.0-or-later
// Notices about failing mail against a real Exim on loopback: a dead letter, a refused
// login that holds the queue, an outage of several passes (the engine's clock moves, no
// sleeps), no notice about a notice, and `mailwright-cli queue flush` sending the notice
// of its own dead letter. Notices are read back from Exim's maildir with parse_message.py.
#include "EximFixture.h"
#include "SecretScan.h"
#include "TestPaths.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "notify/AlertEngine.h"
#include "notify/AlertNotice.h"
#include "settings/SettingsStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::EximFixture;

class TestAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void deadLetterOneNoticeDelivered();
    void wrongPasswordHoldsOneNotice();
    void outageOneNoticeWhenBack();
    void noNoticeAboutNotice();
    void cliFlushSendsNoticeOfItsDeadLetter();

private:
    QueueRunner::Summary run(const QString &password = {}, bool force = false);
    void enqueue(const QString &to, const QString &category = QStringLiteral("job"));
    QList<QueuedMessage> spooledNotices() const;
    // Delivered messages carrying X-Mailwright-Notice: kind (parsed by parse_message.py).
    QJsonArray deliveredNotices(const QString &kind) const;

    std::unique_ptr<EximFixture> m_exim;
    std::unique_ptr<QTemporaryDir> m_dir;
    MailSettings m_settings;
    QString m_statePath;
    QDateTime m_now;
    bool m_fakeClock = false;
};

void TestAlerts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_exim = std::make_unique<EximFixture>();
    QVERIFY2(m_exim->start(), qPrintable(m_exim->errorString()));
}

void TestAlerts::init()
{
    if (!m_exim->isRunning())
        QVERIFY2(m_exim->restart(), qPrintable(m_exim->errorString()));
    m_exim->clearMaildir();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_statePath = m_dir->filePath(QStringLiteral("alerts.json"));
    m_fakeClock = false;
    m_now = QDateTime::currentDateTimeUtc();
    MailSettings s = mw::test::smtpThroughExim(*m_exim);
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.bounce = QStringLiteral("bounces@example.test");
    s.mailboxes.notify = QStringLiteral("ops@example.test");
    s.copies.errors = QStringLiteral("technician@example.test");
    s.delivery.queueDir = m_dir->filePath(QStringLiteral("queue"));
    s.delivery.retryInterval = 1;
    m_settings = s;
}

QueueRunner::Summary TestAlerts::run(const QString &password, bool force)
{
    // A new runner and a new engine each time: a restart must not resend anything.
    QueueRunner runner(m_settings.delivery.queueDir);
    runner.setSettings(m_settings);
    runner.setCredentials(
        Credentials{password.isEmpty() ? m_exim->password() : password, {}, {}, {}, {}});
    AlertEngine engine(m_statePath);
    engine.setSettings(m_settings);
    if (m_fakeClock)
        engine.setClock([this] { return m_now; });
    engine.watch(&runner);
    QSignalSpy finished(&runner, &QueueRunner::finished);
    QueueRunner::Options o;
    o.once = true;
    o.force = force;
    runner.start(o);
    if (!finished.wait(60000))
        return {};
    return runner.lastSummary();
}

void TestAlerts::enqueue(const QString &to, const QString &category)
{
    Queue queue(m_settings.delivery.queueDir);
    QString error;
    QVERIFY2(queue.ensure(&error), qPrintable(error));
    QueuedMessage m;
    m.category = category;
    m.sender = QStringLiteral("bounces@example.test");
    m.recipients = {to};
    m.subject = QStringLiteral("Nightly backup");
    m.messageId = QStringLiteral("<backup-1@example.test>");
    m.content = QStringLiteral("From: alerts@example.test\r\nTo: %1\r\nSubject: Nightly backup\r\n"
                               "Message-ID: <backup-1@example.test>\r\n%2\r\n"
                               "BODY-OF-THE-FAILED-MAIL\r\n")
                    .arg(to, category == AlertNotice::category()
                                 ? QStringLiteral("X-Mailwright-Notice: dead_letter\r\n")
                                 : QString())
                    .toUtf8();
    QVERIFY2(queue.enqueue(m, &error), qPrintable(error));
}

QList<QueuedMessage> TestAlerts::spooledNotices() const
{
    QList<QueuedMessage> out;
    for (const QueuedMessage &m : Queue(m_settings.delivery.queueDir).list(true, true)) {
        if (AlertNotice::isNotice(m))
            out << m;
    }
    return out;
}

QJsonArray TestAlerts::deliveredNotices(const QString &kind) const
{
    QJsonArray out;
    const QJsonArray all = m_exim->parseMaildir();
    for (const QJsonValue &v : all) {
        const QJsonObject m = v.toObject();
        const QString raw = m.value(QLatin1String("raw_headers")).toString();
        if (raw.contains(QStringLiteral("X-Mailwright-Notice: ") + kind))
            out.append(m);
    }
    return out;
}

void TestAlerts::deadLetterOneNoticeDelivered()
{
    enqueue(QStringLiteral("nobody@example.test")); // Exim: 550 at RCPT
    const QueueRunner::Summary first = run();
    QCOMPARE(first.dead, 1);
    QCOMPARE(spooledNotices().size(), 1);
    // The next pass sends the notice: to the notification mailbox and copies/errors.
    const QueueRunner::Summary second = run();
    QCOMPARE(second.delivered, 1);
    QVERIFY(m_exim->waitForMessages(2));
    const QJsonArray got = deliveredNotices(QStringLiteral("dead_letter"));
    QCOMPARE(got.size(), 2);
    QStringList to;
    for (const QJsonValue &v : got) {
        const QJsonObject m = v.toObject();
        QVERIFY2(m.value(QLatin1String("strict_ok")).toBool(),
                 qPrintable(m.value(QLatin1String("strict_error")).toString()));
        QCOMPARE(m.value(QLatin1String("to")).toString(), QStringLiteral("ops@example.test"));
        for (const QJsonValue &e : m.value(QLatin1String("envelope"))
                                       .toObject()
                                       .value(QLatin1String("envelope_to"))
                                       .toArray())
            to << e.toString().toLower();
        const QString body = m.value(QLatin1String("body")).toString();
        QVERIFY2(body.contains(QLatin1String("nobody@example.test: 550")), qPrintable(body));
        QVERIFY2(body.contains(QLatin1String("recipient_rejected")), qPrintable(body));
        QVERIFY2(!body.contains(QLatin1String("BODY-OF-THE-FAILED-MAIL")), qPrintable(body));
    }
    to.sort();
    QCOMPARE(to, (QStringList{QStringLiteral("ops@example.test"),
                              QStringLiteral("technician@example.test")}));
    // Restarted runners (and engines) find nothing new: no second notice.
    for (int i = 0; i < 2; ++i)
        run();
    QTest::qWait(300);
    QCOMPARE(m_exim->messageFiles().size(), 2);
    QCOMPARE(spooledNotices().size(), 0);
}

void TestAlerts::wrongPasswordHoldsOneNotice()
{
    enqueue(QStringLiteral("user@example.test"));
    const QString wrong = QStringLiteral("Wrong-Alert-Pw-4k!");
    for (int i = 0; i < 3; ++i) {
        const QueueRunner::Summary s = run(wrong);
        QVERIFY(s.held);
    }
    const QList<QueuedMessage> held = spooledNotices();
    QCOMPARE(held.size(), 1);
    QVERIFY(held.first().content.contains("X-Mailwright-Notice: held\r\n"));
    QVERIFY2(held.first().content.contains("auth_failed"), held.first().content.constData());
    // Neither password is in the notice, the spool or the engine's state.
    test::SecretScan scan;
    scan.addSecret(QStringLiteral("the wrong SMTP password"), wrong.toUtf8(),
                   {m_exim->userName().toUtf8()});
    scan.addSecret(QStringLiteral("the SMTP password"), m_exim->password().toUtf8(),
                   {m_exim->userName().toUtf8()});
    const test::SecretScan::TreeReport r = scan.scanTree(m_dir->path());
    QVERIFY(r.scanned >= 3);
    QVERIFY2(r.hits.isEmpty(), qPrintable(r.hits.join(QLatin1Char('\n'))));
    // The admin fixes the password and flushes: the mail and the notice go.
    const QueueRunner::Summary fixed = run({}, true);
    QVERIFY2(fixed.result.ok, qPrintable(fixed.result.message));
    QCOMPARE(fixed.delivered, 2);
    QVERIFY(m_exim->waitForMessages(3)); // user, and the notice to ops + technician
    QCOMPARE(deliveredNotices(QStringLiteral("held")).size(), 2);
    run();
    QCOMPARE(spooledNotices().size(), 0);
}

void TestAlerts::outageOneNoticeWhenBack()
{
    m_settings.alerts.outageMinutes = 30;
    m_fakeClock = true;
    const QDateTime start = m_now;
    QVERIFY(m_exim->stop());
    enqueue(QStringLiteral("user@example.test"));
    // Passes over 40 minutes (the engine's clock; each run is a restart): no notice.
    for (int i = 0; i < 5; ++i) {
        const QueueRunner::Summary s = run();
        QVERIFY2(s.sessionRan && AlertEngine::isConnectionFailure(s.result),
                 qPrintable(errorClassId(s.result.errorClass)));
        QCOMPARE(spooledNotices().size(), 0);
        m_now = m_now.addSecs(10 * 60);
    }
    QVERIFY2(m_exim->restart(), qPrintable(m_exim->errorString()));
    const QueueRunner::Summary back = run();
    QVERIFY2(back.result.ok, qPrintable(back.result.message));
    QCOMPARE(back.delivered, 1);
    QCOMPARE(spooledNotices().size(), 1); // exactly one, queued once the server is back
    m_now = m_now.addSecs(60);
    run();
    QVERIFY(m_exim->waitForMessages(3));
    const QJsonArray got = deliveredNotices(QStringLiteral("outage"));
    QCOMPARE(got.size(), 2);
    const QString body = got.at(0).toObject().value(QLatin1String("body")).toString();
    QVERIFY2(body.contains(start.toLocalTime().toString(Qt::ISODate)), qPrintable(body));
    QVERIFY2(body.contains(start.addSecs(50 * 60).toLocalTime().toString(Qt::ISODate)),
             qPrintable(body));
    QVERIFY2(body.contains(QLatin1String("refused")), qPrintable(body));
    // Later good passes: nothing more.
    m_now = m_now.addSecs(3600);
    run();
    QTest::qWait(300);
    QCOMPARE(m_exim->messageFiles().size(), 3);
    QCOMPARE(spooledNotices().size(), 0);
}

void TestAlerts::noNoticeAboutNotice()
{
    // A notice to an address Exim refuses for good: dead-lettered, logged, nothing more.
    enqueue(QStringLiteral("nobody@example.test"), AlertNotice::category());
    const QueueRunner::Summary s = run();
    QCOMPARE(s.dead, 1);
    run();
    QTest::qWait(300);
    const QList<QueuedMessage> notices = spooledNotices();
    QCOMPARE(notices.size(), 1); // the dead notice itself, no other
    QCOMPARE(notices.first().state, QueuedMessage::State::Dead);
    QCOMPARE(m_exim->messageFiles().size(), 0);
    QFile log(m_settings.delivery.queueDir + QStringLiteral("/queue.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("no notice about it"));
}

void TestAlerts::cliFlushSendsNoticeOfItsDeadLetter()
{
    const QString config = m_dir->filePath(QStringLiteral("mailwright.ini"));
    QString error;
    QVERIFY2(SettingsStore(config).save(m_settings, &error), qPrintable(error));
    enqueue(QStringLiteral("nobody@example.test"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_exim->password());
    p.setProcessEnvironment(env);
    p.start(test::cliPath(),
            {QStringLiteral("--config"), config, QStringLiteral("queue"), QStringLiteral("flush")});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains("1 dead-lettered"), out.constData());
    // The same command sent the notice of its dead letter.
    QVERIFY2(m_exim->waitForMessages(2), out.constData());
    QCOMPARE(deliveredNotices(QStringLiteral("dead_letter")).size(), 2);
    QCOMPARE(Queue(m_settings.delivery.queueDir).list(false).size(), 0);
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
