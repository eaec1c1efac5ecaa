// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Pickup.h"
#include "delivery/Queue.h"
#include "delivery/QueueRemover.h"
#include "delivery/QueueRunner.h"
#include "session/DebugLog.h"

#include "QueueSample.h"
#include "ScriptedServer.h"

#include <QSignalSpy>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace mw;

class TestQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void contentReadWhole_data();
    void contentReadWhole();
    void journalMarksUnknownAfterCrash();
    void deadRetryPurge();
    void lockIsExclusive();
    void retryDelay_data();
    void retryDelay();
    void pickupFormat();
    void corruptFileIgnored();
    void longMetadataLine();
    void lockErrorIsNotBusy();
    void runnerReportsUnusableLock();
    void symlinksRefused();
    void foreignFolderRefused();
    void deadLetterIdsUnique();
    void stateChangeKeepsMessageFile();
    void lineEndsNormalized();
    void onceRunCountsEveryPass();
    void batchBoundByBytes();
    void removerRemovesInTheBackground();
    void removerStartsOnWake();
    void removalSkipsAStateFileTheListingDidNotShow();
};

void TestQueue::roundTrip()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    QString error;
    const auto id1 = q.enqueue(test::queueSample(), &error);
    const auto id2 = q.enqueue(test::queueSample(), &error);
    QVERIFY2(id1 && id2, qPrintable(error));
    QVERIFY(*id1 < *id2); // creation order
    const auto all = q.list(false, true);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, *id1);
    QCOMPARE(all.at(0).content, test::queueSample().content);
    QCOMPARE(all.at(0).subject, test::queueSample().subject);
    QCOMPARE(QFile(dir.filePath(*id1 + QStringLiteral(".msg"))).permissions() &
                 (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestQueue::journalMarksUnknownAfterCrash()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    const auto a = q.enqueue(test::queueSample(), nullptr);
    const auto b = q.enqueue(test::queueSample(), nullptr);
    const auto c = q.enqueue(test::queueSample(), nullptr);
    // A pass journaled a and b, delivered a (removed), then died.
    QVERIFY(q.journalAppend(*a, nullptr));
    QVERIFY(q.remove(*a, nullptr));
    QVERIFY(q.journalAppend(*b, nullptr));
    const QStringList marked = q.recover(nullptr);
    QCOMPARE(marked, QStringList{*b});
    QCOMPARE(q.load(*b, false)->state, QueuedMessage::State::Unknown);
    QCOMPARE(q.load(*b, true)->content, test::queueSample().content); // same bytes, same Message-ID
    QCOMPARE(q.load(*c, false)->state, QueuedMessage::State::Waiting);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".journal"))));
    QVERIFY(q.recover(nullptr).isEmpty()); // once only
}

void TestQueue::deadRetryPurge()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    const auto id = q.enqueue(test::queueSample(), nullptr);
    auto m = *q.load(*id, true);
    m.serverReply = QStringLiteral("550 no such user");
    QVERIFY(q.moveToDead(m, nullptr));
    QCOMPARE(q.list(false).size(), 0);
    QCOMPARE(q.list(true).size(), 1);
    QCOMPARE(q.list(true).at(0).serverReply, QStringLiteral("550 no such user"));
    // The dead letters' ids from the folder alone; a live message is not among them.
    const auto live = q.enqueue(test::queueSample(), nullptr);
    QVERIFY(live);
    QCOMPARE(q.deadIds(), QStringList{*id});
    QVERIFY(q.purge(*live, nullptr));
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
    QVERIFY(q.enqueue(test::queueSample(), nullptr));
    QFile f(dir.filePath(QStringLiteral("garbage.msg")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a spool file");
    f.close();
    QCOMPARE(q.list(true).size(), 1);
    QVERIFY(!Queue::parse("MWQ1 {broken\nbody", true));
}

void TestQueue::longMetadataLine()
{
    // The metadata line is read in blocks: a line longer than a block (a long subject) is
    // read whole, content after it is not taken for metadata, and a first line with no end
    // within 1 MiB is refused as before.
    QTemporaryDir dir;
    Queue q(dir.path());
    QueuedMessage sample = test::queueSample();
    sample.subject = QString(10000, QLatin1Char('s'));
    const auto id = q.enqueue(sample, nullptr);
    QVERIFY(id);
    const QList<QueuedMessage> listed = q.list(false);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).subject, sample.subject);
    QVERIFY(listed.at(0).content.isEmpty());
    QCOMPARE(q.load(*id, true)->content, sample.content);

    QFile f(dir.filePath(QStringLiteral("20260101-000000.00000000000-beef.msg")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("MWQ1 {\"id\":\"x\",\"subject\":\"");
    f.write(QByteArray((1 << 20) + 10, 'y'));
    f.write("\"}\nbody\r\n");
    f.close();
    QCOMPARE(q.list(false).size(), 1);
}

static bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestQueue::lockErrorIsNotBusy()
{
    // A lock file that cannot be opened (here a folder in its place, which fails even for
    // root) is an error naming the file, not "another runner is busy".
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".lock")));
    Queue::Lock lock(dir.path());
    QCOMPARE(lock.acquire(), Queue::Lock::Result::Failed);
    QVERIFY2(lock.errorString().contains(dir.filePath(QStringLiteral(".lock"))),
             qPrintable(lock.errorString()));
    QVERIFY(!lock.isLocked());
    if (!isRoot()) {
        // A read-only queue folder (root writes anyway, so only as another user).
        QTemporaryDir ro;
        QVERIFY(QFile::setPermissions(ro.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        Queue::Lock l(ro.path());
        QCOMPARE(l.acquire(), Queue::Lock::Result::Failed);
        QVERIFY2(l.errorString().contains(QLatin1String("ermission")), qPrintable(l.errorString()));
        QFile::setPermissions(ro.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    }
    // Busy stays busy.
    QTemporaryDir ok;
    Queue::Lock a(ok.path());
    Queue::Lock b(ok.path());
    QCOMPARE(a.acquire(), Queue::Lock::Result::Locked);
    QCOMPARE(b.acquire(), Queue::Lock::Result::Busy);
}

void TestQueue::runnerReportsUnusableLock()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    QVERIFY(q.enqueue(test::queueSample(), nullptr));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".lock")));
    QueueRunner runner(dir.path());
    MailSettings s;
    s.delivery.method = MailSettings::DeliveryMethod::Pickup;
    s.delivery.pickupDir = dir.path();
    runner.setSettings(s);
    QSignalSpy finished(&runner, &QueueRunner::finished);
    QueueRunner::Options o;
    o.once = true;
    o.lockWaitMs = 300;
    runner.start(o);
    QVERIFY(finished.wait(5000));
    const auto summary = finished.at(0).at(0).value<QueueRunner::Summary>();
    QVERIFY2(!summary.busy, qPrintable(summary.error));
    QVERIFY2(summary.error.contains(QLatin1String(".lock")), qPrintable(summary.error));
}

void TestQueue::symlinksRefused()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString victim = outside.filePath(QStringLiteral("victim"));
    {
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious\n");
    }
    const QString spool = dir.filePath(QStringLiteral("queue"));
    Queue q(spool);
    QVERIFY(q.ensure(nullptr));
    // .journal, .lock and queue.log planted as links to another file.
    for (const char *name : {".journal", ".lock", "queue.log"})
        QVERIFY(QFile::link(victim, spool + QLatin1Char('/') + QLatin1String(name)));
    QString error;
    QVERIFY(!q.journalAppend(QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
    Queue::Lock lock(spool);
    QCOMPARE(lock.acquire(), Queue::Lock::Result::Failed);
    QVERIFY2(lock.errorString().contains(QLatin1String("symbolic link")),
             qPrintable(lock.errorString()));
    q.log(QStringLiteral("a line"));
    // The debug log too.
    const QString debugLog = dir.filePath(QStringLiteral("debug.log"));
    QVERIFY(QFile::link(victim, debugLog));
    QVERIFY(!appendDebugLog(debugLog, QStringLiteral("t"), Transcript(), &error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
    QCOMPARE(readAll(victim), QByteArray("precious\n"));
    // The queue folder itself as a link.
    const QString linked = dir.filePath(QStringLiteral("linked"));
    QVERIFY(QFile::link(outside.path(), linked));
    QVERIFY(!Queue(linked).ensure(&error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
}

void TestQueue::foreignFolderRefused()
{
    QTemporaryDir dir;
    const QString spool = dir.filePath(QStringLiteral("queue"));
    QVERIFY(QDir().mkpath(spool));
    // A queue folder made readable for others is made private again.
    QVERIFY(QFile::setPermissions(spool, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther));
    QString error;
    QVERIFY2(Queue(spool).ensure(&error), qPrintable(error));
    QCOMPARE(QFile::permissions(spool) & (QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
#ifdef Q_OS_UNIX
    if (isRoot()) {
        // Owned by someone else: refused, with the reason.
        QVERIFY(::chown(QFile::encodeName(spool).constData(), 65534, 65534) == 0);
        QVERIFY(!Queue(spool).ensure(&error));
        QVERIFY2(error.contains(QLatin1String("another user")), qPrintable(error));
    }
#endif
}

void TestQueue::deadLetterIdsUnique()
{
    QTemporaryDir dir;
    Queue q(dir.path());
    QueuedMessage m = test::queueSample();
    m.recipients = {QStringLiteral("a@x.test"), QStringLiteral("b@x.test"),
                    QStringLiteral("c@x.test")};
    const auto id = q.enqueue(m, nullptr);
    QVERIFY(id);
    auto loaded = *q.load(*id, true);
    // Two partial refusals of the same message (two passes): two dead letters.
    QueuedMessage first = loaded;
    first.recipients = {QStringLiteral("a@x.test")};
    first.serverReply = QStringLiteral("a@x.test: 550 first");
    QueuedMessage second = loaded;
    second.recipients = {QStringLiteral("b@x.test")};
    second.serverReply = QStringLiteral("b@x.test: 550 second");
    QString error;
    const auto d1 = q.addDeadLetter(first, &error);
    const auto d2 = q.addDeadLetter(second, &error);
    QVERIFY2(d1 && d2, qPrintable(error));
    QVERIFY(*d1 != *d2);
    QStringList replies;
    for (const QueuedMessage &x : q.list(true, true)) {
        if (x.state == QueuedMessage::State::Dead) {
            replies << x.serverReply;
            QCOMPARE(x.content, test::queueSample().content);
        }
    }
    replies.sort();
    QCOMPARE(replies, (QStringList{first.serverReply, second.serverReply}));
    QVERIFY(q.load(*id, false)); // the message itself still waits for c
    // Once the message is delivered and removed, the dead letters keep their content.
    QVERIFY(q.remove(*id, nullptr));
    QCOMPARE(q.load(*d2, true)->content, test::queueSample().content);
}

void TestQueue::contentReadWhole_data()
{
    QTest::addColumn<int>("bodySize");
    for (const int n : {0, 1, 4095, 4096, 4097, 65536, 3 * 1024 * 1024 + 7})
        QTest::addRow("%d", n) << n;
}

void TestQueue::contentReadWhole()
{
    // A batch's message is read with one open, fstat and read of its file: every size comes
    // back whole, as listed for a pass and as loaded alone.
    QFETCH(int, bodySize);
    QTemporaryDir dir;
    Queue q(dir.path());
    QueuedMessage m = test::queueSample();
    QByteArray body(bodySize, 'x');
    for (qsizetype i = 76; i < body.size(); i += 78) {
        body[i] = '\r';
        if (i + 1 < body.size())
            body[i + 1] = '\n';
    }
    m.content = QByteArray("Subject: size\r\n\r\n") + body;
    const auto id = q.enqueue(m, nullptr);
    QVERIFY(id);
    // What the file holds after its metadata line, read here through QFile.
    QByteArray expected = readAll(dir.filePath(*id + QStringLiteral(".msg")));
    expected.remove(0, expected.indexOf('\n') + 1);
    QVERIFY(expected.size() >= m.content.size());
    QCOMPARE(q.load(*id, true)->content, expected);
    const QList<QueuedMessage> due = q.listDue(
        10, qint64(1) << 40, [](QueuedMessage &) { return true; }, nullptr);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().content, expected);
}

void TestQueue::stateChangeKeepsMessageFile()
{
    // Recording an outcome writes a small file beside the message, never the message
    // again: a full disk with room for a page can still record who has it.
    QTemporaryDir dir;
    Queue q(dir.path());
    QueuedMessage big = test::queueSample();
    big.content += QByteArray(40 * 1024, 'x');
    big.recipients = {QStringLiteral("a@x.test"), QStringLiteral("b@x.test")};
    const auto id = q.enqueue(big, nullptr);
    const QString msgPath = dir.filePath(*id + QStringLiteral(".msg"));
    const QByteArray before = readAll(msgPath);
    auto m = *q.load(*id, false);
    m.delivered = {QStringLiteral("a@x.test")};
    m.recipients = {QStringLiteral("b@x.test")};
    m.attempts = 1;
    QVERIFY(q.update(m, nullptr));
    QCOMPARE(readAll(msgPath), before);
    QVERIFY(QFileInfo(dir.filePath(*id + QStringLiteral(".state"))).size() < 2048);
    const auto again = *q.load(*id, true);
    QCOMPARE(again.delivered, QStringList{QStringLiteral("a@x.test")});
    QCOMPARE(again.recipients, QStringList{QStringLiteral("b@x.test")});
    QCOMPARE(again.attempts, 1);
    QCOMPARE(again.content.size(), before.size() - before.indexOf('\n') - 1);
    // Dead and back: the message file moves, its state goes with it.
    QVERIFY(q.moveToDead(again, nullptr));
    QCOMPARE(q.list(true).at(0).delivered, QStringList{QStringLiteral("a@x.test")});
    QVERIFY(q.retry(*id, nullptr));
    QCOMPARE(q.load(*id, false)->state, QueuedMessage::State::Waiting);
    QCOMPARE(q.load(*id, false)->recipients, QStringList{QStringLiteral("b@x.test")});
    QVERIFY(q.remove(*id, nullptr));
    QCOMPARE(QDir(dir.path())
                 .entryList({QStringLiteral("*.msg"), QStringLiteral("*.state")}, QDir::Files),
             QStringList());
}

void TestQueue::lineEndsNormalized()
{
    QCOMPARE(Queue::normalizeLineEnds("a\rb\nc\r\nd\r\r\n.\r"),
             QByteArray("a\r\nb\r\nc\r\nd\r\n\r\n.\r\n"));
    QTemporaryDir dir;
    Queue q(dir.path());
    QueuedMessage m = test::queueSample();
    m.content = "Subject: s\n\nx\r.\r\nMAIL FROM:<e@x.test>\r\n";
    const auto id = q.enqueue(m, nullptr);
    QCOMPARE(q.load(*id, true)->content,
             QByteArray("Subject: s\r\n\r\nx\r\n.\r\nMAIL FROM:<e@x.test>\r\n"));
}

QTEST_GUILESS_MAIN(TestQueue)

// A once-run over pickup (no server) with the given batch limits: its finished() summary
// and how many passes it took.
static QueueRunner::Summary runOnce(const QString &dir, const QString &pickup, int maxBatch,
                                    qint64 maxBatchBytes, int *passes)
{
    QueueRunner runner(dir);
    MailSettings s;
    s.delivery.method = MailSettings::DeliveryMethod::Pickup;
    s.delivery.pickupDir = pickup;
    runner.setSettings(s);
    QSignalSpy passed(&runner, &QueueRunner::passFinished);
    QSignalSpy finished(&runner, &QueueRunner::finished);
    QueueRunner::Options o;
    o.once = true;
    o.maxBatch = maxBatch;
    o.maxBatchBytes = maxBatchBytes;
    runner.start(o);
    if (!finished.wait(10000))
        return {};
    *passes = int(passed.size());
    return finished.at(0).at(0).value<QueueRunner::Summary>();
}

void TestQueue::onceRunCountsEveryPass()
{
    // `queue flush` reports finished(): with more messages than one batch it must count
    // all of them, not only the last pass's.
    QTemporaryDir dir;
    QTemporaryDir pickup;
    Queue q(dir.path());
    for (int i = 0; i < 5; ++i)
        QVERIFY(q.enqueue(test::queueSample(), nullptr));
    int passes = 0;
    const QueueRunner::Summary s = runOnce(dir.path(), pickup.path(), 2, qint64(1) << 30, &passes);
    QCOMPARE(passes, 3);
    QCOMPARE(s.attempted, 5);
    QCOMPARE(s.delivered, 5);
    QCOMPARE(s.remaining, 0);
    QCOMPARE(q.waitingCount(), 0);
}

void TestQueue::batchBoundByBytes()
{
    // The content of a batch is held in memory for its session: a byte bound ends the batch
    // (at least one message each), the rest goes in the next pass of the same run.
    QTemporaryDir dir;
    QTemporaryDir pickup;
    Queue q(dir.path());
    for (int i = 0; i < 3; ++i)
        QVERIFY(q.enqueue(test::queueSample(), nullptr));
    int passes = 0;
    const QueueRunner::Summary s = runOnce(dir.path(), pickup.path(), 1000, 1, &passes);
    QCOMPARE(passes, 3);
    QCOMPARE(s.delivered, 3);
    QCOMPARE(QDir(pickup.path()).entryList(QDir::Files).size(), 3);
    // listDue stops at the bound and says so; a message that is not taken does not count.
    for (int i = 0; i < 3; ++i)
        QVERIFY(q.enqueue(test::queueSample(), nullptr));
    bool full = false;
    int seen = 0;
    QList<QueuedMessage> got = q.listDue(
        2, qint64(1) << 30,
        [&seen](QueuedMessage &) {
            return ++seen != 1; // the oldest is not due
        },
        &full);
    QCOMPARE(got.size(), 2);
    QVERIFY(!full);
    QVERIFY(!got.at(0).content.isEmpty());
    got = q.listDue(
        1, qint64(1) << 30, [](QueuedMessage &) { return true; }, &full);
    QCOMPARE(got.size(), 1);
    QVERIFY(full);
}

void TestQueue::removerRemovesInTheBackground()
{
    // The delivered files of a session go on a worker thread; finish() waits for them and
    // names the ones that could not be removed (the runner then holds the queue).
    QTemporaryDir dir;
    Queue q(dir.path());
    QStringList ids;
    for (int i = 0; i < 20; ++i)
        ids << *q.enqueue(test::queueSample(), nullptr);
    // A folder where a message file should be: it cannot be removed as a file.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("blocked.msg")));
    QueueRemover remover(dir.path());
    for (const QString &id : std::as_const(ids))
        remover.remove(id);
    remover.remove(QStringLiteral("blocked"));
    remover.remove(QStringLiteral("never-there")); // already gone: not a failure
    const auto failed = remover.finish();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).first, QStringLiteral("blocked"));
    QVERIFY(!failed.at(0).second.isEmpty());
    QCOMPARE(q.waitingCount(), 0);
    // Usable again after finish(); the destructor waits for what is left.
    const QString last = *q.enqueue(test::queueSample(), nullptr);
    remover.remove(last);
    QVERIFY(remover.finish().isEmpty());
    QVERIFY(!q.load(last, false));
}

void TestQueue::removerStartsOnWake()
{
    // Fewer removals than a batch start on wake() (the runner's, after each burst of
    // replies), without finish(): a delivered file left in the spool by a kill would be
    // sent again.
    QTemporaryDir dir;
    Queue q(dir.path());
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << *q.enqueue(test::queueSample(), nullptr);
    QueueRemover remover(dir.path());
    QVERIFY(remover.finish().isEmpty()); // ready
    QTest::qSleep(200);                  // and both threads asleep, waiting for work
    for (const QString &id : std::as_const(ids))
        remover.remove(id);
    remover.wake();
    QTRY_COMPARE_WITH_TIMEOUT(q.waitingCount(), 0, 10000);
    QVERIFY(remover.finish().isEmpty());
}

void TestQueue::removalSkipsAStateFileTheListingDidNotShow()
{
    // A message read from a listing without its .state is removed without looking for one
    // (one unlink instead of two per delivered message); one read with a .state, or whose
    // state the runner wrote, has it removed as before.
    QTemporaryDir dir;
    Queue q(dir.path());
    const QString plain = *q.enqueue(test::queueSample(), nullptr);
    const QString withState = *q.enqueue(test::queueSample(), nullptr);
    auto m = q.load(withState, true);
    QVERIFY(m);
    m->attempts = 1;
    QVERIFY(q.update(*m, nullptr));
    const QList<QueuedMessage> due = q.listDue(10, 1 << 20, [](QueuedMessage &) { return true; });
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).id, plain);
    QVERIFY(!due.at(0).stateFile);
    QVERIFY(due.at(1).stateFile);
    QVERIFY(QueuedMessage().stateFile); // unknown: looked for
    // The flag is what the removal goes by: a .state that appeared after the listing (not
    // the runner's: only the lock holder writes them) stays for recover() to remove.
    const QString stray = dir.filePath(plain + QStringLiteral(".state"));
    QVERIFY(QFile::copy(dir.filePath(withState + QStringLiteral(".state")), stray));
    QueueRemover remover(dir.path());
    remover.remove(plain, due.at(0).stateFile);
    remover.remove(withState, due.at(1).stateFile);
    QVERIFY(remover.finish().isEmpty());
    QCOMPARE(q.waitingCount(), 0);
    QVERIFY(QFile::exists(stray));
    QVERIFY(!QFile::exists(dir.filePath(withState + QStringLiteral(".state"))));
    QVERIFY(q.recover(nullptr).isEmpty());
    QVERIFY(!QFile::exists(stray));
}

#include "tst_queue.moc"
