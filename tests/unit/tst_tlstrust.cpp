// SPDX-License-Identifier: GPL-3.0-or-later
// The trusted-CA file replaces the system store for its server (msmtp's tls_trust_file).
#include "protocol/PeerChains.h"
#include "protocol/TlsTrust.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace mw;

class TestTlsTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void caFileReplacesSystemStore();
    void unreadableOrEmptyFile();
    void pinNormalisation();
    void caFileDecodedOncePerContent();
    void applyWaitsForTheDecodeAhead();
    void peerChainFromDerIsQtsPem();
};

// The sessions of one server check apply the same trust: the file's PEM is decoded once
// (the same certificate objects come back), and again as soon as the file changes.
void TestTlsTrust::caFileDecodedOncePerContent()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY(system.size() >= 2);
    QTemporaryDir dir;
    const QString pem = dir.filePath(QStringLiteral("ca.pem"));
    const auto write = [&pem](const QSslCertificate &cert) {
        QFile f(pem);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(cert.toPem());
    };
    write(system.at(0));
    const TlsTrust trust{pem, {}};
    QSslConfiguration first = QSslConfiguration::defaultConfiguration();
    QSslConfiguration second = QSslConfiguration::defaultConfiguration();
    QString error;
    QVERIFY(trust.apply(first, &error));
    QVERIFY(trust.apply(second, &error));
    QCOMPARE(second.caCertificates().size(), 1);
    QCOMPARE(second.caCertificates().first().handle(), first.caCertificates().first().handle());
    // Another certificate in the file: read at once.
    write(system.at(1));
    QSslConfiguration third = QSslConfiguration::defaultConfiguration();
    QVERIFY(trust.apply(third, &error));
    QCOMPARE(third.caCertificates().size(), 1);
    QCOMPARE(third.caCertificates().first(), system.at(1));
    // Deleted: an error, as before.
    QVERIFY(QFile::remove(pem));
    QVERIFY(!trust.apply(third, &error));
}

// MailConnection::open decodes the CA file on a worker while the connection is made; the
// session's apply() on its own thread takes that decode, waiting for it when it is still
// under way, and never decodes the same bytes a second time.
void TestTlsTrust::applyWaitsForTheDecodeAhead()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY(system.size() >= 20);
    QTemporaryDir dir;
    const QString pem = dir.filePath(QStringLiteral("bundle.pem"));
    {
        QFile f(pem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (const QSslCertificate &cert : system) // long enough to still be decoding
            f.write(cert.toPem());
    }
    const TlsTrust trust{pem, {}};
    const int before = TlsTrust::caFileDecodes();
    std::thread worker([&trust] { trust.decodeAhead(); });
    // The worker has claimed the decode (it counts as it starts).
    QElapsedTimer waited;
    waited.start();
    while (TlsTrust::caFileDecodes() == before && waited.elapsed() < 5000)
        std::this_thread::yield();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    QString error;
    const bool applied = trust.apply(conf, &error);
    worker.join();
    QVERIFY2(applied, qPrintable(error));
    QCOMPARE(conf.caCertificates().size(), system.size());
    QCOMPARE(TlsTrust::caFileDecodes(), before + 1);
}

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

void TestTlsTrust::peerChainFromDerIsQtsPem()
{
    // The TLS module hands the peer's chain over as DER; the support bundle's PEM of it
    // must read as before, when the chain came as QSslCertificates (line breaks included).
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY(system.size() >= 2);
    const QList<QSslCertificate> chain{system.at(0), system.at(1)};
    const QString sha = sha256Fingerprint(chain.first());
    PeerChains::rememberDer(sha, {chain.at(0).toDer(), chain.at(1).toDer()});
    const QByteArray fromDer = PeerChains::pemFor(sha);
    QCOMPARE(fromDer, chain.at(0).toPem() + chain.at(1).toPem());
    PeerChains::remember(sha, chain);
    QCOMPARE(PeerChains::pemFor(sha), fromDer);
    QCOMPARE(QSslCertificate::fromData(fromDer, QSsl::Pem), chain);
}
QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
