// SPDX-License-Identifier: GPL-3.0-or-later
// The POP3 engine and mailwright-cli against a real Dovecot on loopback
// (tests/servers/mailservers.py): every security mode, USER/PASS and APOP, wrong
// passwords, certificates, a full mailbox with a DSN, and an emptied one.
#include "DovecotFixture.h"
#include "TestPaths.h"
#include "diagnostics/DsnParser.h"
#include "diagnostics/StatusMonitor.h"
#include "protocol/Pop3Session.h"
#include "settings/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::DovecotFixture;

namespace {
enum class Port { Plain, Tls };
enum class Trust { Ca, None, Pin };
} // namespace

Q_DECLARE_METATYPE(Port)
Q_DECLARE_METATYPE(Trust)
Q_DECLARE_METATYPE(mw::Pop3Config::Security)

class TestPop3Dovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void login_data();
    void login();
    void fullMailboxWithDsn();
    void monitorWatchesBounces();
    void cliBouncesAndStatus();
    void emptyMailbox();
    void autoWithoutStlsSendsNoLogin_data();
    void autoWithoutStlsSendsNoLogin();
    void refusedLoginEndsWithQuit();

private:
    Pop3Config config(Port port) const;
    std::unique_ptr<DovecotFixture> m_server;
    QTemporaryDir m_work;
};

void TestPop3Dovecot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
    m_server = std::make_unique<DovecotFixture>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

Pop3Config TestPop3Dovecot::config(Port port) const
{
    Pop3Config c;
    c.host = m_server->hostName(); // "localhost", the name in the certificate
    c.port = port == Port::Tls ? m_server->tlsPort() : m_server->plainPort();
    c.username = m_server->userName();
    c.password = m_server->password();
    c.timeoutSeconds = 10;
    c.trust.caFile = m_server->caFile();
    return c;
}

void TestPop3Dovecot::login_data()
{
    using Sec = Pop3Config::Security;
    QTest::addColumn<Port>("port");
    QTest::addColumn<Sec>("security");
    QTest::addColumn<bool>("apop");
    QTest::addColumn<Trust>("trust");
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<QString>("errorClass");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("encrypted");

    QTest::newRow("stls-user-pass") << Port::Plain << Sec::Stls << false << Trust::Ca << true << ""
                                    << "done"
                                    << "USER" << true;
    QTest::newRow("auto-on-110-style-port-uses-stls")
        << Port::Plain << Sec::Auto << false << Trust::Ca << true << ""
        << "done"
        << "USER" << true;
    QTest::newRow("pop3s-user-pass") << Port::Tls << Sec::Tls << false << Trust::Ca << true << ""
                                     << "done"
                                     << "USER" << true;
    QTest::newRow("stls-apop") << Port::Plain << Sec::Stls << true << Trust::Ca << true << ""
                               << "done"
                               << "APOP" << true;
    QTest::newRow("apop-in-clear-with-security-none")
        << Port::Plain << Sec::None << true << Trust::Ca << true << ""
        << "done"
        << "APOP" << false;
    QTest::newRow("user-pass-in-clear-with-security-none")
        << Port::Plain << Sec::None << false << Trust::Ca << true << ""
        << "done"
        << "USER" << false;
    QTest::newRow("wrong-password")
        << Port::Plain << Sec::Stls << false << Trust::Ca << false << "auth_failed"
        << "auth"
        << "" << true;
    QTest::newRow("wrong-password-apop")
        << Port::Tls << Sec::Tls << true << Trust::Ca << false << "auth_failed"
        << "auth"
        << "" << true;
    QTest::newRow("untrusted-certificate-stls")
        << Port::Plain << Sec::Stls << false << Trust::None << true << "tls_certificate"
        << "tls"
        << "" << false;
    QTest::newRow("untrusted-certificate-pop3s")
        << Port::Tls << Sec::Tls << false << Trust::None << true << "tls_certificate"
        << "tls"
        << "" << false;
    QTest::newRow("pinned-certificate")
        << Port::Tls << Sec::Tls << false << Trust::Pin << true << ""
        << "done"
        << "USER" << true;
    QTest::newRow("implicit-tls-on-plain-port")
        << Port::Plain << Sec::Tls << false << Trust::Ca << true << "tls_handshake"
        << "tls"
        << "" << false;
}

void TestPop3Dovecot::login()
{
    QFETCH(Port, port);
    QFETCH(Pop3Config::Security, security);
    QFETCH(bool, apop);
    QFETCH(Trust, trust);
    QFETCH(bool, rightPassword);
    QFETCH(QString, errorClass);
    QFETCH(QString, phase);
    QFETCH(QString, mechanism);
    QFETCH(bool, encrypted);

    Pop3Config c = config(port);
    c.security = security;
    c.auth = apop ? Pop3Config::Auth::Apop : Pop3Config::Auth::User;
    if (trust != Trust::Ca)
        c.trust.caFile.clear();
    if (trust == Trust::Pin)
        c.trust.pinSha256 = m_server->certSha256();
    if (!rightPassword)
        c.password = QStringLiteral("Wrong-Pop-Pass-5");

    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    session.start(c, Phase::Auth);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    const Result r = session.result();
    const QString transcript = session.transcript().toText();
    QVERIFY2(errorClassId(r.errorClass) == errorClass,
             qPrintable(errorClassId(r.errorClass) + QLatin1String(": ") + r.message +
                        QLatin1Char('\n') + transcript));
    QCOMPARE(phaseId(r.phase), phase);
    QVERIFY(!transcript.contains(m_server->password()));
    QVERIFY(!transcript.contains(QLatin1String("Wrong-Pop-Pass-5")));
    // Dovecot greets with an APOP timestamp (RFC 1939 §7).
    if (r.errorClass != ErrorClass::TlsCertificate && r.errorClass != ErrorClass::TlsHandshake)
        QVERIFY2(!session.apopTimestamp().isEmpty(), qPrintable(r.greeting));
    if (r.ok) {
        QCOMPARE(r.authMechanismUsed, mechanism);
        QCOMPARE(!r.tlsProtocol.isEmpty(), encrypted);
        QVERIFY(r.capabilities.contains(QStringLiteral("UIDL")));
        if (mechanism == QLatin1String("USER"))
            QVERIFY(transcript.contains(QLatin1String("C: PASS ***")));
        else
            QVERIFY(transcript.contains(QLatin1String("C: APOP mwtest ***")));
    } else {
        QVERIFY(!r.hint.isEmpty());
    }
    if (errorClass == QLatin1String("auth_failed"))
        QVERIFY2(r.serverReply.startsWith(QLatin1String("-ERR")), qPrintable(r.serverReply));
    if (errorClass == QLatin1String("tls_certificate")) {
        QCOMPARE(r.certificate.sha256, m_server->certSha256());
        QVERIFY(r.message.contains(m_server->certSha256()));
        QVERIFY2(!transcript.contains(QLatin1String("C: USER")), qPrintable(transcript));
    }
}

void TestPop3Dovecot::fullMailboxWithDsn()
{
    Pop3Config c = config(Port::Plain);
    c.security = Pop3Config::Security::Stls;
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    QSignalSpy stat(&session, &Pop3Session::statReceived);
    QSignalSpy listed(&session, &Pop3Session::listed);
    QList<QByteArray> messages;
    connect(&session, &Pop3Session::retrieved, this,
            [&](int, const QByteArray &content) { messages << content; });
    session.start(c);
    session.stat();
    session.list();
    for (int n = 1; n <= 3; ++n)
        session.retrieve(n);
    session.quit();
    QVERIFY(finished.wait(30000));
    QVERIFY2(session.result().ok, qPrintable(session.result().message + QLatin1Char('\n') +
                                             session.transcript().toText()));
    QCOMPARE(stat.count(), 1);
    QCOMPARE(stat.at(0).at(0).toInt(), 3);
    const auto infos = listed.at(0).at(0).value<QList<Pop3MessageInfo>>();
    QCOMPARE(infos.size(), 3);
    const QJsonArray preloaded = m_server->info().value(QStringLiteral("messages")).toArray();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(infos.at(i).number, i + 1);
        QVERIFY(!infos.at(i).uid.isEmpty());
        QVERIFY(infos.at(i).size > 0);
    }
    QCOMPARE(messages.size(), 3);
    QVERIFY(!DsnParser::parse(messages.at(0)));
    QVERIFY(!DsnParser::parse(messages.at(1)));
    const auto dsn = DsnParser::parse(messages.at(2));
    QVERIFY(dsn);
    QCOMPARE(dsn->failed()->finalRecipient, QStringLiteral("ops@unknown.example.test"));
    QCOMPARE(dsn->failed()->status, QStringLiteral("5.1.1"));
    QCOMPARE(dsn->originalMessageId, QStringLiteral("<original-03@example.test>"));
    QCOMPARE(preloaded.size(), 3);
}

void TestPop3Dovecot::monitorWatchesBounces()
{
    // The status monitor reads the bounced-alerts mailbox after each good POP3 check:
    // the DSN is recorded once, each message is downloaded once (by UID), nothing is
    // deleted, and the log survives for the next process.
    MemorySecretStore secrets;
    bool written = false;
    secrets.write(QStringLiteral("pop3"), m_server->password(), this,
                  [&](const SecretResult &) { written = true; });
    QTRY_VERIFY(written);
    MailSettings s;
    s.smtp.enabled = false;
    s.pop3.enabled = true;
    s.pop3.host = m_server->hostName();
    s.pop3.port = m_server->tlsPort();
    s.pop3.security = MailSettings::Pop3Security::Tls;
    s.pop3.username = m_server->userName();
    s.pop3.caFile = m_server->caFile();
    s.pop3.timeout = 10;
    s.pop3.watchBounces = true;
    const QString logPath = m_work.filePath(QStringLiteral("bounces.json"));
    StatusMonitor monitor;
    monitor.setPeriodic(false);
    monitor.setSecretStore(&secrets);
    monitor.setBounceLogPath(logPath);
    monitor.setSettings(s);
    QSignalSpy read(&monitor, &StatusMonitor::bouncesRead);
    monitor.refreshServer(QStringLiteral("pop3"));
    QVERIFY(read.wait(30000));
    QCOMPARE(monitor.state(QStringLiteral("pop3")).status, ServerStatus::Operating);
    auto fresh = read.at(0).at(0).value<QList<BounceRecord>>();
    QVERIFY2(read.at(0).at(1).value<Result>().ok,
             qPrintable(read.at(0).at(1).value<Result>().message));
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().recipient, QStringLiteral("ops@unknown.example.test"));
    QCOMPARE(fresh.first().status, QStringLiteral("5.1.1"));
    QCOMPARE(fresh.first().originalMessageId, QStringLiteral("<original-03@example.test>"));
    QVERIFY(!fresh.first().deleted);
    QCOMPARE(m_server->messageFiles().size(), 3);

    // Second check: nothing new, nothing downloaded again.
    monitor.refreshServer(QStringLiteral("pop3"));
    QVERIFY(read.wait(30000));
    QCOMPARE(read.at(1).at(0).value<QList<BounceRecord>>().size(), 0);
    QCOMPARE(monitor.bounceRecords().size(), 1);
    BounceLog log(logPath);
    QVERIFY(log.load());
    QCOMPARE(log.records().size(), 1);
    QCOMPARE(log.seenUids().size(), 3);
    QVERIFY(!QFile(logPath).readAll().contains(m_server->password().toUtf8()));

    // Without the watch a check reads nothing.
    s.pop3.watchBounces = false;
    monitor.setSettings(s);
    QSignalSpy checked(&monitor, &StatusMonitor::checkFinished);
    monitor.refreshServer(QStringLiteral("pop3"));
    QVERIFY(checked.wait(30000));
    QTest::qWait(500);
    QCOMPARE(read.size(), 2);
    QCOMPARE(m_server->messageFiles().size(), 3);
}

void TestPop3Dovecot::cliBouncesAndStatus()
{
    const QString path = m_work.filePath(QStringLiteral("pop3.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\nenabled=false\n"
                           "[pop3]\nenabled=true\nhost=localhost\nport=%1\nsecurity=stls\n"
                           "username=%2\nca_file=%3\napop=true\n")
                .arg(m_server->plainPort())
                .arg(m_server->userName(), m_server->caFile())
                .toUtf8());
    f.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"), m_server->password());
    auto run = [&](const QStringList &args, QByteArray *out) {
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(test::cliPath(), QStringList{QStringLiteral("--config"), path} + args);
        if (!cli.waitForFinished(60000))
            return -1;
        *out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        if (out->contains(m_server->password().toUtf8()) ||
            err.contains(m_server->password().toUtf8()))
            return -2;
        return cli.exitCode();
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("status")}, &out), 0);
    QVERIFY2(out.contains("pop3: Not connected"), out.constData());
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("bounces")}, &out), 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), out.constData());
    QCOMPARE(o.value(QStringLiteral("messages")).toInt(), 3);
    const QJsonArray bounces = o.value(QStringLiteral("bounces")).toArray();
    QCOMPARE(bounces.size(), 1);
    const QJsonObject b = bounces.first().toObject();
    QCOMPARE(b.value(QStringLiteral("number")).toInt(), 3);
    QCOMPARE(b.value(QStringLiteral("recipient")).toString(),
             QStringLiteral("ops@unknown.example.test"));
    QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("5.1.1"));
    QCOMPARE(b.value(QStringLiteral("original_message_id")).toString(),
             QStringLiteral("<original-03@example.test>"));
    QCOMPARE(b.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(b.value(QStringLiteral("new")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("auth_mechanism")).toString(), QStringLiteral("APOP"));
    // Left on the server: still three messages.
    QCOMPARE(m_server->messageFiles().size(), 3);
    QCOMPARE(run({QStringLiteral("status")}, &out), 0);
    QVERIFY2(out.contains("pop3: Operating"), out.constData());

    // Deleting handled bounces removes the DSN only.
    QCOMPARE(run({QStringLiteral("bounces"), QStringLiteral("--delete-handled")}, &out), 0);
    QVERIFY2(out.contains("[deleted]"), out.constData());
    QVERIFY2(!out.contains("[new]"), out.constData()); // listed by the first run already
    QCOMPARE(m_server->messageFiles().size(), 2);
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("bounces")}, &out), 0);
    QCOMPARE(
        QJsonDocument::fromJson(out).object().value(QStringLiteral("bounces")).toArray().size(), 0);

    // A wrong password: Unable to connect, auth_failed, EX_NOPERM.
    env.insert(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"), QStringLiteral("Wrong-Pop-Pass-5"));
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--check")}, &out), 77);
    QVERIFY2(out.contains("pop3: Unable to connect") && out.contains("(auth_failed)"),
             out.constData());
}

void TestPop3Dovecot::emptyMailbox()
{
    // Delete everything, then a new session sees an empty maildrop.
    for (int round = 0; round < 2; ++round) {
        Pop3Config c = config(Port::Tls);
        c.security = Pop3Config::Security::Tls;
        Pop3Session session;
        QSignalSpy finished(&session, &Pop3Session::finished);
        QSignalSpy stat(&session, &Pop3Session::statReceived);
        QList<Pop3MessageInfo> listing;
        connect(&session, &Pop3Session::listed, this,
                [&](const QList<Pop3MessageInfo> &l) { listing = l; });
        int readies = 0;
        connect(&session, &Pop3Session::ready, this, [&] {
            if (++readies == 1) {
                session.stat();
                session.list();
                return;
            }
            for (const Pop3MessageInfo &m : std::as_const(listing))
                session.remove(m.number);
            session.quit();
        });
        session.start(c);
        QVERIFY(finished.wait(30000));
        QVERIFY2(session.result().ok, qPrintable(session.result().message));
        QCOMPARE(stat.count(), 1);
        if (round == 1) {
            QCOMPARE(stat.at(0).at(0).toInt(), 0);
            QCOMPARE(stat.at(0).at(1).toLongLong(), 0);
            QVERIFY(listing.isEmpty());
        } else {
            QVERIFY(stat.at(0).at(0).toInt() > 0);
        }
    }
    QCOMPARE(m_server->messageFiles().size(), 0);
}

void TestPop3Dovecot::autoWithoutStlsSendsNoLogin_data()
{
    QTest::addColumn<bool>("apop");
    QTest::newRow("apop") << true;
    QTest::newRow("user-pass") << false;
}

void TestPop3Dovecot::autoWithoutStlsSendsNoLogin()
{
    // A Dovecot without TLS that greets with an APOP timestamp and allows logins in
    // clear: security "auto" with credentials sends neither APOP nor USER/PASS.
    QFETCH(bool, apop);
    DovecotFixture plain(QStringLiteral("plain-only"));
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    Pop3Config c;
    c.host = plain.host();
    c.port = plain.plainPort();
    c.username = plain.userName();
    c.password = plain.password();
    c.security = Pop3Config::Security::Auto;
    c.auth = apop ? Pop3Config::Auth::Apop : Pop3Config::Auth::User;
    c.timeoutSeconds = 10;
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    session.start(c, Phase::Auth);
    QVERIFY(finished.wait(30000));
    const Result r = session.result();
    const QString transcript = session.transcript().toText();
    QVERIFY2(r.errorClass == ErrorClass::StartTlsUnavailable,
             qPrintable(errorClassId(r.errorClass) + QLatin1String(": ") + r.message + u'\n' +
                        transcript));
    QCOMPARE(r.phase, Phase::StartTls);
    QVERIFY(!session.apopTimestamp().isEmpty()); // APOP would have been possible
    for (const char *never : {"C: APOP", "C: USER", "C: PASS", "C: AUTH"})
        QVERIFY2(!transcript.contains(QLatin1String(never)), qPrintable(transcript));
    QVERIFY2(transcript.contains(QLatin1String("C: QUIT")), qPrintable(transcript));
    // Dovecot saw no login attempt at all.
    QString log;
    QTRY_VERIFY_WITH_TIMEOUT((log = plain.serverLog()).contains(QLatin1String("no auth attempts")),
                             5000);
    QVERIFY2(!log.contains(QLatin1String("auth failed")), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("Login: user=")), qPrintable(log));
}

void TestPop3Dovecot::refusedLoginEndsWithQuit()
{
    // RFC 1939 §6: a refused login ends with QUIT, not a dropped connection; Dovecot then
    // logs that the client logged out instead of "Connection closed (auth failed)".
    const qsizetype before = m_server->serverLog().size();
    Pop3Config c = config(Port::Plain);
    c.security = Pop3Config::Security::Stls;
    c.password = QStringLiteral("Wrong-Pop-Pass-5");
    Pop3Session session;
    QSignalSpy finished(&session, &Pop3Session::finished);
    session.start(c, Phase::Auth);
    QVERIFY(finished.wait(30000));
    const Result r = session.result();
    QCOMPARE(r.errorClass, ErrorClass::AuthFailed);
    QVERIFY2(r.serverReply.startsWith(QLatin1String("-ERR")), qPrintable(r.serverReply));
    const QString transcript = session.transcript().toText();
    QVERIFY2(transcript.contains(QLatin1String("C: QUIT")), qPrintable(transcript));
    QString log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log = m_server->serverLog().mid(before)).contains(QLatin1String("auth failed")), 5000);
    // Dovecot 2.3: "Disconnected: Aborted login by logging out (auth failed, ...)" after
    // QUIT, "Disconnected: Connection closed (auth failed, ...)" after a dropped connection.
    QVERIFY2(log.contains(QLatin1String("logging out (auth failed")), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("Connection closed")), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestPop3Dovecot)
#include "tst_pop3_dovecot.moc"
