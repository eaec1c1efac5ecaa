// SPDX-License-Identifier: GPL-3.0-or-later
// Settings durability: a child process saves the settings in a loop, alternating two
// versions, and is killed with SIGKILL after a random delay, 100 times. After each kill
// the file must load and equal one of the two versions (AtomicFile: temporary file,
// fsync, rename, directory fsync), keep mode 0600, and no more than one temporary file
// may be left beside it per kill. One more save afterwards (which takes the lock beside
// the file) must remove every temporary the killed saves left.
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

#include <algorithm>
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
    QElapsedTimer first;
    first.start();
    for (quint64 i = 0;; ++i) {
        QString error;
        if (!store.save(i % 2 == 0 ? b : a, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            std::exit(2);
        }
        if (i == 0) {
            // How long one save took here (its syncs: a slow disk makes it long).
            std::printf("ready %lld\n", static_cast<long long>(first.elapsed()));
            std::fflush(stdout);
        }
    }
}

// The temporary files beside the settings (not the settings, not the lock file).
QStringList temporaries(const QString &dir)
{
    QStringList out;
    for (const QString &name :
         QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
        if (name.startsWith(QLatin1String(".mailwright.ini.")) &&
            name != QLatin1String(".mailwright.ini.lock"))
            out << name;
    }
    return out;
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
    int maxLeftovers = 0;
    int killsThatLeftOne = 0;
    // 100 kills; then more (at most 200) until one leaves a temporary, so that the last
    // save below has one to remove.
    int round = 0;
    for (; round < 100 || (leftovers == 0 && round < 300); ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kSaverVar), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY2(child.waitForReadyRead(10000), "the saver did not start saving");
        // Kill somewhere inside the next saves (each takes about a millisecond or more:
        // write, fsync, rename, fsync of the directory; tens of milliseconds where a sync is
        // slow): within three saves' time, at least 25 ms.
        const QList<QByteArray> ready = child.readLine().trimmed().split(' ');
        const int saveMs = ready.size() == 2 ? ready.at(1).toInt() : 0;
        QTest::qSleep(int(QRandomGenerator::global()->bounded(0, std::max(25, 3 * saveMs + 1))));
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
        // A killed save may leave its temporary file behind; the next save removes it
        // (the saver's own first save removes those of earlier rounds). At most one per
        // kill, and each is as private as the file itself.
        const QStringList others = temporaries(dir.path());
        QVERIFY2(others.size() <= round + 1, qPrintable(others.join(QLatin1Char(' '))));
        maxLeftovers = std::max(maxLeftovers, int(others.size()));
        for (const QString &t : others)
            QCOMPARE(QFile::permissions(dir.filePath(t)) &
                         (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        leftovers = int(others.size());
        killsThatLeftOne += others.isEmpty() ? 0 : 1;
    }
    qInfo("after %d kills: %d times the old version, %d times the new one; %d kills left a "
          "temporary file (at most %d at once: the next save removed it), %d left now",
          round, sawOld, sawNew, killsThatLeftOne, maxLeftovers, leftovers);
    QVERIFY2(leftovers > 0, "no kill left a temporary file; the last save proves nothing");
    // One more normal save: it takes the lock and removes what the killed saves left.
    {
        SettingsStore store(path);
        QString error;
        QVERIFY2(store.save(b, &error), qPrintable(error));
    }
    const QStringList after = temporaries(dir.path());
    QVERIFY2(after.isEmpty(), qPrintable(after.join(QLatin1Char(' '))));
    // Only the settings and the lock file remain.
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name),
        QStringList({QStringLiteral(".mailwright.ini.lock"), QStringLiteral("mailwright.ini")}));
    SettingsStore reread(path);
    const SettingsLoadResult last = reread.load();
    QVERIFY2(last.ok(), qPrintable(last.error));
    QVERIFY(last.settings == b);
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
