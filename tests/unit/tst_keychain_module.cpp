// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain module (settings/KeychainModule.h): QtKeychain and QtDBus load the first
// time the keychain is used, not with the program; a missing module is an error of the
// keychain backend only. Linux (/proc/self/maps, LD_DEBUG); issue 22.
#include "LoadedLibraries.h"
#include "TestPaths.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretStoreFactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace mw;

namespace {

std::optional<SecretResult> readSecret(SecretStore &store, const QString &account)
{
    std::optional<SecretResult> result;
    QObject context;
    store.read(account, &context, [&result](const SecretResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
    return result;
}

// Child: the module is not where MAILWRIGHT_KEYCHAIN_MODULE says; a keychain read fails
// with a sentence naming the module, later (from the event loop), and nothing crashes.
int missingModuleChild(const QString &dir)
{
    KeychainSecretStore store(dir + QStringLiteral("/c.ini"));
    const auto r = readSecret(store, QStringLiteral("smtp"));
    if (!r || r->status != SecretResult::Status::Error)
        return 2;
    std::printf("ERROR %s\n", qPrintable(r->error));
    return 0;
}

} // namespace

class TestKeychainModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notLoadedAtStartNorByOtherStores();
    void loadedOnFirstUse();
    void missingModuleIsAnErrorOfTheKeychainOnly();
    void cliVersionAndConfigGetDoNotLoadIt();
    void storeDeletedWhileJobsRun();
};

void TestKeychainModule::notLoadedAtStartNorByOtherStores()
{
    // Before issue 22 every program linked libqt6keychain (and QtDBus, libdbus with it).
    QVERIFY(!mw::test::mappedObjects().contains("libqt6keychain"));
    QVERIFY(!mw::test::mappedObjects().contains("libQt6DBus"));
    QTemporaryDir dir;
    QString error;
    auto file =
        SecretStoreFactory::create(QStringLiteral("file"), dir.filePath(QStringLiteral("a.ini")),
                                   QStringLiteral("secrets"), &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(readSecret(*file, QStringLiteral("smtp")).has_value());
    QVERIFY(!mw::test::mappedObjects().contains("libqt6keychain"));
}

void TestKeychainModule::loadedOnFirstUse()
{
    QString error;
    QVERIFY2(KeychainSecretStore::moduleAvailable(&error), qPrintable(error));
    QVERIFY(mw::test::mappedObjects().contains("mailwright-keychain"));
    QVERIFY(mw::test::mappedObjects().contains("libqt6keychain"));
}

void TestKeychainModule::missingModuleIsAnErrorOfTheKeychainOnly()
{
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_KEYCHAIN_MODULE"), dir.filePath(QStringLiteral("none")));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--missing-module-child"), dir.path()});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray out = p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains("ERROR The keychain module (mailwright-keychain) could not be loaded"),
             out.constData());
}

void TestKeychainModule::cliVersionAndConfigGetDoNotLoadIt()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("m.ini"));
    const QList<QStringList> commands = mw::test::lightCommands(ini);
    for (const QStringList &args : commands) {
        const QByteArray loaded = mw::test::cliLoadedObjects(args);
        QVERIFY2(!loaded.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(!loaded.contains("libqt6keychain"), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(!loaded.contains("libQt6DBus"), qPrintable(args.join(QLatin1Char(' '))));
    }
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--missing-module-child") == 0) {
        QCoreApplication app(argc, argv);
        return missingModuleChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestKeychainModule t;
    return QTest::qExec(&t, argc, argv);
}

// A window closed while the keychain still answers: the store goes, its jobs finish on
// their own (QtKeychain's libsecret backend calls back into the job it started; a job
// deleted with the store crashed the program), and no callback reaches the dead store.
void TestKeychainModule::storeDeletedWhileJobsRun()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("gone.ini"));
    int calls = 0;
    for (int round = 0; round < 8; ++round) {
        auto *store = new KeychainSecretStore(ini);
        QObject context;
        store->write(QStringLiteral("smtp"), QStringLiteral("Pw-%1").arg(round), &context,
                     [&calls](const SecretResult &) { ++calls; });
        store->read(QStringLiteral("smtp"), &context, [&calls](const SecretResult &) { ++calls; });
        store->read(QStringLiteral("pop3"), &context, [&calls](const SecretResult &) { ++calls; });
        // Deleted before the jobs start, and at moments while they wait for an answer.
        if (round > 0)
            QTest::qWait(round);
        delete store;
        QTest::qWait(round == 7 ? 2000 : 50); // the keychain's answers arrive meanwhile
    }
    QCOMPARE(calls, 0);
    // The keychain still works for a store that stays.
    KeychainSecretStore kept(ini);
    const auto r = readSecret(kept, QStringLiteral("smtp"));
    QVERIFY(r.has_value());
    QVERIFY(r->status != SecretResult::Status::Error);
}

#include "tst_keychain_module.moc"
