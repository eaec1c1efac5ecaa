// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the INI file's whole contract in one place (path, layout, every load
// outcome, round trips, migration, refused input) and its crash guarantees (replaced by
// rename, the lock, stale temporaries, a failed save keeping the old file), which share
// this file's fixtures; split in two, each half would repeat them.
#include "settings/AtomicFile.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsStore.h"
#include "settings/SettingsValidator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

using namespace mw;
using Status = SettingsLoadResult::Status;

namespace {

MailSettings sample()
{
    MailSettings m;
    m.smtp.host = QStringLiteral("smtp.bücher.example");
    m.smtp.port = 465;
    m.smtp.security = MailSettings::SmtpSecurity::Tls;
    m.smtp.auth = MailSettings::SmtpAuth::CramMd5;
    m.smtp.username = QStringLiteral("alerts");
    m.smtp.pinSha256 = QStringLiteral("ab").repeated(32);
    m.pop3.enabled = true;
    m.pop3.host = QStringLiteral("::1");
    m.pop3.port = 995;
    m.pop3.security = MailSettings::Pop3Security::Stls;
    m.pop3.username = QStringLiteral("pop user");
    m.pop3.auth = MailSettings::Pop3Auth::Apop;
    m.pop3.realm = QStringLiteral("EXAMPLE");
    m.pop3.clientCert = QStringLiteral("/etc/mailwright/pop3 client.p12");
    m.pop3.checkInterval = 255;
    m.pop3.relayWindow = 1440;
    m.mailboxes.from = QStringLiteral("alerts@example.com");
    m.mailboxes.fromName = QStringLiteral("\"Job\" alerts; #1 \\"); // quoted: starts with a quote
    m.mailboxes.notify = QStringLiteral("\"ops team\"@example.com");
    m.copies.errors = QStringLiteral("tech@example.com");
    m.recipients.permitted = {QStringLiteral("a@example.com"), QStringLiteral("@example.org")};
    m.delivery.method = MailSettings::DeliveryMethod::Pickup;
    m.delivery.pickupDir = QStringLiteral("C:\\stuff\\pickupfolder");
    m.delivery.retryInterval = 86400;
    m.diagnostics.debugLog = QStringLiteral("\\\\server\\share\\mail debug.log");
    m.general.secretBackend = MailSettings::SecretBackend::File;
    m.general.secretFile = QStringLiteral("secrets");
    return m;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void replacedWithoutWaitingForTheDisk();
    void defaultPath();
    void roundTrip();
    void fileLayout();
    void load_data();
    void load();
    void bracketedHostRoundTrip_data();
    void bracketedHostRoundTrip();
    void missingFile();
    void unreadable();
    void passwordKeyIsReportedNotKept();
    void unknownKeysKept();
    void legacyApopMigrates_data();
    void legacyApopMigrates();
    void injectedLineBreakRefused();
    void saveReplacesViaRename();
    void saveWaitsForTheLock();
    void saveRemovesStaleTemporaries();
    void failedSaveKeepsOldFile_data();
    void failedSaveKeepsOldFile();
    void documentationMatchesSchema();

private:
    QTemporaryDir m_dir;
};

void TestSettingsStore::defaultPath()
{
    const QString p = SettingsStore::defaultPath();
    QVERIFY(p.endsWith(QLatin1String("/mailwright.ini")));
    QVERIFY(p.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
    QVERIFY(p.contains(QLatin1String("qttest"))); // test mode: never the admin's real file
}

void TestSettingsStore::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("sub/dir/roundtrip.ini"));
    SettingsStore store(path);
    QString error;
    QVERIFY2(store.save(sample(), &error), qPrintable(error));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    SettingsStore again(path);
    const SettingsLoadResult r = again.load();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.warnings.isEmpty());
    QVERIFY(r.settings == sample());
    QCOMPARE(r.settings.mailboxes.fromName, sample().mailboxes.fromName);
    QCOMPARE(r.settings.delivery.pickupDir, sample().delivery.pickupDir);
    // Saving again gives the same bytes: key order and quoting are stable.
    const QByteArray first = readAll(path);
    QVERIFY(again.save(r.settings));
    QCOMPARE(readAll(path), first);
}

void TestSettingsStore::fileLayout()
{
    SettingsStore store(m_dir.filePath(QStringLiteral("layout.ini")));
    const QString text = QString::fromUtf8(store.serialize(MailSettings{}));
    QVERIFY(text.contains(QLatin1String("[general]\nschema_version=1\n")));
    qsizetype last = -1;
    for (const QString &section : SettingsSchema::sections()) {
        const qsizetype at = text.indexOf(QLatin1Char('[') + section + QLatin1Char(']'));
        QVERIFY2(at > last, qPrintable(section));
        last = at;
    }
    // Every key is documented; a key nobody set that has its default is a comment (so that
    // a system-wide default of a policy applies to it, see tst_policy).
    for (const SettingSpec &s : SettingsSchema::specs())
        QVERIFY2(text.contains(QStringLiteral("\n#") + s.name() + QLatin1Char('=')),
                 qPrintable(s.key));
    QVERIFY(!text.contains(QLatin1String("password="), Qt::CaseInsensitive));
    QVERIFY(text.contains(QLatin1String("\n#port=587\n")));
    // A hand-written minimal file with QSettings-style [General] and spaces around '='.
    const auto r =
        SettingsStore::parse("[General]\nschema_version = 1\n[smtp]\n host = mx.example.com \n");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.settings.smtp.host, QStringLiteral("mx.example.com"));
}

void TestSettingsStore::load_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("minimal") << QByteArray("[smtp]\nhost=smtp.example.com\n") << int(Status::Ok)
                             << QString();
    QTest::newRow("comments-and-crlf")
        << QByteArray("; c\r\n# c\r\n[smtp]\r\nport=25\r\n") << int(Status::Ok) << QString();
    QTest::newRow("line-without-equals") << QByteArray("[smtp]\nhost smtp.example.com\n")
                                         << int(Status::Malformed) << QStringLiteral("Line 2");
    QTest::newRow("key-before-section") << QByteArray("host=smtp.example.com\n")
                                        << int(Status::Malformed) << QStringLiteral("Line 1");
    QTest::newRow("unclosed-section")
        << QByteArray("[smtp\nhost=x\n") << int(Status::Malformed) << QStringLiteral("Line 1");
    QTest::newRow("unclosed-quote") << QByteArray("[mailboxes]\nfrom_name=\"Alerts\n")
                                    << int(Status::Malformed) << QStringLiteral("from_name");
    QTest::newRow("duplicate-key") << QByteArray("[smtp]\nhost=a.example\nhost=b.example\n")
                                   << int(Status::Malformed) << QStringLiteral("twice");
    QTest::newRow("port-not-a-number") << QByteArray("[smtp]\nport=twenty-five\n")
                                       << int(Status::Malformed) << QStringLiteral("smtp/port");
    QTest::newRow("unknown-enum") << QByteArray("[smtp]\nsecurity=ssl3\n") << int(Status::Malformed)
                                  << QStringLiteral("smtp/security");
    QTest::newRow("not-utf8") << QByteArray("[mailboxes]\nfrom_name=\xff\xfe\n")
                              << int(Status::Malformed) << QStringLiteral("UTF-8");
    QTest::newRow("binary-nul") << QByteArray("[smtp]\nhost=a\0b\n", 16) << int(Status::Malformed)
                                << QStringLiteral("NUL");
    QTest::newRow("newer-schema")
        << QByteArray("[general]\nschema_version=2\n[smtp]\nnew_thing=1\nport=x\n")
        << int(Status::NewerSchema) << QStringLiteral("newer");
    QTest::newRow("schema-version-junk")
        << QByteArray("[general]\nschema_version=one\n") << int(Status::Malformed)
        << QStringLiteral("schema_version");
    // Out of range is representable: loaded, and the validator reports it to the admin.
    QTest::newRow("port-out-of-range-loads")
        << QByteArray("[smtp]\nport=70000\n") << int(Status::Ok) << QString();
}

void TestSettingsStore::load()
{
    QFETCH(QByteArray, text);
    QFETCH(int, status);
    QFETCH(QString, errorContains);
    const QString path = m_dir.filePath(QStringLiteral("load.ini"));
    QVERIFY(writeFile(path, text));
    SettingsStore store(path);
    const SettingsLoadResult r = store.load();
    QCOMPARE(int(r.status), status);
    if (status != int(Status::Ok)) {
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
        QVERIFY2(r.error.contains(path), qPrintable(r.error)); // names the file
        QVERIFY(r.settings == MailSettings{});
    }
}

// fuzz_ini finding (tests/fuzz/corpus/ini/ini-bracketed-host-roundtrip*): "[a:1]" used to
// load as host "a:1", save as "host=a:1" and load back as host "a", port 1. A bracketed
// value that is not an IPv6 literal is now kept as written (so it survives a save) and the
// validator refuses it; a bracketed IPv6 literal still loses its brackets and sets the port.
void TestSettingsStore::bracketedHostRoundTrip_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: the default port
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason"); // part of the validator's message when not valid
    QTest::newRow("name-with-colon") << QByteArray("host=[a:1]") << QStringLiteral("[a:1]") << 0
                                     << false << QStringLiteral("IPv6");
    QTest::newRow("fuzzed-digits") << QByteArray("host=[2:1]") << QStringLiteral("[2:1]") << 0
                                   << false << QStringLiteral("IPv6");
    QTest::newRow("name-with-port") << QByteArray("host=[a:1]:2525") << QStringLiteral("[a:1]:2525")
                                    << 0 << false << QStringLiteral("IPv6");
    QTest::newRow("ipv4-in-brackets")
        << QByteArray("host=[192.0.2.1]") << QStringLiteral("[192.0.2.1]") << 0 << false
        << QStringLiteral("IPv6");
    QTest::newRow("host-name-in-brackets")
        << QByteArray("host=[mail.example.com],25") << QStringLiteral("[mail.example.com],25") << 0
        << false << QStringLiteral("IPv6");
    QTest::newRow("empty-brackets")
        << QByteArray("host=[]") << QStringLiteral("[]") << 0 << false << QStringLiteral("IPv6");
    QTest::newRow("ipv6") << QByteArray("host=[2001:db8::1]") << QStringLiteral("2001:db8::1") << 0
                          << true << QStringLiteral("IPv6");
    QTest::newRow("ipv6-port") << QByteArray("host=[2001:db8::1]:2525")
                               << QStringLiteral("2001:db8::1") << 2525 << true
                               << QStringLiteral("IPv6");
    QTest::newRow("ipv6-loopback-comma") << QByteArray("host=[::1],587") << QStringLiteral("::1")
                                         << 587 << true << QStringLiteral("IPv6");
    // Found by fuzz_ini: "Y,2,2" became host "Y,2", port 2, saved as "Y,2" and loaded back
    // as host "Y", port 2. A host part that a load would split again is kept as written.
    QTest::newRow("fuzzed-two-commas") << QByteArray("host=Y,2,2") << QStringLiteral("Y,2,2") << 0
                                       << false << QStringLiteral("\",\"");
    QTest::newRow("name-port-with-colon-and-comma")
        << QByteArray("host=a:1,25") << QStringLiteral("a:1,25") << 0 << false
        << QStringLiteral("\":\"");
    QTest::newRow("name-comma-port")
        << QByteArray("host=mail.example.com,25") << QStringLiteral("mail.example.com") << 25
        << true << QString();
    QTest::newRow("bare-ipv6-comma-port")
        << QByteArray("host=2001:db8::1,25") << QStringLiteral("2001:db8::1") << 25 << true
        << QString();
}

void TestSettingsStore::bracketedHostRoundTrip()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    const int defaultPort = MailSettings{}.smtp.port;
    const SettingsLoadResult first = SettingsStore::parse("[smtp]\n" + line + "\n");
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.settings.smtp.host, host);
    QCOMPARE(first.settings.smtp.port, port ? port : defaultPort);
    const SettingsStore store(m_dir.filePath(QStringLiteral("bracket.ini")));
    QString error;
    const QByteArray saved = store.serialize(first.settings, &error);
    QVERIFY2(!saved.isEmpty(), qPrintable(error));
    const SettingsLoadResult second = SettingsStore::parse(saved);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.settings.smtp.host, first.settings.smtp.host);
    QCOMPARE(second.settings.smtp.port, first.settings.smtp.port);
    QVERIFY(second.settings == first.settings);
    bool hostRefused = false;
    for (const ValidationIssue &issue : SettingsValidator::validate(second.settings)) {
        if (issue.key == QLatin1String("smtp/host")) {
            hostRefused = true;
            QVERIFY2(issue.message.contains(reason), qPrintable(issue.message));
        }
    }
    QCOMPARE(hostRefused, !valid);
}

void TestSettingsStore::missingFile()
{
    SettingsStore store(m_dir.filePath(QStringLiteral("nope.ini")));
    const auto r = store.load();
    QCOMPARE(r.status, Status::NotFound);
    QVERIFY(!r.error.isEmpty());
}

void TestSettingsStore::unreadable()
{
    // A folder where the file should be (chmod 000 would not stop root).
    const QString path = m_dir.filePath(QStringLiteral("folder.ini"));
    QVERIFY(QDir().mkpath(path));
    SettingsStore store(path);
    QCOMPARE(store.load().status, Status::Unreadable);
    QString error;
    QVERIFY(!store.save(MailSettings{}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(path).isDir());
}

void TestSettingsStore::passwordKeyIsReportedNotKept()
{
    const QByteArray secret("Distinct-Pw-7f3a9c");
    const QString path = m_dir.filePath(QStringLiteral("password.ini"));
    QVERIFY(writeFile(path, "[smtp]\nhost=smtp.example.com\npassword=" + secret +
                                "\n[pop3]\nPassword=" + secret + "\n"));
    SettingsStore store(path);
    const auto r = store.load();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(r.warnings.at(0).contains(QLatin1String("smtp/password")));
    QVERIFY(r.warnings.at(0).contains(QLatin1String("secret")));
    QVERIFY(r.warnings.at(1).contains(QLatin1String("pop3/password")));
    for (const QString &w : r.warnings)
        QVERIFY(!w.contains(QString::fromLatin1(secret)));
    QVERIFY(store.unknownEntries().isEmpty());
    QVERIFY(store.save(r.settings));
    QVERIFY(!readAll(path).contains(secret));
}

void TestSettingsStore::unknownKeysKept()
{
    const QString path = m_dir.filePath(QStringLiteral("unknown.ini"));
    QVERIFY(writeFile(path, "[smtp]\nhost=smtp.example.com\ncolour=red\n[future]\nknob=\" 7 \"\n"));
    SettingsStore store(path);
    const auto r = store.load();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(r.warnings.at(0).contains(QLatin1String("smtp/colour")));
    QVERIFY(store.save(r.settings));
    const QByteArray text = readAll(path);
    QVERIFY(text.contains("colour=red\n"));
    QVERIFY(text.contains("[future]\nknob=\" 7 \"\n"));
    SettingsStore reread(path);
    const auto r2 = reread.load();
    QVERIFY(r2.ok());
    QCOMPARE(reread.unknownEntries(), store.unknownEntries());
}

void TestSettingsStore::legacyApopMigrates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("auth");
    using A = MailSettings::Pop3Auth;
    // Files of earlier versions have pop3/apop and no pop3/auth.
    QTest::newRow("apop-true") << QByteArray("[pop3]\nhost=pop.example\napop=true\n")
                               << int(A::Apop);
    QTest::newRow("apop-yes") << QByteArray("[pop3]\napop=yes\n") << int(A::Apop);
    // USER/PASS was their login: kept exactly (auto might choose another mechanism).
    QTest::newRow("apop-false") << QByteArray("[pop3]\napop=false\nhost=pop.example\n")
                                << int(A::User);
    // A pop3/auth line wins, before or after the old switch.
    QTest::newRow("auth-after") << QByteArray("[pop3]\napop=true\nauth=scram-sha-256\n")
                                << int(A::ScramSha256);
    QTest::newRow("auth-before") << QByteArray("[pop3]\nauth=gssapi\napop=false\n")
                                 << int(A::Gssapi);
    // New files without either line: auto.
    QTest::newRow("neither") << QByteArray("[pop3]\nhost=pop.example\n") << int(A::Auto);
}

void TestSettingsStore::legacyApopMigrates()
{
    QFETCH(QByteArray, text);
    QFETCH(int, auth);
    const QString path = m_dir.filePath(QStringLiteral("legacy-apop.ini"));
    QVERIFY(writeFile(path, text));
    SettingsStore store(path);
    const SettingsLoadResult r = store.load();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    QCOMPARE(int(r.settings.pop3.auth), auth);
    // The next save writes pop3/auth and drops the old switch.
    QVERIFY(store.save(r.settings));
    const QByteArray file = readAll(path);
    const QByteArray saved = file.mid(file.indexOf("[pop3]"));
    QVERIFY2(!file.contains("\napop="), file.constData());
    // A file with neither line leaves auth to its default: written as a comment (the
    // user never set it, see tst_policy).
    const QByteArray key =
        text.contains("apop=") || text.contains("auth=") ? "\nauth=" : "\n#auth=";
    const QByteArray expected =
        key + SettingsSchema::toString(MailSettings::Pop3Auth(auth)).toLatin1() + '\n';
    QVERIFY2(saved.contains(expected), saved.constData());
    SettingsStore again(path);
    const SettingsLoadResult r2 = again.load();
    QVERIFY2(r2.ok(), qPrintable(r2.error));
    QCOMPARE(int(r2.settings.pop3.auth), auth);
    // A value that is no boolean stays an error naming the line.
    QCOMPARE(int(SettingsStore::parse("[pop3]\napop=maybe\n").status), int(Status::Malformed));
}

void TestSettingsStore::injectedLineBreakRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("inject.ini"));
    SettingsStore store(path);
    QVERIFY(store.save(sample()));
    const QByteArray before = readAll(path);
    MailSettings evil = sample();
    evil.mailboxes.fromName = QStringLiteral("Alerts\r\n[smtp]\r\nhost=evil.example");
    QString error;
    QVERIFY(!store.save(evil, &error));
    QVERIFY(error.contains(QLatin1String("mailboxes/from_name")));
    QCOMPARE(readAll(path), before);
}

void TestSettingsStore::saveReplacesViaRename()
{
    const QString path = m_dir.filePath(QStringLiteral("atomic/atomic.ini"));
    SettingsStore store(path);
    QVERIFY(store.save(sample()));
    const QByteArray oldBytes = readAll(path);
    struct stat before
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
    // Hold the old file open: a rename leaves this inode untouched; an in-place
    // truncate-and-write would change what we read through it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    QVERIFY(fd >= 0);
    MailSettings changed = sample();
    changed.smtp.host = QStringLiteral("other.example.com");
    QVERIFY(store.save(changed));
    struct stat after
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino);
    QByteArray viaOldFd(oldBytes.size() + 100, '\0');
    const ssize_t n = ::pread(fd, viaOldFd.data(), size_t(viaOldFd.size()), 0);
    ::close(fd);
    QCOMPARE(n, ssize_t(oldBytes.size()));
    viaOldFd.truncate(n);
    QCOMPARE(viaOldFd, oldBytes);
    QVERIFY(readAll(path).contains("host=other.example.com"));
    // No temporary left behind; the lock file stays (removing it would let two savers
    // lock two different files).
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("atomic")))
                 .entryList(QDir::Files | QDir::Hidden, QDir::Name),
             QStringList({QStringLiteral(".atomic.ini.lock"), QStringLiteral("atomic.ini")}));
}

// Two saves never interleave: a save waits while another process (here: a FileLock held by
// the test, which is a separate open file description like another process's) holds the
// lock beside the file.
void TestSettingsStore::saveWaitsForTheLock()
{
    const QString path = m_dir.filePath(QStringLiteral("locked/locked.ini"));
    QVERIFY(SettingsStore(path).save(sample()));
    QCOMPARE(FileLock::lockPathFor(path),
             m_dir.filePath(QStringLiteral("locked/.locked.ini.lock")));
    QVERIFY(QFileInfo::exists(FileLock::lockPathFor(path)));
    auto held = std::make_unique<FileLock>(FileLock::lockPathFor(path));
    QString error;
    QVERIFY2(held->lock(1000, &error), qPrintable(error));
    MailSettings changed = sample();
    changed.smtp.host = QStringLiteral("after-the-lock.example.com");
    bool saved = false;
    QElapsedTimer timer;
    timer.start();
    QThread *saver = QThread::create([&] { saved = SettingsStore(path).save(changed); });
    saver->start();
    QVERIFY(!saver->wait(400)); // still waiting for the lock
    QVERIFY(SettingsStore(path).load().settings == sample());
    held.reset(); // release
    QVERIFY(saver->wait(10000));
    delete saver;
    QVERIFY(saved);
    QVERIFY(timer.elapsed() >= 400);
    QCOMPARE(SettingsStore(path).load().settings.smtp.host, changed.smtp.host);
}

// A save removes the temporaries that killed saves left: only names AtomicFile makes for
// this file, only regular files of this user, only when their process is gone (or they are
// old); it never touches other files, the lock file, or a live process's temporary.
void TestSettingsStore::saveRemovesStaleTemporaries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mailwright.ini"));
    QVERIFY(SettingsStore(path).save(sample()));
    // A pid that existed and is gone: a child that has exited and been reaped.
    QProcess child;
    child.start(QStringLiteral("true"), {});
    QVERIFY(child.waitForFinished(10000));
    const qint64 deadPid = child.processId() ? child.processId() : 0;
    QVERIFY(deadPid == 0 || ::kill(pid_t(deadPid), 0) != 0);
    const qint64 gonePid = 4194304 + 17; // above pid_max's ceiling: never a live process
    const auto make = [&](const QString &name, int ageSeconds) {
        const QString p = dir.filePath(name);
        if (!writeFile(p, "partial"))
            return false;
        if (ageSeconds > 0) {
            struct timeval tv[2];
            tv[0].tv_sec = tv[1].tv_sec = ::time(nullptr) - ageSeconds;
            tv[0].tv_usec = tv[1].tv_usec = 0;
            return ::utimes(QFile::encodeName(p).constData(), tv) == 0;
        }
        return true;
    };
    const QString gone = QStringLiteral(".mailwright.ini.tmp-%1-Ab12Cd").arg(gonePid);
    const QString liveFresh = QStringLiteral(".mailwright.ini.tmp-1-Ab12Cd"); // pid 1 lives
    const QString liveOld = QStringLiteral(".mailwright.ini.tmp-1-Zz98Yy");
    const QString legacyOld = QStringLiteral(".mailwright.ini.Q1w2E3");
    const QString legacyFresh = QStringLiteral(".mailwright.ini.R4t5Y6");
    const QStringList untouched = {
        liveFresh,
        legacyFresh,
        QStringLiteral(".mailwright.ini.bak"),                       // not a temporary name
        QStringLiteral(".mailwright.ini.tmp-12x-Ab12Cd"),            // not a pid
        QStringLiteral(".mailwright.ini.tmp-99999999-Ab1"),          // suffix too short
        QStringLiteral(".other.ini.tmp-%1-Ab12Cd").arg(gonePid),     // another file's
        QStringLiteral("mailwright.ini.tmp-%1-Ab12Cd").arg(gonePid), // not hidden
    };
    QVERIFY(make(gone, 0));
    QVERIFY(make(liveOld, 3600));
    QVERIFY(make(legacyOld, 3600));
    for (const QString &n : untouched)
        QVERIFY(make(n, 0));
    if (deadPid > 0)
        QVERIFY(make(QStringLiteral(".mailwright.ini.tmp-%1-Dd00Ee").arg(deadPid), 0));
    // A symbolic link with a temporary's name is not followed nor removed.
    const QString link = QStringLiteral(".mailwright.ini.tmp-%1-Ln00Kk").arg(gonePid);
    QVERIFY(QFile::link(dir.filePath(QStringLiteral(".mailwright.ini.bak")), dir.filePath(link)));

    QVERIFY(SettingsStore(path).save(sample()));
    const QStringList left =
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    QVERIFY2(!left.contains(gone), qPrintable(left.join(QLatin1Char(' '))));
    QVERIFY(!left.contains(liveOld));
    QVERIFY(!left.contains(legacyOld));
    if (deadPid > 0)
        QVERIFY(!left.contains(QStringLiteral(".mailwright.ini.tmp-%1-Dd00Ee").arg(deadPid)));
    for (const QString &n : untouched)
        QVERIFY2(left.contains(n), qPrintable(n));
    QVERIFY(QFileInfo(dir.filePath(link)).isSymLink());
    QVERIFY(left.contains(QStringLiteral(".mailwright.ini.lock")));
    QVERIFY(left.contains(QStringLiteral("mailwright.ini")));
    QCOMPARE(left.size(), untouched.size() + 3); // + link, lock file, settings
}

void TestSettingsStore::failedSaveKeepsOldFile_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("disk-full-like-file-size-limit") << QStringLiteral("rlimit");
    if (::geteuid() != 0)
        QTest::newRow("read-only-directory") << QStringLiteral("readonly");
    else
        qInfo("running as root: a read-only folder does not stop root, the size limit row "
              "covers the failure path");
}

void TestSettingsStore::failedSaveKeepsOldFile()
{
    QFETCH(QString, how);
    const QString dir = m_dir.filePath(QStringLiteral("fail-") + how);
    const QString path = dir + QStringLiteral("/keep.ini");
    SettingsStore store(path);
    QVERIFY(store.save(MailSettings{}));
    const QByteArray before = readAll(path);
    MailSettings bigger = sample();
    bigger.mailboxes.fromName = QString(200, QLatin1Char('x'));
    QString error;
    bool ok = true;
    if (how == QLatin1String("rlimit")) {
        // Writes beyond 512 bytes fail with EFBIG (SIGXFSZ ignored), like a full disk.
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 512;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        ok = store.save(bigger, &error);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &old), 0);
    } else {
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        ok = store.save(bigger, &error);
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner));
    }
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             QStringList({QStringLiteral(".keep.ini.lock"), QStringLiteral("keep.ini")}));
}

void TestSettingsStore::documentationMatchesSchema()
{
    // docs/config.md documents every key, and its example file loads and validates.
    const QString doc = QString::fromUtf8(
        readAll(QStringLiteral(MW_TEST_SOURCE_DIR) + QStringLiteral("/../docs/config.md")));
    QVERIFY(!doc.isEmpty());
    for (const SettingSpec &s : SettingsSchema::specs()) {
        const qsizetype section = doc.indexOf(QStringLiteral("### `[%1]`").arg(s.section()));
        QVERIFY2(section >= 0, qPrintable(s.key));
        const qsizetype next = doc.indexOf(QStringLiteral("\n### "), section + 1);
        QVERIFY2(
            doc.mid(section, next - section).contains(QStringLiteral("| `%1` |").arg(s.name())),
            qPrintable(s.key));
    }
    const qsizetype start = doc.indexOf(QStringLiteral("```ini\n"));
    QVERIFY(start >= 0);
    const qsizetype end = doc.indexOf(QStringLiteral("```"), start + 7);
    const auto r = SettingsStore::parse(doc.mid(start + 7, end - start - 7).toUtf8());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.warnings.isEmpty());
    const auto issues = SettingsValidator::validate(r.settings);
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
}

// AtomicFile's Durability::Replaced (the status file): the same one-step replace as a synced
// write, the mode asked for, no temporary left behind; only the disk flushes are skipped.
void TestSettingsStore::replacedWithoutWaitingForTheDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("status.json"));
    QString error;
    QVERIFY2(AtomicFile::write(path, "one", 0600, &error), qPrintable(error));
    QVERIFY2(AtomicFile::write(path, "two", 0644, &error, AtomicFile::Durability::Replaced),
             qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("two"));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0644);
    QCOMPARE(QDir(dir.path())
                 .entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)
                 .join(QLatin1Char(' ')),
             QStringLiteral("status.json"));
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
