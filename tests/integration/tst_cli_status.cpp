// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli status --check runs the window's StatusMonitor: its sentences must still
// speak to someone at a terminal (a missing password is stored with "secret set", not "in
// the settings window"). A missing password stops the check before any connection.
#include "EximFixture.h"
#include "TestPaths.h"
#include "settings/MailSettings.h"
#include "settings/SettingsStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

class TestCliStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingPasswordHintIsForTheCommandLine();
    void mechanismUsedIsReported_data();
    void mechanismUsedIsReported();
};

void TestCliStatus::missingPasswordHintIsForTheCommandLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MailSettings s;
    s.smtp.host = QStringLiteral("127.0.0.1");
    s.smtp.port = 587;
    s.smtp.security = MailSettings::SmtpSecurity::StartTls;
    s.smtp.auth = MailSettings::SmtpAuth::Plain;
    s.smtp.username = QStringLiteral("alerts");
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.notify = QStringLiteral("admin@example.test");
    s.general.secretBackend = MailSettings::SecretBackend::File;
    s.general.secretFile = dir.filePath(QStringLiteral("secrets"));
    const QString config = dir.filePath(QStringLiteral("mailwright.ini"));
    QString error;
    QVERIFY2(SettingsStore(config).save(s, &error), qPrintable(error));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    p.setProcessEnvironment(env);
    p.start(mw::test::cliPath(),
            {QStringLiteral("--config"), config, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("status"), QStringLiteral("--check")});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QCOMPARE(p.exitCode(), 78); // EX_CONFIG
    QVERIFY2(out.contains("No SMTP password is stored"), out.constData());
    QVERIFY2(out.contains("mailwright-cli secret set smtp"), out.constData());
    QVERIFY2(!out.contains("settings window"), out.constData());
}

// test --stop-after auth and status --check name the mechanism the server accepted, in
// words and as JSON auth_mechanism (auto picks CRAM-MD5, the strongest the test Exim offers
// on STARTTLS).
void TestCliStatus::mechanismUsedIsReported_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QByteArray>("expected");
    const QStringList check{QStringLiteral("status"), QStringLiteral("--check")};
    const QStringList login{QStringLiteral("test"), QStringLiteral("--stop-after"),
                            QStringLiteral("auth")};
    QTest::newRow("status-check-text") << check << false << QByteArray("signed in with CRAM-MD5");
    QTest::newRow("status-check-json") << check << true << QByteArray("CRAM-MD5");
    QTest::newRow("login-only-text") << login << false << QByteArray("Signed in with CRAM-MD5");
    QTest::newRow("login-only-json") << login << true << QByteArray("CRAM-MD5");
}

void TestCliStatus::mechanismUsedIsReported()
{
    QFETCH(QStringList, command);
    QFETCH(bool, json);
    QFETCH(QByteArray, expected);
    mw::test::EximFixture exim;
    QVERIFY2(exim.start(), qPrintable(exim.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MailSettings s;
    s.smtp.host = exim.hostName();
    s.smtp.port = exim.starttlsPort();
    s.smtp.security = MailSettings::SmtpSecurity::StartTls;
    s.smtp.auth = MailSettings::SmtpAuth::Auto;
    s.smtp.username = exim.userName();
    s.smtp.caFile = exim.caFile();
    s.mailboxes.from = QStringLiteral("alerts@example.test");
    s.mailboxes.notify = QStringLiteral("admin@example.test");
    s.general.secretBackend = MailSettings::SecretBackend::Memory;
    const QString config = dir.filePath(QStringLiteral("mailwright.ini"));
    QString error;
    QVERIFY2(SettingsStore(config).save(s, &error), qPrintable(error));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILWRIGHT_SMTP_PASSWORD"), exim.password());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    p.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--config"), config, QStringLiteral("--lang"),
                     QStringLiteral("en")};
    if (json)
        args << QStringLiteral("--json");
    p.start(mw::test::cliPath(), args + command);
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, QByteArray(out + p.readAllStandardError()).constData());
    if (!json) {
        QVERIFY2(out.contains(expected), out.constData());
        return;
    }
    // status prints one object per server; the first line is SMTP.
    const QJsonObject o = QJsonDocument::fromJson(out.split('\n').first()).object();
    QCOMPARE(o.value(QStringLiteral("auth_mechanism")).toString(), QString::fromLatin1(expected));
}

QTEST_GUILESS_MAIN(TestCliStatus)
#include "tst_cli_status.moc"
