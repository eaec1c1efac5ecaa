// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22 against a real Exim: a queue flush pipelined across messages, with BDAT (Exim
// offers CHUNKING), outcomes per message and recipient, and the bytes of a large message.
#include "EximFixture.h"
#include "Sanitizers.h"
#include "TestPaths.h"
#include "delivery/Queue.h"
#include "settings/MailSettings.h"
#include "settings/SettingsStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace mw;
using mw::test::EximFixture;

class TestQueueFlush : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pipelinedFlushWithBdat();
    void asksTheSendQueueOnlyWhenItCouldMatter();

private:
    void writeConfig(const std::function<void(MailSettings &)> &change);
    // A message to `to` with this subject (its Message-ID <subject@flush.example.test>).
    void add(Queue &queue, const QStringList &to, const QByteArray &subject,
             const QByteArray &body);
    // stdout and stderr of `mailwright-cli queue flush`, run under strace with these options
    // when there are any; null when it did not finish.
    QByteArray flush(const QStringList &straceOptions = {});
    // The ids (Message-IDs without <>) of the messages Exim accepted, ending in `suffix`.
    QStringList accepted(const QString &suffix) const;

    std::unique_ptr<EximFixture> m_exim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_queueDir;
};

void TestQueueFlush::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_exim = std::make_unique<EximFixture>();
    QVERIFY2(m_exim->start(), qPrintable(m_exim->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath(QStringLiteral("mailwright.ini"));
    m_queueDir = m_dir->filePath(QStringLiteral("queue"));
}

void TestQueueFlush::writeConfig(const std::function<void(MailSettings &)> &change)
{
    MailSettings s = mw::test::smtpThroughExim(*m_exim);
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.bounce = QStringLiteral("bounces@example.test");
    s.delivery.queueDir = m_queueDir;
    s.delivery.retryInterval = 5;
    change(s);
    QString error;
    SettingsStore store(m_config);
    QVERIFY2(store.save(s, &error), qPrintable(error));
}

void TestQueueFlush::add(Queue &queue, const QStringList &to, const QByteArray &subject,
                         const QByteArray &body)
{
    QueuedMessage m;
    m.sender = QStringLiteral("bounces@example.test");
    m.recipients = to;
    m.subject = QString::fromUtf8(subject);
    m.messageId = QStringLiteral("<%1@flush.example.test>").arg(QString::fromUtf8(subject));
    m.content = "From: alerts@example.test\r\nTo: " + to.first().toUtf8() +
                "\r\nSubject: " + subject + "\r\nMessage-ID: " + m.messageId.toUtf8() +
                "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n" +
                body;
    QString error;
    const auto id = queue.enqueue(m, &error);
    QVERIFY2(id, qPrintable(error));
    QTest::qWait(2); // oldest first: distinct creation times keep this order
}

QStringList TestQueueFlush::accepted(const QString &suffix) const
{
    QStringList ids;
    const QRegularExpression re(QStringLiteral(" <= .* id=<?([^ >]+)>? "));
    for (const QString &line : m_exim->serverLog().split(QLatin1Char('\n'))) {
        const auto m = re.match(line);
        if (m.hasMatch() && m.captured(1).endsWith(suffix))
            ids << m.captured(1);
    }
    return ids;
}

QByteArray TestQueueFlush::flush(const QStringList &straceOptions)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_exim->password());
    const QStringList args{QStringLiteral("--config"), m_config, QStringLiteral("queue"),
                           QStringLiteral("flush")};
    if (!straceOptions.isEmpty())
        mw::test::withoutLeakCheckUnderTracer(env);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (straceOptions.isEmpty())
        p.start(test::cliPath(), args);
    else
        p.start(QStringLiteral("strace"), straceOptions + QStringList{test::cliPath()} + args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    QByteArray out = p.readAll();
    if (out.isNull())
        out = QByteArray(""); // finished: never null
    return out;
}

void TestQueueFlush::pipelinedFlushWithBdat()
{
    // Issue 22: one flush of 40 messages, pipelined across messages, with BDAT (Exim offers
    // CHUNKING): a 1.5 MiB message in two chunks arrives byte for byte (dots at line
    // starts, 8-bit text), a refused recipient in the middle of the pipeline is a dead
    // letter for that address only, a 4xx recipient stays queued, the rest is accepted.
    const QString debugLog = m_dir->filePath(QStringLiteral("debug.log"));
    writeConfig([&debugLog](MailSettings &s) { s.diagnostics.debugLog = debugLog; });
    Queue queue(m_queueDir);
    QByteArray big;
    for (int i = 0; big.size() < 1536 * 1024; ++i)
        big += (i % 7 == 0    ? QByteArray(".")
                : i % 11 == 0 ? QByteArray(".. Gr\xc3\xbc\xc3\x9f ")
                              : QByteArray("Line ")) +
               QByteArray::number(i) + ' ' + QByteArray(60, char('a' + i % 26)) + "\r\n";
    add(queue, {QStringLiteral("user@example.test")}, "big", big);
    for (int i = 1; i < 40; ++i) {
        QStringList to{QStringLiteral("user@example.test")};
        if (i == 20)
            to << QStringLiteral("nobody@example.test");
        if (i == 25)
            to = QStringList{QStringLiteral("tempfail@example.test")};
        add(queue, to, "small-" + QByteArray::number(i),
            "Message " + QByteArray::number(i) + "\r\n.\r\n");
    }
    QElapsedTimer clock;
    clock.start();
    const QByteArray out = flush();
    QVERIFY2(!out.isNull(), "mailwright-cli queue flush did not finish");
    qInfo("flush of 40 messages (1.5 MiB + 39 small): %lld ms", clock.elapsed());

    // What Exim accepted: 39 messages (all but the 4xx one), each once.
    const QStringList ids = accepted(QStringLiteral("@flush.example.test"));
    QCOMPARE(ids.size(), 39);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 39);
    QVERIFY(!ids.contains(QStringLiteral("small-25@flush.example.test")));

    // Outcomes: the 4xx message waits, the refused address of message 20 is a dead letter.
    const QList<QueuedMessage> left = queue.list(true);
    QCOMPARE(left.size(), 2);
    for (const QueuedMessage &m : left) {
        if (m.state == QueuedMessage::State::Dead) {
            QCOMPARE(m.recipients, QStringList{QStringLiteral("nobody@example.test")});
            QCOMPARE(m.subject, QStringLiteral("small-20"));
        } else {
            QCOMPARE(m.recipients, QStringList{QStringLiteral("tempfail@example.test")});
            QCOMPARE(m.state, QueuedMessage::State::Waiting);
        }
    }

#ifdef Q_OS_UNIX
    // The delivered files became spares (docs/RELIABILITY.md), except the big one (larger
    // than a spare may be) and message 20's, which its dead letter shares (a hard link):
    // removed, and the dead letter keeps its bytes.
    QCOMPARE(queue.spares().size(), 37);
    for (const QueuedMessage &m : left) {
        if (m.state == QueuedMessage::State::Dead)
            QVERIFY(queue.load(m.id, true)->content.contains("Message 20\r\n"));
    }
    // The next message queued is written over the oldest spare.
    add(queue, {QStringLiteral("user@example.test")}, "after", "After the flush\r\n");
    QCOMPARE(queue.spares().size(), 36);
    QCOMPARE(queue.list(false).size(), 2);
#endif

    // BDAT was used, the big message in chunks, and no DATA command.
    QFile log(debugLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray transcript = log.readAll();
    QVERIFY2(transcript.contains("BDAT 1048576\n") || transcript.contains("BDAT 1048576\r"),
             transcript.left(3000).constData());
    QVERIFY(transcript.contains(" LAST"));
    QVERIFY(!transcript.contains("> DATA") && !transcript.contains("C: DATA"));

    // The big one byte for byte (Exim delivers the first messages of a connection at once).
    QVERIFY(m_exim->waitForMessages(1, 20000));
    QByteArray delivered;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QByteArray &d : m_exim->deliveredMessages()) {
                if (d.contains("Subject: big"))
                    delivered = d;
            }
            return !delivered.isEmpty();
        }(),
        20000);
    const qsizetype body = delivered.indexOf("\n\n");
    QVERIFY(body > 0);
    QByteArray expected = big;
    expected.replace("\r\n", "\n");
    QCOMPARE(delivered.mid(body + 2).replace("\r\n", "\n"), expected);
}

void TestQueueFlush::asksTheSendQueueOnlyWhenItCouldMatter()
{
    // Issue 22: each reply's timer asked the system how much of the socket's send queue the
    // peer had not taken yet (SIOCOUTQ, for MailConnection's slow-link rule: a queue that
    // shrinks by 8 KiB per timeout stretches it), once for every message of a flush. It is
    // asked now only when the octets handed to the socket since its last answer could make
    // 8 KiB (MailConnection::unsentAtMost). 60 messages of about 400 octets each, under
    // strace: the old code asked at least once per message.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty(),
             "strace is missing: scripts/install-deps.sh installs it with the tests' packages");
    writeConfig([](MailSettings &) {});
    Queue queue(m_queueDir);
    constexpr int count = 60;
    for (int i = 0; i < count; ++i)
        add(queue, {QStringLiteral("user@example.test")}, "pace-" + QByteArray::number(i),
            "Job " + QByteArray::number(i) + " finished.\r\n");
    const QString trace = m_dir->filePath(QStringLiteral("ioctl.trace"));
    const QByteArray out = flush({QStringLiteral("-f"), QStringLiteral("-q"), QStringLiteral("-e"),
                                  QStringLiteral("trace=ioctl"), QStringLiteral("-o"), trace});
    QVERIFY2(!out.isNull(), "mailwright-cli queue flush did not finish");
    QCOMPARE(accepted(QStringLiteral("@flush.example.test")).filter(QStringLiteral("pace-")).size(),
             count);

    QFile f(trace);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray calls = f.readAll();
    // strace names SIOCOUTQ by its terminal twin of the same number.
    const qsizetype asked = calls.count("TIOCOUTQ") + calls.count("SIOCOUTQ");
    qInfo("send queue asked %lld times for %d messages", qint64(asked), count);
    QVERIFY2(asked >= 1, calls.constData()); // the first timer after the connect asks
    QVERIFY2(asked < count / 3, calls.constData());
}

QTEST_GUILESS_MAIN(TestQueueFlush)
#include "tst_queue_flush.moc"
