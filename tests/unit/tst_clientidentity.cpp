// SPDX-License-Identifier: GPL-3.0-or-later
// ClientIdentity (core/session): a TLS client certificate file (smtp/client_cert,
// pop3/client_cert) as PEM (certificate, chain, key, the key encrypted or not) or PKCS#12,
// and one sentence for each way it can be wrong. The certificates are made here by the
// openssl command (as tests/servers/mailservers.py makes the servers'), RSA and EC.
#include "ClientCertFiles.h"
#include "session/ClientIdentity.h"

#include <QDir>
#include <QTest>

using namespace mw;
using Problem = ClientIdentity::Problem;

Q_DECLARE_METATYPE(mw::ClientIdentity::Problem)

namespace {

const QByteArray kPassphrase = test::ClientCertFiles::passphrase();

} // namespace

class TestClientIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.make()); }
    void load_data();
    void load();
    void validityPeriod();
    void describe();
    void folderAndMissingFile();

private:
    QByteArray read(const QString &name) const { return m_files.read(name); }
    QString write(const QString &name, const QByteArray &data) const
    {
        return m_files.write(name, data);
    }

    test::ClientCertFiles m_files;
};

void TestClientIdentity::load_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<int>("chain");
    QTest::addColumn<QString>("sentence");

    const QByteArray ca = read(QStringLiteral("ca.pem"));
    const QByteArray ecCert = read(QStringLiteral("ec.pem"));
    const QByteArray ecKey = read(QStringLiteral("ec.key"));
    const QByteArray rsaCert = read(QStringLiteral("rsa.pem"));
    const QByteArray rsaKey = read(QStringLiteral("rsa.key"));
    QVERIFY(!ca.isEmpty() && !ecKey.isEmpty() && !rsaKey.isEmpty());

    QTest::newRow("pem-ec") << write(QStringLiteral("a.pem"), ecCert + ecKey) << QByteArray()
                            << Problem::None << 0 << QString();
    QTest::newRow("pem-rsa-key-first") << write(QStringLiteral("b.pem"), rsaKey + rsaCert)
                                       << QByteArray() << Problem::None << 0 << QString();
    QTest::newRow("pem-with-chain") << write(QStringLiteral("c.pem"), ecCert + ca + ecKey)
                                    << QByteArray() << Problem::None << 1 << QString();
    // A passphrase stored for a key that is not encrypted does no harm.
    QTest::newRow("pem-plain-key-with-passphrase")
        << write(QStringLiteral("d.pem"), ecCert + ecKey) << kPassphrase << Problem::None << 0
        << QString();
    const QByteArray ecEnc = ecCert + read(QStringLiteral("ec-enc.key"));
    QTest::newRow("pem-pkcs8-encrypted")
        << write(QStringLiteral("e.pem"), ecEnc) << kPassphrase << Problem::None << 0 << QString();
    QTest::newRow("pem-pkcs8-encrypted-no-passphrase")
        << write(QStringLiteral("f.pem"), ecEnc) << QByteArray() << Problem::NeedsPassphrase << 0
        << QStringLiteral("is encrypted and no passphrase is stored");
    QTest::newRow("pem-pkcs8-encrypted-wrong-passphrase")
        << write(QStringLiteral("g.pem"), ecEnc) << QByteArray("wrong") << Problem::WrongPassphrase
        << 0 << QStringLiteral("stored passphrase does not open");
    const QByteArray rsaEnc = rsaCert + read(QStringLiteral("rsa-enc.key"));
    QTest::newRow("pem-traditional-encrypted")
        << write(QStringLiteral("h.pem"), rsaEnc) << kPassphrase << Problem::None << 0 << QString();
    QTest::newRow("pem-traditional-encrypted-wrong")
        << write(QStringLiteral("i.pem"), rsaEnc) << QByteArray("wrong") << Problem::WrongPassphrase
        << 0 << QStringLiteral("stored passphrase does not open");
    QTest::newRow("pkcs12") << m_files.path(QStringLiteral("ec.p12")) << kPassphrase
                            << Problem::None << 1 << QString();
    QTest::newRow("pkcs12-no-passphrase")
        << m_files.path(QStringLiteral("ec.p12")) << QByteArray() << Problem::NeedsPassphrase << 0
        << QStringLiteral("is encrypted and no passphrase is stored");
    QTest::newRow("pkcs12-wrong-passphrase")
        << m_files.path(QStringLiteral("ec.p12")) << QByteArray("wrong") << Problem::WrongPassphrase
        << 0 << QStringLiteral("stored passphrase does not open");
    QTest::newRow("pkcs12-empty-passphrase") << m_files.path(QStringLiteral("rsa-nopass.p12"))
                                             << QByteArray() << Problem::None << 0 << QString();
    QTest::newRow("certificate-only") << write(QStringLiteral("j.pem"), ecCert) << QByteArray()
                                      << Problem::NoKey << 0 << QStringLiteral("no private key");
    QTest::newRow("key-only") << write(QStringLiteral("k.pem"), ecKey) << QByteArray()
                              << Problem::NoCertificate << 0
                              << QStringLiteral("holds no PEM certificate");
    QTest::newRow("not-a-certificate")
        << write(QStringLiteral("l.txt"), "hello\n") << QByteArray() << Problem::NoCertificate << 0
        << QStringLiteral("neither PEM");
    QTest::newRow("rsa-key-of-another-certificate")
        << write(QStringLiteral("m.pem"), rsaCert + read(QStringLiteral("rsa-other.key")))
        << QByteArray() << Problem::KeyMismatch << 0 << QStringLiteral("does not belong");
    QTest::newRow("ec-key-of-another-certificate")
        << write(QStringLiteral("n.pem"), ecCert + read(QStringLiteral("ec-other.key")))
        << QByteArray() << Problem::KeyMismatch << 0 << QStringLiteral("does not belong");
    QTest::newRow("rsa-certificate-ec-key")
        << write(QStringLiteral("o.pem"), rsaCert + ecKey) << QByteArray() << Problem::KeyMismatch
        << 0 << QStringLiteral("does not belong");
}

void TestClientIdentity::load()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(Problem, problem);
    QFETCH(int, chain);
    QFETCH(QString, sentence);
    const ClientIdentity::Loaded l = ClientIdentity::load(file, passphrase);
    QVERIFY2(l.problem == problem, qPrintable(l.error));
    if (problem == Problem::None) {
        QVERIFY(l.ok());
        QVERIFY(l.error.isEmpty());
        QVERIFY(l.identity.isSet());
        QCOMPARE(l.identity.chain().size(), chain);
        QVERIFY(l.identity.certificate()
                    .subjectInfo(QSslCertificate::CommonName)
                    .join(QString())
                    .startsWith(QLatin1String("alerts-")));
        return;
    }
    QVERIFY(!l.identity.isSet());
    QVERIFY2(l.error.contains(sentence), qPrintable(l.error));
    // Every sentence names the file and never holds the passphrase.
    QVERIFY2(l.error.contains(QDir::toNativeSeparators(file)), qPrintable(l.error));
    if (!passphrase.isEmpty())
        QVERIFY(!l.error.contains(QString::fromLatin1(passphrase)));
}

void TestClientIdentity::validityPeriod()
{
    const QString file = write(QStringLiteral("valid.pem"),
                               read(QStringLiteral("ec.pem")) + read(QStringLiteral("ec.key")));
    const auto now = ClientIdentity::load(file, {});
    QVERIFY2(now.ok(), qPrintable(now.error));
    const QSslCertificate cert = now.identity.certificate();
    const auto expired = ClientIdentity::load(file, {}, cert.expiryDate().addDays(1));
    QCOMPARE(expired.problem, Problem::Expired);
    QVERIFY2(expired.error.contains(QLatin1String("expired on")), qPrintable(expired.error));
    const auto early = ClientIdentity::load(file, {}, cert.effectiveDate().addDays(-1));
    QCOMPARE(early.problem, Problem::NotYetValid);
    QVERIFY2(early.error.contains(QLatin1String("not valid before")), qPrintable(early.error));
}

void TestClientIdentity::describe()
{
    const QString file = write(QStringLiteral("describe.pem"),
                               read(QStringLiteral("ec.pem")) + read(QStringLiteral("ec.key")));
    const auto l = ClientIdentity::load(file, {});
    QVERIFY2(l.ok(), qPrintable(l.error));
    const QDateTime expiry = l.identity.certificate().expiryDate();
    const auto d = ClientIdentity::describe(l.identity, expiry.addDays(-10));
    QVERIFY2(d.subject.contains(QLatin1String("alerts-ec")), qPrintable(d.subject));
    QVERIFY2(d.issuer.contains(QLatin1String("Mailwright Test Client CA")), qPrintable(d.issuer));
    QCOMPARE(d.expiry, expiry);
    QCOMPARE(d.daysLeft, 10);
    // Without a translation loaded the plural form is the source text: "10 day(s) left".
    QVERIFY2(d.text().contains(QLatin1String("(10 day")), qPrintable(d.text()));
    QVERIFY2(d.text().contains(expiry.toUTC().date().toString(Qt::ISODate)), qPrintable(d.text()));
    const auto gone = ClientIdentity::describe(l.identity, expiry.addDays(3));
    QVERIFY(gone.daysLeft < 0);
    QVERIFY2(gone.text().contains(QLatin1String("expired")), qPrintable(gone.text()));
}

void TestClientIdentity::folderAndMissingFile()
{
    const auto missing = ClientIdentity::load(m_files.path(QStringLiteral("nope.pem")), {});
    QCOMPARE(missing.problem, Problem::Unreadable);
    QVERIFY2(missing.error.contains(QLatin1String("cannot be read")), qPrintable(missing.error));
    const auto folder = ClientIdentity::load(m_files.dir(), {});
    QCOMPARE(folder.problem, Problem::Unreadable);
    QVERIFY2(folder.error.contains(QLatin1String("folder")), qPrintable(folder.error));
}

QTEST_GUILESS_MAIN(TestClientIdentity)
#include "tst_clientidentity.moc"
