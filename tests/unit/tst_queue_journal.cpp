// SPDX-License-Identifier: GPL-3.0-or-later
// The queue runner's end-of-data gate (delivery/QueueJournalAhead.h): a group is durable
// when commit() returns, the ids behind it are written ahead on a worker thread, further
// ahead when the disk is slower than the wire, and a journal that cannot be written
// refuses the gate.
#include "delivery/Queue.h"
#include "delivery/QueueJournalAhead.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace mw;

class TestQueueJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesNextGroupAhead();
    void writesFurtherAheadForASlowDisk();
    void writesAheadOnOneThread();
};

void TestQueueJournal::writesNextGroupAhead()
{
    // The end-of-data gate: a group is durable when commit() returns, and the group behind
    // it is written meanwhile (on a worker thread), so that its own commit writes nothing.
    QTemporaryDir dir;
    Queue q(dir.path());
    QVERIFY(q.ensure(nullptr));
    const QString journal = dir.filePath(QStringLiteral(".journal"));
    const auto lines = [&journal] {
        QFile f(journal);
        return f.open(QIODevice::ReadOnly) ? f.readAll().split('\n') : QList<QByteArray>();
    };
    const QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d"), QStringLiteral("e")};
    QueueJournalAhead gate(dir.path(), ids);
    QString error;
    QVERIFY(gate.commit(0, 2, &error));
    QVERIFY(lines().mid(0, 2) == (QList<QByteArray>{"a", "b"}));
    gate.settle();
    QCOMPARE(lines(), (QList<QByteArray>{"a", "b", "c", "d", ""}));
    QVERIFY(gate.commit(2, 2, &error)); // covered by the write ahead; "e" goes ahead now
    gate.settle();
    QCOMPARE(lines(), (QList<QByteArray>{"a", "b", "c", "d", "e", ""}));
    QVERIFY(gate.commit(4, 1, &error));
    gate.settle();
    QCOMPARE(lines(), (QList<QByteArray>{"a", "b", "c", "d", "e", ""}));
    // A gap (messages finished before their end of data) is written when asked for.
    QueueJournalAhead gap(dir.path(), ids);
    QFile::remove(journal);
    QVERIFY(gap.commit(0, 1, &error)); // "b" ahead
    QVERIFY(gap.commit(3, 2, &error)); // not covered: written now
    gap.settle();
    QCOMPARE(lines(), (QList<QByteArray>{"a", "b", "d", "e", ""}));
    // A journal that cannot be written (its folder is missing) refuses the gate, with why.
    QueueJournalAhead refused(dir.filePath(QStringLiteral("missing")), ids);
    QVERIFY(!refused.commit(0, 2, &error));
    QVERIFY(!error.isEmpty());
}

void TestQueueJournal::writesFurtherAheadForASlowDisk()
{
    // Every write ahead is slow (held until the test lets it go): a commit that needs one
    // still under way waits for it, and the next write ahead is twice as large, up to
    // kMaxAhead ids. A fast disk (every write ahead done before it is needed) keeps it.
    QStringList ids;
    for (int i = 0; i < 1000; ++i)
        ids << QString::number(i);
    std::mutex mutex;
    QList<std::pair<int, int>> writes; // (first id, count), in order
    std::atomic<bool> slow{true};
    const QueueJournalAhead::Writer writer = [&](const QString &, const QStringList &group,
                                                 QString *) {
        if (slow && group.first() != QLatin1String("0"))
            std::this_thread::sleep_for(std::chrono::milliseconds(40));
        std::lock_guard<std::mutex> lock(mutex);
        writes.append({group.first().toInt(), int(group.size())});
        return true;
    };
    QueueJournalAhead gate({}, ids, writer);
    QString error;
    QCOMPARE(gate.aheadSize(), 0);
    QList<int> sizes;
    for (int first = 0; first < 400; first += 16) {
        QVERIFY(gate.commit(first, 16, &error));
        sizes << gate.aheadSize();
    }
    gate.settle();
    QCOMPARE(sizes.first(), 16);
    QVERIFY2(sizes.contains(32) && sizes.contains(64), qPrintable(QString::number(sizes.last())));
    QCOMPARE(sizes.last(), QueueJournalAhead::kMaxAhead);
    // Written in order, no id twice, none skipped, and never more than two writes ahead
    // of the last group asked for.
    int next = 0;
    for (const auto &[first, count] : std::as_const(writes)) {
        QCOMPARE(first, next);
        next += count;
    }
    QVERIFY(next >= 400);
    QVERIFY2(next <= 400 + 2 * QueueJournalAhead::kMaxAhead, qPrintable(QString::number(next)));

    slow = false;
    QueueJournalAhead fast({}, ids, writer);
    for (int first = 0; first < 400; first += 16) {
        QVERIFY(fast.commit(first, 16, &error));
        fast.settle(); // the write ahead is done before the next group is needed
        QCOMPARE(fast.aheadSize(), 16);
    }
}

void TestQueueJournal::writesAheadOnOneThread()
{
    // The writes ahead of one gate share one worker thread: a flush of 1000 messages makes
    // dozens of them, and starting a thread for each costs more CPU than the write.
    // The kernel's thread ids (not reused soon, unlike a finished thread's std::thread::id).
    const auto threadId = [] {
#ifdef Q_OS_LINUX
        return qint64(::syscall(SYS_gettid));
#else
        return qint64(std::hash<std::thread::id>{}(std::this_thread::get_id()));
#endif
    };
    const qint64 caller = threadId();
    QStringList ids;
    for (int i = 0; i < 200; ++i)
        ids << QString::number(i);
    std::mutex mutex;
    std::set<qint64> workers;
    int aheadWrites = 0;
    const QueueJournalAhead::Writer writer = [&](const QString &, const QStringList &, QString *) {
        const qint64 id = threadId();
        std::lock_guard<std::mutex> lock(mutex);
        if (id != caller) {
            workers.insert(id);
            ++aheadWrites;
        }
        return true;
    };
    {
        QueueJournalAhead gate({}, ids, writer);
        QString error;
        for (int first = 0; first < 160; first += 8) {
            QVERIFY(gate.commit(first, 8, &error));
            gate.settle();
        }
    }
    QVERIFY2(aheadWrites >= 19, qPrintable(QString::number(aheadWrites)));
    QCOMPARE(workers.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestQueueJournal)
#include "tst_queue_journal.moc"
