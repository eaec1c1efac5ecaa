// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Pickup.h"
#include "delivery/Queue.h"
#include "delivery/QueueRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

class TestQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void journalMarksUnknownAfterCrash();
    void deadRetryPurge();
    void lockIsExclusive();
    void retryDelay_data();
    void retryDelay();
    void pickupFormat();
    void corruptFileIgnored();
};

static QueuedMessage sample()
{
    QueuedMessage m;
    m.sender = QStringLiteral("b@x.test");
    m.recipients = {QStringLiteral("u@x.test")};
    m.subject = QStringLiteral("line\nbreak in subject"); // stays on the metadata line
    m.messageId = QStringLiteral("<1@x.test>");
    m.content = "Subject: s\r\nMessage-ID: <1@x.test>\r\n\r\nbody\r\n";
    return m;
}

void TestQueue::roundTrip()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    QString error;
    const auto id1 = q.enqueue(sample(), &error);
    const auto id2 = q.enqueue(sample(), &error);
    QVERIFY2(id1 && id2, qPrintable(error));
    QVERIFY(*id1 < *id2); // creation order
    const auto all = q.list(false, true);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, *id1);
    QCOMPARE(all.at(0).content, sample().content);
    QCOMPARE(all.at(0).subject, sample().subject);
    QCOMPARE(QFile(dir.filePath(*id1 + QStringLiteral(".msg"))).permissions() &
                 (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestQueue::journalMarksUnknownAfterCrash()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    const auto a = q.enqueue(sample(), nullptr);
    const auto b = q.enqueue(sample(), nullptr);
    const auto c = q.enqueue(sample(), nullptr);
    // A pass journaled a and b, delivered a (removed), then died.
    QVERIFY(q.journalAppend(*a, nullptr));
    QVERIFY(q.remove(*a, nullptr));
    QVERIFY(q.journalAppend(*b, nullptr));
    const QStringList marked = q.recover(nullptr);
    QCOMPARE(marked, QStringList{*b});
    QCOMPARE(q.load(*b, false)->state, QueuedMessage::State::Unknown);
    QCOMPARE(q.load(*b, true)->content, sample().content); // same bytes, same Message-ID
    QCOMPARE(q.load(*c, false)->state, QueuedMessage::State::Waiting);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".journal"))));
    QVERIFY(q.recover(nullptr).isEmpty()); // once only
}

void TestQueue::deadRetryPurge()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    const auto id = q.enqueue(sample(), nullptr);
    auto m = *q.load(*id, true);
    m.serverReply = QStringLiteral("550 no such user");
    QVERIFY(q.moveToDead(m, nullptr));
    QCOMPARE(q.list(false).size(), 0);
    QCOMPARE(q.list(true).size(), 1);
    QCOMPARE(q.list(true).at(0).serverReply, QStringLiteral("550 no such user"));
    QCOMPARE(q.resolveId(id->left(22), nullptr), *id);
    QVERIFY(q.retry(*id, nullptr));
    QCOMPARE(q.list(false).size(), 1);
    QVERIFY(q.purge(*id, nullptr));
    QCOMPARE(q.list(true).size(), 0);
}

void TestQueue::lockIsExclusive()
{
    QTemporaryDir dir;
    Queue::Lock a(dir.path());
    Queue::Lock b(dir.path());
    QVERIFY(a.tryLock());
    QVERIFY(!b.tryLock());
    a.unlock();
    QVERIFY(b.tryLock());
}

void TestQueue::retryDelay_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("seconds");
    QTest::addRow("first-failure-interval") << 1 << qint64(30);
    QTest::addRow("third-still-interval") << 3 << qint64(30);
    QTest::addRow("fourth-doubles") << 4 << qint64(60);
    QTest::addRow("persisting-capped-at-16x") << 40 << qint64(480);
}

void TestQueue::retryDelay()
{
    QFETCH(int, failures);
    QFETCH(qint64, seconds);
    QCOMPARE(QueueRunner::retryDelay(30, failures), seconds);
}

void TestQueue::pickupFormat()
{
    const QByteArray out = Pickup::format(QStringLiteral("b@x.test"),
                                          {QStringLiteral("u@x.test"), QStringLiteral("c@x.test")},
                                          "Subject: s\n\nbody");
    QCOMPARE(out, QByteArray("X-Sender: b@x.test\r\nX-Receiver: u@x.test\r\nX-Receiver: "
                             "c@x.test\r\nSubject: s\r\n\r\nbody\r\n"));
    QTemporaryDir dir;
    QString error;
    QVERIFY(!Pickup::write(dir.filePath(QStringLiteral("missing")), QStringLiteral("id"), {}, {},
                           "x", &error));
    QVERIFY(error.contains(QLatin1String("does not exist")));
    QVERIFY(!Pickup::write(dir.path(), QStringLiteral("id"), QStringLiteral("b@x.test"),
                           {QStringLiteral("u@x.test\r\nX-Receiver: evil@y.test")}, "x", &error));
    QVERIFY(Pickup::write(dir.path(), QStringLiteral("id"), QStringLiteral("b@x.test"),
                          {QStringLiteral("u@x.test")}, "x", &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("id.eml")});
}

void TestQueue::corruptFileIgnored()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    QVERIFY(q.enqueue(sample(), nullptr));
    QFile f(dir.filePath(QStringLiteral("garbage.msg")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a spool file");
    f.close();
    QCOMPARE(q.list(true).size(), 1);
    QVERIFY(!Queue::parse("MWQ1 {broken\nbody", true));
}

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
