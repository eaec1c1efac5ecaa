// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery through mailwright-cli and a real Exim on loopback: routing of copies, the
// permitted list, an outage, SIGKILLed runners while Exim restarts, dead letters, a wrong
// password that holds the queue, and the pickup folder.
// Over 600 lines: the scenarios share one Exim fixture and its helpers (a second file would
// start a second server).
#include "EximFixture.h"
#include "TestPaths.h"
#include "delivery/MessageBuilder.h"
#include "delivery/Queue.h"
#include "settings/MailSettings.h"
#include "settings/SettingsStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::EximFixture;

class TestQueueExim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void routing_data();
    void routing();
    void notPermittedRefused();
    void deadLetterAndRest();
    void wrongPasswordHoldsQueue();
    void newPasswordLiftsHold();
    void outageThenRunnerDelivers();
    void pickupFilesAtomic();
    void crashNothingLost();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {},
            const QString &password = QString(), int timeoutMs = 60000);
    QProcess *startRunner(const QStringList &args);
    void writeConfig(const std::function<void(MailSettings &)> &change = {});
    int authAttempts() const;
    QJsonObject queueList();
    void expectDelivered(int files, const char *noticeSubject, QStringList noticeTo);

    std::unique_ptr<EximFixture> m_exim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_queueDir;
};

void TestQueueExim::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_exim = std::make_unique<EximFixture>();
    QVERIFY2(m_exim->start(), qPrintable(m_exim->errorString()));
}

void TestQueueExim::init()
{
    if (!m_exim->isRunning())
        QVERIFY2(m_exim->restart(), qPrintable(m_exim->errorString()));
    m_exim->clearMaildir();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("mailwright.ini"));
    m_queueDir = m_dir->filePath(QStringLiteral("queue"));
    writeConfig();
}

void TestQueueExim::writeConfig(const std::function<void(MailSettings &)> &change)
{
    MailSettings s = mw::test::smtpThroughExim(*m_exim);
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.fromName = QStringLiteral("Alerts");
    s.mailboxes.bounce = QStringLiteral("bounces@example.test");
    s.copies.all = QStringLiteral("all-copies@example.test");
    s.copies.errors = QStringLiteral("technician@example.test");
    s.copies.console = QStringLiteral("console-desk@example.test");
    s.delivery.queueDir = m_queueDir;
    s.delivery.retryInterval = 5;
    if (change)
        change(s);
    QString error;
    SettingsStore store(m_config);
    QVERIFY2(store.save(s, &error), qPrintable(error));
}

TestQueueExim::Run TestQueueExim::cli(const QStringList &args, const QByteArray &input,
                                      const QString &password, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"),
               password.isEmpty() ? m_exim->password() : password);
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), QStringList{QStringLiteral("--config"), m_config} + args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcess *TestQueueExim::startRunner(const QStringList &args)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_exim->password());
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(test::cliPath(), QStringList{QStringLiteral("--config"), m_config} + args);
    p->waitForStarted(10000);
    return p;
}

int TestQueueExim::authAttempts() const
{
    // Exim's mainlog names the authenticator on every failed login.
    return int(m_exim->serverLog().count(QStringLiteral("authenticator failed")));
}

QJsonObject TestQueueExim::queueList()
{
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")});
    return QJsonDocument::fromJson(r.out).object();
}

void TestQueueExim::routing_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("envelope"); // every RCPT TO expected
    QTest::addRow("job-copied-to-copy-all")
        << QStringLiteral("job")
        << QStringList{QStringLiteral("user@example.test"),
                       QStringLiteral("all-copies@example.test")};
    QTest::addRow("error-copied-to-technician")
        << QStringLiteral("error")
        << QStringList{QStringLiteral("user@example.test"),
                       QStringLiteral("all-copies@example.test"),
                       QStringLiteral("technician@example.test")};
    QTest::addRow("console-copied-to-console-desk")
        << QStringLiteral("console")
        << QStringList{QStringLiteral("user@example.test"),
                       QStringLiteral("all-copies@example.test"),
                       QStringLiteral("console-desk@example.test")};
}

void TestQueueExim::routing()
{
    QFETCH(QString, category);
    QFETCH(QStringList, envelope);
    // The user also named as copy-all in another case: one copy only.
    const Run sent = cli({QStringLiteral("send"), QStringLiteral("--category"), category,
                          QStringLiteral("--to"), QStringLiteral("user@example.test"),
                          QStringLiteral("--to"), QStringLiteral("ALL-copies@example.test"),
                          QStringLiteral("--subject"), QStringLiteral("Job 42 ") + category},
                         "The job finished.\n");
    QCOMPARE(sent.code, 0);
    // copy-all was also a visible recipient here; drop that for the header check below.
    const Run flushed = cli({QStringLiteral("queue"), QStringLiteral("flush")});
    QVERIFY2(flushed.code == 0, QByteArray(flushed.out + flushed.err).constData());
    QVERIFY(m_exim->waitForMessages(int(envelope.size())));
    const QJsonArray msgs = m_exim->parseMaildir();
    QCOMPARE(msgs.size(), envelope.size());
    QStringList got;
    for (const QJsonValue &v : msgs) {
        const QJsonObject m = v.toObject();
        QVERIFY2(m.value(QLatin1String("strict_ok")).toBool(),
                 qPrintable(m.value(QLatin1String("strict_error")).toString()));
        const QJsonObject env = m.value(QLatin1String("envelope")).toObject();
        for (const QJsonValue &e : env.value(QLatin1String("envelope_to")).toArray())
            got << e.toString().toLower();
        QCOMPARE(env.value(QLatin1String("return_path")).toString(),
                 QStringLiteral("<bounces@example.test>"));
        // The visible header names the recipients given, never a copy address.
        const QString raw = m.value(QLatin1String("raw_headers")).toString();
        for (const QString &line : raw.split(QLatin1Char('\n'))) {
            const QString l = line.toLower();
            if (l.startsWith(QLatin1String("envelope-to:")) ||
                l.startsWith(QLatin1String("delivered-to:")) ||
                l.startsWith(QLatin1String("received:")) || l.startsWith(QLatin1String("\t")) ||
                l.startsWith(QLatin1String(" ")))
                continue;
            QVERIFY2(!l.contains(QLatin1String("technician@")), qPrintable(line));
            QVERIFY2(!l.contains(QLatin1String("console-desk@")), qPrintable(line));
        }
        QCOMPARE(m.value(QLatin1String("to")).toString().toLower(),
                 QStringLiteral("user@example.test, all-copies@example.test"));
    }
    got.sort();
    QStringList want = envelope;
    want.sort();
    QCOMPARE(got, want); // duplicates removed: copy-all once though named twice
}

void TestQueueExim::notPermittedRefused()
{
    writeConfig([](MailSettings &s) {
        s.recipients.permitted = {QStringLiteral("@example.test")};
        s.copies.all = QStringLiteral("auditor@other.test"); // copies are checked too
    });
    const Run r =
        cli({QStringLiteral("send"), QStringLiteral("--to"),
             QStringLiteral("stranger@elsewhere.test"), QStringLiteral("--to"),
             QStringLiteral("user@example.test"), QStringLiteral("--subject"), QStringLiteral("x")},
            "body\n");
    // Queued for the permitted one, but the caller learns that stranger@ gets nothing.
    QCOMPARE(r.code, 67); // EX_NOUSER
    QVERIFY2(r.err.contains("Not sent to stranger@elsewhere.test"), r.err);
    QVERIFY2(r.err.contains("stranger@elsewhere.test is not a permitted recipient"), r.err);
    QVERIFY2(r.err.contains("auditor@other.test is not a permitted recipient"), r.err);
    // queue.log exists only once something was noted (an unknown outcome, say).
    QFile log(m_queueDir + QStringLiteral("/queue.log"));
    const QByteArray logged = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    QVERIFY(logged.contains("refused stranger@elsewhere.test"));
    const QJsonArray list = queueList().value(QLatin1String("messages")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("recipients")).toArray(),
             QJsonArray{QStringLiteral("user@example.test")});
    // The same in JSON: queued, not ok, the refused named recipient listed.
    const Run j = cli({QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("--to"),
                       QStringLiteral("stranger@elsewhere.test"), QStringLiteral("--to"),
                       QStringLiteral("user@example.test")},
                      "body\n");
    QCOMPARE(j.code, 67);
    const QJsonObject jo = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(jo.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(jo.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(jo.value(QLatin1String("refused_recipients")).toArray(),
             QJsonArray{QStringLiteral("stranger@elsewhere.test")});
    cli({QStringLiteral("queue"), QStringLiteral("purge"),
         jo.value(QLatin1String("id")).toString()});
    // Only a copy address refused (the caller's recipients all permitted): exit 0.
    const Run copyOnly =
        cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("user@example.test")},
            "body\n");
    QCOMPARE(copyOnly.code, 0);
    QVERIFY2(copyOnly.err.contains("auditor@other.test is not a permitted recipient"),
             copyOnly.err);
    // Nobody permitted at all: nothing queued, EX_NOUSER.
    const Run none = cli({QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("--to"),
                          QStringLiteral("stranger@elsewhere.test")},
                         "body\n");
    QCOMPARE(none.code, 67);
    const QJsonObject o = QJsonDocument::fromJson(none.out).object();
    QCOMPARE(o.value(QLatin1String("error_class")).toString(),
             QStringLiteral("recipient_rejected"));
    QVERIFY(o.value(QLatin1String("refused"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("reason"))
                .toString()
                .contains(QLatin1String("stranger@elsewhere.test")));
}

void TestQueueExim::deadLetterAndRest()
{
    writeConfig([](MailSettings &s) { s.copies.all.clear(); });
    for (const char *to : {"first@example.test", "nobody@example.test", "third@example.test"})
        QCOMPARE(cli({QStringLiteral("send"), QStringLiteral("--to"), QString::fromLatin1(to),
                      QStringLiteral("--subject"), QString::fromLatin1(to)},
                     "body\n")
                     .code,
                 0);
    const Run r = cli({QStringLiteral("queue"), QStringLiteral("flush")});
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    // first, third, and the dead letter's notice to the technician (copies.errors).
    expectDelivered(3, "could not be delivered", {QStringLiteral("technician@example.test")});
    const QJsonArray list = queueList().value(QLatin1String("messages")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject dead = list.at(0).toObject();
    QCOMPARE(dead.value(QLatin1String("state")).toString(), QStringLiteral("dead"));
    QCOMPARE(dead.value(QLatin1String("error_class")).toString(),
             QStringLiteral("recipient_rejected"));
    const QString reply = dead.value(QLatin1String("server_reply")).toString();
    QVERIFY2(reply.contains(QLatin1String("nobody@example.test: 550")), qPrintable(reply));
    QVERIFY(QFile::exists(m_queueDir + QStringLiteral("/dead/") +
                          dead.value(QLatin1String("id")).toString() + QStringLiteral(".msg")));
    // retry brings it back, purge removes it.
    const QString id = dead.value(QLatin1String("id")).toString();
    QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("retry"), id.left(20)}).code, 0);
    QCOMPARE(queueList()
                 .value(QLatin1String("messages"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("waiting"));
    QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("purge"), id}).code, 0);
    QCOMPARE(queueList().value(QLatin1String("messages")).toArray().size(), 0);
}

void TestQueueExim::wrongPasswordHoldsQueue()
{
    QCOMPARE(
        cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("user@example.test")},
            "body\n")
            .code,
        0);
    const int before = authAttempts();
    const QString wrong = QStringLiteral("Wrong-Pw-9z!");
    const Run first =
        cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")}, {}, wrong);
    QCOMPARE(first.code, 77); // EX_NOPERM
    QVERIFY2(first.err.contains("auth_failed"), first.err);
    QCOMPARE(authAttempts(), before + 1);
    QCOMPARE(queueList().value(QLatin1String("status")).toString(), QStringLiteral("held"));
    // Held: further passes (a service waking up, another --once) do not log in again.
    for (int i = 0; i < 3; ++i) {
        const Run again = cli(
            {QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")}, {}, wrong);
        QCOMPARE(again.code, 77);
    }
    QCOMPARE(authAttempts(), before + 1);
    // The settings change (the admin fixed them): the hold ends and the mail goes.
    writeConfig([](MailSettings &s) { s.smtp.timeout = 11; });
    const Run fixed =
        cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(fixed.code == 0, QByteArray(fixed.out + fixed.err).constData());
    expectDelivered(
        4, "the mail queue is held",
        {QStringLiteral("all-copies@example.test"), QStringLiteral("technician@example.test")});
    QCOMPARE(queueList().value(QLatin1String("messages")).toArray().size(), 0);
}

void TestQueueExim::newPasswordLiftsHold()
{
    QCOMPARE(
        cli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("user@example.test")},
            "body\n")
            .code,
        0);
    const QString wrong = QStringLiteral("Wrong-Pw-7q!");
    QCOMPARE(
        cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")}, {}, wrong)
            .code,
        77);
    QCOMPARE(queueList().value(QLatin1String("status")).toString(), QStringLiteral("held"));
    // Storing a password (settings unchanged) lifts the hold for a refused login...
    const Run set = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("smtp")},
                        m_exim->password().toUtf8() + '\n');
    QVERIFY2(set.code == 0, set.err.constData());
    QVERIFY2(set.err.contains("tried again"), set.err.constData());
    QVERIFY(queueList().value(QLatin1String("status")).toString() != QLatin1String("held"));
    // ...and the next pass logs in with it and delivers.
    const Run run = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(run.code == 0, QByteArray(run.out + run.err).constData());
    expectDelivered(
        4, "the mail queue is held",
        {QStringLiteral("all-copies@example.test"), QStringLiteral("technician@example.test")});
    QCOMPARE(queueList().value(QLatin1String("messages")).toArray().size(), 0);
}

// Waits for every file a pass delivers, the notices the queue sent with the mail included
// (Exim delivers them after the client's pass ends: a late one must not land in the next
// test's maildir), and checks the notice's recipients.
void TestQueueExim::expectDelivered(int files, const char *noticeSubject, QStringList noticeTo)
{
    QVERIFY(m_exim->waitForMessages(files));
    const QRegularExpression subject(QStringLiteral("\nSubject: (Mailwright: [^\r\n]+)"));
    const QRegularExpression envelopeTo(QStringLiteral("\nEnvelope-to: ([^\r\n]+)"));
    QStringList got;
    for (const QByteArray &m : m_exim->deliveredMessages()) {
        const QString text = QString::fromUtf8(m);
        if (subject.match(text).captured(1).contains(QLatin1String(noticeSubject)))
            got << envelopeTo.match(text).captured(1);
    }
    got.sort();
    noticeTo.sort();
    QCOMPARE(got, noticeTo);
    QCOMPARE(m_exim->messageFiles().size(), files);
}

void TestQueueExim::outageThenRunnerDelivers()
{
    writeConfig([](MailSettings &s) { s.copies.all.clear(); });
    QVERIFY(m_exim->stop());
    QProcess *runner = startRunner({QStringLiteral("queue"), QStringLiteral("run")});
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("--to"),
                           QStringLiteral("user@example.test"), QStringLiteral("--subject"),
                           QStringLiteral("outage %1").arg(i)},
                          "body\n");
        QCOMPARE(r.code, 0); // queued although the server is down
        ids << QJsonDocument::fromJson(r.out)
                   .object()
                   .value(QLatin1String("message_id"))
                   .toString();
    }
    QTest::qWait(1500);
    {
        QByteArray stray;
        for (const QByteArray &m : m_exim->deliveredMessages())
            stray += m.left(600) + "\n----\n";
        QVERIFY2(stray.isEmpty(),
                 QByteArray(stray + m_exim->serverLog().right(3000).toUtf8()).constData());
    }
    QCOMPARE(queueList().value(QLatin1String("messages")).toArray().size(), 5);
    QVERIFY2(m_exim->restart(), qPrintable(m_exim->errorString()));
    const bool all = m_exim->waitForMessages(5, 40000);
    runner->kill();
    runner->waitForFinished(5000);
    QVERIFY2(all, runner->readAll().constData());
    // In order: Exim's log lists the arrivals ("<=") with their Message-IDs.
    QStringList arrived;
    const QRegularExpression re(QStringLiteral(" <= .* id=<?([^ >]+)>?"));
    for (const QString &line : m_exim->serverLog().split(QLatin1Char('\n'))) {
        const auto m = re.match(line);
        if (m.hasMatch() && ids.contains(QLatin1Char('<') + m.captured(1) + QLatin1Char('>')))
            arrived << QLatin1Char('<') + m.captured(1) + QLatin1Char('>');
    }
    QVERIFY2(arrived == ids, qPrintable(ids.join(QLatin1Char(' ')) + QStringLiteral(" / ") +
                                        arrived.join(QLatin1Char(' ')) + QLatin1Char('\n') +
                                        m_exim->serverLog().right(1500)));
}

void TestQueueExim::pickupFilesAtomic()
{
    const QString pickup = m_dir->filePath(QStringLiteral("pickup"));
    QVERIFY(QDir().mkpath(pickup));
    writeConfig([&](MailSettings &s) {
        s.delivery.method = MailSettings::DeliveryMethod::Pickup;
        s.delivery.pickupDir = pickup;
    });
    constexpr int count = 40;
    const QByteArray body =
        QByteArray("A line of the body of a larger notification.\n").repeated(400);
    for (int i = 0; i < count; ++i)
        QCOMPARE(cli({QStringLiteral("send"), QStringLiteral("--category"), QStringLiteral("error"),
                      QStringLiteral("--to"), QStringLiteral("user@example.test"),
                      QStringLiteral("--subject"), QStringLiteral("pickup %1").arg(i)},
                     body)
                     .code,
                 0);
    // A watcher: every *.eml it sees must already be complete (ends with the body's end).
    QProcess runner;
    runner.start(test::cliPath(), {QStringLiteral("--config"), m_config, QStringLiteral("queue"),
                                   QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY(runner.waitForStarted());
    QSet<QString> seen;
    int partial = 0;
    QElapsedTimer t;
    t.start();
    while (seen.size() < count && t.elapsed() < 30000) {
        for (const QString &name : QDir(pickup).entryList({QStringLiteral("*.eml")}, QDir::Files)) {
            if (seen.contains(name))
                continue;
            QFile f(pickup + QLatin1Char('/') + name);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            if (!data.endsWith("notification.\r\n"))
                ++partial;
            seen.insert(name);
        }
    }
    QVERIFY(runner.waitForFinished(30000));
    QCOMPARE(runner.exitCode(), 0);
    QCOMPARE(seen.size(), count);
    QCOMPARE(partial, 0);
    const QString one = pickup + QLatin1Char('/') + *seen.constBegin();
    const QJsonObject m = m_exim->parseMessage(one);
    QVERIFY2(m.value(QLatin1String("strict_ok")).toBool(),
             qPrintable(m.value(QLatin1String("strict_error")).toString()));
    const QJsonObject h = m.value(QLatin1String("header")).toObject();
    QCOMPARE(h.value(QLatin1String("x-sender")).toArray(),
             QJsonArray{QStringLiteral("bounces@example.test")});
    QCOMPARE(
        h.value(QLatin1String("x-receiver")).toArray(),
        (QJsonArray{QStringLiteral("user@example.test"), QStringLiteral("all-copies@example.test"),
                    QStringLiteral("technician@example.test")}));
    QCOMPARE(h.value(QLatin1String("to")).toArray(),
             QJsonArray{QStringLiteral("user@example.test")});
}

void TestQueueExim::crashNothingLost()
{
    writeConfig([](MailSettings &s) { s.copies.all.clear(); });
    // Each round starts with at least `batch` messages waiting, so every kill and every
    // Exim restart lands on a runner with work in hand, however fast the machine drains
    // the queue (a fast machine emptied a single batch of 500 in the first round, and the
    // other 23 kills then proved nothing).
    constexpr int batch = 150;
    Queue queue(m_queueDir);
    QHash<int, QString> idOf;
    QHash<int, QString> messageIdOf;
    int count = 0;
    const auto topUp = [&]() -> bool {
        const int waiting = int(queue.list(false).size());
        for (int n = waiting; n < batch; ++n, ++count) {
            MessageBuilder b;
            b.setFrom({QStringLiteral("alerts@example.test"), {}});
            b.addTo({QStringLiteral("user@example.test"), {}});
            b.setSubject(QStringLiteral("crash %1").arg(count));
            b.setBody(QStringLiteral("Message %1 of the crash test.\n").arg(count));
            const auto built = b.build();
            if (!built.ok())
                return false;
            QueuedMessage m;
            m.sender = QStringLiteral("bounces@example.test");
            m.recipients = {QStringLiteral("user@example.test")};
            m.subject = b.subject();
            m.messageId = QString::fromLatin1(built.messageId);
            m.content = built.data;
            QString error;
            const auto id = queue.enqueue(m, &error);
            if (!id) {
                qWarning("enqueue: %s", qPrintable(error));
                return false;
            }
            idOf.insert(count, *id);
            messageIdOf.insert(count, m.messageId);
        }
        return true;
    };
    auto *rng = QRandomGenerator::global();
    int kills = 0;
    int restarts = 0;
    int busyKills = 0;
    QStringList endedEarly;
    for (int round = 0; round < 24; ++round) {
        QVERIFY(topUp());
        QProcess *runner = startRunner({QStringLiteral("queue"), QStringLiteral("run")});
        QTest::qWait(int(rng->bounded(150, 700)));
        if (round % 4 == 1) {
            // Exim goes away under the runner (connections drop mid-message) and comes back.
            QVERIFY(m_exim->stop());
            QTest::qWait(int(rng->bounded(50, 300)));
            QVERIFY2(m_exim->restart(), qPrintable(m_exim->errorString()));
            ++restarts;
            QTest::qWait(int(rng->bounded(100, 500)));
        }
        if (runner->state() == QProcess::NotRunning) {
            // "queue run" runs until it is stopped: ending by itself is a fault to show.
            endedEarly << QStringLiteral("round %1: exit %2: %3")
                              .arg(round)
                              .arg(runner->exitCode())
                              .arg(QString::fromUtf8(runner->readAll().left(400)));
        } else {
            runner->kill(); // SIGKILL
            runner->waitForFinished(5000);
            ++kills;
            if (!queue.list(false).isEmpty())
                ++busyKills;
        }
        delete runner;
    }
    QVERIFY2(endedEarly.isEmpty(), qPrintable(endedEarly.join(QLatin1Char('\n'))));
    QVERIFY(kills >= 20);
    QVERIFY(restarts >= 5);
    // Most kills must find the runner with messages still to send.
    QVERIFY2(
        busyKills >= kills / 2,
        qPrintable(QStringLiteral("%1 of %2 kills with work in hand").arg(busyKills).arg(kills)));
    const int leftForFlush = int(queue.list(true).size());
    for (int i = 0; i < 10 && !queue.list(false).isEmpty(); ++i)
        cli({QStringLiteral("queue"), QStringLiteral("flush")}, {}, {}, 120000);
    QCOMPARE(queue.list(true).size(), 0);
    // What Exim accepted: one "<=" line in its log per 250 to a final dot, with the
    // Message-ID (a message still in Exim's own spool when the test killed it counts).
    QHash<QString, int> accepted;
    const QRegularExpression re(QStringLiteral(" <= .* id=<?([^ >]+)>? "));
    for (const QString &line : m_exim->serverLog().split(QLatin1Char('\n'))) {
        const auto m = re.match(line);
        if (m.hasMatch())
            ++accepted[m.captured(1)];
    }
    QHash<int, int> seen;
    for (int i = 0; i < count; ++i)
        seen[i] = accepted.value(messageIdOf.value(i).mid(1).chopped(1));
    // queue.log exists only once something was noted (an unknown outcome, say).
    QFile log(m_queueDir + QStringLiteral("/queue.log"));
    const QByteArray logged = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    int duplicates = 0;
    for (int i = 0; i < count; ++i) {
        if (seen.value(i) < 1) {
            // Say what each side knows about it before failing.
            QString story;
            for (const QByteArray &l : logged.split('\n'))
                if (l.contains(idOf.value(i).toUtf8()))
                    story += QString::fromUtf8(l) + QLatin1Char('\n');
            const QString mid = messageIdOf.value(i).mid(1).chopped(1);
            for (const QString &l : m_exim->serverLog().split(QLatin1Char('\n')))
                if (l.contains(mid))
                    story += QStringLiteral("exim: ") + l + QLatin1Char('\n');
            QFAIL(qPrintable(QStringLiteral("message %1 (%2) lost:\n%3").arg(i).arg(mid, story)));
        }
        if (seen.value(i) > 1) {
            ++duplicates;
            QVERIFY2(logged.contains(QByteArray("unknown-outcome " + idOf.value(i).toUtf8())),
                     qPrintable(QStringLiteral("message %1 duplicated without being marked "
                                               "outcome unknown")
                                    .arg(i)));
        }
    }
    qInfo("crash test: %d kills (%d with work in hand), %d Exim restarts, %d messages (%d left "
          "for the last flush), %d duplicates (all marked outcome unknown), %d unknown-outcome "
          "marks",
          kills, busyKills, restarts, count, leftForFlush, duplicates,
          int(logged.count("unknown-outcome ")));
}

QTEST_GUILESS_MAIN(TestQueueExim)
#include "tst_queue_exim.moc"
