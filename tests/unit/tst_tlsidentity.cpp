// SPDX-License-Identifier: GPL-3.0-or-later
// TlsIdentity: an empty identity (every Credentials value holds two) loads no TLS backend,
// so that the settings window does not load and initialise OpenSSL on its GUI thread
// before the first paint (issue 22); a set identity keeps its certificate, key and chain,
// and Credentials compare by certificate as before. Linux (/proc/self/maps).
#include "ClientCertFiles.h"
#include "LoadedLibraries.h"
#include "protocol/TlsIdentity.h"
#include "session/Credentials.h"

#include <QFile>
#include <QTest>

using namespace mw;

class TestTlsIdentity : public QObject
{
    Q_OBJECT
private slots:
#ifdef Q_OS_LINUX
    void emptyLoadsNoBackend(); // first: nothing has loaded the backend yet
#endif
    void setIdentity();
};

#ifdef Q_OS_LINUX
void TestTlsIdentity::emptyLoadsNoBackend()
{
    QVERIFY2(!mw::test::tlsBackendMapped(), "the TLS backend was loaded before the test");
    // What the window does before its first paint: default values, copied and compared.
    Credentials a;
    Credentials b = {};
    const Credentials c = a;
    QVERIFY(a == b);
    QVERIFY(c == b);
    QVERIFY(!a.smtpIdentity.isSet());
    QVERIFY(!a.pop3Identity.isSet());
    TlsIdentity moved = std::move(b.smtpIdentity);
    QVERIFY(!moved.isSet());
    QVERIFY2(!mw::test::tlsBackendMapped(), "an empty TlsIdentity loaded the TLS backend");
    // The check sees a loaded backend (a null certificate is enough to load it).
    const QSslCertificate null;
    QVERIFY(null.isNull());
    QVERIFY(mw::test::tlsBackendMapped());
}
#endif

void TestTlsIdentity::setIdentity()
{
    test::ClientCertFiles files;
    QVERIFY(files.make());
    const QList<QSslCertificate> certs =
        QSslCertificate::fromPath(files.path(QStringLiteral("ec.pem")));
    QVERIFY(!certs.isEmpty());
    QFile keyFile(files.path(QStringLiteral("ec.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(keyFile.readAll(), QSsl::Ec);
    QVERIFY(!key.isNull());

    const TlsIdentity id(certs.first(), key, certs);
    QVERIFY(id.isSet());
    QVERIFY(!id.isEmpty());
    QCOMPARE(id.certificate(), certs.first());
    QCOMPARE(id.privateKey(), key);
    QCOMPARE(id.chain().size(), certs.size());
    const TlsIdentity copy = id;
    QVERIFY(copy.sameCertificate(id));
    QCOMPARE(copy.privateKey(), key);

    // Set means both parts; an empty identity is none, and differs from a set one.
    QVERIFY(!TlsIdentity(certs.first(), QSslKey()).isSet());
    QVERIFY(!TlsIdentity(QSslCertificate(), key).isSet());
    QVERIFY(TlsIdentity().certificate().isNull());
    QVERIFY(TlsIdentity().privateKey().isNull());
    QVERIFY(TlsIdentity().chain().isEmpty());
    QVERIFY(!TlsIdentity().sameCertificate(id));
    QVERIFY(!id.sameCertificate(TlsIdentity()));
    // A null certificate is the same as none (as QSslCertificate's == says).
    QVERIFY(TlsIdentity().sameCertificate(TlsIdentity(QSslCertificate(), key)));

    // Credentials compare by certificate, as before.
    Credentials a;
    a.smtpIdentity = id;
    Credentials b;
    QVERIFY(!(a == b));
    b.smtpIdentity = TlsIdentity(certs.first(), QSslKey());
    QVERIFY(a == b);
    b.pop3Identity = id;
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestTlsIdentity)
#include "tst_tlsidentity.moc"
