// SPDX-License-Identifier: GPL-3.0-or-later
// The window names QtCore, the C++ and C runtimes, QtGui and QtWidgets first among the
// libraries it needs (app/CMakeLists.txt): glibc's dynamic linker looks each symbol up
// through the process's libraries in load order, and most lookups at the window's start-up
// (Qt's plugins', the program's) end in those, which came after QtSql, QtNetwork, gsasl and
// krb5. Read
// from what the loader reports (LD_DEBUG=files) for `mailwright --version`, the program
// built beside the CLI; ELF systems only, as the link option is.
#include "TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestWindowLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qtLoadsFirst();
};

void TestWindowLink::qtLoadsFirst()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QString gui = QFileInfo(mw::test::cliPath()).dir().filePath(QStringLiteral("mailwright"));
    QVERIFY2(QFileInfo::exists(gui), qPrintable(gui));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(gui, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    // "file=libQt6Core.so.6 [0];  needed by /…/mailwright [0]"
    static const QRegularExpression line(
        QStringLiteral("file=(\\S+) \\[0\\];\\s+needed by \\S*/mailwright \\[0\\]"));
    QStringList needed;
    for (auto it = line.globalMatch(QString::fromLocal8Bit(p.readAllStandardError()));
         it.hasNext();)
        needed << it.next().captured(1);
    const QByteArray all = needed.join(QLatin1Char(' ')).toLocal8Bit();
    QVERIFY2(needed.size() > 3, all.constData());
    const auto at = [&needed](const char *prefix) {
        for (qsizetype i = 0; i < needed.size(); ++i) {
            if (needed.at(i).startsWith(QLatin1String(prefix)))
                return i;
        }
        return qsizetype(-1);
    };
    QCOMPARE(at("libQt6Core.so."), 0);
    QCOMPARE(at("libstdc++.so."), 1);
    QCOMPARE(at("libc.so."), 2);
    // ICU's common library (QtCore's) may come next, when the build found it.
    const qsizetype qtGui = at("libQt6Gui.so.");
    QVERIFY2(qtGui == 3 || qtGui == 4, all.constData());
    QCOMPARE(at("libQt6Widgets.so."), qtGui + 1);
    QVERIFY2(at("libQt6Sql.so.") > qtGui + 1, all.constData());
#else
    QCOMPARE(true, true); // no global symbol scope to order
#endif
}

QTEST_GUILESS_MAIN(TestWindowLink)
#include "tst_window_link.moc"
