// SPDX-License-Identifier: GPL-3.0-or-later
// The archive module (support/ArchiveModule.h): libarchive and the libraries it pulls in
// load the first time a support bundle is written, not with every program; a missing
// module is an error of the bundle only, which leaves an older bundle as it was. The
// loader's search order (protocol/PrivateModule.h). Linux (/proc/self/maps, LD_DEBUG);
// issue 22.
#include "LoadedLibraries.h"
#include "TestPaths.h"
#include "protocol/PrivateModule.h"
#include "support/BundleArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace mw;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Child: the module is not where MAILWRIGHT_ARCHIVE_MODULE says. Prints the error.
int missingModuleChild(const QString &path)
{
    QString error;
    if (BundleArchive::write(path, {{QStringLiteral("README.txt"), "new"}}, &error))
        return 2;
    std::printf("ERROR %s\n", qPrintable(error));
    return 0;
}

} // namespace

class TestArchiveModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overrideVariableNames();
    void notLoadedAtStart();
    void loadedOnFirstBundle();
    void missingModuleIsAnErrorOfTheBundleOnly();
    void cliCommandsWithoutBundleDoNotLoadIt();
};

void TestArchiveModule::overrideVariableNames()
{
    QCOMPARE(PrivateModule::overrideVariable(QStringLiteral("mailwright-keychain")),
             QStringLiteral("MAILWRIGHT_KEYCHAIN_MODULE"));
    QCOMPARE(PrivateModule::overrideVariable(QStringLiteral("mailwright-archive")),
             QStringLiteral("MAILWRIGHT_ARCHIVE_MODULE"));
}

void TestArchiveModule::notLoadedAtStart()
{
    // Before issue 22 every program linked libarchive (with libxml2, nettle, the
    // compressors): this test program links mw_support like the window and the CLI.
    QVERIFY(!mw::test::mappedObjects().contains("libarchive"));
    QVERIFY(!mw::test::mappedObjects().contains("libxml2"));
}

void TestArchiveModule::loadedOnFirstBundle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.zip"));
    QString error;
    QVERIFY2(BundleArchive::write(path, {{QStringLiteral("README.txt"), "hello"}}, &error),
             qPrintable(error));
    QVERIFY(readAll(path).startsWith("PK\x03\x04"));
    QVERIFY(mw::test::mappedObjects().contains("mailwright-archive"));
    QVERIFY(mw::test::mappedObjects().contains("libarchive"));
    QVERIFY(BundleArchive::libraryVersion().startsWith(QLatin1String("libarchive ")));
}

void TestArchiveModule::missingModuleIsAnErrorOfTheBundleOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.zip"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the older bundle");
    old.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_ARCHIVE_MODULE"), dir.filePath(QStringLiteral("none")));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--missing-module-child"), path});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray out = p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains("the archive module (mailwright-archive) could not be loaded"),
             out.constData());
    QCOMPARE(readAll(path), QByteArray("the older bundle"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestArchiveModule::cliCommandsWithoutBundleDoNotLoadIt()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("m.ini"));
    const QList<QStringList> commands = mw::test::lightCommands(ini);
    for (const QStringList &args : commands) {
        const QByteArray loaded = mw::test::cliLoadedObjects(args);
        QVERIFY2(!loaded.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(!loaded.contains("libarchive"), qPrintable(args.join(QLatin1Char(' '))));
    }
    // The bundle command does load it, and writes a ZIP.
    QProcess p;
    p.start(mw::test::cliPath(), {QStringLiteral("--config"), ini, QStringLiteral("bundle"),
                                  dir.filePath(QStringLiteral("b.zip"))});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(readAll(dir.filePath(QStringLiteral("b.zip"))).startsWith("PK\x03\x04"));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--missing-module-child") == 0) {
        QCoreApplication app(argc, argv);
        return missingModuleChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestArchiveModule t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_archive_module.moc"
