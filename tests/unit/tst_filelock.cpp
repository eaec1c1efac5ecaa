// SPDX-License-Identifier: GPL-3.0-or-later
// FileLock, the lock every writer of the settings file and of the file secret store takes
// (flock(2) here; LockFileEx on Windows, compiled by the release workflow's Windows job).
#include "settings/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace mw;

class TestFileLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lockIsExclusiveAndDiesWithItsHolder();

private:
    QTemporaryDir m_dir;
};

// FileLock (flock here, LockFileEx on Windows): exclusive between two holders in one process
// and between processes; tryLock never waits and tells "busy" from "cannot"; a holder that
// is killed (no destructor runs) releases it, and the lock file stays.
void TestFileLock::lockIsExclusiveAndDiesWithItsHolder()
{
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("lock"))));
    const QString lockPath = FileLock::lockPathFor(m_dir.filePath(QStringLiteral("lock/x.ini")));
    QString error;
    {
        FileLock a(lockPath);
        QCOMPARE(a.tryLock(&error), FileLock::Attempt::Locked);
        QVERIFY(a.isLocked());
        FileLock b(lockPath);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(b.tryLock(&error), FileLock::Attempt::Busy);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!b.isLocked());
        QVERIFY(!b.lock(200, &error));
        QVERIFY2(error.contains(QLatin1String("more than")), qPrintable(error));
    }
    FileLock nowhere(m_dir.filePath(QStringLiteral("no/such/folder/.x.lock")));
    QCOMPARE(nowhere.tryLock(&error), FileLock::Attempt::Failed);
    QVERIFY2(error.contains(QLatin1String("Cannot open the lock file")), qPrintable(error));

    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--hold-lock"), lockPath});
    QVERIFY(holder.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += holder.readAllStandardOutput()).contains("HELD"), 10000);
    FileLock c(lockPath);
    QCOMPARE(c.tryLock(&error), FileLock::Attempt::Busy);
    holder.kill(); // SIGKILL: the holder's destructor never runs
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(c.tryLock(&error), FileLock::Attempt::Locked);
    QVERIFY(QFileInfo::exists(lockPath));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The other process of lockIsExclusiveAndDiesWithItsHolder: takes the lock and waits to
    // be killed.
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        FileLock lock(QString::fromLocal8Bit(argv[2]));
        QString error;
        if (!lock.lock(10000, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("HELD\n");
        std::fflush(stdout);
        for (;;)
            ::pause();
    }
    TestFileLock t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_filelock.moc"
