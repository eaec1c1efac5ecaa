// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's batch listing and one pass's order of events: listDue's read-ahead on two
// threads, a .state file's fields over the message line's, and the runner's sessionEnded
// before the pass ends.
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"

#include "QueueSample.h"
#include "ScriptedServer.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mw;

class TestQueueListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listDueReadsAheadInOrder();
    void stateFileReplacesEveryField();
    void sessionEndedBeforeThePassEnds();
};

void TestQueueListing::listDueReadsAheadInOrder()
{
    // listDue reads a batch's files on two threads (ReadAhead in Queue.cpp): what it
    // returns is what reading them one at a time gave: the files in id order, each handed
    // to `take` once and in that order, the limits of count and bytes kept, files behind
    // the bound read only when `take` refused some.
    QTemporaryDir dir;
    Queue q(dir.path());
    QStringList ids;
    for (int i = 0; i < 60; ++i) {
        QueuedMessage m = test::queueSample();
        m.subject = QString::number(i);
        m.content = QByteArray("Subject: s\r\n\r\n") + QByteArray(100 + i, 'x') + "\r\n";
        ids << *q.enqueue(m, nullptr);
    }
    std::sort(ids.begin(), ids.end());
    for (int round = 0; round < 20; ++round) {
        QStringList offered;
        bool full = false;
        const QList<QueuedMessage> got = q.listDue(
            40, qint64(1) << 30,
            [&offered](QueuedMessage &m) {
                offered << m.id;
                return offered.size() % 3 != 0; // every third refused
            },
            &full);
        QVERIFY(full);
        QCOMPARE(got.size(), 40);
        // 40 taken of the first 59 offered (the refused ones do not count).
        QCOMPARE(offered, ids.mid(0, offered.size()));
        QCOMPARE(offered.size(), 59);
        int taken = 0;
        for (int i = 0; i < offered.size(); ++i) {
            if ((i + 1) % 3 == 0)
                continue;
            QCOMPARE(got.at(taken).id, ids.at(i));
            QCOMPARE(got.at(taken).subject, QString::number(i));
            QCOMPARE(got.at(taken).content.size(), qsizetype(14 + 100 + i + 2));
            ++taken;
        }
    }
    // The byte bound: reading stops once the content taken reaches it.
    bool full = false;
    const QList<QueuedMessage> some = q.listDue(
        1000, 580, [](QueuedMessage &) { return true; }, &full);
    QVERIFY(full);
    QCOMPARE(some.size(), 5);
    QCOMPARE(some.last().id, ids.at(4));
    // All of them, nothing refused.
    const QList<QueuedMessage> all =
        q.listDue(1000, qint64(1) << 30, [](QueuedMessage &) { return true; });
    QCOMPARE(all.size(), 60);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(all.at(i).id, ids.at(i));
}

void TestQueueListing::stateFileReplacesEveryField()
{
    // A .state file's metadata replaces the message line's field by field, a field it
    // lacks included (read as empty, as before the one-pass read of the metadata).
    QTemporaryDir dir;
    Queue q(dir.path());
    QueuedMessage m = test::queueSample();
    m.category = QStringLiteral("job");
    const QString id = *q.enqueue(m, nullptr);
    QFile state(dir.filePath(id + QStringLiteral(".state")));
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write(R"({"attempts":3,"sender":"other@x.test","recipients":["a@x.test","b@x.test"],)"
                R"("next_attempt":"2030-01-02T03:04:05.678Z","phase":"data",)"
                R"("error_class":"timeout","delivered":["c@x.test"],"unknown_key":1})");
    state.close();
    const auto got = q.load(id, true);
    QVERIFY(got);
    QCOMPARE(got->id, id);
    QCOMPARE(got->attempts, 3);
    QCOMPARE(got->sender, QStringLiteral("other@x.test"));
    QCOMPARE(got->recipients,
             QStringList({QStringLiteral("a@x.test"), QStringLiteral("b@x.test")}));
    QCOMPARE(got->delivered, QStringList{QStringLiteral("c@x.test")});
    QCOMPARE(got->nextAttempt, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
    QCOMPARE(got->lastPhase, Phase::Data);
    QCOMPARE(got->lastError, ErrorClass::Timeout);
    QVERIFY(got->subject.isEmpty());  // not in the state file
    QVERIFY(got->category.isEmpty()); // nor this
    QVERIFY(!got->created.isValid());
    QCOMPARE(got->content, test::queueSample().content);
    // Without the state file the message line's fields are back.
    QVERIFY(state.remove());
    const auto plain = q.load(id, true);
    QCOMPARE(plain->subject, test::queueSample().subject);
    QCOMPARE(plain->category, QStringLiteral("job"));
    QCOMPARE(plain->sender, test::queueSample().sender);
    QVERIFY(plain->created.isValid());
    QCOMPARE(plain->attempts, 0);
}

void TestQueueListing::sessionEndedBeforeThePassEnds()
{
    // The runner says when an SMTP session's outcomes are all in (sessionEnded), before
    // the removals settle and the pass ends: the delivery history writes its rest then
    // (HistoryRecorder::writeNow) instead of after the removals.
    using S = test::ScriptedServer;
    test::ScriptedServer server({S::send("220 hi\r\n"), S::expect("EHLO ", "250 ok\r\n"),
                                 S::expect("MAIL FROM:", "250 ok\r\n"),
                                 S::expect("RCPT TO:", "250 ok\r\n"),
                                 S::expect("DATA", "354 go\r\n"), S::expectData("250 queued\r\n"),
                                 S::expect("QUIT", "221 bye\r\n"), S::close()});
    QVERIFY(server.listen());
    QTemporaryDir dir;
    Queue q(dir.path());
    const QString id = *q.enqueue(test::queueSample(), nullptr);
    MailSettings s;
    s.delivery.queueDir = dir.path();
    s.smtp.enabled = true;
    s.smtp.host = QStringLiteral("127.0.0.1");
    s.smtp.port = server.port();
    s.smtp.security = MailSettings::SmtpSecurity::None;
    s.smtp.auth = MailSettings::SmtpAuth::None;
    QueueRunner runner(dir.path());
    runner.setSettings(s);
    QStringList events;
    connect(&runner, &QueueRunner::messageHandled, this,
            [&events](const QueuedMessage &m, const QString &state) {
                events << QStringLiteral("handled %1 %2").arg(m.id, state);
            });
    connect(&runner, &QueueRunner::sessionEnded, this,
            [&events] { events << QStringLiteral("session ended"); });
    connect(&runner, &QueueRunner::passFinished, this,
            [&events, &q] { events << QStringLiteral("pass %1").arg(q.waitingCount()); });
    QSignalSpy done(&runner, &QueueRunner::finished);
    QueueRunner::Options o;
    o.once = true;
    runner.start(o);
    QVERIFY(done.wait(10000));
    QCOMPARE(server.failure(), QString());
    QCOMPARE(events, QStringList({QStringLiteral("handled %1 delivered").arg(id),
                                  QStringLiteral("session ended"), QStringLiteral("pass 0")}));
}

QTEST_GUILESS_MAIN(TestQueueListing)
#include "tst_queue_listing.moc"
