// SPDX-License-Identifier: GPL-3.0-or-later
// The SASL module (protocol/SaslModule.h): GNU SASL and the libraries it pulls in (libidn,
// libntlm, libgssglue) load when a session will sign in with a mechanism GNU SASL runs, on a
// worker thread while it connects, not with every program; a missing module is an error of
// that sign-in only (NTLM, which is not GNU SASL's, still runs). Linux (/proc/self/maps,
// LD_DEBUG); issue 22.
#include "LoadedLibraries.h"
#include "TestPaths.h"
#include "protocol/SaslClient.h"
#include "protocol/SmtpSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cstdio>

using namespace mw;

namespace {

bool moduleMapped()
{
    const QByteArray maps = mw::test::mappedObjects();
    return maps.contains("mailwright-sasl") || maps.contains("libgsasl");
}

// Child: the module is not where MAILWRIGHT_SASL_MODULE says. Prints what each sign-in did.
int missingModuleChild()
{
    sasl::ClientParams params;
    params.user = QStringLiteral("user");
    params.password = QStringLiteral("child-secret");
    for (const char *m : {"SCRAM-SHA-256", "PLAIN", "NTLM"}) {
        sasl::Client client;
        QString why;
        const bool started = client.start(QString::fromLatin1(m), params, &why);
        std::printf("%s %s %s\n", m, started ? "started" : "refused", qPrintable(why));
    }
    std::printf("supports PLAIN: %d\n", int(sasl::Client::supports(QStringLiteral("PLAIN"))));
    return 0;
}

// Child: one SMTP session with `auth` to a loopback port where nothing listens. Prints
// whether the SASL module was loaded once the session ended and the pool is idle.
int sessionChild(const QString &auth)
{
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = 9;
    config.security = SmtpConfig::Security::None;
    config.timeoutSeconds = 5;
    if (auth == QLatin1String("plain")) {
        config.auth = SmtpConfig::Auth::Plain;
        config.username = QStringLiteral("user");
        config.password = QStringLiteral("child-secret");
    }
    SmtpSession session;
    QSignalSpy done(&session, &SmtpSession::finished);
    session.start(config, {});
    if (!done.wait(10000))
        return 3;
    QThreadPool::globalInstance()->waitForDone();
    std::printf("module %s\n", moduleMapped() ? "loaded" : "not loaded");
    return 0;
}

QByteArray runChild(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return "child failed: " + p.readAllStandardError();
    return p.readAllStandardOutput();
}

} // namespace

class TestSaslModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // In this order: each one watches what the process loaded before it.
    void notLoadedAtStart();
    void moduleNeedsGnuSaslOnly();
    void noPreloadForWhatGnuSaslDoesNotRun();
    void preloadLoadsItOnAWorker();
    void signInThroughTheModule();
    void missingModuleIsAnErrorOfTheSignInOnly();
    void sessionPreloadsOnlyWhenItSignsIn();
    void cliCommandsWithoutSignInDoNotLoadIt();
};

void TestSaslModule::notLoadedAtStart()
{
    // Before issue 22's SASL module every program linked GNU SASL (and libidn, libntlm,
    // libgssglue): this test program links mw_protocol like the window and the CLI.
    QVERIFY(!moduleMapped());
    QVERIFY(!mw::test::mappedObjects().contains("libntlm"));
}

void TestSaslModule::moduleNeedsGnuSaslOnly()
{
    // Each library a module names is more work for the dynamic linker when it loads (its
    // name compared with every loaded one's, its own libraries walked): the module names
    // GNU SASL and no Qt or C++ library (protocol/SaslModule.h).
    const QString module = qEnvironmentVariable("MAILWRIGHT_SASL_MODULE");
    QVERIFY2(!module.isEmpty(), "MAILWRIGHT_SASL_MODULE is not set (tests/CMakeLists.txt)");
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), module});
    QVERIFY(readelf.waitForFinished(30000));
    QCOMPARE(readelf.exitCode(), 0);
    QStringList needed;
    for (const QByteArray &line : readelf.readAllStandardOutput().split('\n')) {
        if (line.contains("(NEEDED)"))
            needed << QString::fromLatin1(line.mid(line.indexOf('[') + 1).chopped(1));
    }
    const QString all = needed.join(QLatin1Char(' '));
    QVERIFY2(all.contains(QLatin1String("libgsasl.so")), qPrintable(all));
    // The sanitizer build's UBSan (clang's -fsanitize=function) gives each of the module's
    // functions the C++ ABI's function type information, from the C++ library; the product
    // builds (and the GCC suite) have none of it.
#if defined(MW_SANITIZED_BUILD)
    const bool cxxAllowed = true;
#else
    const bool cxxAllowed = false;
#endif
    for (const QString &lib : std::as_const(needed)) {
        QVERIFY2(!lib.startsWith(QLatin1String("libQt")), qPrintable(all));
        QVERIFY2(cxxAllowed || !lib.startsWith(QLatin1String("libstdc++")), qPrintable(all));
    }
}

void TestSaslModule::noPreloadForWhatGnuSaslDoesNotRun()
{
    // NTLM is Ntlm.h's, the token mechanisms are hand-written, USER and APOP are POP3's.
    for (const char *m : {"NTLM", "XOAUTH2", "OAUTHBEARER", "USER", "APOP", ""})
        sasl::Client::preloadFor(QString::fromLatin1(m));
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(!moduleMapped());
}

void TestSaslModule::preloadLoadsItOnAWorker()
{
    sasl::Client::preloadFor(QStringLiteral("auto"));
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(mw::test::mappedObjects().contains("mailwright-sasl"));
    QVERIFY(mw::test::mappedObjects().contains("libgsasl"));
}

void TestSaslModule::signInThroughTheModule()
{
    sasl::ClientParams params;
    params.user = QStringLiteral("user");
    params.password = QStringLiteral("pencil");
    sasl::Client client;
    QString why;
    QVERIFY2(client.start(QStringLiteral("PLAIN"), params, &why), qPrintable(why));
    const sasl::Client::Step step = client.step({});
    QCOMPARE(int(step.status), int(sasl::Client::Status::Complete));
    QCOMPARE(step.output, QByteArray("\0user\0pencil", 12));
    QVERIFY(client.isComplete());
    QVERIFY(sasl::Client::supports(QStringLiteral("SCRAM-SHA-256")));
    QVERIFY(!sasl::Client::supports(QStringLiteral("NO-SUCH-MECHANISM")));
}

void TestSaslModule::missingModuleIsAnErrorOfTheSignInOnly()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SASL_MODULE"), dir.filePath(QStringLiteral("none")));
    const QByteArray out = runChild({QStringLiteral("--missing-module-child")}, env);
    QVERIFY2(out.contains("SCRAM-SHA-256 refused The sign-in module (mailwright-sasl) could not "
                          "be loaded: "),
             out.constData());
    QVERIFY2(out.contains("PLAIN refused The sign-in module (mailwright-sasl)"), out.constData());
    QVERIFY2(out.contains("NTLM started"), out.constData());
    QVERIFY2(out.contains("supports PLAIN: 0"), out.constData());
    QVERIFY2(!out.contains("child-secret"), out.constData());
}

void TestSaslModule::sessionPreloadsOnlyWhenItSignsIn()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QByteArray out = runChild({QStringLiteral("--session-child"), QStringLiteral("none")}, env);
    QVERIFY2(out.contains("module not loaded"), out.constData());
    // The connection is refused before any AUTH: the module was preloaded, not asked for.
    out = runChild({QStringLiteral("--session-child"), QStringLiteral("plain")}, env);
    QVERIFY2(out.contains("module loaded"), out.constData());
}

void TestSaslModule::cliCommandsWithoutSignInDoNotLoadIt()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("m.ini"));
    for (const QStringList &args : mw::test::lightCommands(ini)) {
        const QByteArray loaded = mw::test::cliLoadedObjects(args);
        QVERIFY2(!loaded.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(!loaded.contains("libgsasl"), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(!loaded.contains("mailwright-sasl"), qPrintable(args.join(QLatin1Char(' '))));
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--missing-module-child") == 0)
        return missingModuleChild();
    if (argc == 3 && qstrcmp(argv[1], "--session-child") == 0)
        return sessionChild(QString::fromLatin1(argv[2]));
    TestSaslModule t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_sasl_module.moc"
