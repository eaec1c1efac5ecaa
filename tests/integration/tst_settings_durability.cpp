// SPDX-License-Identifier: GPL-3.0-or-later
// Settings durability: a child process saves the settings in a loop, alternating two
// versions, and is killed with SIGKILL after a random delay, 100 times. After each kill
// the file must load and equal one of the two versions (AtomicFile: temporary file,
// fsync, rename, directory fsync), keep mode 0600, and no more than one temporary file
// may be left beside it.
#include "settings/MailSettings.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace mw;

namespace {

const char kSaverVar[] = "MW_DURABILITY_SAVER_PATH";

// Two versions that differ in every section, with long values so that a save takes
// more than one write.
MailSettings version(int which)
{
    MailSettings s;
    const QString tag = which == 0 ? QStringLiteral("old") : QStringLiteral("new");
    s.smtp.host = tag + QStringLiteral(".smtp.example.test");
    s.smtp.port = which == 0 ? 587 : 465;
    s.smtp.security =
        which == 0 ? MailSettings::SmtpSecurity::StartTls : MailSettings::SmtpSecurity::Tls;
    s.smtp.username = tag + QStringLiteral("-user");
    s.smtp.timeout = which == 0 ? 30 : 45;
    s.pop3.enabled = which == 1;
    s.pop3.host = tag + QStringLiteral(".pop.example.test");
    s.mailboxes.from = tag + QStringLiteral("@example.test");
    s.mailboxes.fromName = QString(3000, which == 0 ? QLatin1Char('o') : QLatin1Char('n'));
    s.mailboxes.notify = QStringLiteral("admin-") + tag + QStringLiteral("@example.test");
    return s;
}

// The child: save both versions in turn until killed. Prints "ready" once the first
// save is done so that the parent kills it while it is saving, not while it starts.
[[noreturn]] void runSaver(const QString &path)
{
    SettingsStore store(path);
    const MailSettings a = version(0);
    const MailSettings b = version(1);
    for (quint64 i = 0;; ++i) {
        QString error;
        if (!store.save(i % 2 == 0 ? b : a, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            std::exit(2);
        }
        if (i == 0) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
}

} // namespace

class TestSettingsDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedSavesLeaveOldOrNew();
};

void TestSettingsDurability::killedSavesLeaveOldOrNew()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mailwright.ini"));
    {
        SettingsStore store(path);
        QVERIFY(store.save(version(0)));
    }
    const MailSettings a = version(0);
    const MailSettings b = version(1);
    int sawOld = 0;
    int sawNew = 0;
    int leftovers = 0;
    for (int round = 0; round < 100; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kSaverVar), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY2(child.waitForReadyRead(10000), "the saver did not start saving");
        // Kill somewhere inside the next saves (each takes about a millisecond or more:
        // write, fsync, rename, fsync of the directory).
        QTest::qSleep(int(QRandomGenerator::global()->bounded(0, 25)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        SettingsStore store(path);
        const SettingsLoadResult r = store.load();
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(r.error)));
        const bool isOld = r.settings == a;
        const bool isNew = r.settings == b;
        QVERIFY2(isOld || isNew,
                 qPrintable(QStringLiteral("round %1: neither version").arg(round)));
        sawOld += isOld ? 1 : 0;
        sawNew += isNew ? 1 : 0;
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // A killed save leaves its temporary file behind (AtomicFile does not clean up
        // after a killed process; see docs/RELIABILITY.md). At most one per kill, and
        // each is as private as the file itself.
        const QStringList others = QDir(dir.path())
                                       .entryList(QDir::Files | QDir::Hidden)
                                       .filter(QStringLiteral(".mailwright.ini."));
        QVERIFY2(others.size() <= round + 1, qPrintable(others.join(QLatin1Char(' '))));
        for (const QString &t : others)
            QCOMPARE(QFile::permissions(dir.filePath(t)) &
                         (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        leftovers = int(others.size());
    }
    qInfo("after 100 kills: %d times the old version, %d times the new one, %d temporary "
          "files left",
          sawOld, sawNew, leftovers);
    // Both outcomes happened: the kills did land at different moments of the loop.
    QVERIFY(sawOld > 0 && sawNew > 0);
}

int main(int argc, char **argv)
{
    const QByteArray saverPath = qgetenv(kSaverVar);
    if (!saverPath.isEmpty()) {
        QCoreApplication app(argc, argv);
        runSaver(QString::fromLocal8Bit(saverPath));
    }
    QCoreApplication app(argc, argv);
    TestSettingsDurability test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settings_durability.moc"
