// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS matrix against real Exim (SMTP) and Dovecot (POP3) with generated
// certificates (tests/servers/mailservers.py): self-signed, expired, not yet valid,
// wrong host name, unknown CA, intermediate missing, pin match, pin mismatch, and a
// server that only speaks TLS 1.0/1.1. Each failure must carry the expected class
// (tls_certificate or tls_handshake), the phase "tls", and the details of the
// certificate the server presented (its SHA-256 and the detail that is wrong).
#include "DovecotFixture.h"
#include "EximFixture.h"
#include "protocol/Pop3Session.h"
#include "protocol/SmtpSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace mw;
using namespace mw::test;

namespace {
enum class Pin { None, ServerCert, Wrong };
}
Q_DECLARE_METATYPE(Pin)

class TestTlsMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data();
    void matrix();
};

void TestTlsMatrix::matrix_data()
{
    QTest::addColumn<bool>("pop3");        // Dovecot, else Exim
    QTest::addColumn<QString>("shape");    // of mailservers.py
    QTest::addColumn<bool>("starttls");    // STARTTLS/STLS, else implicit TLS
    QTest::addColumn<bool>("trustTestCa"); // ca_file = the test CA
    QTest::addColumn<Pin>("pin");
    QTest::addColumn<QString>("errorClass"); // empty: success
    QTest::addColumn<QStringList>("inMessage");

    const QString cert = QStringLiteral("tls_certificate");
    for (const bool pop3 : {false, true}) {
        const QString p = pop3 ? QStringLiteral("pop3-") : QStringLiteral("smtp-");
        auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(p + QLatin1String(name)));
        };
        row("self-signed") << pop3 << "self-signed-cert" << false << true << Pin::None << cert
                           << QStringList{QStringLiteral("other.example.test")};
        row("expired") << pop3 << "expired-cert" << false << true << Pin::None << cert
                       << QStringList{QStringLiteral("2020-02-01")};
        row("expired-over-starttls") << pop3 << "expired-cert" << true << true << Pin::None << cert
                                     << QStringList{QStringLiteral("2020-02-01")};
        row("not-yet-valid") << pop3 << "not-yet-valid-cert" << false << true << Pin::None << cert
                             << QStringList{QStringLiteral("2099-01-01")};
        row("wrong-host-name") << pop3 << "wrong-host-cert" << false << true << Pin::None << cert
                               << QStringList{QStringLiteral("wrong.example.test")};
        row("unknown-ca") << pop3 << "unknown-ca-cert" << false << true << Pin::None << cert
                          << QStringList{QStringLiteral("Unknown Test CA")};
        row("test-ca-not-trusted") << pop3 << "default" << false << false << Pin::None << cert
                                   << QStringList{QStringLiteral("Mailwright Test CA")};
        row("intermediate-missing")
            << pop3 << "intermediate-missing-cert" << false << true << Pin::None << cert
            << QStringList{QStringLiteral("Intermediate")};
        row("pin-match-without-ca")
            << pop3 << "default" << false << false << Pin::ServerCert << QString() << QStringList{};
        row("pin-mismatch") << pop3 << "default" << false << true << Pin::Wrong << cert
                            << QStringList{QString(64, QLatin1Char('a'))};
    }
    // Dovecot 2.3 has no setting for a highest protocol version: Exim only (GnuTLS).
    QTest::newRow("smtp-tls-1.0-1.1-only-server")
        << false << "tls-old-only" << true << true << Pin::None << "tls_handshake" << QStringList{};
}

void TestTlsMatrix::matrix()
{
    QFETCH(bool, pop3);
    QFETCH(QString, shape);
    QFETCH(bool, starttls);
    QFETCH(bool, trustTestCa);
    QFETCH(Pin, pin);
    QFETCH(QString, errorClass);
    QFETCH(QStringList, inMessage);

    std::unique_ptr<MailServerFixture> server;
    if (pop3)
        server = std::make_unique<DovecotFixture>(shape);
    else
        server = std::make_unique<EximFixture>(shape);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    const quint16 port = starttls ? server->starttlsPort() : server->tlsPort();
    QVERIFY(port != 0);

    TlsTrust trust;
    if (trustTestCa)
        trust.caFile = server->caFile();
    if (pin == Pin::ServerCert)
        trust.pinSha256 = server->certSha256();
    else if (pin == Pin::Wrong)
        trust.pinSha256 = QString(64, QLatin1Char('a'));

    Result r;
    QString transcript;
    if (pop3) {
        Pop3Config c;
        c.host = server->hostName();
        c.port = port;
        c.security = starttls ? Pop3Config::Security::Stls : Pop3Config::Security::Tls;
        c.username = server->userName();
        c.password = server->password();
        c.timeoutSeconds = 10;
        c.trust = trust;
        Pop3Session session;
        QSignalSpy finished(&session, &Pop3Session::finished);
        session.start(c, Phase::Greeting);
        QVERIFY(finished.wait(30000));
        r = session.result();
        transcript = session.transcript().toText();
    } else {
        SmtpConfig c;
        c.host = server->hostName();
        c.port = port;
        c.security = starttls ? SmtpConfig::Security::StartTls : SmtpConfig::Security::Tls;
        c.auth = SmtpConfig::Auth::None;
        c.timeoutSeconds = 10;
        c.heloName = QStringLiteral("client.example.test");
        c.trust = trust;
        Envelope env{QStringLiteral("alerts@example.test"),
                     {QStringLiteral("admin@example.test")},
                     QByteArray("Subject: t\r\n\r\nhello\r\n")};
        SmtpSession session;
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.start(c, {env}, Phase::Ehlo);
        QVERIFY(finished.wait(30000));
        r = session.result();
        transcript = session.transcript().toText();
    }

    QVERIFY2(errorClassId(r.errorClass) == errorClass,
             qPrintable(errorClassId(r.errorClass) + QLatin1String(": ") + r.message +
                        QLatin1Char('\n') + transcript));
    QCOMPARE(r.ok, errorClass.isEmpty());
    if (r.ok) {
        QVERIFY(!r.tlsProtocol.isEmpty());
        QCOMPARE(r.certificate.sha256, server->certSha256());
        return;
    }
    QCOMPARE(phaseId(r.phase), QStringLiteral("tls"));
    QVERIFY(!r.hint.isEmpty());
    if (errorClass == QLatin1String("tls_certificate")) {
        // The certificate is named: its fingerprint, subject and issuer are in the sentence
        // the administrator reads, so that one fingerprint can be trusted on purpose.
        QVERIFY2(r.message.contains(server->certSha256()), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("subject")), qPrintable(r.message));
        QCOMPARE(r.certificate.sha256, server->certSha256());
        QVERIFY(!r.certificateErrors.isEmpty() || pin == Pin::Wrong);
    }
    for (const QString &s : std::as_const(inMessage))
        QVERIFY2(r.message.contains(s), qPrintable(s + QLatin1String(" not in: ") + r.message));
}

QTEST_GUILESS_MAIN(TestTlsMatrix)
#include "tst_tls_matrix.moc"
