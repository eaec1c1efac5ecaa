// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the test harness itself: the private Exim and Dovecot daemons and the
// scripted server behave as the other integration tests assume. A raw socket speaks
// the protocols here on purpose, so a bug in the client under test cannot hide a
// broken fixture.
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "ScriptedServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mw::test;

Q_DECLARE_METATYPE(mw::test::ScriptedServer::Step)

namespace {

constexpr int timeoutMs = 10000;

// Reads one complete reply (SMTP: up to the line with a space after the code;
// POP3: one line).
QByteArray readReply(QSslSocket &socket, bool smtp = true)
{
    QByteArray reply;
    for (;;) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(timeoutMs))
                return reply;
        }
        const QByteArray line = socket.readLine();
        reply += line;
        if (!smtp || line.size() < 4 || line.at(3) != '-')
            return reply;
    }
}

QByteArray command(QSslSocket &socket, const QByteArray &line, bool smtp = true)
{
    socket.write(line + "\r\n");
    socket.flush();
    return readReply(socket, smtp);
}

// The scripted server lives in this thread: wait with the event loop running.
QByteArray readLineSpinning(QAbstractSocket &socket)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!socket.canReadLine() && !deadline.hasExpired())
        QTest::qWait(5);
    return socket.readLine();
}

bool startTls(QSslSocket &socket, const MailServerFixture &server)
{
    QSslConfiguration config = socket.sslConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
    socket.setSslConfiguration(config);
    socket.startClientEncryption();
    return socket.waitForEncrypted(timeoutMs) && socket.sslHandshakeErrors().isEmpty();
}

QByteArray authPlain(const MailServerFixture &server)
{
    // RFC 4616: authzid NUL authcid NUL passwd.
    QByteArray response(1, '\0');
    response += server.userName().toUtf8();
    response += '\0';
    response += server.password().toUtf8();
    return QByteArray("AUTH PLAIN ") + response.toBase64();
}

} // namespace

class TestMailServerFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eximShapes_data();
    void eximShapes();
    void eximDeliversStarttlsAuthPlain();
    void eximPolicyReplies();
    void twoEximsAreIndependent();
    void stopClosesPorts();
    void dovecotPop3();
    void dovecotSaslSubmission();
    void scriptedServer_data();
    void scriptedServer();
    void scriptedServerStartTls();
};

void TestMailServerFixture::eximShapes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<bool>("hasPlain");
    QTest::addColumn<bool>("offersStarttls");
    QTest::addColumn<bool>("hasTls");
    QTest::addColumn<bool>("authInClear");

    QTest::newRow("default-offers-everything")
        << QStringLiteral("default") << true << true << true << true;
    QTest::newRow("auth-only-after-tls")
        << QStringLiteral("auth-after-tls") << true << true << true << false;
    QTest::newRow("plain-only-no-tls")
        << QStringLiteral("plain-only") << true << false << false << true;
    QTest::newRow("implicit-tls-only")
        << QStringLiteral("tls-only") << false << false << true << false;
}

void TestMailServerFixture::eximShapes()
{
    QFETCH(QString, shape);
    QFETCH(bool, hasPlain);
    QFETCH(bool, offersStarttls);
    QFETCH(bool, hasTls);
    QFETCH(bool, authInClear);

    EximFixture exim(shape);
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    QCOMPARE(exim.plainPort() != 0, hasPlain);
    QCOMPARE(exim.starttlsPort() != 0, offersStarttls);
    QCOMPARE(exim.tlsPort() != 0, hasTls);

    if (hasPlain) {
        QSslSocket socket;
        socket.connectToHost(exim.host(), exim.plainPort());
        QVERIFY(socket.waitForConnected(timeoutMs));
        QVERIFY(readReply(socket).startsWith("220 "));
        const QByteArray ehlo = command(socket, "EHLO client.example.test");
        QVERIFY2(ehlo.startsWith("250"), ehlo.constData());
        QCOMPARE(ehlo.contains("STARTTLS"), offersStarttls);
        QCOMPARE(ehlo.contains("AUTH PLAIN LOGIN CRAM-MD5"), authInClear);
        if (offersStarttls) {
            QVERIFY(command(socket, "STARTTLS").startsWith("220"));
            QVERIFY(startTls(socket, exim));
            QVERIFY(
                command(socket, "EHLO client.example.test").contains("AUTH PLAIN LOGIN CRAM-MD5"));
        }
    }
    if (hasTls) {
        QSslSocket socket;
        QSslConfiguration config = socket.sslConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(exim.caFile()));
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(exim.hostName(), exim.tlsPort());
        QVERIFY2(socket.waitForEncrypted(timeoutMs), qPrintable(socket.errorString()));
        QCOMPARE(QString::fromLatin1(
                     socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex()),
                 exim.certSha256());
        QVERIFY(readReply(socket).startsWith("220 "));
        QVERIFY(command(socket, "EHLO client.example.test").contains("AUTH PLAIN LOGIN CRAM-MD5"));
    }
}

void TestMailServerFixture::eximDeliversStarttlsAuthPlain()
{
    EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    QCOMPARE(exim.certSha256().size(), 64);
    const QList<QSslCertificate> cert = QSslCertificate::fromPath(exim.certFile());
    QCOMPARE(cert.size(), 1);
    QCOMPARE(QString::fromLatin1(cert.first().digest(QCryptographicHash::Sha256).toHex()),
             exim.certSha256());

    QSslSocket socket;
    socket.connectToHost(exim.host(), exim.starttlsPort());
    QVERIFY(socket.waitForConnected(timeoutMs));
    QVERIFY(readReply(socket).startsWith("220 "));
    QVERIFY(command(socket, "EHLO client.example.test").startsWith("250"));
    QVERIFY(command(socket, "STARTTLS").startsWith("220"));
    QVERIFY(startTls(socket, exim));
    QVERIFY(command(socket, "EHLO client.example.test").startsWith("250"));
    const QByteArray auth = command(socket, authPlain(exim));
    QVERIFY2(auth.startsWith("235"), auth.constData());
    QVERIFY(command(socket, "MAIL FROM:<alerts@example.test>").startsWith("250"));
    QVERIFY(command(socket, "RCPT TO:<ops@elsewhere.test>").startsWith("250"));
    QVERIFY(command(socket, "DATA").startsWith("354"));
    const QByteArray reply = command(socket, "From: alerts@example.test\r\n"
                                             "To: ops@elsewhere.test\r\n"
                                             "Subject: fixture self-test\r\n"
                                             "\r\n"
                                             "..dot-stuffed line\r\n"
                                             ".");
    QVERIFY2(reply.startsWith("250"), reply.constData());
    command(socket, "QUIT");

    QVERIFY2(exim.waitForMessages(1), qPrintable(exim.serverLog()));
    QCOMPARE(exim.deliveredMessages().size(), 1);
    const QJsonObject msg = exim.parseMessage(exim.messageFiles().first());
    QCOMPARE(msg.value(QStringLiteral("subject")).toString(), QStringLiteral("fixture self-test"));
    QCOMPARE(msg.value(QStringLiteral("strict_ok")).toBool(), true);
    const QJsonObject envelope = msg.value(QStringLiteral("envelope")).toObject();
    QCOMPARE(envelope.value(QStringLiteral("return_path")).toString(),
             QStringLiteral("<alerts@example.test>"));
    QCOMPARE(envelope.value(QStringLiteral("envelope_to")).toArray(),
             QJsonArray{QStringLiteral("ops@elsewhere.test")});
    QCOMPARE(msg.value(QStringLiteral("body")).toString(), QStringLiteral(".dot-stuffed line\n"));
    QCOMPARE(exim.parseMaildir().size(), 1);

    exim.clearMaildir();
    QVERIFY(exim.messageFiles().isEmpty());
}

void TestMailServerFixture::eximPolicyReplies()
{
    EximFixture exim(QStringLiteral("plain-only"));
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    QSslSocket socket;
    socket.connectToHost(exim.host(), exim.plainPort());
    QVERIFY(socket.waitForConnected(timeoutMs));
    QVERIFY(readReply(socket).startsWith("220 "));
    QVERIFY(command(socket, "EHLO client.example.test").startsWith("250"));
    QVERIFY(command(socket, "AUTH PLAIN " + QByteArray("\0mwtest\0wrong", 13).toBase64())
                .startsWith("535"));
    QVERIFY(command(socket, "MAIL FROM:<blocked@example.test>").startsWith("550"));
    QVERIFY(command(socket, "MAIL FROM:<alerts@example.test>").startsWith("250"));
    QVERIFY(command(socket, "RCPT TO:<nobody@example.test>").startsWith("550"));
    QVERIFY(command(socket, "RCPT TO:<tempfail@example.test>").startsWith("451"));
    QVERIFY(command(socket, "RCPT TO:<ops@elsewhere.test>").startsWith("550"));
    QVERIFY(command(socket, "RCPT TO:<ops@example.test>").startsWith("250"));
    QVERIFY(command(socket, "DATA").startsWith("354"));
    QVERIFY(command(socket, "X-Mw-Reject: yes\r\nSubject: no\r\n\r\nbody\r\n.").startsWith("550"));
}

void TestMailServerFixture::twoEximsAreIndependent()
{
    EximFixture first;
    EximFixture second(QStringLiteral("tls-only"));
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(first.dir() != second.dir());
    QVERIFY(first.tlsPort() != second.tlsPort());
    QVERIFY(first.info().value(QStringLiteral("pid")).toInt() !=
            second.info().value(QStringLiteral("pid")).toInt());
    QVERIFY(first.stop());
    // The second one still answers after the first is gone.
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(second.host(), second.tlsPort());
    QVERIFY(socket.waitForEncrypted(timeoutMs));
    QVERIFY(readReply(socket).startsWith("220 "));
}

void TestMailServerFixture::stopClosesPorts()
{
    quint16 port = 0;
    {
        EximFixture exim;
        QVERIFY2(exim.start(), qPrintable(exim.errorString()));
        port = exim.plainPort();
    } // the destructor stops it
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(!socket.waitForConnected(2000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestMailServerFixture::dovecotPop3()
{
    DovecotFixture pop;
    QVERIFY2(pop.start(), qPrintable(pop.errorString()));
    QVERIFY(pop.starttlsPort() != 0);
    QVERIFY(pop.tlsPort() != 0);
    QCOMPARE(pop.messageFiles().size(), 3);

    QSslSocket socket;
    socket.connectToHost(pop.host(), pop.starttlsPort());
    QVERIFY(socket.waitForConnected(timeoutMs));
    const QByteArray greeting = readReply(socket, false);
    // RFC 1939 §7: the APOP timestamp is in the greeting.
    QVERIFY2(greeting.startsWith("+OK") && greeting.contains('<') && greeting.contains('>'),
             greeting.constData());
    QVERIFY(command(socket, "STLS", false).startsWith("+OK"));
    QVERIFY(startTls(socket, pop));
    QVERIFY(command(socket, "USER " + pop.userName().toUtf8(), false).startsWith("+OK"));
    QVERIFY(command(socket, "PASS " + pop.password().toUtf8(), false).startsWith("+OK"));
    QVERIFY(command(socket, "STAT", false).startsWith("+OK 3 "));

    // The third message is the delivery status notification.
    const QJsonObject dsn = pop.parseMessage(pop.messageFiles().at(2));
    QCOMPARE(dsn.value(QStringLiteral("content_type")).toString(),
             QStringLiteral("multipart/report"));
}

void TestMailServerFixture::dovecotSaslSubmission()
{
    // The "sasl" shape: POP3 and SMTP submission with the SASL mechanisms, a client
    // certificate accepted for EXTERNAL, messages relayed to an Exim of the same directory,
    // and stop() stops both daemons.
    quint16 submission = 0, relay = 0;
    {
        DovecotFixture sasl(QStringLiteral("sasl"));
        QVERIFY2(sasl.start(), qPrintable(sasl.errorString()));
        submission = sasl.submissionPort();
        relay = static_cast<quint16>(sasl.info()
                                         .value(QStringLiteral("relay"))
                                         .toObject()
                                         .value(QStringLiteral("ports"))
                                         .toObject()
                                         .value(QStringLiteral("smtp"))
                                         .toInt());
        QVERIFY(submission && sasl.submissionsPort() && relay);
        QVERIFY(QFile::exists(sasl.clientP12File()));

        QSslSocket smtp;
        smtp.connectToHost(sasl.host(), submission);
        QVERIFY(smtp.waitForConnected(timeoutMs));
        QVERIFY(readReply(smtp).startsWith("220"));
        QVERIFY(command(smtp, "EHLO client.example.test").contains("STARTTLS"));
        QVERIFY(command(smtp, "STARTTLS").startsWith("220"));
        QVERIFY(startTls(smtp, sasl));
        const QByteArray ehlo = command(smtp, "EHLO client.example.test");
        QVERIFY2(ehlo.contains("AUTH PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 EXTERNAL"),
                 ehlo.constData());
        QVERIFY(command(smtp, authPlain(sasl)).startsWith("235"));
        QVERIFY(command(smtp, "MAIL FROM:<alerts@example.test>").startsWith("250"));
        QVERIFY(command(smtp, "RCPT TO:<ops@example.test>").startsWith("250"));
        QVERIFY(command(smtp, "DATA").startsWith("354"));
        QVERIFY(command(smtp, "Subject: relayed\r\n\r\nhello\r\n.").startsWith("250"));
        command(smtp, "QUIT");
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(sasl.dir() + QStringLiteral("/maildir/new")).entryList(QDir::Files).size() == 1,
            timeoutMs);

        // EXTERNAL on POP3S with the client certificate of the test CA.
        QSslSocket pop;
        QSslConfiguration config = pop.sslConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(sasl.caFile()));
        config.setLocalCertificate(QSslCertificate::fromPath(sasl.clientCertFile()).value(0));
        QFile key(sasl.clientKeyFile());
        QVERIFY(key.open(QIODevice::ReadOnly));
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        pop.setSslConfiguration(config);
        pop.connectToHostEncrypted(sasl.hostName(), sasl.tlsPort());
        QVERIFY(pop.waitForEncrypted(timeoutMs));
        QVERIFY(readReply(pop, false).startsWith("+OK"));
        const QByteArray ok = command(pop, "AUTH EXTERNAL =", false);
        QVERIFY2(ok.startsWith("+OK"), ok.constData());
    }
    for (const quint16 port : {submission, relay}) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(!socket.waitForConnected(2000));
    }
}

void TestMailServerFixture::scriptedServer_data()
{
    using S = ScriptedServer;
    QTest::addColumn<QList<S::Step>>("steps");
    QTest::addColumn<QByteArray>("clientSends");
    QTest::addColumn<QByteArray>("expectedReply");
    QTest::addColumn<bool>("scriptMatches");

    QTest::newRow("greeting-split-across-packets")
        << QList<S::Step>{S::send("220 mx"), S::sendAfter(30, ".example.test\r\n"),
                          S::expect("EHLO", "250 ok\r\n")}
        << QByteArray("EHLO me\r\n") << QByteArray("220 mx.example.test\r\n250 ok\r\n") << true;
    QTest::newRow("regex-and-data")
        << QList<S::Step>{S::expectRegex(QStringLiteral("^MAIL FROM:<[^>]+>$"), "250 ok\r\n"),
                          S::expectData("250 queued\r\n")}
        << QByteArray("MAIL FROM:<a@b>\r\nline\r\n..dot\r\n.\r\n")
        << QByteArray("250 ok\r\n250 queued\r\n") << true;
    QTest::newRow("unexpected-command-is-reported")
        << QList<S::Step>{S::expect("QUIT", "221 bye\r\n")} << QByteArray("RSET\r\n")
        << QByteArray() << false;
}

void TestMailServerFixture::scriptedServer()
{
    QFETCH(QList<ScriptedServer::Step>, steps);
    QFETCH(QByteArray, clientSends);
    QFETCH(QByteArray, expectedReply);
    QFETCH(bool, scriptMatches);

    ScriptedServer server(steps);
    QVERIFY(server.listen());
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(client.waitForConnected(timeoutMs));
    client.write(clientSends);
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT(
        (got += client.readAll(), got.size() >= expectedReply.size() &&
                                      (server.isFinished() || !server.failure().isEmpty())),
        timeoutMs);
    QCOMPARE(got, expectedReply);
    QCOMPARE(server.failure().isEmpty(), scriptMatches);
    QCOMPARE(server.received(), clientSends);
    QCOMPARE(server.connectionCount(), 1);
    if (QTest::currentDataTag() == QByteArrayLiteral("regex-and-data"))
        QCOMPARE(server.receivedData(), QList<QByteArray>{QByteArray("line\r\n..dot\r\n")});
}

void TestMailServerFixture::scriptedServerStartTls()
{
    QTemporaryDir dir;
    QString error;
    const QJsonObject certs = MailServerFixture::makeCertificates(dir.path(), &error);
    QVERIFY2(!certs.isEmpty(), qPrintable(error));
    const QJsonObject server = certs.value(QStringLiteral("server")).toObject();

    using S = ScriptedServer;
    // Bytes after the STARTTLS 220 are an injection (RFC 3207 §4.2 / CVE-2011-0411 class).
    ScriptedServer scripted({S::send("220 hi\r\n"),
                             S::expect("STARTTLS", "220 go\r\n250 injected\r\n"), S::startTls(),
                             S::expect("EHLO", "250 secure\r\n")});
    QVERIFY(scripted.setTlsCredentials(server.value(QStringLiteral("cert_file")).toString(),
                                       server.value(QStringLiteral("key_file")).toString()));
    QVERIFY(scripted.listen());

    QSslSocket client;
    QSslConfiguration config = client.sslConfiguration();
    config.setCaCertificates(
        QSslCertificate::fromPath(certs.value(QStringLiteral("ca_file")).toString()));
    client.setSslConfiguration(config);
    client.setPeerVerifyName(QStringLiteral("localhost"));
    client.connectToHost(QStringLiteral("127.0.0.1"), scripted.port());
    QCOMPARE(readLineSpinning(client), QByteArray("220 hi\r\n"));
    client.write("STARTTLS\r\n");
    QCOMPARE(readLineSpinning(client), QByteArray("220 go\r\n"));
    QCOMPARE(readLineSpinning(client), QByteArray("250 injected\r\n"));
    client.startClientEncryption();
    QTRY_VERIFY_WITH_TIMEOUT(client.isEncrypted(), timeoutMs);
    QVERIFY(client.sslHandshakeErrors().isEmpty());
    client.write("EHLO me\r\n");
    QCOMPARE(readLineSpinning(client), QByteArray("250 secure\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(scripted.isFinished(), timeoutMs);
    QCOMPARE(scripted.failure(), QString());
}

QTEST_GUILESS_MAIN(TestMailServerFixture)
#include "tst_mailserverfixture.moc"
