// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli status --check runs the window's StatusMonitor: its sentences must still
// speak to someone at a terminal (a missing password is stored with "secret set", not "in
// the settings window"). A missing password stops the check before any connection.
#include "TestPaths.h"
#include "settings/MailSettings.h"
#include "settings/SettingsStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

class TestCliStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingPasswordHintIsForTheCommandLine();
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

QTEST_GUILESS_MAIN(TestCliStatus)
#include "tst_cli_status.moc"
