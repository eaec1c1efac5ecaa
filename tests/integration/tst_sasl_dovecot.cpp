// SPDX-License-Identifier: GPL-3.0-or-later
// SASL sign-in (issue 18) against a real Dovecot on loopback: POP3 (RFC 5034 AUTH) and SMTP
// submission (relaying to a test Exim), tests/servers/mailservers.py shape "sasl". Every
// mechanism Dovecot offers x SMTP/POP3 x STARTTLS/implicit TLS through the core sessions,
// auto's choice, wrong passwords, client certificates (trusted, untrusted, PKCS#12), a
// server without the mechanism, a message relayed after a SCRAM login, and the CLI.
// GSSAPI is in tst_sasl_kerberos.cpp (it needs a KDC). NTLM has no real server here:
// Debian's Dovecot 2.3.19 has no built-in NTLM (only Samba winbind's).
#include "DovecotFixture.h"
#include "TestPaths.h"
#include "protocol/Pop3Session.h"
#include "protocol/SmtpSession.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::DovecotFixture;

namespace {

enum class Proto { Smtp, Pop3 };
enum class Channel { StartTls, Tls };
enum class Cert { None, Trusted, Untrusted, Pkcs12 };

// The wrong password some rows send; it must never appear in a transcript either.
const QString kWrongPassword = QStringLiteral("Wrong-Sasl-Pass-9");

} // namespace

Q_DECLARE_METATYPE(Proto)
Q_DECLARE_METATYPE(Channel)
Q_DECLARE_METATYPE(Cert)

class TestSaslDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void login_data();
    void login();
    void scramLoginRelaysAMessage();
    void unsupportedMechanismNamesWhatIsOffered_data();
    void unsupportedMechanismNamesWhatIsOffered();
    void cli_data();
    void cli();

private:
    // One login (stopAfter Auth) with these settings; the Result and the transcript.
    Result run(DovecotFixture &server, Proto proto, Channel channel, const QString &mechanism,
               Cert cert, bool rightPassword, QString *transcript);
    TlsIdentity identity(Cert cert) const;

    std::unique_ptr<DovecotFixture> m_sasl;
    std::unique_ptr<DovecotFixture> m_plainOnly;
    QTemporaryDir m_work;
};

void TestSaslDovecot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
    m_sasl = std::make_unique<DovecotFixture>(QStringLiteral("sasl"));
    QVERIFY2(m_sasl->start(), qPrintable(m_sasl->errorString()));
    m_plainOnly = std::make_unique<DovecotFixture>(QStringLiteral("sasl-plain-only"));
    QVERIFY2(m_plainOnly->start(), qPrintable(m_plainOnly->errorString()));
    QVERIFY(m_sasl->submissionPort() && m_sasl->submissionsPort());
    QVERIFY(m_sasl->mechanisms().contains(QStringLiteral("SCRAM-SHA-256")));
    QVERIFY(QFile::exists(m_sasl->clientP12File()));
}

TlsIdentity TestSaslDovecot::identity(Cert cert) const
{
    TlsIdentity id;
    if (cert == Cert::None)
        return id;
    if (cert == Cert::Pkcs12) {
        QFile f(m_sasl->clientP12File());
        if (!f.open(QIODevice::ReadOnly))
            return id;
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        QSslCertificate::importPkcs12(&f, &key, &certificate, &chain,
                                      m_sasl->clientP12Passphrase().toUtf8());
        return TlsIdentity(certificate, key, chain);
    }
    const bool trusted = cert == Cert::Trusted;
    QFile c(trusted ? m_sasl->clientCertFile() : m_sasl->untrustedClientCertFile());
    QFile k(trusted ? m_sasl->clientKeyFile() : m_sasl->untrustedClientKeyFile());
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return id;
    const auto certs = QSslCertificate::fromData(c.readAll(), QSsl::Pem);
    return TlsIdentity(certs.isEmpty() ? QSslCertificate() : certs.first(),
                       QSslKey(k.readAll(), QSsl::Rsa, QSsl::Pem));
}

static SmtpConfig::Auth smtpAuth(const QString &m)
{
    using A = SmtpConfig::Auth;
    static const QHash<QString, A> map = {{QStringLiteral("auto"), A::Auto},
                                          {QStringLiteral("PLAIN"), A::Plain},
                                          {QStringLiteral("LOGIN"), A::Login},
                                          {QStringLiteral("CRAM-MD5"), A::CramMd5},
                                          {QStringLiteral("SCRAM-SHA-1"), A::ScramSha1},
                                          {QStringLiteral("SCRAM-SHA-256"), A::ScramSha256},
                                          {QStringLiteral("EXTERNAL"), A::External},
                                          {QStringLiteral("GSSAPI"), A::Gssapi},
                                          {QStringLiteral("NTLM"), A::Ntlm}};
    return map.value(m, A::None);
}

static Pop3Config::Auth pop3Auth(const QString &m)
{
    using A = Pop3Config::Auth;
    static const QHash<QString, A> map = {{QStringLiteral("auto"), A::Auto},
                                          {QStringLiteral("USER"), A::User},
                                          {QStringLiteral("PLAIN"), A::Plain},
                                          {QStringLiteral("CRAM-MD5"), A::CramMd5},
                                          {QStringLiteral("SCRAM-SHA-1"), A::ScramSha1},
                                          {QStringLiteral("SCRAM-SHA-256"), A::ScramSha256},
                                          {QStringLiteral("EXTERNAL"), A::External},
                                          {QStringLiteral("GSSAPI"), A::Gssapi},
                                          {QStringLiteral("NTLM"), A::Ntlm}};
    return map.value(m, A::User);
}

Result TestSaslDovecot::run(DovecotFixture &server, Proto proto, Channel channel,
                            const QString &mechanism, Cert cert, bool rightPassword,
                            QString *transcript)
{
    // EXTERNAL needs no password: the rows with a certificate and EXTERNAL send none.
    const QString password = mechanism == QLatin1String("EXTERNAL")
                                 ? QString()
                                 : (rightPassword ? server.password() : kWrongPassword);
    if (proto == Proto::Smtp) {
        SmtpConfig c;
        c.host = server.hostName();
        c.port = channel == Channel::Tls ? server.submissionsPort() : server.submissionPort();
        c.security =
            channel == Channel::Tls ? SmtpConfig::Security::Tls : SmtpConfig::Security::StartTls;
        c.auth = smtpAuth(mechanism);
        c.username = server.userName();
        c.password = password;
        c.identity = identity(cert);
        c.timeoutSeconds = 10;
        c.trust.caFile = server.caFile();
        SmtpSession session;
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.start(c, {}, Phase::Auth);
        if (finished.isEmpty() && !finished.wait(30000))
            qWarning("the SMTP session did not finish in 30 s");
        *transcript = session.transcript().toText();
        return session.result();
    }
    Pop3Config c;
    c.host = server.hostName();
    c.port = channel == Channel::Tls ? server.tlsPort() : server.plainPort();
    c.security = channel == Channel::Tls ? Pop3Config::Security::Tls : Pop3Config::Security::Stls;
    c.auth = pop3Auth(mechanism);
    c.username = server.userName();
    c.password = password;
    c.identity = identity(cert);
    c.timeoutSeconds = 10;
    c.trust.caFile = server.caFile();
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    session.start(c, Phase::Auth);
    if (finished.isEmpty() && !finished.wait(30000))
        qWarning("the POP3 session did not finish in 30 s");
    *transcript = session.transcript().toText();
    return session.result();
}

void TestSaslDovecot::login_data()
{
    QTest::addColumn<Proto>("proto");
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<QString>("mechanism"); // what the settings ask for
    QTest::addColumn<Cert>("cert");
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<QString>("errorClass"); // "" when the login must work
    QTest::addColumn<QString>("used");       // Result::authMechanismUsed

    const QStringList mechanisms = {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1"),
                                    QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"),
                                    QStringLiteral("EXTERNAL")};
    for (const Proto proto : {Proto::Smtp, Proto::Pop3}) {
        const char *p = proto == Proto::Smtp ? "smtp" : "pop3";
        for (const Channel ch : {Channel::StartTls, Channel::Tls}) {
            const char *c = ch == Channel::Tls ? "tls" : "starttls";
            QStringList all = mechanisms;
            if (proto == Proto::Smtp)
                all << QStringLiteral("LOGIN"); // POP3's LOGIN-like login is USER/PASS
            for (const QString &m : std::as_const(all)) {
                const Cert cert = m == QLatin1String("EXTERNAL") ? Cert::Trusted : Cert::None;
                QTest::addRow("%s-%s-%s", p, c, qPrintable(m.toLower()))
                    << proto << ch << m << cert << true << "" << m;
            }
            // auto: the strongest mechanism offered for which credentials exist.
            QTest::addRow("%s-%s-auto-picks-scram-sha-256", p, c)
                << proto << ch << "auto" << Cert::None << true << ""
                << "SCRAM-SHA-256";
            QTest::addRow("%s-%s-auto-with-client-cert-picks-external", p, c)
                << proto << ch << "auto" << Cert::Trusted << true << ""
                << "EXTERNAL";
            QTest::addRow("%s-%s-external-pkcs12", p, c)
                << proto << ch << "EXTERNAL" << Cert::Pkcs12 << true << ""
                << "EXTERNAL";
            for (const char *m : {"SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN"})
                QTest::addRow("%s-%s-%s-wrong-password", p, c, m)
                    << proto << ch << QString::fromLatin1(m) << Cert::None << false << "auth_failed"
                    << "";
            QTest::addRow("%s-%s-external-untrusted-client-cert", p, c)
                << proto << ch << "EXTERNAL" << Cert::Untrusted << true << "auth_failed"
                << "";
        }
    }
}

void TestSaslDovecot::login()
{
    QFETCH(Proto, proto);
    QFETCH(Channel, channel);
    QFETCH(QString, mechanism);
    QFETCH(Cert, cert);
    QFETCH(bool, rightPassword);
    QFETCH(QString, errorClass);
    QFETCH(QString, used);

    QString transcript;
    const qsizetype logBefore = m_sasl->serverLog().size();
    const Result r = run(*m_sasl, proto, channel, mechanism, cert, rightPassword, &transcript);
    const QString why = errorClassId(r.errorClass) + QLatin1String(": ") + r.message +
                        QLatin1Char('\n') + transcript + QLatin1String("\nserver log:\n") +
                        m_sasl->serverLog().mid(logBefore);
    QVERIFY2(errorClassId(r.errorClass) == errorClass, qPrintable(why));
    QVERIFY2(!transcript.contains(m_sasl->password()), qPrintable(transcript));
    QVERIFY2(!transcript.contains(kWrongPassword), qPrintable(transcript));
    if (errorClass.isEmpty()) {
        QVERIFY2(r.ok, qPrintable(why));
        QCOMPARE(r.authMechanismUsed, used);
        QVERIFY(!r.tlsProtocol.isEmpty());
        // Dovecot's own record of the login names the same mechanism.
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_sasl->serverLog().mid(logBefore).contains(QStringLiteral("method=%1,").arg(used)),
            qPrintable(m_sasl->serverLog().mid(logBefore)), 5000);
        return;
    }
    QCOMPARE(phaseId(r.phase), QStringLiteral("auth"));
    // A plain sentence for a person, not the protocol's words or a bare code.
    QVERIFY2(!r.message.isEmpty() && r.message.at(0).isLetter(), qPrintable(r.message));
    QVERIFY2(!r.message.contains(QLatin1String("-ERR")) &&
                 !r.message.contains(QLatin1String("535")),
             qPrintable(r.message));
    QVERIFY(!r.hint.isEmpty());
    QVERIFY2(!r.serverReply.isEmpty(), qPrintable(why)); // the server's own words are kept
    if (cert == Cert::Untrusted)
        QVERIFY2(r.message.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(r.message));
}

void TestSaslDovecot::scramLoginRelaysAMessage()
{
    // The whole path: SCRAM-SHA-256 on submission, the message relayed to the test Exim.
    const QString maildir = m_sasl->dir() + QStringLiteral("/maildir");
    const int before = int(QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files).size());
    SmtpConfig c;
    c.host = m_sasl->hostName();
    c.port = m_sasl->submissionPort();
    c.security = SmtpConfig::Security::StartTls;
    c.auth = SmtpConfig::Auth::ScramSha256;
    c.username = m_sasl->userName();
    c.password = m_sasl->password();
    c.timeoutSeconds = 10;
    c.trust.caFile = m_sasl->caFile();
    Envelope e;
    e.sender = QStringLiteral("alerts@example.test");
    e.recipients = {QStringLiteral("ops@example.test")};
    e.content = "From: alerts@example.test\r\nTo: ops@example.test\r\nSubject: SCRAM relay\r\n"
                "\r\nRelayed by Dovecot submission.\r\n";
    SmtpSession session;
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start(c, {e});
    QVERIFY(finished.wait(30000));
    const Result r = session.result();
    QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char('\n') + session.transcript().toText()));
    QCOMPARE(r.authMechanismUsed, QStringLiteral("SCRAM-SHA-256"));
    QTRY_VERIFY_WITH_TIMEOUT(
        QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files).size() > before, 10000);
}

void TestSaslDovecot::unsupportedMechanismNamesWhatIsOffered_data()
{
    QTest::addColumn<Proto>("proto");
    QTest::addColumn<QString>("mechanism");
    for (const char *m : {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "EXTERNAL"}) {
        QTest::addRow("smtp-%s", m) << Proto::Smtp << QString::fromLatin1(m);
        QTest::addRow("pop3-%s", m) << Proto::Pop3 << QString::fromLatin1(m);
    }
}

void TestSaslDovecot::unsupportedMechanismNamesWhatIsOffered()
{
    QFETCH(Proto, proto);
    QFETCH(QString, mechanism);
    QString transcript;
    const Cert cert = mechanism == QLatin1String("EXTERNAL") ? Cert::Trusted : Cert::None;
    const Result r =
        run(*m_plainOnly, proto, Channel::StartTls, mechanism, cert, true, &transcript);
    QVERIFY2(r.errorClass == ErrorClass::AuthUnsupported,
             qPrintable(errorClassId(r.errorClass) + QLatin1String(": ") + r.message +
                        QLatin1Char('\n') + transcript));
    QCOMPARE(phaseId(r.phase), QStringLiteral("auth"));
    QVERIFY2(r.message.contains(mechanism), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("PLAIN")) &&
                 r.message.contains(QLatin1String("LOGIN")),
             qPrintable(r.message));
    QVERIFY(r.authMechanisms.contains(QStringLiteral("PLAIN")));
    QVERIFY(!r.authMechanisms.contains(mechanism));
    // Nothing was tried: no AUTH command reached the server.
    QVERIFY2(!transcript.contains(QLatin1String("C: AUTH")), qPrintable(transcript));
    QVERIFY(!transcript.contains(m_plainOnly->password()));
}

void TestSaslDovecot::cli_data()
{
    QTest::addColumn<QString>("ini"); // the [smtp] lines besides host, port, security
    QTest::addColumn<bool>("password");
    QTest::addColumn<QString>("used");
    QTest::newRow("scram-sha-256") << "auth=scram-sha-256\n" << true << "SCRAM-SHA-256";
    QTest::newRow("scram-sha-1") << "auth=scram-sha-1\n" << true << "SCRAM-SHA-1";
    QTest::newRow("auto") << "auth=auto\n" << true << "SCRAM-SHA-256";
    QTest::newRow("external-pem") << "auth=external\nclient_cert=%1\n" << false << "EXTERNAL";
}

void TestSaslDovecot::cli()
{
    QFETCH(QString, ini);
    QFETCH(bool, password);
    QFETCH(QString, used);
    const QString path =
        m_work.filePath(QStringLiteral("cli-%1.ini").arg(QLatin1String(QTest::currentDataTag())));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("[general]\nsecret_backend=memory\n"
                           "[smtp]\nhost=localhost\nport=%1\nsecurity=starttls\nusername=%2\n"
                           "ca_file=%3\ntimeout=10\n")
                .arg(m_sasl->submissionPort())
                .arg(m_sasl->userName(), m_sasl->caFile())
                .toUtf8() +
            ini.arg(m_sasl->clientPemWithKeyFile()).toUtf8() +
            "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n");
    f.close();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (password)
        env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_sasl->password());
    cli.setProcessEnvironment(env);
    cli.start(test::cliPath(),
              {QStringLiteral("--config"), path, QStringLiteral("--json"), QStringLiteral("test"),
               QStringLiteral("--stop-after"), QStringLiteral("auth")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QVERIFY(!out.contains(m_sasl->password().toUtf8()) &&
            !err.contains(m_sasl->password().toUtf8()));
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QVERIFY2(cli.exitCode() == 0 && o.value(QStringLiteral("ok")).toBool(),
             QByteArray(out + err).constData());
    QCOMPARE(o.value(QStringLiteral("auth_mechanism")).toString(), used);
}

QTEST_GUILESS_MAIN(TestSaslDovecot)
#include "tst_sasl_dovecot.moc"
