// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP engine, the Send Test operation and mailwright-cli against a real Exim 4 on
// loopback (tests/servers/mailservers.py). Every accepted message is read back from
// Exim's maildir and parsed by Python's email package with the strict default policy.
#include "EximFixture.h"
#include "TestPaths.h"
#include "delivery/TestSend.h"
#include "settings/MailSettings.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::EximFixture;

namespace {

enum class PortKind { StartTls, Tls, Plain };
enum class Trust { Ca, None, Pin, WrongPin };

} // namespace

Q_DECLARE_METATYPE(PortKind)
Q_DECLARE_METATYPE(Trust)
Q_DECLARE_METATYPE(mw::MailSettings::SmtpSecurity)
Q_DECLARE_METATYPE(mw::MailSettings::SmtpAuth)

class TestSmtpExim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendTest_data();
    void sendTest();
    void cliJson();
    void cliWrongPasswordExitCode();
    void refusalEndsWithQuit_data();
    void refusalEndsWithQuit();
    void noSecretInFiles();

private:
    MailSettings baseSettings(EximFixture &server, PortKind kind) const;
    EximFixture *fixture(const QString &shape);

    std::unique_ptr<EximFixture> m_default;
    std::unique_ptr<EximFixture> m_plainOnly;
    QTemporaryDir m_work;
    QString m_debugLog;
    QStringList m_cliOutputs;
};

void TestSmtpExim::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
    m_debugLog = m_work.filePath(QStringLiteral("debug/mailwright-debug.log"));
    m_default = std::make_unique<EximFixture>();
    QVERIFY2(m_default->start(), qPrintable(m_default->errorString()));
    m_plainOnly = std::make_unique<EximFixture>(QStringLiteral("plain-only"));
    QVERIFY2(m_plainOnly->start(), qPrintable(m_plainOnly->errorString()));
}

EximFixture *TestSmtpExim::fixture(const QString &shape)
{
    return shape == QLatin1String("plain-only") ? m_plainOnly.get() : m_default.get();
}

MailSettings TestSmtpExim::baseSettings(EximFixture &server, PortKind kind) const
{
    MailSettings s;
    s.smtp.host = server.hostName(); // "localhost": the name in the certificate
    s.smtp.port = kind == PortKind::Tls ? server.tlsPort() : server.plainPort();
    s.smtp.username = server.userName();
    s.smtp.timeout = 10;
    s.smtp.caFile = server.caFile();
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.fromName = QStringLiteral("Mailwright Alerts Überwachung");
    s.mailboxes.notify = QStringLiteral("admin@example.test");
    s.mailboxes.bounce = QStringLiteral("bounces@example.test");
    s.diagnostics.debugLog = m_debugLog;
    return s;
}

void TestSmtpExim::sendTest_data()
{
    using Sec = MailSettings::SmtpSecurity;
    using Auth = MailSettings::SmtpAuth;
    QTest::addColumn<QString>("shape");
    QTest::addColumn<PortKind>("port");
    QTest::addColumn<Sec>("security");
    QTest::addColumn<Auth>("auth");
    QTest::addColumn<Trust>("trust");
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("errorClass"); // empty: success
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("mechanism"); // expected mechanism on success
    QTest::addColumn<bool>("authMaySend");  // false: no AUTH command may appear

    const QString from = QStringLiteral("alerts@example.test");
    const QString to = QStringLiteral("admin@example.test");
    const QString def = QStringLiteral("default");
    const QString plainOnly = QStringLiteral("plain-only");

    QTest::newRow("starttls-plain") << def << PortKind::StartTls << Sec::StartTls << Auth::Plain
                                    << Trust::Ca << true << from << to << ""
                                    << "done"
                                    << "PLAIN" << true;
    QTest::newRow("starttls-login") << def << PortKind::StartTls << Sec::StartTls << Auth::Login
                                    << Trust::Ca << true << from << to << ""
                                    << "done"
                                    << "LOGIN" << true;
    QTest::newRow("starttls-cram-md5") << def << PortKind::StartTls << Sec::StartTls
                                       << Auth::CramMd5 << Trust::Ca << true << from << to << ""
                                       << "done"
                                       << "CRAM-MD5" << true;
    QTest::newRow("auto-security-auto-auth") << def << PortKind::StartTls << Sec::Auto << Auth::Auto
                                             << Trust::Ca << true << from << to << ""
                                             << "done"
                                             << "CRAM-MD5" << true;
    QTest::newRow("implicit-tls-plain")
        << def << PortKind::Tls << Sec::Tls << Auth::Plain << Trust::Ca << true << from << to << ""
        << "done"
        << "PLAIN" << true;
    QTest::newRow("wrong-password") << def << PortKind::StartTls << Sec::StartTls << Auth::Plain
                                    << Trust::Ca << false << from << to << "auth_failed"
                                    << "auth"
                                    << "" << true;
    QTest::newRow("wrong-password-cram") << def << PortKind::Tls << Sec::Tls << Auth::CramMd5
                                         << Trust::Ca << false << from << to << "auth_failed"
                                         << "auth"
                                         << "" << true;
    QTest::newRow("rejected-sender")
        << def << PortKind::StartTls << Sec::StartTls << Auth::Plain << Trust::Ca << true
        << QStringLiteral("blocked@example.test") << to << "sender_rejected"
        << "mail"
        << "" << true;
    QTest::newRow("rejected-recipient")
        << def << PortKind::StartTls << Sec::StartTls << Auth::Plain << Trust::Ca << true << from
        << QStringLiteral("nobody@example.test") << "recipient_rejected"
        << "rcpt"
        << "" << true;
    QTest::newRow("untrusted-certificate")
        << def << PortKind::StartTls << Sec::StartTls << Auth::Plain << Trust::None << true << from
        << to << "tls_certificate"
        << "tls"
        << "" << false;
    QTest::newRow("untrusted-certificate-implicit")
        << def << PortKind::Tls << Sec::Tls << Auth::Plain << Trust::None << true << from << to
        << "tls_certificate"
        << "tls"
        << "" << false;
    QTest::newRow("pinned-certificate") << def << PortKind::StartTls << Sec::StartTls << Auth::Plain
                                        << Trust::Pin << true << from << to << ""
                                        << "done"
                                        << "PLAIN" << true;
    QTest::newRow("pin-mismatch") << def << PortKind::StartTls << Sec::StartTls << Auth::Plain
                                  << Trust::WrongPin << true << from << to << "tls_certificate"
                                  << "tls"
                                  << "" << false;
    QTest::newRow("implicit-tls-on-starttls-port")
        << def << PortKind::StartTls << Sec::Tls << Auth::Plain << Trust::Ca << true << from << to
        << "tls_handshake"
        << "tls"
        << "" << false;
    QTest::newRow("starttls-required-not-offered")
        << plainOnly << PortKind::Plain << Sec::StartTls << Auth::Plain << Trust::Ca << true << from
        << to << "starttls_unavailable"
        << "starttls"
        << "" << false;
    // A server without STARTTLS (or with it stripped) offering PLAIN, LOGIN and CRAM-MD5:
    // "auto" with credentials sends no AUTH of any mechanism and no message.
    QTest::newRow("auto-without-starttls-refuses-plain")
        << plainOnly << PortKind::Plain << Sec::Auto << Auth::Plain << Trust::Ca << true << from
        << to << "starttls_unavailable"
        << "starttls"
        << "" << false;
    QTest::newRow("auto-without-starttls-refuses-cram")
        << plainOnly << PortKind::Plain << Sec::Auto << Auth::Auto << Trust::Ca << true << from
        << to << "starttls_unavailable"
        << "starttls"
        << "" << false;
    QTest::newRow("auto-without-starttls-refuses-chosen-cram")
        << plainOnly << PortKind::Plain << Sec::Auto << Auth::CramMd5 << Trust::Ca << true << from
        << to << "starttls_unavailable"
        << "starttls"
        << "" << false;
    QTest::newRow("explicit-none-allows-plain")
        << plainOnly << PortKind::Plain << Sec::None << Auth::Plain << Trust::Ca << true << from
        << to << ""
        << "done"
        << "PLAIN" << true;
}

void TestSmtpExim::sendTest()
{
    QFETCH(QString, shape);
    QFETCH(PortKind, port);
    QFETCH(MailSettings::SmtpSecurity, security);
    QFETCH(MailSettings::SmtpAuth, auth);
    QFETCH(Trust, trust);
    QFETCH(bool, rightPassword);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, errorClass);
    QFETCH(QString, phase);
    QFETCH(QString, mechanism);
    QFETCH(bool, authMaySend);

    EximFixture &server = *fixture(shape);
    server.clearMaildir();
    MailSettings s = baseSettings(server, port);
    s.smtp.security = security;
    s.smtp.auth = auth;
    s.mailboxes.from = from;
    // The bounced-alerts mailbox is the envelope sender (MAIL FROM); a blocked sender
    // row blocks both.
    if (from.startsWith(QLatin1String("blocked")))
        s.mailboxes.bounce = from;
    s.mailboxes.notify = to;
    if (trust == Trust::None || trust == Trust::Pin || trust == Trust::WrongPin)
        s.smtp.caFile.clear();
    if (trust == Trust::Pin)
        s.smtp.pinSha256 = server.certSha256();
    if (trust == Trust::WrongPin)
        s.smtp.pinSha256 = QString(64, QLatin1Char('a'));

    TestSend op;
    QSignalSpy done(&op, &TestSend::finished);
    QElapsedTimer clock;
    clock.start();
    op.start(
        s,
        Credentials{
            rightPassword ? server.password() : QStringLiteral("Wrong-Pass-123"), {}, {}, {}, {}},
        {});
    QVERIFY(done.wait(30000));
    QCOMPARE(done.count(), 1);
    const Result r = op.result();
    const QString transcript = op.transcript().toText();
    QVERIFY2(clock.elapsed() < 25000, "the session must end well within its timeouts");

    QCOMPARE(errorClassId(r.errorClass), errorClass);
    QCOMPARE(phaseId(r.phase), phase);
    QVERIFY2(r.ok == errorClass.isEmpty(), qPrintable(r.message + QLatin1Char('\n') + transcript));
    QVERIFY(!r.message.isEmpty());
    if (!r.ok)
        QVERIFY2(!r.hint.isEmpty(), "every failure carries a hint");

    // The password never appears in the transcript; AUTH payloads are masked.
    QVERIFY(!transcript.contains(server.password()));
    if (!authMaySend)
        QVERIFY2(!transcript.contains(QLatin1String("C: AUTH")), qPrintable(transcript));

    if (errorClass == QLatin1String("tls_certificate")) {
        QCOMPARE(r.certificate.sha256, server.certSha256());
        QVERIFY2(r.message.contains(server.certSha256()), "the failure names the fingerprint");
        QVERIFY(r.message.contains(QLatin1String("localhost")));
    }
    if (errorClass == QLatin1String("sender_rejected") ||
        errorClass == QLatin1String("recipient_rejected") ||
        errorClass == QLatin1String("auth_failed"))
        QVERIFY2(r.serverReply.startsWith(QLatin1Char('5')), qPrintable(r.serverReply));

    if (!r.ok) {
        QTest::qWait(200);
        QCOMPARE(server.messageFiles().size(), 0);
        return;
    }
    QCOMPARE(r.authMechanismUsed, mechanism);
    QVERIFY(transcript.contains(QLatin1String("***")));
    // RFC 2920 §3.1: QUIT went with the message's end of data, before its reply; Exim, which
    // enforces the pipelining rules (smtp_enforce_sync), took it so.
    const qsizetype quit = transcript.indexOf(QLatin1String("C: QUIT"));
    QVERIFY2(quit >= 0 && quit < transcript.lastIndexOf(QLatin1String("S: 250")),
             qPrintable(transcript));
    QTRY_VERIFY_WITH_TIMEOUT(server.serverLog().contains(QLatin1String("closed by QUIT")), 5000);
    QVERIFY2(!server.serverLog().contains(QLatin1String("synchronization error")),
             qPrintable(server.serverLog()));
    // Read the message back from Exim's delivery folder and parse it for real.
    QVERIFY2(server.waitForMessages(1), qPrintable(server.serverLog()));
    const QJsonObject msg = server.parseMessage(server.messageFiles().first());
    QVERIFY2(msg.value(QStringLiteral("strict_ok")).toBool(),
             qPrintable(msg.value(QStringLiteral("strict_error")).toString()));
    QCOMPARE(msg.value(QStringLiteral("defects")).toArray().size(), 0);
    QCOMPARE(msg.value(QStringLiteral("message_id")).toString(), op.messageId());
    QCOMPARE(msg.value(QStringLiteral("to")).toString(), to);
    const QString fromHeader = msg.value(QStringLiteral("from")).toString();
    QVERIFY2(fromHeader.contains(QStringLiteral("Mailwright Alerts Überwachung")),
             qPrintable(fromHeader));
    QVERIFY(fromHeader.contains(from));
    QVERIFY(msg.value(QStringLiteral("subject"))
                .toString()
                .startsWith(QLatin1String("Mailwright test message")));
    QVERIFY(!msg.value(QStringLiteral("date")).toString().isEmpty());
    const QJsonObject env = msg.value(QStringLiteral("envelope")).toObject();
    QCOMPARE(env.value(QStringLiteral("return_path")).toString(),
             QStringLiteral("<bounces@example.test>"));
    QCOMPARE(env.value(QStringLiteral("envelope_to")).toArray().first().toString(), to);
    const QString body = msg.value(QStringLiteral("body")).toString();
    QVERIFY(body.contains(s.smtp.host));
    QVERIFY2(!body.contains(server.password()), "the body must not carry the password");
    QVERIFY(msg.value(QStringLiteral("max_line_length")).toInt() <= 998);
}

void TestSmtpExim::refusalEndsWithQuit_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<MailSettings::SmtpSecurity>("security");
    QTest::addColumn<MailSettings::SmtpAuth>("auth");
    QTest::addColumn<QString>("errorClass");
    QTest::addColumn<QString>("phase");
    // RFC 5321 §4.1.1.10: a 535 is followed by QUIT; Exim logs "closed by QUIT" instead
    // of "unexpected disconnection ... (after AUTH)", which fail2ban's exim filter counts.
    QTest::newRow("535-over-starttls") << "default" << MailSettings::SmtpSecurity::StartTls
                                       << MailSettings::SmtpAuth::Plain << "auth_failed"
                                       << "auth";
    QTest::newRow("535-cram-md5") << "default" << MailSettings::SmtpSecurity::StartTls
                                  << MailSettings::SmtpAuth::CramMd5 << "auth_failed"
                                  << "auth";
    // No STARTTLS and credentials set: stopped before AUTH, and still a polite goodbye.
    QTest::newRow("auto-without-starttls") << "plain-only" << MailSettings::SmtpSecurity::Auto
                                           << MailSettings::SmtpAuth::Auto << "starttls_unavailable"
                                           << "starttls";
}

void TestSmtpExim::refusalEndsWithQuit()
{
    QFETCH(QString, shape);
    QFETCH(MailSettings::SmtpSecurity, security);
    QFETCH(MailSettings::SmtpAuth, auth);
    QFETCH(QString, errorClass);
    QFETCH(QString, phase);
    EximFixture &server = *fixture(shape);
    server.clearMaildir();
    MailSettings s = baseSettings(server, PortKind::StartTls);
    s.smtp.security = security;
    s.smtp.auth = auth;
    const qsizetype logBefore = server.serverLog().size();
    TestSend op;
    QSignalSpy done(&op, &TestSend::finished);
    QElapsedTimer clock;
    clock.start();
    op.start(s, Credentials{QStringLiteral("Wrong-Pass-123"), {}, {}, {}, {}}, {});
    QVERIFY(done.wait(30000));
    QVERIFY2(clock.elapsed() < 8000, "the goodbye is bounded");
    const Result r = op.result();
    QCOMPARE(errorClassId(r.errorClass), errorClass);
    QCOMPARE(phaseId(r.phase), phase);
    const QString transcript = op.transcript().toText();
    QVERIFY2(transcript.contains(QLatin1String("C: QUIT")), qPrintable(transcript));
    if (errorClass == QLatin1String("auth_failed")) {
        // The result is the login's, not the goodbye's.
        QVERIFY2(r.serverReply.startsWith(QLatin1String("535")), qPrintable(r.serverReply));
    } else {
        QVERIFY2(!transcript.contains(QLatin1String("C: AUTH")), qPrintable(transcript));
        QVERIFY2(!transcript.contains(QLatin1String("C: MAIL")), qPrintable(transcript));
    }
    // Exim writes the connection's end right after the 221.
    QString log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log = server.serverLog().mid(logBefore)).contains(QLatin1String("closed by QUIT")), 5000);
    QVERIFY2(!log.contains(QLatin1String("unexpected disconnection")), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("lost")), qPrintable(log));
    if (errorClass != QLatin1String("auth_failed"))
        QVERIFY2(!log.contains(QLatin1String("authenticator failed")), qPrintable(log));
    QTest::qWait(200);
    QCOMPARE(server.messageFiles().size(), 0);
}

static QString writeConfig(const QString &path, EximFixture &server, const QString &extra = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const QString text = QStringLiteral("[general]\nsecret_backend=memory\n"
                                        "[smtp]\nhost=localhost\nport=%1\nsecurity=starttls\n"
                                        "auth=auto\nusername=%2\nca_file=%3\ntimeout=10\n"
                                        "[mailboxes]\nfrom=alerts@example.test\n"
                                        "notify=admin@example.test\nbounce=bounces@example.test\n")
                             .arg(server.starttlsPort())
                             .arg(server.userName(), server.caFile()) +
                         extra;
    f.write(text.toUtf8());
    return path;
}

void TestSmtpExim::cliJson()
{
    m_default->clearMaildir();
    const QString config = writeConfig(m_work.filePath(QStringLiteral("cli.ini")), *m_default);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), m_default->password());
    cli.setProcessEnvironment(env);
    cli.start(test::cliPath(), {QStringLiteral("--config"), config, QStringLiteral("--json"),
                                QStringLiteral("test")});
    QVERIFY(cli.waitForFinished(30000));
    const QByteArray out = cli.readAllStandardOutput();
    m_cliOutputs << QString::fromUtf8(out + cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), out.constData());
    for (const char *key :
         {"ok", "error_class", "phase", "message", "hint", "server_reply", "stages"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
    QStringList names;
    for (const auto &st : stages) {
        names << st.toObject().value(QStringLiteral("phase")).toString();
        QVERIFY(st.toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(st.toObject().value(QStringLiteral("ms")).toInteger(-1) >= 0);
    }
    for (const char *phase : {"connect", "tls", "ehlo", "auth", "data"})
        QVERIFY2(names.contains(QLatin1String(phase)), phase);
    QVERIFY(m_default->waitForMessages(1));

    // `status` now reports the last session's outcome.
    QProcess status;
    status.start(test::cliPath(), {QStringLiteral("--config"), config, QStringLiteral("status")});
    QVERIFY(status.waitForFinished(10000));
    QCOMPARE(
        QString::fromUtf8(status.readAllStandardOutput()).section(QLatin1Char(' '), 0, 1).trimmed(),
        QStringLiteral("smtp: Operating"));

    // ... with the certificate of that TLS session (the fixture's is valid for 825 days).
    QProcess statusJson;
    statusJson.start(test::cliPath(), {QStringLiteral("--config"), config, QStringLiteral("--json"),
                                       QStringLiteral("status")});
    QVERIFY(statusJson.waitForFinished(10000));
    const QByteArray js = statusJson.readAllStandardOutput();
    const QJsonObject so =
        QJsonDocument::fromJson(js.split('\n').first()).object(); // smtp, then pop3
    const int daysLeft = so.value(QStringLiteral("cert_days_left")).toInt(-1);
    QVERIFY2(daysLeft > 800 && daysLeft <= 825, js.constData());
    QCOMPARE(so.value(QStringLiteral("cert_sha256")).toString().size(), 64);
    QProcess statusText;
    statusText.start(test::cliPath(), {QStringLiteral("--config"), config, QStringLiteral("--lang"),
                                       QStringLiteral("en"), QStringLiteral("status")});
    QVERIFY(statusText.waitForFinished(10000));
    const QByteArray text = statusText.readAllStandardOutput();
    const QString year = QDate::currentDate().addDays(daysLeft).toString(Qt::ISODate).left(4);
    QVERIFY2(QString::fromUtf8(text).contains(QStringLiteral("certificate valid until ") + year),
             text.constData());
}

void TestSmtpExim::cliWrongPasswordExitCode()
{
    const QString config = writeConfig(m_work.filePath(QStringLiteral("cli-bad.ini")), *m_default);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), QStringLiteral("Not-the-password"));
    cli.setProcessEnvironment(env);
    cli.start(test::cliPath(),
              {QStringLiteral("--config"), config, QStringLiteral("--json"), QStringLiteral("test"),
               QStringLiteral("--stop-after"), QStringLiteral("auth")});
    QVERIFY(cli.waitForFinished(30000));
    const QByteArray out = cli.readAllStandardOutput();
    m_cliOutputs << QString::fromUtf8(out + cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 77); // EX_NOPERM
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("error_class")).toString(), QStringLiteral("auth_failed"));
    QCOMPARE(o.value(QStringLiteral("phase")).toString(), QStringLiteral("auth"));
    QVERIFY(o.value(QStringLiteral("server_reply")).toString().startsWith(QLatin1String("535")));

    QProcess status;
    status.start(test::cliPath(), {QStringLiteral("--config"), config, QStringLiteral("status")});
    QVERIFY(status.waitForFinished(10000));
    QVERIFY(QString::fromUtf8(status.readAllStandardOutput())
                .startsWith(QLatin1String("smtp: Unable to connect")));
    QCOMPARE(status.readAllStandardError(), QByteArray());

    // A command that ends at once (no configuration file) says why and nothing else: the
    // TLS preload it started must not outlive the application (Qt warned about it).
    for (int i = 0; i < 5; ++i) {
        QProcess missing;
        missing.start(test::cliPath(),
                      {QStringLiteral("--config"), m_work.filePath(QStringLiteral("none.ini")),
                       QStringLiteral("status")});
        QVERIFY(missing.waitForFinished(10000));
        QCOMPARE(missing.exitCode(), 66); // EX_NOINPUT
        const QByteArray err = missing.readAllStandardError();
        QVERIFY2(err.contains("no configuration file"), err.constData());
        QVERIFY2(!err.contains("qt.") && !err.contains("QObject"), err.constData());
    }
}

void TestSmtpExim::noSecretInFiles()
{
    // Every file this test made the project write (debug log, configurations, status
    // files in the test-mode data folder) and everything the CLI printed: the password
    // must appear in none of them, neither in clear, nor in base64, nor as AUTH PLAIN.
    const QString pw = m_default->password();
    const QByteArray needles[] = {
        pw.toUtf8(),
        pw.toUtf8().toBase64(),
        QByteArray(QByteArray(1, 0) + m_default->userName().toUtf8() + char(0) + pw.toUtf8())
            .toBase64(),
    };
    QStringList roots{m_work.path(),
                      QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)};
    int scanned = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            ++scanned;
            for (const QByteArray &n : needles)
                QVERIFY2(!data.contains(n), qPrintable(f.fileName()));
        }
    }
    QVERIFY2(QFile::exists(m_debugLog), "the debug log was written");
    QFile log(m_debugLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("AUTH PLAIN ***"));
    QVERIFY(scanned >= 3);
    for (const QString &o : std::as_const(m_cliOutputs)) {
        for (const QByteArray &n : needles)
            QVERIFY(!o.toUtf8().contains(n));
    }
}

QTEST_GUILESS_MAIN(TestSmtpExim)
#include "tst_smtp_exim.moc"
