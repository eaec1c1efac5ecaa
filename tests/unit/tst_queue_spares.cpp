// SPDX-License-Identifier: GPL-3.0-or-later
// The spool's spare files (spare/, core/delivery/QueueSpares.cpp): a delivered message's
// file is kept, zeroed, and written over by the next message queued; nothing that lists,
// counts or sends messages ever sees one; a kill while a spare is taken leaves no message;
// the folder is bounded.
#include "delivery/Queue.h"
#include "delivery/QueueRemover.h"

#include "QueueSample.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <memory>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>
#endif

using namespace mw;

namespace {

QueuedMessage sized(int bytes)
{
    QueuedMessage m = test::queueSample();
    m.content = QByteArray("Subject: s\r\n\r\n") + QByteArray(bytes, 'x') + "\r\n";
    return m;
}

#ifdef Q_OS_UNIX
quint64 inode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}
#endif

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestQueueSpares : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliveredFileIsReusedByTheNextEnqueue();
    void sparesAreNeverMessages();
    void sharedOrLargeFilesAreRemoved();
    void sparesAreBounded();
    void killWhileTakingASpareLeavesNoMessage();
    void purgeRemovesSpares();
    void finishBeforeTheCountEnds();
};

void TestQueueSpares::deliveredFileIsReusedByTheNextEnqueue()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    const QString a = *q.enqueue(sized(1000), nullptr);
    const QString b = *q.enqueue(sized(1000), nullptr);
    const QString c = *q.enqueue(sized(1000), nullptr);
    const qint64 size = QFileInfo(dir.filePath(a + QStringLiteral(".msg"))).size();
#ifdef Q_OS_UNIX
    const QSet<quint64> delivered{inode(dir.filePath(a + QStringLiteral(".msg"))),
                                  inode(dir.filePath(b + QStringLiteral(".msg")))};
    QCOMPARE(QFileInfo(q.spareDir()).permissions() &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
                   QFile::WriteUser | QFile::ExeUser),
             QFile::Permissions());
    {
        QueueRemover remover(dir.path(), 10);
        remover.remove(a, false);
        remover.remove(b, false);
        QVERIFY(remover.finish().isEmpty());
        QCOMPARE(remover.spared(), 2);
    }
    // Kept as spares, their bytes zeroed (the delivered message is not left readable).
    const QStringList spares = q.spares();
    QCOMPARE(spares.size(), 2);
    for (const QString &name : spares) {
        const QByteArray bytes = readAll(q.spareDir() + QLatin1Char('/') + name);
        QCOMPARE(bytes.size(), size);
        QCOMPARE(bytes.count('\0'), size);
    }
    QCOMPARE(q.waitingCount(), 1);
    // The next message queued is written over one of them: same inode, new bytes, cut to
    // its own length.
    QueuedMessage next = sized(200);
    next.subject = QStringLiteral("reused");
    const QString d = *q.enqueue(next, nullptr);
    const QString dPath = dir.filePath(d + QStringLiteral(".msg"));
    QVERIFY(delivered.contains(inode(dPath)));
    QCOMPARE(q.spares().size(), 1);
    QCOMPARE(QFileInfo(dPath).size(), qint64(Queue::serialize(*q.load(d, true)).size()));
    const auto back = q.load(d, true);
    QVERIFY(back);
    QCOMPARE(back->subject, QStringLiteral("reused"));
    QCOMPARE(back->content, Queue::normalizeLineEnds(next.content));
    QCOMPARE(QFileInfo(dPath).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    // Longer than the spare: written whole too.
    const QString e = *q.enqueue(sized(5000), nullptr);
    QCOMPARE(q.load(e, true)->content.size(), qsizetype(14 + 5000 + 2));
    QCOMPARE(q.spares().size(), 0);
    const QList<QueuedMessage> all = q.list(true);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, c);
#else
    // No spares elsewhere: a delivered file is removed.
    QueueRemover remover(dir.path(), 10);
    remover.remove(a, false);
    QVERIFY(remover.finish().isEmpty());
    QCOMPARE(remover.spared(), 0);
    Q_UNUSED(b)
    Q_UNUSED(c)
    Q_UNUSED(size)
#endif
}

void TestQueueSpares::sparesAreNeverMessages()
{
    // Whatever lists, counts, loads, recovers or sends messages (queue list, status, the
    // bundle, the window's queue view: all through these) never sees a spare.
    QTemporaryDir dir;
    Queue q(dir.path());
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << *q.enqueue(sized(300), nullptr);
    {
        QueueRemover remover(dir.path(), 10);
        for (const QString &id : std::as_const(ids))
            remover.remove(id, false);
        QVERIFY(remover.finish().isEmpty());
    }
#ifdef Q_OS_UNIX
    QCOMPARE(q.spares().size(), 4);
#endif
    // A leftover journal naming the delivered ids: recovery marks nothing.
    QVERIFY(q.journalAppend(ids, nullptr));
    QVERIFY(q.recover(nullptr).isEmpty());
    QVERIFY(q.list(true, true).isEmpty());
    QCOMPARE(q.waitingCount(), 0);
    const QueueStats s = q.stats(QString());
    QCOMPARE(s.waiting + s.dead, 0);
    QVERIFY(q.listDue(100, 1 << 20, [](QueuedMessage &) { return true; }).isEmpty());
    for (const QString &id : std::as_const(ids)) {
        QVERIFY(!q.load(id, false));
        QVERIFY(q.resolveId(id, nullptr).isEmpty());
    }
    for (const QString &name : q.spares())
        QVERIFY(!q.load(name, false));
#ifdef Q_OS_UNIX
    QCOMPARE(q.spares().size(), 4); // recovery leaves them
#endif
}

void TestQueueSpares::sharedOrLargeFilesAreRemoved()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    QVERIFY(q.ensure(nullptr));
    // A message whose file is also a dead letter's (a hard link, as a partial refusal
    // makes): removed, and the dead letter's bytes stay as they were.
    const QString shared = *q.enqueue(sized(400), nullptr);
    const QString msgPath = dir.filePath(shared + QStringLiteral(".msg"));
    const QByteArray before = readAll(msgPath);
    const QString deadPath =
        dir.filePath(QStringLiteral("dead/") + shared + QStringLiteral("-r1.msg"));
#ifdef Q_OS_UNIX
    QVERIFY(::link(QFile::encodeName(msgPath).constData(),
                   QFile::encodeName(deadPath).constData()) == 0);
#endif
    // Larger than a spare may be.
    const QString large = *q.enqueue(sized(int(Queue::kSpareMaxBytes) + 10), nullptr);
    {
        QueueRemover remover(dir.path(), 10);
        remover.remove(shared, false);
        remover.remove(large, false);
        QVERIFY(remover.finish().isEmpty());
        QCOMPARE(remover.spared(), 0);
    }
    QCOMPARE(q.waitingCount(), 0);
    QVERIFY(q.spares().isEmpty());
#ifdef Q_OS_UNIX
    QCOMPARE(readAll(deadPath), before);
#else
    Q_UNUSED(before)
#endif
}

void TestQueueSpares::sparesAreBounded()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << *q.enqueue(sized(100), nullptr);
    {
        QueueRemover remover(dir.path(), 3);
        for (const QString &id : std::as_const(ids))
            remover.remove(id, false);
        QVERIFY(remover.finish().isEmpty());
    }
    QCOMPARE(q.waitingCount(), 0);
#ifdef Q_OS_UNIX
    QCOMPARE(q.spares().size(), 3); // the other two removed
    // A day old (by its name), one left half-made by a killed remover (a leading dot):
    // removed by the next remover, as are those beyond its bound, the oldest first.
    const QString old = QStringLiteral("20000101-000000.00000000000-abcd");
    for (const QString &name : {old, QStringLiteral(".20260101-000000.00000000000-abcd")}) {
        QFile f(q.spareDir() + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QStringList newest = q.spares().mid(2);
    QCOMPARE(newest.size(), 2);
    {
        QueueRemover remover(dir.path(), 2);
        QVERIFY(remover.finish().isEmpty());
    }
    QCOMPARE(q.spares(), newest);
    QVERIFY(q.spares(true).isEmpty());
    // None kept: every spare goes.
    {
        QueueRemover remover(dir.path(), 0);
        QVERIFY(remover.finish().isEmpty());
    }
    QVERIFY(q.spares().isEmpty());
#endif
}

void TestQueueSpares::killWhileTakingASpareLeavesNoMessage()
{
#ifdef Q_OS_UNIX
    // A writer killed after it took a spare (renamed to its temporary name), or halfway
    // through writing over it: no message appears, nothing is marked, the spare is gone
    // from spare/, and the temporary is removed by recover() once it is old.
    for (const Queue::SpareStep at : {Queue::SpareStep::Claimed, Queue::SpareStep::Written}) {
        QTemporaryDir dir;
        Queue q(dir.path());
        const QString kept = *q.enqueue(sized(3000), nullptr);
        const QString delivered = *q.enqueue(sized(3000), nullptr);
        {
            QueueRemover remover(dir.path(), 10);
            remover.remove(delivered, false);
            QVERIFY(remover.finish().isEmpty());
        }
        QCOMPARE(q.spares().size(), 1);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            Queue::setSpareHook([at](Queue::SpareStep s) {
                if (s == at)
                    ::_exit(0); // as a SIGKILL there: nothing after it runs
            });
            Queue(dir.path()).enqueue(sized(100), nullptr);
            ::_exit(1); // the hook was not reached
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(q.spares().isEmpty());
        QCOMPARE(q.waitingCount(), 1);
        const QList<QueuedMessage> all = q.list(true, true);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).id, kept);
        QCOMPARE(q.listDue(100, 1 << 20, [](QueuedMessage &) { return true; }).size(), 1);
        QVERIFY(q.recover(nullptr).isEmpty());
        QStringList temporaries =
            QDir(dir.path()).entryList({QStringLiteral(".*.tmp-*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(temporaries.size(), 1); // fresh: a writer may still be at it
        const QString tmp = dir.filePath(temporaries.at(0));
        const struct utimbuf twoHoursAgo
        {
            ::time(nullptr) - 7200, ::time(nullptr) - 7200
        };
        QCOMPARE(::utime(QFile::encodeName(tmp).constData(), &twoHoursAgo), 0);
        QVERIFY(q.recover(nullptr).isEmpty());
        QVERIFY(!QFile::exists(tmp));
        QCOMPARE(q.waitingCount(), 1);
    }
#endif
}

void TestQueueSpares::purgeRemovesSpares()
{
    // An operator's purge removes the spares too (files of delivered messages, zeroed).
    QTemporaryDir dir;
    Queue q(dir.path());
    const QString kept = *q.enqueue(sized(100), nullptr);
    const QString delivered = *q.enqueue(sized(100), nullptr);
    {
        QueueRemover remover(dir.path(), 10);
        remover.remove(delivered, false);
        QVERIFY(remover.finish().isEmpty());
    }
#ifdef Q_OS_UNIX
    QCOMPARE(q.spares().size(), 1);
#endif
    QVERIFY(q.purge(kept, nullptr));
    QVERIFY(q.spares().isEmpty());
    QCOMPARE(q.waitingCount(), 0);
}

void TestQueueSpares::finishBeforeTheCountEnds()
{
    // A session refused at once ends before the remover's first thread has counted the
    // spares: its finish() then waits for the count alone, and must return once it is done
    // (it waited for ever: tst_alerts and tst_backup_smtp hung on a refused connection).
    QTemporaryDir dir;
    const Queue q(dir.path());
    QVERIFY(QDir().mkpath(q.spareDir()));
    for (int i = 0; i < 3000; ++i) { // fresh names (never stale), so that counting takes a while
        QFile f(q.spareDir() +
                QStringLiteral("/99991231-000000-%1").arg(i, 5, 10, QLatin1Char('0')));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (int round = 0; round < 20; ++round) {
        auto *remover = new QueueRemover(dir.path(), 10000);
        // Held by the thread: a finish() that never returns leaves it (and the remover) behind.
        auto done = std::make_shared<std::promise<void>>();
        std::future<void> finished = done->get_future();
        std::thread([remover, done] {
            (void)remover->finish();
            done->set_value();
        }).detach();
        if (finished.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
            QFAIL(qPrintable(QStringLiteral("round %1: finish() never returned").arg(round)));
        delete remover;
    }
    QCOMPARE(q.spares().size(), 3000);
}

QTEST_GUILESS_MAIN(TestQueueSpares)
#include "tst_queue_spares.moc"
