// SPDX-License-Identifier: GPL-3.0-or-later
// The facts derived from the settings (core/settings/SettingsFacts), each decided in one
// place: rows per fact, the protocol layer's own port rule agreeing with the settings', and
// the fingerprint staying byte-for-byte what queue holds and status files already store.
#include "diagnostics/ProbeMode.h"
#include "protocol/Pop3Session.h"
#include "protocol/SmtpSession.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsSchema.h"
#include "settings/SettingsValidator.h"

#include <QCryptographicHash>
#include <QTest>

using namespace mw;

using A = MailSettings::SmtpAuth;
using SS = MailSettings::SmtpSecurity;
using PS = MailSettings::Pop3Security;

class TestSettingsFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtpConfigured_data();
    void smtpConfigured();
    void pop3Configured_data();
    void pop3Configured();
    void pop3AccountSet_data();
    void pop3AccountSet();
    void authFacts_data();
    void authFacts();
    void implicitTls_data();
    void implicitTls();
    void fingerprintIsTheStoredOne();
    void fingerprintBySection_data();
    void fingerprintBySection();
};

void TestSettingsFacts::smtpConfigured_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("configured");
    QTest::addColumn<QString>("usedHost");
    QTest::newRow("enabled with host") << true << "mail.example.org" << true << "mail.example.org";
    QTest::newRow("disabled with host")
        << false << "mail.example.org" << false << "mail.example.org";
    QTest::newRow("enabled, no host") << true << "" << false << "";
    // Settings built in code are not normalised by the schema: blanks are no server.
    QTest::newRow("enabled, blank host") << true << "  \t" << false << "";
    QTest::newRow("host with blanks") << true << " mail.example.org " << true << "mail.example.org";
}

void TestSettingsFacts::smtpConfigured()
{
    QFETCH(bool, enabled);
    QFETCH(QString, host);
    MailSettings s;
    s.smtp.enabled = enabled;
    s.smtp.host = host;
    QTEST(SettingsFacts::smtpConfigured(s), "configured");
    QTEST(SettingsFacts::smtpHost(s), "usedHost");
}

void TestSettingsFacts::pop3Configured_data()
{
    QTest::addColumn<bool>("pop3Enabled");
    QTest::addColumn<bool>("smtpEnabled");
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("used");
    QTest::addColumn<bool>("configured");
    QTest::addColumn<bool>("popBefore");
    const int pbs = int(A::PopBeforeSmtp);
    const int plain = int(A::Plain);
    QTest::newRow("checks on") << true << true << plain << "pop.example.org" << true << true
                               << false;
    QTest::newRow("checks on, no host") << true << true << plain << "" << true << false << false;
    QTest::newRow("checks on, blank host")
        << true << true << plain << " " << true << false << false;
    QTest::newRow("off") << false << true << plain << "pop.example.org" << false << false << false;
    QTest::newRow("pop-before-smtp")
        << false << true << pbs << "pop.example.org" << true << true << true;
    // The POP3 server stays in use for POP-before-SMTP even while SMTP is switched off
    // (status lines, probes); the form's own "POP-before-SMTP" needs SMTP on.
    QTest::newRow("pop-before-smtp, smtp off")
        << false << false << pbs << "pop.example.org" << true << true << false;
}

void TestSettingsFacts::pop3Configured()
{
    QFETCH(bool, pop3Enabled);
    QFETCH(bool, smtpEnabled);
    QFETCH(int, auth);
    QFETCH(QString, host);
    MailSettings s;
    s.pop3.enabled = pop3Enabled;
    s.smtp.enabled = smtpEnabled;
    s.smtp.auth = A(auth);
    s.pop3.host = host;
    QTEST(SettingsFacts::pop3Used(s), "used");
    QTEST(SettingsFacts::pop3Configured(s), "configured");
    QTEST(SettingsFacts::popBeforeSmtp(s), "popBefore");
}

void TestSettingsFacts::pop3AccountSet_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("set");
    QTest::newRow("both") << "pop.example.org"
                          << "alerts" << true;
    QTest::newRow("no user") << "pop.example.org"
                             << "" << false;
    QTest::newRow("no host") << ""
                             << "alerts" << false;
    QTest::newRow("blank host") << "  "
                                << "alerts" << false;
    QTest::newRow("host with blanks") << " pop.example.org"
                                      << "alerts" << true;
}

void TestSettingsFacts::pop3AccountSet()
{
    QFETCH(QString, host);
    QFETCH(QString, username);
    MailSettings s;
    s.pop3.host = host;
    s.pop3.username = username;
    QTEST(SettingsFacts::pop3AccountSet(s), "set");
    QCOMPARE(SettingsFacts::pop3Host(s), host.trimmed());
}

void TestSettingsFacts::authFacts_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<bool>("oauth");
    QTest::addColumn<bool>("smtpPassword");
    QTest::addColumn<bool>("pop3Password");
    QTest::newRow("none") << int(A::None) << false << false << false;
    QTest::newRow("plain") << int(A::Plain) << false << true << false;
    QTest::newRow("login") << int(A::Login) << false << true << false;
    QTest::newRow("cram-md5") << int(A::CramMd5) << false << true << false;
    QTest::newRow("auto") << int(A::Auto) << false << true << false;
    QTest::newRow("pop-before-smtp") << int(A::PopBeforeSmtp) << false << false << true;
    QTest::newRow("xoauth2") << int(A::XOAuth2) << true << false << false;
    QTest::newRow("oauthbearer") << int(A::OAuthBearer) << true << false << false;
}

void TestSettingsFacts::authFacts()
{
    QFETCH(int, auth);
    MailSettings s;
    s.smtp.auth = A(auth);
    QTEST(SettingsFacts::usesOAuth(s), "oauth");
    QTEST(SettingsFacts::needsSmtpPassword(s), "smtpPassword");
    QTEST(SettingsFacts::needsPop3Password(s), "pop3Password");
    // The validator's public rule is the same fact.
    QTEST(SettingsValidator::authNeedsCredentials(s.smtp.auth), "smtpPassword");
}

void TestSettingsFacts::implicitTls_data()
{
    QTest::addColumn<bool>("smtp");
    QTest::addColumn<int>("mode"); // SmtpSecurity / Pop3Security
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("implicit");
    QTest::addColumn<int>("probeMode");
    const int tls = int(SecurityMode::ImplicitTls);
    const int starttls = int(SecurityMode::StartTls);
    const int plain = int(SecurityMode::Plain);
    QTest::newRow("smtp auto 465") << true << int(SS::Auto) << 465 << true << tls;
    QTest::newRow("smtp auto 587") << true << int(SS::Auto) << 587 << false << starttls;
    QTest::newRow("smtp auto 25") << true << int(SS::Auto) << 25 << false << starttls;
    QTest::newRow("smtp auto 995") << true << int(SS::Auto) << 995 << false << starttls;
    QTest::newRow("smtp tls 587") << true << int(SS::Tls) << 587 << true << tls;
    QTest::newRow("smtp tls 465") << true << int(SS::Tls) << 465 << true << tls;
    QTest::newRow("smtp starttls 465") << true << int(SS::StartTls) << 465 << false << starttls;
    QTest::newRow("smtp none 465") << true << int(SS::None) << 465 << false << plain;
    QTest::newRow("smtp none 25") << true << int(SS::None) << 25 << false << plain;
    QTest::newRow("pop3 auto 995") << false << int(PS::Auto) << 995 << true << tls;
    QTest::newRow("pop3 auto 110") << false << int(PS::Auto) << 110 << false << starttls;
    QTest::newRow("pop3 auto 465") << false << int(PS::Auto) << 465 << false << starttls;
    QTest::newRow("pop3 tls 110") << false << int(PS::Tls) << 110 << true << tls;
    QTest::newRow("pop3 stls 995") << false << int(PS::Stls) << 995 << false << starttls;
    QTest::newRow("pop3 none 995") << false << int(PS::None) << 995 << false << plain;
}

// The settings' rule, the protocol layer's own (plain values) and the probe's first mode
// agree. The protocol enums have the settings' order (None, StartTls|Stls, Tls, Auto).
void TestSettingsFacts::implicitTls()
{
    QFETCH(bool, smtp);
    QFETCH(int, mode);
    QFETCH(int, port);
    QFETCH(bool, implicit);
    QFETCH(int, probeMode);
    MailSettings s;
    bool protocol = false;
    if (smtp) {
        s.smtp.security = SS(mode);
        s.smtp.port = port;
        QCOMPARE(SettingsFacts::implicitTls(s.smtp.security, port), implicit);
        SmtpConfig c;
        c.security = SmtpConfig::Security(mode);
        c.port = quint16(port);
        protocol = mw::implicitTls(c);
    } else {
        s.pop3.security = PS(mode);
        s.pop3.port = port;
        QCOMPARE(SettingsFacts::implicitTls(s.pop3.security, port), implicit);
        Pop3Config c;
        c.security = Pop3Config::Security(mode);
        c.port = quint16(port);
        protocol = mw::implicitTls(c);
    }
    QCOMPARE(protocol, implicit);
    const ProbeService service = smtp ? ProbeService::Smtp : ProbeService::Pop3;
    QCOMPARE(int(configuredSecurityMode(s, service)), probeMode);
}

// Queue holds and status files store the fingerprint: the hashed bytes may not change.
void TestSettingsFacts::fingerprintIsTheStoredOne()
{
    const auto stored = [](const MailSettings &s, const QStringList &sections) {
        QByteArray all;
        for (const QString &key : SettingsSchema::keys()) {
            if (!sections.isEmpty() && !sections.contains(key.section(QLatin1Char('/'), 0, 0)))
                continue;
            all += key.toUtf8() + '=' + SettingsSchema::value(s, key).value_or(QString()).toUtf8() +
                   '\n';
        }
        return QString::fromLatin1(
            QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex().left(16));
    };
    MailSettings s;
    QCOMPARE(SettingsFacts::fingerprint(s), stored(s, {}));
    s.smtp.host = QStringLiteral("mail.example.org");
    s.pop3.port = 995;
    s.general.secretBackend = MailSettings::SecretBackend::File;
    QCOMPARE(SettingsFacts::fingerprint(s), stored(s, {}));
    QCOMPARE(SettingsFacts::fingerprint(s).size(), 16);
    const QStringList smtp{QStringLiteral("smtp"), QStringLiteral("general")};
    QCOMPARE(SettingsFacts::fingerprint(s, smtp), stored(s, smtp));
    QVERIFY(SettingsFacts::fingerprint(s, smtp) != SettingsFacts::fingerprint(s));
}

void TestSettingsFacts::fingerprintBySection_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("smtpChanges");
    QTest::addColumn<bool>("pop3Changes");
    QTest::newRow("smtp/host") << "smtp/host"
                               << "other.example.org" << true << false;
    QTest::newRow("pop3/port") << "pop3/port"
                               << "995" << false << true;
    QTest::newRow("general") << "general/secret_backend"
                             << "file" << true << true;
    QTest::newRow("mailboxes") << "mailboxes/notify"
                               << "ops@example.org" << false << false;
}

void TestSettingsFacts::fingerprintBySection()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    MailSettings before;
    MailSettings after;
    QVERIFY2(SettingsSchema::setValue(after, key, value).isEmpty(), qPrintable(key));
    const QStringList smtp{QStringLiteral("smtp"), QStringLiteral("general")};
    const QStringList pop3{QStringLiteral("pop3"), QStringLiteral("general")};
    QTEST(SettingsFacts::fingerprint(before, smtp) != SettingsFacts::fingerprint(after, smtp),
          "smtpChanges");
    QTEST(SettingsFacts::fingerprint(before, pop3) != SettingsFacts::fingerprint(after, pop3),
          "pop3Changes");
    // Every change shows in the whole fingerprint.
    QVERIFY(SettingsFacts::fingerprint(before) != SettingsFacts::fingerprint(after));
}

QTEST_GUILESS_MAIN(TestSettingsFacts)
#include "tst_settingsfacts.moc"
