// SPDX-License-Identifier: GPL-3.0-or-later
// The debug log (diagnostics/debug_log) of receiving, against a real Dovecot on loopback:
// the POP3 status check (Pop3Probe, as StatusMonitor runs it) and the bounce reading
// (`mailwright-cli bounces`) append their redacted POP3 dialogue like SMTP sessions do:
// the commands and replies, PASS as "***", never the password, and of each message read
// with RETR only its number and size, never its contents (a status request's password
// line included).
#include "DovecotFixture.h"
#include "SecretScan.h"
#include "TestPaths.h"
#include "diagnostics/Pop3Probe.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mw;
using mw::test::DovecotFixture;

namespace {
const QByteArray kRequestPassword = "Status-Request-Pw-81q";
}

class TestReceiveDebugLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pop3StatusCheck();
    void bounceCheck();

private:
    [[nodiscard]] QByteArray readLog() const;
    void checkRedacted(const QByteArray &log) const;

    QTemporaryDir m_work;
    QString m_log;
    std::unique_ptr<DovecotFixture> m_server;
};

void TestReceiveDebugLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
    m_log = m_work.filePath(QStringLiteral("debug/receive.log"));
    m_server = std::make_unique<DovecotFixture>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    // A remote status request in the mailbox, as an MTA would deliver it.
    const QString name = m_server->maildir() + QStringLiteral("/new/1700000000.M1P1.mwtest");
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Return-Path: <admin@example.test>\r\nFrom: admin@example.test\r\n"
            "To: mwtest@example.test\r\nSubject: status\r\nMessage-ID: <req-1@example.test>\r\n"
            "\r\npassword: " +
            kRequestPassword + "\r\nREQUEST-BODY-LINE\r\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                     QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther);
}

QByteArray TestReceiveDebugLog::readLog() const
{
    QFile f(m_log);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TestReceiveDebugLog::checkRedacted(const QByteArray &log) const
{
    test::SecretScan scan;
    scan.addSecret(QStringLiteral("the POP3 password"), m_server->password().toUtf8(),
                   {m_server->userName().toUtf8()});
    scan.addSecret(QStringLiteral("the status request's password"), kRequestPassword, {});
    const QString hit = scan.hitIn(log);
    QVERIFY2(hit.isEmpty(), qPrintable(hit));
    QVERIFY2(!log.contains("password: "), scan.masked(log).constData());
    QVERIFY2(!log.contains("REQUEST-BODY-LINE"), scan.masked(log).constData());
    QVERIFY2(!log.contains("End of message one."), scan.masked(log).constData());
    QCOMPARE(QFile(m_log).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestReceiveDebugLog::pop3StatusCheck()
{
    QFile::remove(m_log);
    MailSettings s;
    s.smtp.enabled = false;
    s.pop3.enabled = true;
    s.pop3.host = m_server->hostName();
    s.pop3.port = m_server->plainPort();
    s.pop3.security = MailSettings::Pop3Security::Stls;
    s.pop3.auth = MailSettings::Pop3Auth::User;
    s.pop3.username = m_server->userName();
    s.pop3.caFile = m_server->caFile();
    s.pop3.timeout = 10;
    s.diagnostics.debugLog = m_log;
    Pop3Probe probe;
    QSignalSpy finished(&probe, &ServerProbe::finished);
    Credentials c;
    c.pop3Password = m_server->password();
    probe.start(s, c, true);
    QVERIFY(finished.wait(30000));
    const Result r = finished.first().first().value<Result>();
    QVERIFY2(r.ok, qPrintable(r.message));
    const QByteArray log = readLog();
    QVERIFY2(log.contains("POP3 status check"), log.constData());
    QVERIFY2(log.contains("C: STLS"), log.constData());
    QVERIFY2(log.contains(QByteArray("C: USER " + m_server->userName().toUtf8())), log.constData());
    QVERIFY2(log.contains("C: PASS ***"), log.constData());
    QVERIFY2(log.contains("S: +OK"), log.constData());
    checkRedacted(log);
}

void TestReceiveDebugLog::bounceCheck()
{
    QFile::remove(m_log);
    const QString path = m_work.filePath(QStringLiteral("pop3.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[general]\nsecret_backend=memory\n[smtp]\nenabled=false\n"
                           "[pop3]\nenabled=true\nhost=localhost\nport=%1\nsecurity=stls\n"
                           "auth=user\nusername=%2\nca_file=%3\n"
                           "[diagnostics]\ndebug_log=%4\n")
                .arg(m_server->plainPort())
                .arg(m_server->userName(), m_server->caFile(), m_log)
                .toUtf8());
    f.close();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_POP3_PASSWORD"), m_server->password());
    cli.setProcessEnvironment(env);
    cli.start(test::cliPath(), {QStringLiteral("--config"), path, QStringLiteral("bounces")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, out.constData());
    const QByteArray log = readLog();
    QVERIFY2(log.contains("Bounce check"), out.constData());
    QVERIFY2(log.contains("C: PASS ***"), log.constData());
    QVERIFY2(log.contains("C: UIDL"), log.constData());
    // Each message read: the command and its size, never its lines (4: three fixtures and
    // the status request).
    QCOMPARE(log.count("C: RETR "), 4);
    QCOMPARE(log.count("S: (message "), 4);
    checkRedacted(log);
}

QTEST_GUILESS_MAIN(TestReceiveDebugLog)
#include "tst_receive_debuglog.moc"
