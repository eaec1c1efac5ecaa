// SPDX-License-Identifier: GPL-3.0-or-later
// The backup SMTP server (issue 23) against two real Exims on loopback: with the primary
// stopped, nothing goes to the backup before backup_smtp/after, then the queue drains
// through it (each message exactly once); with the primary back, new mail goes through the
// primary again. A wrong primary password moves the queue to the backup at once, with
// exactly one failover notice, and no password in the spool, the logs or the notices.
// Each pass runs in a new runner (and alert engine): the state must survive a restart.
#include "EximFixture.h"
#include "SecretScan.h"
#include "TestPaths.h"
#include "delivery/FailoverPolicy.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"
#include "notify/AlertEngine.h"
#include "session/CredentialResolver.h"
#include "settings/MemorySecretStore.h"
#include "settings/SettingsStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::EximFixture;

class TestBackupSmtp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void outageMovesToTheBackupAfterTheDelay();
    void wrongPrimaryPasswordMovesAtOnce();
    void cliSendTestAndStatusOnTheBackup();

private:
    QueueRunner::Summary run();
    void enqueue(int n, const QString &tag);
    void storeSecret(const QString &account, const QString &secret);
    // Message-IDs of the delivered messages (notices left out), each as often as delivered.
    static QStringList messageIds(const EximFixture &exim);
    static QJsonArray notices(const EximFixture &exim, const QString &kind);

    std::unique_ptr<EximFixture> m_primary;
    std::unique_ptr<EximFixture> m_backup;
    std::unique_ptr<QTemporaryDir> m_dir;
    MemorySecretStore m_store;
    MailSettings m_settings;
    int m_serial = 0;
};

void TestBackupSmtp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_primary = std::make_unique<EximFixture>();
    QVERIFY2(m_primary->start(), qPrintable(m_primary->errorString()));
    m_backup = std::make_unique<EximFixture>();
    QVERIFY2(m_backup->start(), qPrintable(m_backup->errorString()));
    QVERIFY(m_backup->plainPort() != m_primary->plainPort());
}

void TestBackupSmtp::init()
{
    if (!m_primary->isRunning())
        QVERIFY2(m_primary->restart(), qPrintable(m_primary->errorString()));
    m_primary->clearMaildir();
    m_backup->clearMaildir();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const auto server = [](const EximFixture &exim) {
        MailSettings::Smtp s;
        s.enabled = true;
        s.host = exim.hostName();
        s.port = exim.plainPort();
        s.security = MailSettings::SmtpSecurity::StartTls;
        s.auth = MailSettings::SmtpAuth::Plain;
        s.username = exim.userName();
        s.caFile = exim.caFile();
        s.timeout = 5;
        return s;
    };
    MailSettings s;
    s.smtp = server(*m_primary);
    s.backupSmtp = server(*m_backup);
    s.backup.after = 2;
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.notify = QStringLiteral("ops@example.test");
    s.delivery.queueDir = m_dir->filePath(QStringLiteral("queue"));
    s.delivery.retryInterval = 1;
    s.diagnostics.debugLog = m_dir->filePath(QStringLiteral("debug.log"));
    m_settings = s;
    storeSecret(QStringLiteral("smtp"), m_primary->password());
    storeSecret(QStringLiteral("backup-smtp"), m_backup->password());
}

void TestBackupSmtp::storeSecret(const QString &account, const QString &secret)
{
    bool written = false;
    m_store.write(account, secret, this, [&written](const SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);
}

QueueRunner::Summary TestBackupSmtp::run()
{
    // A new runner, resolver and engine each time, like `mailwright-cli queue run --once`.
    CredentialResolver resolver;
    resolver.setSecretStore(&m_store);
    QueueRunner runner(m_settings.delivery.queueDir);
    runner.setSettings(m_settings);
    runner.setCredentialResolver(&resolver);
    AlertEngine engine(m_dir->filePath(QStringLiteral("alerts.json")));
    engine.setSettings(m_settings);
    engine.watch(&runner);
    QSignalSpy finished(&runner, &QueueRunner::finished);
    QueueRunner::Options o;
    o.once = true;
    runner.start(o);
    if (!finished.wait(30000))
        return {};
    return runner.lastSummary();
}

void TestBackupSmtp::enqueue(int n, const QString &tag)
{
    Queue queue(m_settings.delivery.queueDir);
    QString error;
    QVERIFY2(queue.ensure(&error), qPrintable(error));
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("<%1-%2@example.test>").arg(tag).arg(++m_serial);
        QueuedMessage m;
        m.sender = QStringLiteral("alerts@example.test");
        m.recipients = {QStringLiteral("user@example.test")};
        m.subject = tag;
        m.messageId = id;
        m.content = QStringLiteral("From: alerts@example.test\r\nTo: user@example.test\r\n"
                                   "Subject: %1\r\nMessage-ID: %2\r\n\r\nBody.\r\n")
                        .arg(tag, id)
                        .toUtf8();
        QVERIFY2(queue.enqueue(m, &error), qPrintable(error));
    }
}

QStringList TestBackupSmtp::messageIds(const EximFixture &exim)
{
    QStringList ids;
    for (const QJsonValue &v : exim.parseMaildir()) {
        const QJsonObject m = v.toObject();
        if (!m.value(QLatin1String("raw_headers")).toString().contains(u"X-Mailwright-Notice"))
            ids << m.value(QLatin1String("message_id")).toString();
    }
    ids.sort();
    return ids;
}

QJsonArray TestBackupSmtp::notices(const EximFixture &exim, const QString &kind)
{
    QJsonArray out;
    for (const QJsonValue &v : exim.parseMaildir()) {
        if (v.toObject()
                .value(QLatin1String("raw_headers"))
                .toString()
                .contains(QStringLiteral("X-Mailwright-Notice: ") + kind))
            out.append(v);
    }
    return out;
}

void TestBackupSmtp::outageMovesToTheBackupAfterTheDelay()
{
    QVERIFY(m_primary->stop());
    enqueue(3, QStringLiteral("outage"));

    // Within backup_smtp/after: the primary is tried, nothing goes to the backup.
    QueueRunner::Summary s = run();
    QCOMPARE(s.server, QStringLiteral("smtp"));
    QVERIFY(!s.failedOver);
    QCOMPARE(s.delivered, 0);
    QCOMPARE(s.remaining, 3);
    QVERIFY(FailoverPolicy::load(m_settings.delivery.queueDir).outageSince.isValid());
    QTest::qWait(300);
    QVERIFY(m_backup->messageFiles().isEmpty());

    // Past it: the same pass goes on to the backup; each message arrives exactly once.
    QTest::qWait(2100);
    s = run();
    QVERIFY2(s.failedOver, qPrintable(s.result.message + s.error));
    QCOMPARE(s.server, QStringLiteral("backup-smtp"));
    QCOMPARE(s.delivered, 3);
    QVERIFY(s.failoverReason.size() > 0);
    QVERIFY(m_backup->waitForMessages(3));
    QCOMPARE(messageIds(*m_backup), (QStringList{QStringLiteral("<outage-1@example.test>"),
                                                 QStringLiteral("<outage-2@example.test>"),
                                                 QStringLiteral("<outage-3@example.test>")}));

    // Still down: the failover notice goes out through the backup too, and only once.
    s = run();
    QCOMPARE(s.server, QStringLiteral("backup-smtp"));
    QVERIFY(!s.failedOver);
    QCOMPARE(s.delivered, 1);
    QTRY_COMPARE(notices(*m_backup, QStringLiteral("failover")).size(), 1);

    // The primary answers again: new mail goes through it, and the return is noticed.
    QVERIFY2(m_primary->restart(), qPrintable(m_primary->errorString()));
    enqueue(1, QStringLiteral("back"));
    s = run();
    QCOMPARE(s.server, QStringLiteral("smtp"));
    QVERIFY(s.returnedToPrimary);
    QCOMPARE(s.delivered, 1);
    QVERIFY(m_primary->waitForMessages(1));
    QCOMPARE(messageIds(*m_primary), QStringList{QStringLiteral("<back-4@example.test>")});
    QVERIFY(!FailoverPolicy::load(m_settings.delivery.queueDir).onBackup);
    QCOMPARE(messageIds(*m_backup).size(), 3); // nothing sent twice
    QFile log(Queue(m_settings.delivery.queueDir).logPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray lines = log.readAll();
    QVERIFY2(lines.contains("failover to backup-smtp"), lines.constData());
    QVERIFY2(lines.contains("back on the primary smtp"), lines.constData());
}

void TestBackupSmtp::wrongPrimaryPasswordMovesAtOnce()
{
    const QString wrong = QStringLiteral("Wrong-Primary-Pw-7q!");
    storeSecret(QStringLiteral("smtp"), wrong);
    enqueue(2, QStringLiteral("held"));

    // Refused login: held, and the backup takes the mail in the same pass.
    QueueRunner::Summary s = run();
    QVERIFY2(s.failedOver, qPrintable(s.result.message + s.error));
    QCOMPARE(s.server, QStringLiteral("backup-smtp"));
    QCOMPARE(s.delivered, 2);
    QVERIFY(Queue(m_settings.delivery.queueDir).hold().active); // the primary stays held

    // The next pass goes straight to the backup (the primary untried) and delivers the one
    // failover notice; the one after has nothing to send, and raises no second one.
    s = run();
    QCOMPARE(s.server, QStringLiteral("backup-smtp"));
    QVERIFY(!s.failedOver);
    QCOMPARE(s.delivered, 1);
    s = run();
    QVERIFY(!s.failedOver);
    QVERIFY(!s.held);
    QCOMPARE(s.remaining, 0);
    QVERIFY(m_backup->waitForMessages(3));
    QCOMPARE(notices(*m_backup, QStringLiteral("failover")).size(), 1);
    QCOMPARE(messageIds(*m_primary).size(), 0);
    QCOMPARE(messageIds(*m_backup).size(), 2);

    // No password anywhere: spool, queue log, debug log, alert state, the notice itself.
    test::SecretScan scan;
    scan.addSecret(QStringLiteral("the wrong SMTP password"), wrong.toUtf8(),
                   {m_primary->userName().toUtf8()});
    scan.addSecret(QStringLiteral("the backup SMTP password"), m_backup->password().toUtf8(),
                   {m_backup->userName().toUtf8()});
    const test::SecretScan::TreeReport r = scan.scanTree(m_dir->path());
    QVERIFY(r.scanned >= 3);
    QVERIFY2(r.hits.isEmpty(), qPrintable(r.hits.join(QLatin1Char('\n'))));
    for (const QJsonValue &v : notices(*m_backup, QStringLiteral("failover"))) {
        const QString body = v.toObject().value(QLatin1String("body")).toString();
        QVERIFY2(scan.hitIn(body).isEmpty(), qPrintable(scan.hitIn(body)));
        // The footer names settings that exist (there is no alerts/failover).
        QVERIFY2(body.contains(QLatin1String("alerts/min_interval")), qPrintable(body));
        QVERIFY2(!body.contains(QLatin1String("alerts/failover")), qPrintable(body));
    }
}

void TestBackupSmtp::cliSendTestAndStatusOnTheBackup()
{
    // The backup's own password only: the primary's is never asked for.
    MailSettings s = m_settings;
    s.general.secretBackend = MailSettings::SecretBackend::Memory;
    const QString config = m_dir->filePath(QStringLiteral("mailwright.ini"));
    QString error;
    QVERIFY2(SettingsStore(config).save(s, &error), qPrintable(error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"));
    env.insert(QStringLiteral("MAILWRIGHT_BACKUP_SMTP_PASSWORD"), m_backup->password());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir->filePath(QStringLiteral("state")));
    const auto cli = [&](const QStringList &args, QByteArray *out) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(mw::test::cliPath(),
                QStringList{QStringLiteral("--config"), config, QStringLiteral("--lang"),
                            QStringLiteral("en"), QStringLiteral("--json")} +
                    args);
        if (!p.waitForFinished(30000))
            return -1;
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out;
    QCOMPARE(
        cli({QStringLiteral("test"), QStringLiteral("--server"), QStringLiteral("backup")}, &out),
        0);
    QVERIFY2(out.contains("\"server\":\"backup-smtp\""), out.constData());
    QVERIFY(m_backup->waitForMessages(1));
    QVERIFY(m_primary->messageFiles().isEmpty());
    QCOMPARE(cli({QStringLiteral("test"), QStringLiteral("--server"), QStringLiteral("backup"),
                  QStringLiteral("--stop-after"), QStringLiteral("auth")},
                 &out),
             0);
    QCOMPARE(
        cli({QStringLiteral("test"), QStringLiteral("--server"), QStringLiteral("other")}, &out),
        64); // EX_USAGE
    // status lists the backup with the state of its last session.
    QCOMPARE(cli({QStringLiteral("status")}, &out), 0);
    bool listed = false;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("server")).toString() == QLatin1String("backup-smtp")) {
            listed = true;
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("Operating"));
        }
    }
    QVERIFY2(listed, out.constData());
    test::SecretScan scan;
    scan.addSecret(QStringLiteral("the backup SMTP password"), m_backup->password().toUtf8(),
                   {m_backup->userName().toUtf8()});
    QVERIFY2(scan.hitIn(out).isEmpty(), qPrintable(scan.hitIn(out)));
}

QTEST_GUILESS_MAIN(TestBackupSmtp)
#include "tst_backup_smtp.moc"
