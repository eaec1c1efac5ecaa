// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AtomicFile.h"
#include "settings/EnvSecretOverride.h"
#include "settings/FileSecretStore.h"
#include "settings/KeychainSecretStore.h"
#include "settings/MemorySecretStore.h"
#include "settings/SecretStoreFactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace mw;

namespace {

// A distinctive password: if it ever shows up in a log or file it is easy to find.
const QString kSecret = QStringLiteral("Mw-Test-Pw 9f2c!#");

enum class Op { Read, Write, Remove };

std::optional<SecretResult> run(SecretStore &store, Op op, const QString &account,
                                const QString &secret = {}, int timeoutMs = 10000)
{
    std::optional<SecretResult> result;
    QObject context;
    const auto done = [&result](const SecretResult &r) { result = r; };
    switch (op) {
    case Op::Read:
        store.read(account, &context, done);
        break;
    case Op::Write:
        store.write(account, secret, &context, done);
        break;
    case Op::Remove:
        store.remove(account, &context, done);
        break;
    }
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

bool writeFileMode(const QString &path, const QByteArray &data, int mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

int fileMode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// Runs inside dbus-run-session with an unlocked gnome-keyring (see keychainRoundTrip).
int keychainChild(const QString &dir)
{
    const auto fail = [](const char *what, const std::optional<SecretResult> &r) {
        std::fprintf(stderr, "KEYCHAIN-FAIL %s: %s\n", what,
                     r ? qPrintable(r->error) : "no answer in time");
        return 1;
    };
    KeychainSecretStore a(dir + QStringLiteral("/a.ini"));
    KeychainSecretStore b(dir + QStringLiteral("/b.ini"));
    auto r = run(a, Op::Write, QStringLiteral("smtp"), kSecret, 30000);
    if (!r || !r->ok())
        return fail("write", r);
    r = run(a, Op::Read, QStringLiteral("smtp"), {}, 30000);
    if (!r || !r->ok() || r->secret != kSecret)
        return fail("read back", r);
    // Another configuration file does not see this password.
    r = run(b, Op::Read, QStringLiteral("smtp"), {}, 30000);
    if (!r || r->status != SecretResult::Status::NotFound)
        return fail("other config isolated", r);
    r = run(a, Op::Read, QStringLiteral("pop3"), {}, 30000);
    if (!r || r->status != SecretResult::Status::NotFound)
        return fail("other account not found", r);
    r = run(a, Op::Remove, QStringLiteral("smtp"), {}, 30000);
    if (!r || !r->ok())
        return fail("remove", r);
    r = run(a, Op::Read, QStringLiteral("smtp"), {}, 30000);
    if (!r || r->status != SecretResult::Status::NotFound)
        return fail("read after remove", r);
    std::printf("KEYCHAIN-OK\n");
    return 0;
}

// One of the two concurrent writers of fileConcurrentWritersKeepBoth: writes
// "<account>-<round>" for rounds 1..rounds, and before each write checks that its own
// previous value is still there (only this process writes this account, so anything else
// means the other writer wrote back a copy read before this one's change: a lost update).
int fileWriterChild(const QString &path, const QString &account, int rounds)
{
    FileSecretStore store(path);
    for (int round = 1; round <= rounds; ++round) {
        const auto before = run(store, Op::Read, account, {}, 30000);
        const QString expected = QStringLiteral("%1-%2").arg(account).arg(round - 1);
        const bool intact =
            round == 1 ? before && !before->ok() && before->status == SecretResult::Status::NotFound
                       : before && before->ok() && before->secret == expected;
        if (!intact) {
            std::fprintf(stderr, "LOST %s before round %d: expected %s, found %s\n",
                         qPrintable(account), round, qPrintable(expected),
                         !before                                            ? "no answer"
                         : before->status == SecretResult::Status::NotFound ? "nothing"
                         : before->ok() ? qPrintable(before->secret)
                                        : qPrintable(before->error));
            return 1;
        }
        const auto written =
            run(store, Op::Write, account, QStringLiteral("%1-%2").arg(account).arg(round), 30000);
        if (!written || !written->ok()) {
            std::fprintf(stderr, "WRITE-FAIL %s round %d: %s\n", qPrintable(account), round,
                         written ? qPrintable(written->error) : "no answer");
            return 1;
        }
    }
    std::printf("WRITER-OK %s\n", qPrintable(account));
    return 0;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void memoryRoundTrip();
    void completesLater();
    void contextDestroyedDropsCallback();
    void invalidAccount_data();
    void invalidAccount();
    void fileCreatedPrivate();
    void filePermissionsRefused_data();
    void filePermissionsRefused();
    void fileSymlinkRefused();
    void fileRefusesLineBreak();
    void fileConcurrentWritersKeepBoth();
    void fileChangeWaitsForTheLockWithoutBlocking();
    void envOverrideWins();
    void factory();
    void keychainRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("MAILWRIGHT_SMTP_PASSWORD");
    qunsetenv("MAILWRIGHT_POP3_PASSWORD");
    QVERIFY(m_dir.isValid());
}

void TestSecretStore::memoryRoundTrip()
{
    MemorySecretStore store;
    QSignalSpy changed(&store, &SecretStore::secretChanged);
    auto r = run(store, Op::Read, QStringLiteral("smtp"));
    QVERIFY(r);
    QCOMPARE(r->status, SecretResult::Status::NotFound);
    QVERIFY(run(store, Op::Write, QStringLiteral("smtp"), kSecret)->ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("smtp"));
    r = run(store, Op::Read, QStringLiteral("smtp"));
    QCOMPARE(r->secret, kSecret);
    QVERIFY(run(store, Op::Remove, QStringLiteral("smtp"))->ok());
    QCOMPARE(run(store, Op::Read, QStringLiteral("smtp"))->status, SecretResult::Status::NotFound);
    QVERIFY(run(store, Op::Remove, QStringLiteral("smtp"))->ok()); // idempotent
    store.setFailure(QStringLiteral("backend down"));
    r = run(store, Op::Read, QStringLiteral("smtp"));
    QCOMPARE(r->status, SecretResult::Status::Error);
    QCOMPARE(r->error, QStringLiteral("backend down"));
}

void TestSecretStore::completesLater()
{
    MemorySecretStore store;
    bool called = false;
    store.read(QStringLiteral("smtp"), this, [&called](const SecretResult &) { called = true; });
    QVERIFY(!called); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
}

void TestSecretStore::contextDestroyedDropsCallback()
{
    MemorySecretStore store;
    bool called = false;
    auto *context = new QObject;
    store.read(QStringLiteral("smtp"), context, [&called](const SecretResult &) { called = true; });
    delete context;
    bool other = false;
    store.read(QStringLiteral("pop3"), this, [&other](const SecretResult &) { other = true; });
    QTRY_VERIFY_WITH_TIMEOUT(other, 5000); // queued after the first one
    QVERIFY(!called);
}

void TestSecretStore::invalidAccount_data()
{
    QTest::addColumn<QString>("account");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper-case") << QStringLiteral("SMTP");
    QTest::newRow("path-traversal") << QStringLiteral("../smtp");
    QTest::newRow("equals-sign-injection") << QStringLiteral("smtp=x");
    QTest::newRow("newline") << QStringLiteral("smtp\npop3");
}

void TestSecretStore::invalidAccount()
{
    QFETCH(QString, account);
    FileSecretStore store(m_dir.filePath(QStringLiteral("invalid-account")));
    const auto r = run(store, Op::Write, account, kSecret);
    QVERIFY(r);
    QCOMPARE(r->status, SecretResult::Status::Error);
    QVERIFY(!QFile::exists(store.path()));
}

void TestSecretStore::fileCreatedPrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("new/secrets"));
    FileSecretStore store(path);
    QCOMPARE(run(store, Op::Read, QStringLiteral("smtp"))->status, SecretResult::Status::NotFound);
    QVERIFY(run(store, Op::Write, QStringLiteral("smtp"), kSecret)->ok());
    QCOMPARE(fileMode(path), 0600);
    QVERIFY(run(store, Op::Write, QStringLiteral("pop3"), QStringLiteral(" pop pw "))->ok());
    FileSecretStore again(path);
    QCOMPARE(run(again, Op::Read, QStringLiteral("smtp"))->secret, kSecret);
    QCOMPARE(run(again, Op::Read, QStringLiteral("pop3"))->secret, QStringLiteral(" pop pw "));
    QVERIFY(run(again, Op::Remove, QStringLiteral("smtp"))->ok());
    QCOMPARE(run(store, Op::Read, QStringLiteral("smtp"))->status, SecretResult::Status::NotFound);
    QCOMPARE(run(store, Op::Read, QStringLiteral("pop3"))->secret, QStringLiteral(" pop pw "));
    QCOMPARE(fileMode(path), 0600);
}

void TestSecretStore::filePermissionsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("owner-only-0600") << 0600 << true;
    QTest::newRow("owner-read-only-0400") << 0400 << true;
    QTest::newRow("group-read-0640") << 0640 << false;
    QTest::newRow("group-write-0620") << 0620 << false;
    QTest::newRow("others-read-0604") << 0604 << false;
    QTest::newRow("world-0666") << 0666 << false;
}

void TestSecretStore::filePermissionsRefused()
{
    QFETCH(int, mode);
    QFETCH(bool, accepted);
    const QString path = m_dir.filePath(QStringLiteral("perm-%1").arg(mode, 0, 8));
    QVERIFY(writeFileMode(path, "# hand-written\nsmtp=" + kSecret.toUtf8() + "\n", mode));
    FileSecretStore store(path);
    const auto r = run(store, Op::Read, QStringLiteral("smtp"));
    QVERIFY(r);
    if (accepted) {
        QVERIFY2(r->ok(), qPrintable(r->error));
        QCOMPARE(r->secret, kSecret);
        return;
    }
    QCOMPARE(r->status, SecretResult::Status::Error);
    QVERIFY(r->error.contains(QLatin1String("group or others")));
    QVERIFY(r->error.contains(QLatin1String("chmod 600")));
    QVERIFY(!r->error.contains(kSecret));
    // Writing does not "repair" an exposed file silently either.
    QCOMPARE(run(store, Op::Write, QStringLiteral("pop3"), kSecret)->status,
             SecretResult::Status::Error);
    QCOMPARE(fileMode(path), mode);
}

void TestSecretStore::fileSymlinkRefused()
{
    const QString target = m_dir.filePath(QStringLiteral("real-secrets"));
    const QString link = m_dir.filePath(QStringLiteral("link-secrets"));
    QVERIFY(writeFileMode(target, "smtp=x\n", 0600));
    QVERIFY(QFile::link(target, link));
    FileSecretStore store(link);
    const auto r = run(store, Op::Read, QStringLiteral("smtp"));
    QCOMPARE(r->status, SecretResult::Status::Error);
    QVERIFY(r->error.contains(QLatin1String("symbolic link")));
}

void TestSecretStore::fileRefusesLineBreak()
{
    const QString path = m_dir.filePath(QStringLiteral("linebreak"));
    FileSecretStore store(path);
    const auto r = run(store, Op::Write, QStringLiteral("smtp"), QStringLiteral("a\npop3=stolen"));
    QCOMPARE(r->status, SecretResult::Status::Error);
    QVERIFY(!QFile::exists(path));
}

// A window Save (smtp) racing the runner's token rotation (oauth-refresh): two processes
// change different accounts of one secret file, many times at once. Each change is a
// read-modify-write of the whole file; without the lock around it, one process writes
// back what it read before the other's change and that change is lost.
void TestSecretStore::fileConcurrentWritersKeepBoth()
{
    const QString path = m_dir.filePath(QStringLiteral("race/secrets"));
    const int rounds = 150;
    QProcess a;
    QProcess b;
    const auto start = [&](QProcess &p, const QString &account) {
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--file-writer-child"), path, account, QString::number(rounds)});
    };
    start(a, QStringLiteral("smtp"));
    start(b, QStringLiteral("oauth-refresh"));
    QVERIFY2(a.waitForStarted(10000) && b.waitForStarted(10000), "writers did not start");
    QVERIFY2(a.waitForFinished(120000) && b.waitForFinished(120000),
             "writers did not finish in 120 s");
    const QByteArray outA = a.readAllStandardOutput() + a.readAllStandardError();
    const QByteArray outB = b.readAllStandardOutput() + b.readAllStandardError();
    QVERIFY2(a.exitCode() == 0 && outA.contains("WRITER-OK"), outA.constData());
    QVERIFY2(b.exitCode() == 0 && outB.contains("WRITER-OK"), outB.constData());
    FileSecretStore store(path);
    QCOMPARE(run(store, Op::Read, QStringLiteral("smtp"))->secret,
             QStringLiteral("smtp-%1").arg(rounds));
    QCOMPARE(run(store, Op::Read, QStringLiteral("oauth-refresh"))->secret,
             QStringLiteral("oauth-refresh-%1").arg(rounds));
    QCOMPARE(fileMode(path), 0600);
}

// While another process holds the lock a change waits (it does not write around the
// lock), and it waits from a timer: the thread's event loop keeps running, so a window
// stays responsive. When the lock is released the change goes through with the other
// account's value intact.
void TestSecretStore::fileChangeWaitsForTheLockWithoutBlocking()
{
    const QString path = m_dir.filePath(QStringLiteral("locked/secrets"));
    FileSecretStore store(path);
    QVERIFY(run(store, Op::Write, QStringLiteral("pop3"), QStringLiteral("pop-old"))->ok());
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    // Another process's lock: a FileLock is its own open file, like another process's.
    auto held = std::make_unique<FileLock>(FileLock::lockPathFor(path));
    QString error;
    QCOMPARE(held->tryLock(&error), FileLock::Attempt::Locked);
    FileLock second(FileLock::lockPathFor(path));
    QCOMPARE(second.tryLock(&error), FileLock::Attempt::Busy);

    std::optional<SecretResult> result;
    QObject context;
    store.write(QStringLiteral("smtp"), kSecret, &context,
                [&result](const SecretResult &r) { result = r; });
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &context, [&ticks] { ++ticks; });
    ticker.start(20);
    QTest::qWait(500);
    QVERIFY2(!result.has_value(), "the write went around the lock");
    QVERIFY2(ticks >= 10, qPrintable(QStringLiteral("event loop starved: %1 ticks").arg(ticks)));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();

    held.reset(); // the other process is done
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(run(store, Op::Read, QStringLiteral("smtp"))->secret, kSecret);
    QCOMPARE(run(store, Op::Read, QStringLiteral("pop3"))->secret, QStringLiteral("pop-old"));
}

void TestSecretStore::envOverrideWins()
{
    auto *backend = new MemorySecretStore;
    EnvSecretOverride store(backend);
    QVERIFY(run(store, Op::Write, QStringLiteral("smtp"), QStringLiteral("from-backend"))->ok());
    QVERIFY(run(store, Op::Write, QStringLiteral("pop3"), QStringLiteral("pop-backend"))->ok());
    QCOMPARE(EnvSecretOverride::variableName(QStringLiteral("smtp")),
             QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"));
    qputenv("MAILWRIGHT_SMTP_PASSWORD", kSecret.toUtf8());
    QVERIFY(EnvSecretOverride::isOverridden(QStringLiteral("smtp")));
    QVERIFY(!EnvSecretOverride::isOverridden(QStringLiteral("pop3")));
    QCOMPARE(run(store, Op::Read, QStringLiteral("smtp"))->secret, kSecret);
    QCOMPARE(run(store, Op::Read, QStringLiteral("pop3"))->secret, QStringLiteral("pop-backend"));
    // Even over a broken backend.
    backend->setFailure(QStringLiteral("down"));
    QCOMPARE(run(store, Op::Read, QStringLiteral("smtp"))->secret, kSecret);
    QCOMPARE(run(store, Op::Read, QStringLiteral("pop3"))->status, SecretResult::Status::Error);
    backend->setFailure({});
    qputenv("MAILWRIGHT_SMTP_PASSWORD", QByteArray()); // empty: no override
    QCOMPARE(run(store, Op::Read, QStringLiteral("smtp"))->secret, QStringLiteral("from-backend"));
    qunsetenv("MAILWRIGHT_SMTP_PASSWORD");
}

void TestSecretStore::factory()
{
    const QString config = m_dir.filePath(QStringLiteral("conf/mailwright.ini"));
    QString error;
    auto k = SecretStoreFactory::create(QStringLiteral("keychain"), config, {}, &error);
    QVERIFY(k);
    QCOMPARE(k->backendName(), QStringLiteral("keychain"));
    QVERIFY(qobject_cast<EnvSecretOverride *>(k.get()));
    auto m = SecretStoreFactory::create(QStringLiteral("memory"), config, {}, &error);
    QCOMPARE(m->backendName(), QStringLiteral("memory"));
    QVERIFY(!SecretStoreFactory::create(QStringLiteral("file"), config, {}, &error));
    QVERIFY(error.contains(QLatin1String("secret_file")));
    QVERIFY(!SecretStoreFactory::create(QStringLiteral("plaintext"), config, {}, &error));
    MailSettings s;
    s.general.secretBackend = MailSettings::SecretBackend::File;
    s.general.secretFile = QStringLiteral("secrets");
    auto f = SecretStoreFactory::create(s, config, &error);
    QVERIFY(f);
    auto *file =
        qobject_cast<FileSecretStore *>(static_cast<EnvSecretOverride *>(f.get())->backend());
    QVERIFY(file);
    QCOMPARE(file->path(), m_dir.filePath(QStringLiteral("conf/secrets")));
    KeychainSecretStore a(m_dir.filePath(QStringLiteral("a.ini")));
    KeychainSecretStore b(m_dir.filePath(QStringLiteral("b.ini")));
    QVERIFY(a.keyFor(QStringLiteral("smtp")) != b.keyFor(QStringLiteral("smtp")));
    QVERIFY(a.keyFor(QStringLiteral("smtp")).startsWith(QLatin1String("smtp@")));
}

void TestSecretStore::keychainRoundTrip()
{
    // A private session bus and an unlocked gnome-keyring in a private HOME, so that the
    // real Secret Service path of QtKeychain (libsecret) is exercised.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(env);
    const QString script = QStringLiteral(
        "echo keyring-test-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
        "&& exec \"$0\" --keychain-child \"$1\"");
    p.start(QStringLiteral("dbus-run-session"),
            {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
             QCoreApplication::applicationFilePath(), m_dir.path()});
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    QVERIFY2(p.waitForFinished(90000), "keychain child did not finish in 90 s");
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(out.contains("KEYCHAIN-OK"), QByteArray(out + err).constData());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(!out.contains(kSecret.toUtf8()) && !err.contains(kSecret.toUtf8()));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--keychain-child") == 0)
        return keychainChild(QString::fromLocal8Bit(argv[2]));
    if (argc == 5 && qstrcmp(argv[1], "--file-writer-child") == 0)
        return fileWriterChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                               QByteArray(argv[4]).toInt());
    TestSecretStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_secretstore.moc"
