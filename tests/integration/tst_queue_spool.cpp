// SPDX-License-Identifier: GPL-3.0-or-later
// The spool under stress, through mailwright-cli and a real Exim on loopback: a full disk
// (a small tmpfs) must not make the runner send a message again and again, a running
// service logs in with a password stored after it started, and `send -t` hands no bare
// CR or LF to the server.
#include "EximFixture.h"
#include "TestPaths.h"
#include "delivery/Queue.h"
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

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace mw;
using mw::test::EximFixture;

class TestQueueSpool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fullSpoolNoResend_data();
    void fullSpoolNoResend();
    void runningServiceUsesNewPassword_data();
    void runningServiceUsesNewPassword();
    void bareLineEndsNormalized();
    void wholeMessageGetsAceMessageId();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // withEnvPassword: MAILWRIGHT_SMTP_PASSWORD set (it overrides every secret store).
    Run cli(const QStringList &args, const QByteArray &input = {}, bool withEnvPassword = true);
    QProcess *startRunner(bool withEnvPassword = true);
    void writeConfig(const std::function<void(MailSettings &)> &change = {});
    QJsonObject queueList() const;
    [[nodiscard]] int accepted(const QString &recipient) const;
    [[nodiscard]] int failedLogins() const;

    std::unique_ptr<EximFixture> m_exim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_queueDir;
    QString m_mount;
    QList<QProcess *> m_runners;
};

static bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

void TestQueueSpool::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_exim = std::make_unique<EximFixture>();
    QVERIFY2(m_exim->start(), qPrintable(m_exim->errorString()));
}

void TestQueueSpool::init()
{
    m_exim->clearMaildir();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("mailwright.ini"));
    m_queueDir = m_dir->filePath(QStringLiteral("queue"));
    writeConfig();
}

void TestQueueSpool::cleanup()
{
    for (QProcess *p : std::as_const(m_runners)) {
        p->kill();
        p->waitForFinished(5000);
        delete p;
    }
    m_runners.clear();
    if (!m_mount.isEmpty()) {
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount});
        m_mount.clear();
    }
}

void TestQueueSpool::writeConfig(const std::function<void(MailSettings &)> &change)
{
    MailSettings s = mw::test::smtpThroughExim(*m_exim);
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.bounce = QStringLiteral("bounces@example.test");
    s.delivery.queueDir = m_queueDir;
    s.delivery.retryInterval = 5;
    if (change)
        change(s);
    QString error;
    QVERIFY2(SettingsStore(m_config).save(s, &error), qPrintable(error));
}

TestQueueSpool::Run TestQueueSpool::cli(const QStringList &args, const QByteArray &input,
                                        bool withEnvPassword)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"));
    if (withEnvPassword)
        env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_exim->password());
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
    return r;
}

QProcess *TestQueueSpool::startRunner(bool withEnvPassword)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"));
    if (withEnvPassword)
        env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_exim->password());
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(test::cliPath(), {QStringLiteral("--config"), m_config, QStringLiteral("queue"),
                               QStringLiteral("run")});
    p->waitForStarted(10000);
    m_runners << p;
    return p;
}

QJsonObject TestQueueSpool::queueList() const
{
    QProcess p;
    p.start(test::cliPath(), {QStringLiteral("--config"), m_config, QStringLiteral("--json"),
                              QStringLiteral("queue"), QStringLiteral("list")});
    p.waitForFinished(30000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

int TestQueueSpool::accepted(const QString &recipient) const
{
    // Exim's maildir: one file per delivered recipient, with its Envelope-to.
    int n = 0;
    for (const QByteArray &m : m_exim->deliveredMessages())
        if (m.contains(QByteArray(QByteArray("Envelope-to: ") + recipient.toUtf8())))
            ++n;
    return n;
}

int TestQueueSpool::failedLogins() const
{
    return int(m_exim->serverLog().count(QStringLiteral("authenticator failed")));
}

void TestQueueSpool::fullSpoolNoResend_data()
{
    QTest::addColumn<int>("freePages");
    // The spool on a tmpfs filled up after the message was queued, leaving room for none,
    // one or two small files (pages of 4 KiB): the writes of a pass fail at different
    // points (the journal, the record of who has it, the dead letter). Needs root to mount.
    if (isRoot()) {
        QTest::addRow("tmpfs-full") << 0;
        QTest::addRow("tmpfs-one-page") << 1;
        QTest::addRow("tmpfs-two-pages") << 2;
    }
    // Anywhere (no mount needed): the message's state file cannot be replaced (a folder
    // stands in its place), so the record of who has it fails after the final dot.
    QTest::addRow("state-unwritable") << -1;
}

void TestQueueSpool::fullSpoolNoResend()
{
    QFETCH(int, freePages);
    if (freePages >= 0) {
        m_mount = m_dir->filePath(QStringLiteral("spool"));
        QVERIFY(QDir().mkpath(m_mount));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                    QStringLiteral("-o"), QStringLiteral("size=512k,mode=0700"),
                                    QStringLiteral("tmpfs"), m_mount}),
                 0);
        m_queueDir = m_mount + QStringLiteral("/queue");
        writeConfig();
    }
    // ~40 KiB to an accepted and a refused recipient.
    const QByteArray body =
        QByteArray("A line of a larger notification, forty KiB.\n").repeated(900);
    const Run sent = cli({QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("--to"),
                          QStringLiteral("user@example.test"), QStringLiteral("--to"),
                          QStringLiteral("nobody@example.test"), QStringLiteral("--subject"),
                          QStringLiteral("full disk")},
                         body);
    QVERIFY2(sent.code == 0, sent.err.constData());
    const QString id =
        QJsonDocument::fromJson(sent.out).object().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const QString filler = m_mount + QStringLiteral("/filler");
    const QString blocker = m_queueDir + QLatin1Char('/') + id + QStringLiteral(".state");
    if (freePages >= 0) {
        QFile f(filler);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray page(4096, 'f');
        while (f.write(page) == page.size()) {
        }
        const qint64 full = f.size() / 4096 * 4096;
        QVERIFY(f.resize(full - qint64(freePages) * 4096));
        f.close();
    } else {
        QVERIFY(QDir().mkpath(blocker + QStringLiteral("/x")));
    }
    // A spare (the file of a message delivered earlier, core/delivery/QueueSpares.cpp):
    // given back when the spool cannot be written.
    const QString spare = m_queueDir + QStringLiteral("/spare/") + Queue::newId();
    if (freePages < 0) {
        QFile f(spare);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, '\0'));
    }
    QProcess *runner = startRunner();
    // While the spool cannot be written: at most one copy, no storm, the hold visible.
    QTest::qWait(4000);
    const int whileFull = accepted(QStringLiteral("user@example.test"));
    const QJsonObject held = queueList();
    const QByteArray heldText = QJsonDocument(held).toJson();
    QVERIFY2(whileFull <= 1, qPrintable(QStringLiteral("%1 copies while the spool was full; %2")
                                            .arg(whileFull)
                                            .arg(QString::fromUtf8(runner->readAll()))));
    QCOMPARE(held.value(QLatin1String("status")).toString(), QStringLiteral("held"));
    QVERIFY2(
        held.value(QLatin1String("message")).toString().contains(QLatin1String("spool storage")),
        heldText.constData());
    QCOMPARE(held.value(QLatin1String("hold_reason")).toString(), QStringLiteral("spool storage"));
    QVERIFY(!QFile::exists(spare));
    const Run status = cli({QStringLiteral("status")});
    QVERIFY2(status.out.contains("HELD"), status.out.constData());
    // Space again: the runner resumes by itself (after its back-off) and finishes.
    if (freePages >= 0)
        QVERIFY(QFile::remove(filler));
    else
        QVERIFY(QDir(blocker).removeRecursively());
    QJsonObject after;
    for (int i = 0; i < 60; ++i) {
        QTest::qWait(500);
        after = queueList();
        const QJsonArray msgs = after.value(QLatin1String("messages")).toArray();
        if (msgs.size() == 1 &&
            msgs.at(0).toObject().value(QLatin1String("state")).toString() ==
                QLatin1String("dead") &&
            after.value(QLatin1String("status")).toString() != QLatin1String("held"))
            break;
    }
    QTest::qWait(1000);
    const QByteArray afterText = QJsonDocument(after).toJson();
    QCOMPARE(accepted(QStringLiteral("user@example.test")), 1);
    const QJsonArray msgs = after.value(QLatin1String("messages")).toArray();
    QVERIFY2(msgs.size() == 1, afterText.constData());
    const QJsonObject dead = msgs.at(0).toObject();
    QCOMPARE(dead.value(QLatin1String("state")).toString(), QStringLiteral("dead"));
    QCOMPARE(dead.value(QLatin1String("recipients")).toArray(),
             QJsonArray{QStringLiteral("nobody@example.test")});
    QVERIFY2(after.value(QLatin1String("status")).toString() != QLatin1String("held"),
             afterText.constData());
}

void TestQueueSpool::runningServiceUsesNewPassword_data()
{
    // The file backend: the service's watch sees the secret file change. The system
    // keychain (the test session's keyring): nothing tells the service, whose next pass
    // finds the hold lifted by `secret set` and must read the store again.
    QTest::addColumn<bool>("fileBackend");
    QTest::newRow("file") << true;
    QTest::newRow("keychain") << false;
}

void TestQueueSpool::runningServiceUsesNewPassword()
{
    // No MAILWRIGHT_SMTP_PASSWORD: the service reads the secret store.
    QFETCH(bool, fileBackend);
    const QString secrets = m_dir->filePath(QStringLiteral("secrets"));
    writeConfig([&](MailSettings &s) {
        s.general.secretBackend =
            fileBackend ? MailSettings::SecretBackend::File : MailSettings::SecretBackend::Keychain;
        if (fileBackend)
            s.general.secretFile = secrets;
    });
    Run set = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("smtp")},
                  "Wrong-Pw-5k!\n", false);
    QVERIFY2(set.code == 0, set.err.constData());
    QCOMPARE(
        cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("user@example.test")},
            "body\n", false)
            .code,
        0);
    const int before = failedLogins();
    QProcess *runner = startRunner(false);
    for (int i = 0;
         i < 40 && queueList().value(QLatin1String("status")).toString() != QLatin1String("held");
         ++i)
        QTest::qWait(250);
    QCOMPARE(queueList().value(QLatin1String("error_class")).toString(),
             QStringLiteral("auth_failed"));
    QCOMPARE(failedLogins(), before + 1);
    // The admin stores the right password: the hold is lifted and the running service
    // logs in with the new one (not the one it started with).
    set = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("smtp")},
              m_exim->password().toUtf8() + '\n', false);
    QVERIFY2(set.code == 0, set.err.constData());
    const bool delivered = m_exim->waitForMessages(1, 20000);
    QVERIFY2(delivered,
             QByteArray(runner->readAll() + QJsonDocument(queueList()).toJson()).constData());
    QCOMPARE(failedLogins(), before + 1); // no second refused login
    QCOMPARE(queueList().value(QLatin1String("messages")).toArray().size(), 0);
}

void TestQueueSpool::bareLineEndsNormalized()
{
    // A bare CR and a bare LF before a dot: "x\r.\r\n" and "\n.\r\n" end DATA for some
    // servers (SMTP smuggling). They must reach the server as ordinary line ends (the
    // dot line then dot-stuffed), and no second message may appear.
    const QByteArray input = "To: user@example.test\n"
                             "Subject: bare line ends\n"
                             "\n"
                             "first\rsecond\n"
                             "third\r.\r\n"
                             "MAIL FROM:<evil@example.test>\r\n"
                             "RCPT TO:<victim@example.test>\r\n"
                             "DATA\r\n"
                             "Subject: smuggled\r\n"
                             "\r\n"
                             "smuggled\n.\r\n"
                             "last line\n";
    const Run sent = cli({QStringLiteral("send"), QStringLiteral("-t")}, input);
    QVERIFY2(sent.code == 0, sent.err.constData());
    // What was queued has CR LF line ends only (the server must not be relied on).
    const QStringList files = QDir(m_queueDir).entryList({QStringLiteral("*.msg")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile spooled(m_queueDir + QLatin1Char('/') + files.first());
    QVERIFY(spooled.open(QIODevice::ReadOnly));
    const QByteArray content = spooled.readAll();
    const QByteArray body = content.mid(content.indexOf('\n') + 1); // after the metadata line
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == '\r')
            QVERIFY2(i + 1 < body.size() && body.at(i + 1) == '\n', body.constData());
        if (body.at(i) == '\n')
            QVERIFY2(i > 0 && body.at(i - 1) == '\r', body.constData());
    }
    const Run run = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(m_exim->waitForMessages(1));
    QTest::qWait(1000);
    const QList<QByteArray> got = m_exim->deliveredMessages();
    QCOMPARE(got.size(), 1); // no smuggled second message, nothing for victim@
    const QByteArray &m = got.first();
    // Exim stores lines with LF: a CR left in the file came as a bare CR.
    QVERIFY2(!m.contains('\r'), m.constData());
    QVERIFY2(m.contains("first\nsecond\nthird\n.\nMAIL FROM:<evil@example.test>\n"), m.constData());
    QVERIFY2(m.contains("smuggled\n.\nlast line\n"), m.constData());
    QVERIFY(!m_exim->serverLog().contains(QLatin1String("victim@example.test")));
}

void TestQueueSpool::wholeMessageGetsAceMessageId()
{
    // send -t adds the Message-ID the core writes for every message: the sender's domain
    // in its ASCII (ACE) form, never the raw UTF-8 one.
    const Run sent = cli({QStringLiteral("--json"), QStringLiteral("--set"),
                          QStringLiteral("mailboxes/from=alerts@bücher.example"),
                          QStringLiteral("send"), QStringLiteral("-t")},
                         "To: user@example.test\nSubject: idn\n\nbody\n");
    QVERIFY2(sent.code == 0, QByteArray(sent.out + sent.err).constData());
    const QString id =
        QJsonDocument::fromJson(sent.out).object().value(QLatin1String("message_id")).toString();
    QVERIFY2(id.endsWith(QLatin1String("@xn--bcher-kva.example>")), sent.out.constData());
    const QStringList files = QDir(m_queueDir).entryList({QStringLiteral("*.msg")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile spooled(m_queueDir + QLatin1Char('/') + files.first());
    QVERIFY(spooled.open(QIODevice::ReadOnly));
    const QByteArray idLine = "Message-ID: " + id.toLatin1() + "\r\n";
    QVERIFY2(spooled.readAll().contains(idLine), qPrintable(id));
}

QTEST_GUILESS_MAIN(TestQueueSpool)
#include "tst_queue_spool.moc"
