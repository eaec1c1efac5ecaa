// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI names libcrypto, then QtCore, then the C++ and C runtimes first among the
// libraries it needs (app/CMakeLists.txt): glibc's dynamic linker looks each symbol up
// through the process's libraries in load order, so OpenSSL's own lookups (most of a TLS
// session's) and those that end in the runtimes then stop near the front instead of after
// Qt's thirty-odd libraries. Read from what the loader
// reports (LD_DEBUG=files); ELF systems only, as the link option is.
// A Send Test's TLS goes through the TLS module (protocol/TlsModule.h: OpenSSL directly, no
// Qt TLS plugin); Qt's own first use of TLS instantiates only the backend Qt would choose
// (openssl here), not every plugin of Qt's "tls" folder (MailConnection::loadPlatformTlsBackend).
#include "LoadedLibraries.h"
#include "protocol/MailConnection.h"

#include <QPluginLoader>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <thread>

#if defined(Q_OS_LINUX)
#include <condition_variable>
#include <mutex>

#include <arpa/inet.h>
#include <link.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

class TestCliLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cryptoQtCoreAndRuntimesLoadFirst();
    void testLoadsTheTlsModuleOnly();
    void chosenBackendIsQtsOwnChoice();
    void noRunpath();
};

void TestCliLink::cryptoQtCoreAndRuntimesLoadFirst()
{
    const QByteArray loaded = mw::test::cliLoadedObjects({QStringLiteral("--version")});
    QVERIFY(!loaded.isEmpty());
    // "file=libcrypto.so.3 [0];  needed by /…/mailwright-cli [0]"
    static const QRegularExpression line(
        QStringLiteral("file=(\\S+) \\[0\\];\\s+needed by \\S*mailwright-cli \\[0\\]"));
    QStringList needed;
    for (auto it = line.globalMatch(QString::fromLocal8Bit(loaded)); it.hasNext();)
        needed << it.next().captured(1);
    QVERIFY2(needed.size() > 3, qPrintable(needed.join(QLatin1Char(' '))));
    QVERIFY2(needed.at(0).startsWith(QLatin1String("libcrypto.so.")),
             qPrintable(needed.join(QLatin1Char(' '))));
    QVERIFY2(needed.at(1).startsWith(QLatin1String("libQt6Core.so.")),
             qPrintable(needed.join(QLatin1Char(' '))));
    QVERIFY2(needed.at(2).startsWith(QLatin1String("libstdc++.so.")),
             qPrintable(needed.join(QLatin1Char(' '))));
    QVERIFY2(needed.at(3).startsWith(QLatin1String("libc.so.")),
             qPrintable(needed.join(QLatin1Char(' '))));
}

void TestCliLink::noRunpath()
{
    // The build tree's CLI, like the installed one, looks for its libraries only where the
    // system keeps them (CMakeLists.txt): an empty RUNPATH entry made the loader look in
    // the folder the program was started from. LD_DEBUG=libs names each RUNPATH it uses.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    p.setProcessEnvironment(env);
    p.start(mw::test::cliPath(), {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray log = p.readAllStandardError();
    QVERIFY2(log.contains("search cache=") || log.contains("search path="),
             log.left(300).constData());
    QVERIFY2(!log.contains("RUNPATH from file") && !log.contains("RPATH from file"),
             log.left(600).constData());
}

void TestCliLink::testLoadsTheTlsModuleOnly()
{
    // A Send Test to a closed loopback port: the command preloads TLS (and the program
    // waits for the preload) however the connection ends.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("mailwright.ini"));
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[general]\nsecret_backend=memory\n[smtp]\nhost=127.0.0.1\nport=9\n"
            "security=starttls\n[mailboxes]\nfrom=alerts@example.test\n"
            "notify=admin@example.test\n");
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.path());
    p.setProcessEnvironment(env);
    p.start(mw::test::cliPath(), {QStringLiteral("--config"), ini, QStringLiteral("test")});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray loaded = p.readAllStandardError();
    QVERIFY2(loaded.contains("libssl.so"), loaded.right(2000).constData());
    QVERIFY2(loaded.contains("mailwright-tls.so"), loaded.right(2000).constData());
    // None of Qt's TLS plugins: no backend scan, no cipher listing of Qt's.
    QVERIFY2(!loaded.contains("/tls/libq"), loaded.right(2000).constData());
}

void TestCliLink::chosenBackendIsQtsOwnChoice()
{
    // `version` leaves Qt to its own scan of the plugin folder and names its choice.
    QProcess p;
    p.start(mw::test::cliPath(), {QStringLiteral("version")});
    QVERIFY(p.waitForFinished(30000));
    static const QRegularExpression backend(QStringLiteral("Qt backend: ([^,)]+)"));
    const auto m = backend.match(QString::fromUtf8(p.readAllStandardOutput()));
    QVERIFY(m.hasMatch());
    QVERIFY(!mw::test::tlsBackendMapped());
    QVERIFY(mw::MailConnection::loadPlatformTlsBackend());
    QCOMPARE(QSslSocket::activeBackend(), m.captured(1));
    QCOMPARE(QSslSocket::availableBackends(), QStringList{m.captured(1)});
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(!mw::test::mappedObjects().contains("certonly"));
    // The instance lives where Qt's own scan would have put it.
    const auto plugins = QCoreApplication::libraryPaths();
    bool found = false;
    for (const QString &dir : plugins) {
        QPluginLoader loader(dir + QStringLiteral("/tls/libqopensslbackend.so"));
        if (QObject *instance = loader.instance()) {
            QCOMPARE(instance->thread(), QCoreApplication::instance()->thread());
            found = true;
            break;
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCliLink)
#include "tst_cli_link.moc"
