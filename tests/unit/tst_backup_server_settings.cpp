// SPDX-License-Identifier: GPL-3.0-or-later
// The backup SMTP server's settings, decided once for both servers: [backup_smtp] is
// validated by the [smtp] rules (issues name backup_smtp/ keys), Preflight checks the
// backup's section when it is the server, and the resolver reads the backup's own secret.
#include "session/CredentialResolver.h"
#include "session/Preflight.h"
#include "settings/MemorySecretStore.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsValidator.h"

#include <QTest>

#include <optional>

using namespace mw;

class TestBackupServerSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validatorChecksTheBackupWithTheSmtpRules();
    void preflightNamesTheBackupsKeys();
    void resolverReadsTheBackupsSecret();
};

namespace {

MailSettings withBackup()
{
    MailSettings s;
    s.smtp.host = QStringLiteral("mail.example.org");
    s.smtp.username = QStringLiteral("alerts");
    s.smtp.auth = MailSettings::SmtpAuth::Plain;
    s.backupSmtp.enabled = true;
    s.backupSmtp.host = QStringLiteral("backup.example.org");
    s.backupSmtp.auth = MailSettings::SmtpAuth::Plain;
    s.backupSmtp.username = QStringLiteral("alerts-b");
    s.mailboxes.from = QStringLiteral("alerts@example.org");
    s.mailboxes.notify = QStringLiteral("ops@example.org");
    return s;
}

QStringList keys(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << i.key;
    return out;
}

} // namespace

void TestBackupServerSettings::validatorChecksTheBackupWithTheSmtpRules()
{
    MailSettings s = withBackup();
    QVERIFY2(SettingsValidator::validate(s).isEmpty(),
             qPrintable(keys(SettingsValidator::validate(s)).join(u' ')));
    // The login name the method needs is missing on the backup only.
    s.backupSmtp.username.clear();
    QList<ValidationIssue> issues = SettingsValidator::validate(s);
    QCOMPARE(keys(issues), QStringList{QStringLiteral("backup_smtp/username")});
    // Switched off: not checked.
    s.backupSmtp.enabled = false;
    QVERIFY(SettingsValidator::validate(s).isEmpty());
    // EXTERNAL without a certificate: the rule of [smtp], named for [backup_smtp].
    s = withBackup();
    s.backupSmtp.auth = MailSettings::SmtpAuth::External;
    issues = SettingsValidator::validate(s);
    QCOMPARE(keys(issues), QStringList{QStringLiteral("backup_smtp/client_cert")});
    // The copy whose smtp is the backup names the same key, once.
    issues =
        SettingsValidator::validate(SettingsFacts::forServer(s, MailSettings::SmtpServer::Backup));
    QCOMPARE(keys(issues), QStringList{QStringLiteral("backup_smtp/client_cert")});
}

void TestBackupServerSettings::preflightNamesTheBackupsKeys()
{
    MailSettings s = withBackup();
    s.smtp.username.clear(); // the primary's problem: no business of the backup's Send Test
    s.backupSmtp.host.clear();
    const MailSettings backup = SettingsFacts::forServer(s, MailSettings::SmtpServer::Backup);
    QVERIFY(Preflight::sectionsFor(backup, Purpose::SendTest).contains(u"backup_smtp"));
    QVERIFY(!Preflight::sectionsFor(backup, Purpose::SendTest).contains(u"smtp"));
    QCOMPARE(keys(Preflight::issuesFor(backup, Purpose::SendTest)),
             QStringList{QStringLiteral("backup_smtp/host")});
    QCOMPARE(keys(Preflight::issuesFor(s, Purpose::SendTest)),
             QStringList{QStringLiteral("smtp/username")});
}

void TestBackupServerSettings::resolverReadsTheBackupsSecret()
{
    MemorySecretStore store;
    bool written = false;
    store.write(QStringLiteral("smtp"), QStringLiteral("primary-pw"), this,
                [&written](const SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    CredentialResolver resolver;
    resolver.setSecretStore(&store);
    const MailSettings backup =
        SettingsFacts::forServer(withBackup(), MailSettings::SmtpServer::Backup);
    std::optional<CredentialResolver::Outcome> out;
    QObject context;
    const auto resolve = [&] {
        out.reset();
        resolver.resolve(backup, Preflight::needs(backup, Purpose::SendTest), &context,
                         [&out](const CredentialResolver::Outcome &o) { out = o; });
        QTRY_VERIFY(out.has_value());
    };
    // Only the primary's password stored: the backup's is missing, and said so.
    resolve();
    QVERIFY(!out->ok);
    QCOMPARE(out->account, QStringLiteral("backup-smtp"));
    QVERIFY2(out->failure.hint.contains(u"secret set backup-smtp"), qPrintable(out->failure.hint));
    QVERIFY2(out->failure.hint.contains(u"MAILWRIGHT_BACKUP_SMTP_PASSWORD"),
             qPrintable(out->failure.hint));
    written = false;
    store.write(QStringLiteral("backup-smtp"), QStringLiteral("backup-pw"), this,
                [&written](const SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    resolve();
    QVERIFY(out->ok);
    QCOMPARE(out->credentials.smtpPassword, QStringLiteral("backup-pw"));
    // An override (the window's typed, unsaved password) is keyed by the account too.
    resolver.setSecretSource(QStringLiteral("backup-smtp"),
                             [](QObject *, SecretStore::Callback done) {
                                 done(SecretResult::success(QStringLiteral("typed-pw")));
                             });
    resolve();
    QVERIFY(out->ok);
    QCOMPARE(out->credentials.smtpPassword, QStringLiteral("typed-pw"));
}

QTEST_GUILESS_MAIN(TestBackupServerSettings)
#include "tst_backup_server_settings.moc"
