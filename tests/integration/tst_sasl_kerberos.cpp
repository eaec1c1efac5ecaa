// SPDX-License-Identifier: GPL-3.0-or-later
// GSSAPI (Kerberos V5, RFC 4752) against a real MIT KDC and Dovecot on loopback: the KDC of
// tests/servers/kerberos/kdc.py (realm MAILWRIGHT.TEST, services smtp/localhost and
// pop/localhost) and the "sasl" Dovecot in the same directory (POP3 and SMTP submission).
// A ticket logs in without a password on every protocol and channel; auto picks GSSAPI only
// when no password is configured; no ticket and an expired ticket end in a sentence that
// says so (an expired one named before connecting, by the session layer); the status check
// logs in with the ticket or the client certificate and no stored password.
#include "DovecotFixture.h"
#include "TestPaths.h"
#include "protocol/Pop3Session.h"
#include "protocol/SmtpSession.h"
#include "session/CredentialResolver.h"
#include "session/Preflight.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace mw;
using mw::test::DovecotFixture;
using mw::test::MailServerFixture;

namespace {
enum class Proto { Smtp, Pop3 };
enum class Channel { StartTls, Tls };
} // namespace

Q_DECLARE_METATYPE(Proto)
Q_DECLARE_METATYPE(Channel)

class TestSaslKerberos : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void ticketLogsIn_data();
    void ticketLogsIn();
    void noTicket_data();
    void noTicket();
    void expiredTicket();
    void cli_data();
    void cli();
    void statusCheck_data();
    void statusCheck();

private:
    bool kinit(const QString &ccache, const QString &lifetime, QString *error);
    Result run(Proto proto, Channel channel, bool gssapi, bool withPassword, QString *transcript);

    QTemporaryDir m_dir; // the KDC and Dovecot share it (Dovecot reads the keytab)
    QTemporaryDir m_work;
    std::unique_ptr<DovecotFixture> m_server;
    QString m_ccache; // FILE:... with a fresh ticket of mwtest
};

bool TestSaslKerberos::kinit(const QString &ccache, const QString &lifetime, QString *error)
{
    QStringList args = {MailServerFixture::serversDir() + QStringLiteral("/kerberos/kdc.py"),
                        QStringLiteral("kinit"),
                        QStringLiteral("--dir"),
                        m_dir.path(),
                        QStringLiteral("--ccache"),
                        ccache};
    if (!lifetime.isEmpty())
        args << QStringLiteral("--lifetime") << lifetime;
    QProcess p;
    p.start(mw::test::python(), args);
    if (!p.waitForStarted(10000)) {
        *error = p.errorString();
        return false;
    }
    p.write(MailServerFixture::testPassword().toUtf8() + '\n'); // stdin, never argv
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

void TestSaslKerberos::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid() && m_work.isValid());
    QString error;
    const QByteArray kdc = MailServerFixture::runScript(
        QStringLiteral("kerberos/kdc.py"),
        {QStringLiteral("start"), QStringLiteral("--dir"), m_dir.path()}, 60000, &error);
    QVERIFY2(!kdc.isEmpty(), qPrintable(error));
    const QJsonObject info = QJsonDocument::fromJson(kdc).object();
    QCOMPARE(info.value(QStringLiteral("realm")).toString(), QStringLiteral("MAILWRIGHT.TEST"));
    // The GSSAPI library of this process finds the realm through this profile.
    qputenv("KRB5_CONFIG", info.value(QStringLiteral("krb5_config")).toString().toLocal8Bit());
    m_server = std::make_unique<DovecotFixture>(QStringLiteral("sasl"), m_dir.path());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->mechanisms().contains(QStringLiteral("GSSAPI")),
             qPrintable(m_server->mechanisms().join(QLatin1Char(' '))));
    m_ccache = QStringLiteral("FILE:") + m_work.filePath(QStringLiteral("ccache"));
    QVERIFY2(kinit(m_ccache, {}, &error), qPrintable(error));
}

void TestSaslKerberos::cleanupTestCase()
{
    if (m_server)
        m_server->stop(); // stops Dovecot, its relay Exim and the KDC of the directory
}

void TestSaslKerberos::init()
{
    qputenv("KRB5CCNAME", m_ccache.toLocal8Bit());
}

Result TestSaslKerberos::run(Proto proto, Channel channel, bool gssapi, bool withPassword,
                             QString *transcript)
{
    const QString password = withPassword ? m_server->password() : QString();
    if (proto == Proto::Smtp) {
        SmtpConfig c;
        c.host = m_server->hostName(); // "localhost": the service principal smtp/localhost
        c.port = channel == Channel::Tls ? m_server->submissionsPort() : m_server->submissionPort();
        c.security =
            channel == Channel::Tls ? SmtpConfig::Security::Tls : SmtpConfig::Security::StartTls;
        c.auth = gssapi ? SmtpConfig::Auth::Gssapi : SmtpConfig::Auth::Auto;
        c.username = m_server->userName();
        c.password = password;
        c.timeoutSeconds = 10;
        c.trust.caFile = m_server->caFile();
        SmtpSession session;
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.start(c, {}, Phase::Auth);
        if (finished.isEmpty() && !finished.wait(30000))
            qWarning("the SMTP session did not finish in 30 s");
        *transcript = session.transcript().toText();
        return session.result();
    }
    Pop3Config c;
    c.host = m_server->hostName();
    c.port = channel == Channel::Tls ? m_server->tlsPort() : m_server->plainPort();
    c.security = channel == Channel::Tls ? Pop3Config::Security::Tls : Pop3Config::Security::Stls;
    c.auth = gssapi ? Pop3Config::Auth::Gssapi : Pop3Config::Auth::Auto;
    c.username = m_server->userName();
    c.password = password;
    c.timeoutSeconds = 10;
    c.trust.caFile = m_server->caFile();
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    session.start(c, Phase::Auth);
    if (finished.isEmpty() && !finished.wait(30000))
        qWarning("the POP3 session did not finish in 30 s");
    *transcript = session.transcript().toText();
    return session.result();
}

void TestSaslKerberos::ticketLogsIn_data()
{
    QTest::addColumn<Proto>("proto");
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<bool>("gssapi");       // asked for; else auto
    QTest::addColumn<bool>("withPassword"); // a password is configured too
    QTest::addColumn<QString>("used");
    for (const Proto proto : {Proto::Smtp, Proto::Pop3}) {
        const char *p = proto == Proto::Smtp ? "smtp" : "pop3";
        for (const Channel ch : {Channel::StartTls, Channel::Tls}) {
            const char *c = ch == Channel::Tls ? "tls" : "starttls";
            QTest::addRow("%s-%s-gssapi", p, c) << proto << ch << true << false << "GSSAPI";
            QTest::addRow("%s-%s-auto-without-password-picks-gssapi", p, c)
                << proto << ch << false << false << "GSSAPI";
            QTest::addRow("%s-%s-auto-with-password-picks-scram", p, c)
                << proto << ch << false << true << "SCRAM-SHA-256";
        }
    }
}

void TestSaslKerberos::ticketLogsIn()
{
    QFETCH(Proto, proto);
    QFETCH(Channel, channel);
    QFETCH(bool, gssapi);
    QFETCH(bool, withPassword);
    QFETCH(QString, used);
    QString transcript;
    const qsizetype logBefore = m_server->serverLog().size();
    const Result r = run(proto, channel, gssapi, withPassword, &transcript);
    const QString why = errorClassId(r.errorClass) + QLatin1String(": ") + r.message +
                        QLatin1Char('\n') + transcript + QLatin1String("\nserver log:\n") +
                        m_server->serverLog().mid(logBefore);
    QVERIFY2(r.ok, qPrintable(why));
    QCOMPARE(r.authMechanismUsed, used);
    QVERIFY(!transcript.contains(m_server->password()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_server->serverLog().mid(logBefore).contains(QStringLiteral("method=%1,").arg(used)),
        qPrintable(m_server->serverLog().mid(logBefore)), 5000);
}

void TestSaslKerberos::noTicket_data()
{
    QTest::addColumn<Proto>("proto");
    QTest::newRow("smtp") << Proto::Smtp;
    QTest::newRow("pop3") << Proto::Pop3;
}

void TestSaslKerberos::noTicket()
{
    QFETCH(Proto, proto);
    qputenv("KRB5CCNAME",
            QByteArray("FILE:") + m_work.filePath(QStringLiteral("no-such-ccache")).toLocal8Bit());
    QString transcript;
    const Result r = run(proto, Channel::StartTls, true, false, &transcript);
    const QString why = errorClassId(r.errorClass) + QLatin1String(": ") + r.message +
                        QLatin1Char('\n') + transcript;
    QVERIFY2(!r.ok, qPrintable(why));
    QVERIFY2(r.errorClass == ErrorClass::AuthFailed || r.errorClass == ErrorClass::Config,
             qPrintable(why));
    // The sentence names the cause and the remedy.
    QVERIFY2(r.message.contains(QLatin1String("ticket"), Qt::CaseInsensitive), qPrintable(why));
    QVERIFY2(r.message.contains(QLatin1String("kinit")) || r.hint.contains(QLatin1String("kinit")),
             qPrintable(why + QLatin1Char('\n') + r.hint));
}

void TestSaslKerberos::expiredTicket()
{
    // MIT's KDC grants lifetimes down to seconds; this one is gone before it is used.
    const QString cc = QStringLiteral("FILE:") + m_work.filePath(QStringLiteral("short-ccache"));
    QString error;
    QVERIFY2(kinit(cc, QStringLiteral("3s"), &error), qPrintable(error));
    QTest::qWait(5000);
    qputenv("KRB5CCNAME", cc.toLocal8Bit());
    // Decided in the session layer, before any connection: Preflight says the GSSAPI login
    // needs the ticket, the credential resolver reads the cache and names its expiry.
    for (const Proto proto : {Proto::Smtp, Proto::Pop3}) {
        MailSettings s;
        s.smtp.host = m_server->hostName();
        s.smtp.username = m_server->userName();
        s.pop3.host = m_server->hostName();
        s.pop3.username = m_server->userName();
        Purpose purpose = Purpose::SendTest;
        if (proto == Proto::Smtp) {
            s.smtp.auth = MailSettings::SmtpAuth::Gssapi;
        } else {
            s.smtp.auth = MailSettings::SmtpAuth::None;
            s.pop3.auth = MailSettings::Pop3Auth::Gssapi;
            purpose = Purpose::RoundTrip; // the message is fetched back with a GSSAPI login
        }
        const PreflightNeeds needs = Preflight::needs(s, purpose);
        QVERIFY(needs.kerberosTicket);
        QVERIFY(!needs.smtpPassword && !needs.pop3Password);
        CredentialResolver resolver;
        QObject context;
        std::optional<CredentialResolver::Outcome> o;
        resolver.resolve(s, needs, &context, [&o](const CredentialResolver::Outcome &x) { o = x; });
        QTRY_VERIFY_WITH_TIMEOUT(o.has_value(), 30000);
        const QString why = errorClassId(o->failure.errorClass) + QLatin1String(": ") + o->text();
        QVERIFY2(!o->ok, qPrintable(why));
        QCOMPARE(o->account, QStringLiteral("kerberos"));
        QCOMPARE(o->failure.errorClass, ErrorClass::AuthFailed);
        QVERIFY2(o->failure.message.contains(QLatin1String("expired"), Qt::CaseInsensitive),
                 qPrintable(why));
        QVERIFY2(o->failure.message.contains(QLatin1String("mwtest@MAILWRIGHT.TEST")),
                 qPrintable(why));
        QVERIFY2(o->failure.message.contains(QLatin1String("kinit")), qPrintable(why));
    }
    // The ticket expires between that check and the login (the protocol layer alone): the
    // login still fails with GNU SASL's own sentence about the ticket.
    for (const Proto proto : {Proto::Smtp, Proto::Pop3}) {
        QString transcript;
        const Result r = run(proto, Channel::StartTls, true, false, &transcript);
        const QString why = errorClassId(r.errorClass) + QLatin1String(": ") + r.message +
                            QLatin1Char('\n') + r.hint + QLatin1Char('\n') + transcript;
        QVERIFY2(!r.ok, qPrintable(why));
        QVERIFY2(r.errorClass == ErrorClass::AuthFailed || r.errorClass == ErrorClass::Config,
                 qPrintable(why));
        QVERIFY2(r.message.contains(QLatin1String("ticket"), Qt::CaseInsensitive), qPrintable(why));
    }
}

void TestSaslKerberos::cli_data()
{
    QTest::addColumn<QString>("lifetime"); // of the ticket; "" the KDC's default
    QTest::addColumn<QString>("expect");   // auth_mechanism, or a word of the message
    QTest::newRow("ticket") << ""
                            << "GSSAPI";
    QTest::newRow("expired-ticket") << "3s"
                                    << "expired";
}

void TestSaslKerberos::cli()
{
    // End to end: mailwright-cli test --stop-after auth with smtp/auth=gssapi, no password.
    QFETCH(QString, lifetime);
    QFETCH(QString, expect);
    const QString tag = QLatin1String(QTest::currentDataTag());
    const QString cc = QStringLiteral("FILE:") + m_work.filePath(QStringLiteral("cli-cc-") + tag);
    QString error;
    QVERIFY2(kinit(cc, lifetime, &error), qPrintable(error));
    if (!lifetime.isEmpty())
        QTest::qWait(5000);
    const QString path = m_work.filePath(QStringLiteral("cli-%1.ini").arg(tag));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("[general]\nsecret_backend=memory\n"
                           "[smtp]\nhost=localhost\nport=%1\nsecurity=starttls\nauth=gssapi\n"
                           "username=%2\nca_file=%3\ntimeout=10\n"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n")
                .arg(m_server->submissionPort())
                .arg(m_server->userName(), m_server->caFile())
                .toUtf8());
    f.close();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5CCNAME"), cc);
    cli.setProcessEnvironment(env);
    cli.start(mw::test::cliPath(),
              {QStringLiteral("--config"), path, QStringLiteral("--json"), QStringLiteral("test"),
               QStringLiteral("--stop-after"), QStringLiteral("auth")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    const QByteArray why = out + err;
    if (expect == QLatin1String("GSSAPI")) {
        QVERIFY2(cli.exitCode() == 0 && o.value(QStringLiteral("ok")).toBool(), why.constData());
        QCOMPARE(o.value(QStringLiteral("auth_mechanism")).toString(), expect);
    } else {
        QVERIFY2(cli.exitCode() != 0 && !o.value(QStringLiteral("ok")).toBool(), why.constData());
        QVERIFY2(
            o.value(QStringLiteral("message")).toString().contains(expect, Qt::CaseInsensitive),
            why.constData());
    }
}

void TestSaslKerberos::statusCheck_data()
{
    QTest::addColumn<QString>("auth"); // smtp/auth and pop3/auth
    QTest::addColumn<QString>("used");
    QTest::newRow("external") << "external"
                              << "EXTERNAL";
    QTest::newRow("gssapi") << "gssapi"
                            << "GSSAPI";
}

void TestSaslKerberos::statusCheck()
{
    // mailwright-cli status --check (the window's StatusMonitor and its probes) with the
    // methods that need no password: the check logs in to both servers, presenting the
    // client certificate (EXTERNAL) or the ticket (GSSAPI), and no password is stored.
    QFETCH(QString, auth);
    QFETCH(QString, used);
    const QString tag = QLatin1String(QTest::currentDataTag());
    const QString cc =
        QStringLiteral("FILE:") + m_work.filePath(QStringLiteral("status-cc-") + tag);
    QString error;
    QVERIFY2(kinit(cc, {}, &error), qPrintable(error));
    const QString cert =
        auth == QLatin1String("external")
            ? QStringLiteral("client_cert=%1\n").arg(m_server->clientPemWithKeyFile())
            : QString();
    const QString path = m_work.filePath(QStringLiteral("status-%1.ini").arg(tag));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("[general]\nsecret_backend=memory\n"
                           "[smtp]\nhost=localhost\nport=%1\nsecurity=starttls\nauth=%3\n"
                           "username=%6\nca_file=%4\ntimeout=10\n%5"
                           "[pop3]\nenabled=true\nhost=localhost\nport=%2\nsecurity=stls\n"
                           "auth=%3\nusername=%6\nca_file=%4\ntimeout=10\n%5"
                           "[mailboxes]\nfrom=alerts@example.test\nnotify=admin@example.test\n")
                .arg(m_server->submissionPort())
                .arg(m_server->plainPort())
                .arg(auth, m_server->caFile(), cert, m_server->userName())
                .toUtf8());
    f.close();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5CCNAME"), cc);
    env.remove(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"));
    env.remove(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"));
    cli.setProcessEnvironment(env);
    cli.start(mw::test::cliPath(), {QStringLiteral("--config"), path, QStringLiteral("--json"),
                                    QStringLiteral("status"), QStringLiteral("--check")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray why = out + cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, why.constData());
    QHash<QString, QJsonObject> byServer;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("server")))
            byServer.insert(o.value(QStringLiteral("server")).toString(), o);
    }
    for (const QString &server : {QStringLiteral("smtp"), QStringLiteral("pop3")}) {
        const QJsonObject o = byServer.value(server);
        QVERIFY2(o.value(QStringLiteral("ok")).toBool(), why.constData());
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("Operating"));
        QCOMPARE(o.value(QStringLiteral("auth_mechanism")).toString(), used);
    }
}

QTEST_GUILESS_MAIN(TestSaslKerberos)
#include "tst_sasl_kerberos.moc"
