// SPDX-License-Identifier: GPL-3.0-or-later
// The support bundle (`mailwright-cli bundle FILE`) against a real Exim: with a known
// password stored, a Send Test, a status check, a probe and a queued message leave their
// traces (debug log, status file, capability memory, last probe, queue); the bundle is then
// opened with Python's zipfile and every part is checked, the certificate chain parsed,
// and every member searched for the password in every form it could take (clear, base64,
// the AUTH PLAIN string): none. A bundle that cannot be written (no folder, a full disk)
// leaves no file behind, and an older bundle of that name as it was.
#include "EximFixture.h"
#include "SecretScan.h"
#include "TestPaths.h"
#include "ZipMembers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw::test;

namespace {

const QByteArray kPassword = "Bundle-Canary-4Kp8Vz";

} // namespace

class TestSupportBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bundleHasEveryPartAndNoSecret();
    void unwritablePathLeavesNoFile();
    void fullDiskKeepsOldFile();
    void cleanupTestCase();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_serverDir;
    QTemporaryDir m_home;
    std::unique_ptr<EximFixture> m_smtp;
    QString m_config;
    QString m_mount;
    SecretScan m_scan;
};

void TestSupportBundle::initTestCase()
{
    QVERIFY(m_serverDir.isValid() && m_home.isValid());
    QFile::setPermissions(m_serverDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther);
    qputenv("MW_TEST_PASSWORD", kPassword);
    m_smtp = std::make_unique<EximFixture>(QStringLiteral("default"), m_serverDir.path());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    QCOMPARE(m_smtp->password().toUtf8(), kPassword);
    m_scan.addSecret(QStringLiteral("the password"), kPassword, {m_smtp->userName().toUtf8()});

    const QString home = m_home.path();
    for (const char *d : {"config", "data", "state", "runtime", "tmp", "queue", "out"})
        QVERIFY(QDir(home).mkpath(QString::fromLatin1(d)));
    m_config = home + QStringLiteral("/config/mailwright.ini");
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[general]\nsecret_backend=file\nsecret_file=%1\n"
                           "[smtp]\nhost=%2\nport=%3\nsecurity=starttls\nauth=plain\n"
                           "username=%4\nca_file=%5\ntimeout=10\n"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=%4@example.test\n"
                           "[delivery]\nqueue_dir=%6\n"
                           "[diagnostics]\ndebug_log=%7\n")
                .arg(home + QStringLiteral("/config/secrets"), m_smtp->hostName())
                .arg(m_smtp->plainPort())
                .arg(m_smtp->userName(), m_smtp->caFile(), home + QStringLiteral("/queue"),
                     home + QStringLiteral("/state/debug.log"))
                .toUtf8());
    f.close();
}

TestSupportBundle::Run TestSupportBundle::cli(const QStringList &args, const QByteArray &input)
{
    const QString home = m_home.path();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QString::fromLocal8Bit(qgetenv("PATH")));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // The sanitizer build's options (scripts/test-sanitizers.sh: the leak suppressions of
    // system libraries) reach the CLI too.
    for (const char *name : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"})
        if (qEnvironmentVariableIsSet(name))
            env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), QStringList{QStringLiteral("--config"), m_config} + args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    return {p.exitStatus() == QProcess::CrashExit ? -1 : p.exitCode(), p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestSupportBundle::bundleHasEveryPartAndNoSecret()
{
    Run r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("smtp")},
                kPassword + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("test")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    r = cli({QStringLiteral("status"), QStringLiteral("--check")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QString port = QString::number(m_smtp->plainPort());
    r = cli({QStringLiteral("probe"), QStringLiteral("--timeout"), QStringLiteral("3"),
             QStringLiteral("--port"), port + QStringLiteral(":starttls"), QStringLiteral("--port"),
             port + QStringLiteral(":plain")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    // One message waits in the queue (nothing runs it): the queue part must show it.
    r = cli({QStringLiteral("send"), QStringLiteral("--to"),
             m_smtp->userName() + QStringLiteral("@example.test"), QStringLiteral("--subject"),
             QStringLiteral("bundle")},
            "waiting body\n");
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());

    const QString zip = m_home.filePath(QStringLiteral("out/support.zip"));
    r = cli({QStringLiteral("bundle"), zip, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(answer.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(answer.value(QStringLiteral("file")).toString(), zip);
    QVERIFY(QFile::exists(zip));
    // Owner only: it names servers and addresses.
    QCOMPARE(QFile::permissions(zip) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // Nothing but the archive in its folder: no temporary file left over.
    QCOMPARE(QDir(m_home.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("support.zip")});

    const ZipMembers zipped = ZipMembers::read(zip);
    QVERIFY2(zipped.error.isEmpty(), qPrintable(zipped.error));
    const QMap<QString, QByteArray> &m = zipped.members;
    QStringList listed;
    for (const QJsonValue &v : answer.value(QStringLiteral("members")).toArray())
        listed << v.toString();
    QCOMPARE(QStringList(m.keys()), [&listed] {
        QStringList sorted = listed;
        sorted.sort();
        return sorted;
    }());
    for (const char *name :
         {"README.txt", "diagnostics.txt", "versions.txt", "settings.ini", "transcripts.txt",
          "probe.json", "capabilities.json", "status.json", "queue.txt"})
        QVERIFY2(m.contains(QString::fromLatin1(name)), name);
    // The manifest names every member.
    for (const QString &name : m.keys())
        QVERIFY2(m.value(QStringLiteral("README.txt")).contains(name.toUtf8()), qPrintable(name));

    QVERIFY(m.value(QStringLiteral("versions.txt")).contains("Qt: "));
    QVERIFY(m.value(QStringLiteral("versions.txt")).contains("TLS: "));
    QVERIFY(m.value(QStringLiteral("versions.txt")).contains("OS: "));
    QVERIFY(m.value(QStringLiteral("versions.txt")).contains("libarchive"));
    QVERIFY(m.value(QStringLiteral("settings.ini")).contains(m_smtp->userName().toUtf8()));
    QVERIFY(m.value(QStringLiteral("settings.ini")).contains("auth=plain"));
    QVERIFY(m.value(QStringLiteral("diagnostics.txt")).contains("== Settings"));
    // The Send Test's transcript, login included, with the credential replaced.
    const QByteArray transcripts = m.value(QStringLiteral("transcripts.txt"));
    QVERIFY2(transcripts.contains("C: AUTH PLAIN ***"), transcripts.left(2000).constData());
    QVERIFY(transcripts.contains("STARTTLS"));
    // The probe: both modes tried, and the chain STARTTLS presented, which must parse and be
    // the server's certificate.
    const QJsonObject probe = QJsonDocument::fromJson(m.value(QStringLiteral("probe.json")))
                                  .object()
                                  .value(QStringLiteral("smtp"))
                                  .toObject();
    QCOMPARE(probe.value(QStringLiteral("modes")).toArray().size(), 2);
    const QString pemName = QStringLiteral("certificates/smtp-starttls-%1.pem").arg(port);
    QVERIFY2(m.contains(pemName), qPrintable(QStringList(m.keys()).join(u' ')));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(m.value(pemName));
    QVERIFY(!chain.isEmpty());
    QCOMPARE(QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex()),
             m_smtp->certSha256().toLower().remove(QLatin1Char(':')));
    QVERIFY(m.value(QStringLiteral("capabilities.json")).contains("\"smtp\""));
    QVERIFY(m.value(QStringLiteral("status.json")).contains("Operating"));
    QVERIFY2(m.value(QStringLiteral("queue.txt")).contains("to send: 1"),
             m.value(QStringLiteral("queue.txt")).constData());

    // No member holds the password in any form, and neither does the archive itself.
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        const QString hit = m_scan.hitIn(it.value());
        QVERIFY2(hit.isEmpty(), qPrintable(hit + QStringLiteral(" in ") + it.key()));
    }
    QFile raw(zip);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(m_scan.hitIn(raw.readAll()).isEmpty());
    QVERIFY(m_scan.hitIn(r.out + r.err).isEmpty());
    qInfo("bundle: %lld bytes, %lld members, %lld bytes unpacked", QFileInfo(zip).size(),
          qint64(m.size()), [&m] {
              qint64 n = 0;
              for (const QByteArray &b : m)
                  n += b.size();
              return n;
          }());
    // The canary is really where the scan would have found it: in the secret file.
    QFile secrets(m_home.filePath(QStringLiteral("config/secrets")));
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(!m_scan.hitIn(secrets.readAll()).isEmpty());
}

void TestSupportBundle::unwritablePathLeavesNoFile()
{
    const QString out = m_home.filePath(QStringLiteral("out"));
    // A folder that does not exist; a "folder" that is a file; the path of a folder.
    QFile blocker(m_home.filePath(QStringLiteral("out/blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QStringList bad{m_home.filePath(QStringLiteral("out/missing/b.zip")),
                          m_home.filePath(QStringLiteral("out/blocker/b.zip")), out};
    const QStringList before =
        QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &path : bad) {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("bundle"), path});
        QCOMPARE(r.exitCode, 73); // EX_CANTCREAT
        const QJsonObject o = QJsonDocument::fromJson(r.out + r.err).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(o.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("Could not write")),
                 QByteArray(r.out + r.err).constData());
    }
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot),
             before);
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("out/missing"))));
}

void TestSupportBundle::fullDiskKeepsOldFile()
{
    // A small tmpfs holding last week's bundle, then filled up to its last page.
    m_mount = m_home.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(m_mount));
    QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                               {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                QStringLiteral("size=256k,mode=0700"), QStringLiteral("tmpfs"),
                                m_mount}),
             0);
    const QString path = m_mount + QStringLiteral("/support.zip");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("last week's bundle");
    old.close();
    QFile filler(m_mount + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray page(4096, 'f');
    while (filler.write(page) == page.size()) {
    }
    filler.close();
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("bundle"), path});
    QVERIFY2(r.exitCode == 73,
             QByteArray(QByteArray::number(r.exitCode) + ' ' + r.out + r.err).constData());
    const QString message =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("Could not write")) &&
                 message.contains(QStringLiteral("space"), Qt::CaseInsensitive),
             qPrintable(message));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("last week's bundle"));
    QCOMPARE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("filler"), QStringLiteral("support.zip")}));
}

void TestSupportBundle::cleanupTestCase()
{
    if (!m_mount.isEmpty())
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount});
}

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_support_bundle.moc"
