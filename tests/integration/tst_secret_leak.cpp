// SPDX-License-Identifier: GPL-3.0-or-later
// Secret-leak scan: every mailwright-cli command runs with a distinctive password against
// real Exim and Dovecot, in a private home (HOME, XDG_*, TMPDIR), while every process's
// /proc/PID/cmdline is watched. Afterwards every file written under that home (settings,
// queue and spool, status files, debug log, anything else), and the standard output and
// error of every command, are searched for the password in clear, in base64, and in the
// AUTH PLAIN form, and so is every member of the support bundle (`bundle`). Only the
// secret file of the file backend may hold it.
#include "ClientCertFiles.h"
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "SecretScan.h"
#include "TestPaths.h"
#include "ZipMembers.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw::test;

namespace {

// Distinctive, and with characters that survive the INI, the shell and base64 alike.
const QByteArray kPassword = "Leak-Canary-7Q9zXw";

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyCommand();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 90000);

    QTemporaryDir m_serverDir;
    QTemporaryDir m_home;
    std::unique_ptr<EximFixture> m_smtp;
    std::unique_ptr<DovecotFixture> m_pop;
    QString m_config;
    QString m_secretFile;
    SecretScan m_scan;
    ClientCertFiles m_clientCerts; // smtp/client_cert, pop3/client_cert: encrypted keys
    QStringList m_cmdlineHits;
    QByteArrayList m_outputs;
    int m_polls = 0;
};

void TestSecretLeak::initTestCase()
{
    QVERIFY(m_serverDir.isValid() && m_home.isValid());
    QFile::setPermissions(m_serverDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther);
    // The fixtures take their users' password from MW_TEST_PASSWORD.
    qputenv("MW_TEST_PASSWORD", kPassword);
    m_smtp = std::make_unique<EximFixture>(QStringLiteral("pop-before-smtp"), m_serverDir.path());
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->errorString()));
    m_pop = std::make_unique<DovecotFixture>(QStringLiteral("pop-before-smtp"), m_serverDir.path());
    QVERIFY2(m_pop->start(), qPrintable(m_pop->errorString()));
    QCOMPARE(m_smtp->password().toUtf8(), kPassword);
    m_scan.addSecret(QStringLiteral("the password"), kPassword, {m_smtp->userName().toUtf8()});
    // The client certificates' key passphrase (secrets smtp-client-cert, pop3-client-cert):
    // read and used by every session, never written or shown.
    QVERIFY(m_clientCerts.make());
    m_scan.addSecret(QStringLiteral("the client key passphrase"), ClientCertFiles::passphrase(),
                     {});

    const QString home = m_home.path();
    for (const char *d : {"config", "data", "cache", "state", "runtime", "tmp", "queue"})
        QVERIFY(QDir(home).mkpath(QString::fromLatin1(d)));
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_config = home + QStringLiteral("/config/mailwright.ini");
    m_secretFile = home + QStringLiteral("/config/secrets");
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[general]\nsecret_backend=file\nsecret_file=%1\n"
                           "[smtp]\nhost=localhost\nport=%2\nsecurity=starttls\nauth=plain\n"
                           "username=%3\nca_file=%4\ntimeout=10\nclient_cert=%8\n"
                           "[pop3]\nenabled=true\nhost=localhost\nport=%5\nsecurity=tls\n"
                           "username=%3\nca_file=%4\ntimeout=10\nclient_cert=%9\n"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=%3@example.test\n"
                           "bounce=%3@example.test\n"
                           "[delivery]\nqueue_dir=%6\nretry_interval=1\n"
                           "[diagnostics]\ndebug_log=%7\n")
                .arg(m_secretFile)
                .arg(m_smtp->plainPort())
                .arg(m_smtp->userName(), m_smtp->caFile())
                .arg(m_pop->tlsPort())
                .arg(home + QStringLiteral("/queue"), home + QStringLiteral("/state/debug.log"))
                .arg(m_clientCerts.pem(QStringLiteral("ec"), true),
                     m_clientCerts.path(QStringLiteral("ec.p12")))
                .toUtf8());
    f.close();
    QFile::setPermissions(m_config, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TestSecretLeak::Run TestSecretLeak::cli(const QStringList &args, const QByteArray &input,
                                        int timeoutMs)
{
    const QString home = m_home.path();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QString::fromLocal8Bit(qgetenv("PATH")));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), QStringList{QStringLiteral("--config"), m_config} + args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // While it runs: every process's command line, every 10 ms.
    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        for (const QString &hit : m_scan.scanCommandLines())
            m_cmdlineHits << hit + QLatin1Char(' ') + args.join(QLatin1Char(' '));
        ++m_polls;
        p.waitForFinished(10);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
    // A crash is told apart from an exit code (QProcess gives the signal as the code).
    Run r{p.exitStatus() == QProcess::CrashExit ? -1 : p.exitCode(), p.readAllStandardOutput(),
          p.readAllStandardError()};
    if (p.exitStatus() == QProcess::CrashExit)
        r.err += "\n[mailwright-cli " + args.join(QLatin1Char(' ')).toUtf8() +
                 " crashed with signal " + QByteArray::number(p.exitCode()) + "]";
    m_outputs << r.out << r.err;
    return r;
}

void TestSecretLeak::everyCommand()
{
    const QByteArray user = m_smtp->userName().toUtf8();
    Run r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("smtp")},
                kPassword + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("pop3")},
            kPassword + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char *account : {"smtp-client-cert", "pop3-client-cert"}) {
        r = cli({QStringLiteral("secret"), QStringLiteral("set"), QString::fromLatin1(account)},
                ClientCertFiles::passphrase() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QVERIFY(QFile::exists(m_secretFile));

    r = cli({QStringLiteral("config"), QStringLiteral("show")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("config"), QStringLiteral("validate")});
    r = cli({QStringLiteral("--json"), QStringLiteral("test")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QVERIFY(m_smtp->waitForMessages(1));
    r = cli({QStringLiteral("--json"), QStringLiteral("probe")});
    r = cli({QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("--check")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    r = cli({QStringLiteral("send"), QStringLiteral("--to"),
             QString::fromUtf8(user) + QStringLiteral("@example.test"), QStringLiteral("--subject"),
             QStringLiteral("leak scan")},
            "queued body\n");
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    r = cli({QStringLiteral("queue"), QStringLiteral("list")});
    r = cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    r = cli({QStringLiteral("--json"), QStringLiteral("bounces")});
    r = cli({QStringLiteral("--json"), QStringLiteral("test"), QStringLiteral("--roundtrip"),
             QStringLiteral("--wait"), QStringLiteral("30"), QStringLiteral("--poll"),
             QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    // A failing login too: its error text and the transcript must not quote the password.
    r = cli({QStringLiteral("--json"), QStringLiteral("--set"),
             QStringLiteral("smtp/username=nobody"), QStringLiteral("test")});
    QVERIFY(r.exitCode != 0);
    r = cli({QStringLiteral("status")});
    // The support bundle of all of the above: its members are deflated, so each is searched
    // as Python's zipfile unpacks it (the file itself is searched with the others below).
    const QString bundle = m_home.filePath(QStringLiteral("tmp/support.zip"));
    r = cli({QStringLiteral("bundle"), bundle});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const ZipMembers zipped = ZipMembers::read(bundle);
    QVERIFY2(zipped.error.isEmpty(), qPrintable(zipped.error));
    QVERIFY(zipped.members.value(QStringLiteral("transcripts.txt")).contains("AUTH"));
    for (auto it = zipped.members.cbegin(); it != zipped.members.cend(); ++it) {
        const QString hit = m_scan.hitIn(it.value());
        QVERIFY2(hit.isEmpty(),
                 qPrintable(hit + QLatin1String(" in the support bundle's ") + it.key()));
    }

    QVERIFY2(m_cmdlineHits.isEmpty(), qPrintable(m_cmdlineHits.join(QLatin1Char('\n'))));
    QVERIFY(m_polls > 20);
    for (const QByteArray &o : std::as_const(m_outputs)) {
        // Only the description: the output itself would hold the secret.
        const QString hit = m_scan.hitIn(o);
        QVERIFY2(hit.isEmpty(), qPrintable(hit + QLatin1String(" in a command's output")));
    }
    // Every file written under the private home, and core dumps if any.
    int scanned = 0;
    bool sawDebugLog = false;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray data = file.readAll();
        if (path == m_secretFile) {
            // The file backend's own file holds it in clear, by design, mode 0600.
            QVERIFY(data.contains(kPassword));
            QVERIFY(data.contains(ClientCertFiles::passphrase()));
            QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
            continue;
        }
        ++scanned;
        sawDebugLog = sawDebugLog || path.endsWith(QLatin1String("debug.log"));
        const QString hit = m_scan.hitIn(data);
        QVERIFY2(hit.isEmpty(), qPrintable(hit + QLatin1String(" found in ") + path));
    }
    qInfo("scanned %d files, %lld outputs, %d /proc polls", scanned, qint64(m_outputs.size()),
          m_polls);
    QVERIFY(sawDebugLog);
    QVERIFY(scanned >= 3);
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secret_leak.moc"
