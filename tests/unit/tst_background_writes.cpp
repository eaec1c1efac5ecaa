// SPDX-License-Identifier: GPL-3.0-or-later
// settings/BackgroundWrites: the status file's "last Send Test" entry and the remembered
// capabilities are written on one worker thread, in order, and every reader in the process
// sees the last write. The window's GUI thread records a Send Test through it and so never
// waits for the fdatasync.
#include "diagnostics/ServerStatus.h"
#include "notify/StatusReport.h"
#include "settings/BackgroundWrites.h"

#include <QFile>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace mw;

class TestBackgroundWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void inOrderOffTheCallingThread();
    void sendTestRecordedWithoutWaiting();
};

void TestBackgroundWrites::inOrderOffTheCallingThread()
{
    QList<int> done;
    QThread *caller = QThread::currentThread();
    std::atomic_bool otherThread{true};
    for (int i = 0; i < 20; ++i) {
        BackgroundWrites::post([&done, &otherThread, caller, i] {
            if (QThread::currentThread() == caller)
                otherThread = false;
            // A write's own read of another file waits for nothing (no deadlock).
            BackgroundWrites::wait();
            done << i;
        });
    }
    BackgroundWrites::wait();
    QVERIFY(otherThread);
    QList<int> expected;
    for (int i = 0; i < 20; ++i)
        expected << i;
    QCOMPARE(done, expected);
}

void TestBackgroundWrites::sendTestRecordedWithoutWaiting()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("mailwright.ini"));
    const QString statusPath = StatusFile::defaultPathFor(config);
    QFile::remove(statusPath);
    // The writer is busy (a slow disk): recording must return without writing.
    QSemaphore release;
    BackgroundWrites::post([&release] { release.acquire(); });
    const Result r = Result::success(Phase::Done);
    StatusReport::recordSendTest(config, MailSettings{}, r);
    QVERIFY2(!QFile::exists(statusPath), "the Send Test was written on the calling thread");
    release.release();
    // A reader waits for the write it comes after.
    const ServerState s = StatusFile(statusPath).read(QStringLiteral("test"));
    QCOMPARE(s.status, ServerStatus::Operating);
    QVERIFY(QFile::exists(statusPath));
    QFile::remove(statusPath);
}

QTEST_GUILESS_MAIN(TestBackgroundWrites)
#include "tst_background_writes.moc"
