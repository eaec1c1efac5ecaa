// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's operations (core/delivery/QueueOperations) through mailwright-cli with a real
// Exim, and bounces linked to the queue: a delivery status notification delivered into a
// real Dovecot's mailbox for a message the queue sent is read by `bounces` and shown on
// that message by `queue list` (text and JSON). Also the relay window's record
// (POP-before-SMTP) as the window reads it.
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "TestPaths.h"
#include "delivery/Queue.h"
#include "delivery/QueueOperations.h"
#include "settings/MailSettings.h"
#include "settings/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::DovecotFixture;
using mw::test::EximFixture;

class TestQueueOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bounceShownOnItsMessage();
    void retryShowDeleteRelease();
    void relayWindowRecord();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});
    QJsonObject listJson();
    MailSettings settings() const;

    std::unique_ptr<EximFixture> m_exim;
    std::unique_ptr<DovecotFixture> m_dovecot;
    QTemporaryDir m_dir;
    QString m_config;
};

void TestQueueOperations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_exim = std::make_unique<EximFixture>();
    QVERIFY2(m_exim->start(), qPrintable(m_exim->errorString()));
    m_dovecot = std::make_unique<DovecotFixture>();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
    m_config = m_dir.filePath(QStringLiteral("mailwright.ini"));
    QString error;
    QVERIFY2(SettingsStore(m_config).save(settings(), &error), qPrintable(error));
}

MailSettings TestQueueOperations::settings() const
{
    MailSettings s = mw::test::smtpThroughExim(*m_exim);
    s.general.secretBackend = MailSettings::SecretBackend::Memory;
    // The bounced-alerts mailbox: the Dovecot.
    s.pop3.enabled = true;
    s.pop3.host = m_dovecot->hostName();
    s.pop3.port = m_dovecot->tlsPort();
    s.pop3.security = MailSettings::Pop3Security::Tls;
    s.pop3.username = m_dovecot->userName();
    s.pop3.caFile = m_dovecot->caFile();
    s.pop3.timeout = 10;
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.bounce = QStringLiteral("bounces@example.test");
    s.alerts.enabled = false; // no notices of their own in the queue
    s.delivery.queueDir = m_dir.filePath(QStringLiteral("queue"));
    return s;
}

TestQueueOperations::Run TestQueueOperations::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_exim->password());
    env.insert(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"), m_dovecot->password());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), QStringList{QStringLiteral("--config"), m_config} + args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    // Whatever the command, no password in its output.
    for (const QString &secret : {m_exim->password(), m_dovecot->password()}) {
        if (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))
            r.code = -2;
    }
    return r;
}

QJsonObject TestQueueOperations::listJson()
{
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")});
    if (r.code != 0)
        qWarning("queue list: %d %s %s", r.code, r.out.constData(), r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

// A notification Exim accepted, then a DSN for it in the bounced-alerts mailbox: after
// `bounces`, `queue list` names the message that bounced, its recipient and the status.
void TestQueueOperations::bounceShownOnItsMessage()
{
    const Run sent =
        cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("ops@example.test"),
             QStringLiteral("--subject"), QStringLiteral("Backup failed on srv7")},
            "The nightly backup failed.\n");
    QVERIFY2(sent.code == 0, QByteArray(sent.out + sent.err).constData());
    const QJsonArray queued = listJson().value(QLatin1String("messages")).toArray();
    QCOMPARE(queued.size(), 1);
    const QString messageId =
        queued.first().toObject().value(QLatin1String("message_id")).toString();
    QVERIFY(messageId.startsWith(QLatin1Char('<')));
    const Run run = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(m_exim->waitForMessages(1));
    // Nothing bounced yet: no bounced_messages, no "bounced" line.
    QCOMPARE(listJson().value(QLatin1String("bounced_messages")).toArray().size(), 0);

    // The remote server's report arrives in the bounced-alerts mailbox (a maildir delivery).
    QFile dsnTemplate(QStringLiteral(MW_TEST_SOURCE_DIR) +
                      QStringLiteral("/servers/dovecot/messages/03-dsn.eml"));
    QVERIFY(dsnTemplate.open(QIODevice::ReadOnly));
    QByteArray dsn = dsnTemplate.readAll();
    dsn.replace("<original-03@example.test>", messageId.toUtf8())
        .replace("ops@unknown.example.test", "ops@example.test")
        .replace("<fixture-03-dsn@mx.example.test>", "<queue-ops-dsn@mx.example.test>");
    QFile delivered(m_dovecot->maildir() + QStringLiteral("/new/1700000000.queueops.dsn"));
    QVERIFY2(delivered.open(QIODevice::WriteOnly), qPrintable(delivered.fileName()));
    delivered.write(dsn);
    delivered.close();
    const Run bounces = cli({QStringLiteral("bounces")});
    QVERIFY2(bounces.code == 0, QByteArray(bounces.out + bounces.err).constData());

    const QJsonArray bounced = listJson().value(QLatin1String("bounced_messages")).toArray();
    QCOMPARE(bounced.size(), 1);
    const QJsonObject b = bounced.first().toObject();
    QCOMPARE(b.value(QLatin1String("message_id")).toString(), messageId);
    QCOMPARE(b.value(QLatin1String("subject")).toString(), QStringLiteral("Backup failed on srv7"));
    QCOMPARE(b.value(QLatin1String("result")).toString(), QStringLiteral("delivered"));
    const QString report = b.value(QLatin1String("bounce")).toString();
    QVERIFY2(report.contains(QLatin1String("ops@example.test")) &&
                 report.contains(QLatin1String("5.1.1")) &&
                 report.contains(QLatin1String("User unknown")),
             qPrintable(report));
    QVERIFY(!b.value(QLatin1String("bounced_at")).toString().isEmpty());

    const Run text = cli({QStringLiteral("queue"), QStringLiteral("list")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("then bounced:") && text.out.contains("Backup failed on srv7") &&
                 text.out.contains("5.1.1") && text.out.contains(messageId.toUtf8()),
             text.out.constData());
}

// retry ID moves a dead letter back, show ID prints headers and body, purge ID deletes,
// release lifts a hold (and says when there is none): the same QueueOperations the window
// calls.
void TestQueueOperations::retryShowDeleteRelease()
{
    m_exim->clearMaildir();
    const Run sent =
        cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("nobody@example.test"),
             QStringLiteral("--subject"), QStringLiteral("Refused for good")},
            "Body line of the refused one.\n");
    QVERIFY2(sent.code == 0, QByteArray(sent.out + sent.err).constData());
    const Run run = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
    QJsonArray messages = listJson().value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QString id = messages.first().toObject().value(QLatin1String("id")).toString();
    QCOMPARE(messages.first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("dead"));
    const QString queueDir = settings().delivery.queueDir;
    QVERIFY(QFile::exists(queueDir + QStringLiteral("/dead/") + id + QStringLiteral(".msg")));

    // show: the spool's facts, the last error and the message itself.
    const Run shown = cli({QStringLiteral("queue"), QStringLiteral("show"), id.left(14)});
    QVERIFY2(shown.code == 0, QByteArray(shown.out + shown.err).constData());
    QVERIFY2(shown.out.contains("Subject: Refused for good") &&
                 shown.out.contains("Body line of the refused one.") && shown.out.contains("550") &&
                 shown.out.contains(id.toUtf8()),
             shown.out.constData());

    // retry: out of the dead letters, due now.
    const Run retried = cli({QStringLiteral("queue"), QStringLiteral("retry"), id});
    QVERIFY2(retried.code == 0, QByteArray(retried.out + retried.err).constData());
    QVERIFY(!QFile::exists(queueDir + QStringLiteral("/dead/") + id + QStringLiteral(".msg")));
    QVERIFY(QFile::exists(queueDir + QLatin1Char('/') + id + QStringLiteral(".msg")));
    messages = listJson().value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("waiting"));

    // release: nothing held is a usage error with a sentence; a hold is lifted.
    const Run none = cli({QStringLiteral("queue"), QStringLiteral("release")});
    QCOMPARE(none.code, 64);
    QVERIFY2(none.err.contains("not held"), none.err.constData());
    Queue queue(queueDir);
    QueueHold hold;
    hold.active = true;
    hold.settingsHash = QStringLiteral("whatever");
    hold.storage = true; // applies whatever the settings are
    hold.errorClass = ErrorClass::Temporary;
    hold.message = QStringLiteral("spool storage: test");
    hold.since = QDateTime::currentDateTimeUtc();
    QVERIFY(queue.setHold(hold, nullptr));
    QCOMPARE(listJson().value(QLatin1String("status")).toString(), QStringLiteral("held"));
    const Run released =
        cli({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("release")});
    QVERIFY2(released.code == 0, QByteArray(released.out + released.err).constData());
    QCOMPARE(
        QJsonDocument::fromJson(released.out).object().value(QLatin1String("status")).toString(),
        QStringLiteral("released"));
    QVERIFY(!queue.hold().active);
    QCOMPARE(listJson().value(QLatin1String("status")).toString(), QStringLiteral("ready"));

    // purge: gone.
    const Run purged = cli({QStringLiteral("queue"), QStringLiteral("purge"), id});
    QVERIFY2(purged.code == 0, QByteArray(purged.out + purged.err).constData());
    QCOMPARE(listJson().value(QLatin1String("messages")).toArray().size(), 0);
    QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("show"), id}).code, 64);
}

// The runner's POP3 login record opens "relay authorised until" for that account only,
// for pop3/relay_window minutes.
void TestQueueOperations::relayWindowRecord()
{
    MailSettings s = settings();
    s.smtp.auth = MailSettings::SmtpAuth::PopBeforeSmtp;
    s.pop3.relayWindow = 10;
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-120);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!QueueOperations::relayAuthorisedUntil(s, now).isValid()); // no login yet
    QueueOperations::recordRelayLogin(s.delivery.queueDir, at, QueueOperations::relayAccount(s));
    QCOMPARE(QueueOperations::relayAuthorisedUntil(s, now), at.addSecs(600));
    QVERIFY(!QueueOperations::relayAuthorisedUntil(s, at.addSecs(601)).isValid());
    MailSettings other = s;
    other.pop3.username = QStringLiteral("someone-else");
    QVERIFY(!QueueOperations::relayAuthorisedUntil(other, now).isValid());
    MailSettings plain = s;
    plain.smtp.auth = MailSettings::SmtpAuth::Plain;
    QVERIFY(!QueueOperations::relayAuthorisedUntil(plain, now).isValid());
}

QTEST_GUILESS_MAIN(TestQueueOperations)
#include "tst_queue_operations.moc"
