// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS client certificate (smtp/client_cert, pop3/client_cert) in the handshake: the
// settings and the loaded identity go through SmtpConfigFactory into SmtpSession and
// Pop3Session, and MailConnection presents the certificate in implicit TLS and after
// STARTTLS / STLS alike. The server is a TLS server on loopback (Qt's OpenSSL backend, the
// test CA's "localhost" certificate) that asks every client for a certificate of the test
// client CA and records what it got; it answers just enough SMTP or POP3 for the session
// to reach TLS and end politely.
#include "ClientCertFiles.h"
#include "MailServerFixture.h"
#include "protocol/Pop3Session.h"
#include "protocol/SmtpSession.h"
#include "session/ClientIdentity.h"
#include "session/SmtpConfigFactory.h"

#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <utility>

using namespace mw;

namespace {

class ClientCertServer : public QTcpServer
{
public:
    ClientCertServer(bool smtp, bool implicitTls, QSslConfiguration config)
        : m_smtp(smtp)
        , m_implicit(implicitTls)
        , m_config(std::move(config))
    {}

    QList<QSslCertificate> peerCertificates; // one entry per completed handshake
    int handshakes = 0;
    QStringList errors;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_config);
        connect(socket, &QSslSocket::encrypted, this, [this, socket] {
            ++handshakes;
            peerCertificates << socket->peerCertificate();
            if (m_implicit)
                socket->write(greeting());
        });
        connect(socket, &QSslSocket::errorOccurred, this,
                [this, socket](QAbstractSocket::SocketError) { errors << socket->errorString(); });
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { answer(socket); });
        if (m_implicit)
            socket->startServerEncryption();
        else
            socket->write(greeting());
    }

private:
    QByteArray greeting() const { return m_smtp ? "220 localhost ESMTP\r\n" : "+OK ready\r\n"; }

    void answer(QSslSocket *socket)
    {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine().trimmed().toUpper();
            const bool tls = socket->isEncrypted();
            if (m_smtp && line.startsWith("EHLO")) {
                socket->write(tls ? "250 localhost\r\n" : "250-localhost\r\n250 STARTTLS\r\n");
            } else if (!m_smtp && line == "CAPA") {
                socket->write(tls ? "+OK\r\nUSER\r\n.\r\n" : "+OK\r\nUSER\r\nSTLS\r\n.\r\n");
            } else if (line == "STARTTLS" || line == "STLS") {
                socket->write(m_smtp ? "220 go ahead\r\n" : "+OK begin TLS\r\n");
                socket->startServerEncryption();
            } else if (line == "QUIT") {
                socket->write(m_smtp ? "221 bye\r\n" : "+OK bye\r\n");
                socket->disconnectFromHost();
            } else {
                socket->write(m_smtp ? "502 no\r\n" : "-ERR no\r\n");
            }
        }
    }

    bool m_smtp;
    bool m_implicit;
    QSslConfiguration m_config;
};

} // namespace

class TestClientCert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void handshake_data();
    void handshake();

private:
    QTemporaryDir m_serverDir;
    QString m_caFile;
    QSslConfiguration m_serverConfig;
    test::ClientCertFiles m_client;
};

void TestClientCert::initTestCase()
{
    QString error;
    const QJsonObject certs = test::MailServerFixture::makeCertificates(m_serverDir.path(), &error);
    QVERIFY2(!certs.isEmpty(), qPrintable(error));
    m_caFile = certs.value(QLatin1String("ca_file")).toString();
    const QJsonObject server = certs.value(QLatin1String("server")).toObject();
    QFile certFile(server.value(QLatin1String("cert_file")).toString());
    QFile keyFile(server.value(QLatin1String("key_file")).toString());
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QVERIFY(m_client.make());

    m_serverConfig = QSslConfiguration::defaultConfiguration();
    m_serverConfig.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    m_serverConfig.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
    QVERIFY(!m_serverConfig.localCertificate().isNull() && !m_serverConfig.privateKey().isNull());
    // Like Dovecot's ssl_verify_client_cert / ssl_ca: ask for a certificate of this CA.
    m_serverConfig.setCaCertificates(
        QSslCertificate::fromPath(m_client.path(QStringLiteral("ca.pem"))));
    m_serverConfig.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

void TestClientCert::handshake_data()
{
    QTest::addColumn<bool>("smtp");
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<bool>("withCertificate");
    for (const bool smtp : {true, false}) {
        for (const bool implicit : {true, false}) {
            for (const bool with : {true, false}) {
                const QString name =
                    QStringLiteral("%1 %2 %3")
                        .arg(smtp ? QStringLiteral("smtp") : QStringLiteral("pop3"),
                             implicit ? QStringLiteral("implicit-tls")
                             : smtp   ? QStringLiteral("starttls")
                                      : QStringLiteral("stls"),
                             with ? QStringLiteral("with-certificate") : QStringLiteral("without"));
                QTest::newRow(qPrintable(name)) << smtp << implicit << with;
            }
        }
    }
}

void TestClientCert::handshake()
{
    QFETCH(bool, smtp);
    QFETCH(bool, implicitTls);
    QFETCH(bool, withCertificate);
    ClientCertServer server(smtp, implicitTls, m_serverConfig);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    // The settings as the admin writes them, the identity as CredentialResolver loads it.
    MailSettings s;
    Credentials credentials;
    if (withCertificate) {
        const QString file = smtp ? m_client.pem(QStringLiteral("ec"), true)
                                  : m_client.path(QStringLiteral("ec.p12"));
        const ClientIdentity::Loaded loaded =
            ClientIdentity::load(file, test::ClientCertFiles::passphrase());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        (smtp ? credentials.smtpIdentity : credentials.pop3Identity) = loaded.identity;
        (smtp ? s.smtp.clientCert : s.pop3.clientCert) = file;
    }
    std::optional<Result> result;
    if (smtp) {
        s.smtp.host = QStringLiteral("localhost");
        s.smtp.port = server.serverPort();
        s.smtp.security =
            implicitTls ? MailSettings::SmtpSecurity::Tls : MailSettings::SmtpSecurity::StartTls;
        s.smtp.auth = MailSettings::SmtpAuth::None;
        s.smtp.caFile = m_caFile;
        s.smtp.timeout = 10;
        auto *session = new SmtpSession(this);
        connect(session, &MailSession::finished, this, [&result](const Result &r) { result = r; });
        session->start(smtpConfigFrom(s, credentials), {}, Phase::Ehlo);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        session->deleteLater();
    } else {
        s.pop3.host = QStringLiteral("localhost");
        s.pop3.port = server.serverPort();
        s.pop3.security =
            implicitTls ? MailSettings::Pop3Security::Tls : MailSettings::Pop3Security::Stls;
        s.pop3.caFile = m_caFile;
        s.pop3.timeout = 10;
        auto *session = new Pop3Session(this);
        connect(session, &MailSession::finished, this, [&result](const Result &r) { result = r; });
        session->start(pop3ConfigFrom(s, credentials), Phase::Greeting);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        session->deleteLater();
    }

    if (withCertificate) {
        QVERIFY2(result->ok, qPrintable(result->message));
        QTRY_COMPARE(server.handshakes, 1);
        QCOMPARE(server.peerCertificates.size(), 1);
        // The server saw exactly the configured certificate.
        const QSslCertificate expected =
            QSslCertificate::fromPath(m_client.path(QStringLiteral("ec.pem"))).value(0);
        QCOMPARE(server.peerCertificates.first(), expected);
    } else {
        // Without one, a server that requires it refuses the handshake (with TLS 1.3 the
        // client may learn of it only at its next read): never a session with no
        // certificate.
        QTest::qWait(200);
        QVERIFY2(!result->ok || server.handshakes == 0,
                 qPrintable(server.errors.join(QStringLiteral("; "))));
        for (const QSslCertificate &c : std::as_const(server.peerCertificates))
            QVERIFY(c.isNull());
    }
}

QTEST_MAIN(TestClientCert)
#include "tst_clientcert.moc"
