// SPDX-License-Identifier: GPL-3.0-or-later
// The trusted-CA file replaces the system store for its server (msmtp's tls_trust_file).
#include "protocol/TlsTrust.h"

#include <QFile>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

class TestTlsTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void caFileReplacesSystemStore();
    void unreadableOrEmptyFile();
    void pinNormalisation();
};

void TestTlsTrust::caFileReplacesSystemStore()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY2(!system.isEmpty(), "the test machine has a system CA store (ca-certificates)");
    QTemporaryDir dir;
    const QString pem = dir.filePath(QStringLiteral("extra.pem"));
    QFile f(pem);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(system.first().toPem()); // any valid certificate will do
    f.close();

    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    QString error;
    const TlsTrust trust{pem, {}};
    QVERIFY(trust.apply(conf, &error));
    QVERIFY(error.isEmpty());
    const QList<QSslCertificate> cas = conf.caCertificates();
    QCOMPARE(cas.size(), 1);
    QCOMPARE(cas.first(), system.first());
}

void TestTlsTrust::unreadableOrEmptyFile()
{
    QTemporaryDir dir;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    QString error;
    const TlsTrust missing{dir.filePath(QStringLiteral("missing.pem")), {}};
    QVERIFY(!missing.apply(conf, &error));
    QVERIFY(error.contains(QLatin1String("missing.pem")));
    const QString empty = dir.filePath(QStringLiteral("empty.pem"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a certificate\n");
    f.close();
    error.clear();
    const TlsTrust notPem{empty, {}};
    QVERIFY(!notPem.apply(conf, &error));
    QVERIFY(error.contains(QLatin1String("no PEM certificate")));
}

void TestTlsTrust::pinNormalisation()
{
    const TlsTrust t{{}, QStringLiteral("AB:cd:01")};
    QCOMPARE(t.normalizedPin(), QStringLiteral("abcd01"));
    QVERIFY(t.hasPin());
    QVERIFY(!TlsTrust{}.hasPin());
    QVERIFY(!t.pinMatches(QSslCertificate()));
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
