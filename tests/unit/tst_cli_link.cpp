// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI names libcrypto, then QtCore, first among the libraries it needs
// (app/CMakeLists.txt): glibc's dynamic linker looks each symbol up through the process's
// libraries in load order, so OpenSSL's own lookups (most of a TLS session's) then stop
// near the front instead of after Qt's thirty-odd libraries. Read from what the loader
// reports (LD_DEBUG=files); ELF systems only, as the link option is.
#include "LoadedLibraries.h"

#include <QRegularExpression>
#include <QTest>

class TestCliLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cryptoAndQtCoreLoadFirst();
};

void TestCliLink::cryptoAndQtCoreLoadFirst()
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
}

QTEST_GUILESS_MAIN(TestCliLink)
#include "tst_cli_link.moc"
