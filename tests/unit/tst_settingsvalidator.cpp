// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsSchema.h"
#include "settings/SettingsValidator.h"

#include <QTest>

using namespace mw;

class TestSettingsValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void address_data();
    void address();
    void host_data();
    void host();
    void hostPort_data();
    void hostPort();
    void field_data();
    void field();
    void required_data();
    void required();
    void schemaRoundTrip();
    void schemaRefusesLineBreaks_data();
    void schemaRefusesLineBreaks();
    void schemaHostSetsPort();
    void enums();
};

void TestSettingsValidator::address_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    const QString local64(64, QLatin1Char('a'));
    const QString local65(65, QLatin1Char('a'));
    QTest::newRow("plain") << QStringLiteral("alerts@example.com") << true;
    QTest::newRow("seed-charset") << QStringLiteral("job_alerts.x-1@mail.example.com") << true;
    QTest::newRow("plus-and-specials") << QStringLiteral("a+b!#$%&'*/=?^`{|}~@example.com") << true;
    QTest::newRow("quoted-local-with-space")
        << QStringLiteral("\"john smith\"@example.com") << true;
    QTest::newRow("quoted-local-escaped-quote") << QStringLiteral("\"a\\\"b\"@example.com") << true;
    QTest::newRow("utf8-local-idn-domain") << QStringLiteral("jörg@bücher.example") << true;
    QTest::newRow("cjk") << QStringLiteral("用户@例子.广告") << true;
    QTest::newRow("ipv4-literal") << QStringLiteral("root@[192.0.2.1]") << true;
    QTest::newRow("ipv6-literal") << QStringLiteral("root@[IPv6:2001:db8::1]") << true;
    QTest::newRow("single-label-domain") << QStringLiteral("root@localhost") << true;
    QTest::newRow("local-64-octets") << (local64 + QStringLiteral("@example.com")) << true;
    QTest::newRow("local-65-octets") << (local65 + QStringLiteral("@example.com")) << false;
    // 33 two-octet characters are 66 octets although only 33 characters.
    QTest::newRow("local-65-octets-utf8")
        << (QString(33, QChar(0xe9)) + QStringLiteral("@example.com")) << false;
    {
        // 64 + 1 + 189 = 254 octets: a path of exactly 256 with the angle brackets.
        QString domain;
        while (domain.size() < 189)
            domain += QString(62, QLatin1Char('d')) + QLatin1Char('.');
        domain = domain.left(185) + QStringLiteral(".com");
        QTest::newRow("path-256-octets") << (local64 + QLatin1Char('@') + domain) << true;
        QTest::newRow("path-257-octets") << (local64 + QStringLiteral("@x") + domain) << false;
    }
    QTest::newRow("no-at") << QStringLiteral("alerts.example.com") << false;
    QTest::newRow("empty-local") << QStringLiteral("@example.com") << false;
    QTest::newRow("empty-domain") << QStringLiteral("alerts@") << false;
    QTest::newRow("double-dot") << QStringLiteral("a..b@example.com") << false;
    QTest::newRow("leading-dot") << QStringLiteral(".a@example.com") << false;
    QTest::newRow("unquoted-space") << QStringLiteral("john smith@example.com") << false;
    QTest::newRow("crlf-injection")
        << QStringLiteral("a@example.com\r\nRCPT TO:<x@evil.test>") << false;
    QTest::newRow("lf-only") << QStringLiteral("a@example.com\nBcc: x@evil.test") << false;
    QTest::newRow("nul") << (QStringLiteral("a") + QChar(0) + QStringLiteral("@example.com"))
                         << false;
    QTest::newRow("line-separator")
        << (QStringLiteral("a") + QChar(0x2028) + QStringLiteral("@example.com")) << false;
    QTest::newRow("angle-brackets") << QStringLiteral("<a@example.com>") << false;
    QTest::newRow("domain-underscore") << QStringLiteral("a@ex_ample.com") << false;
    QTest::newRow("domain-hyphen-edge") << QStringLiteral("a@-example.com") << false;
    QTest::newRow("domain-label-64")
        << (QStringLiteral("a@") + QString(64, QLatin1Char('x')) + QStringLiteral(".com")) << false;
    QTest::newRow("bad-ipv4-literal") << QStringLiteral("a@[300.1.1.1]") << false;
    QTest::newRow("bare-bad-ip-domain") << QStringLiteral("a@10.2.3.400") << false;
}

void TestSettingsValidator::address()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    const QString why = SettingsValidator::checkAddress(address);
    QCOMPARE(why.isEmpty(), valid);
    if (!valid) {
        QVERIFY(why.endsWith(QLatin1Char('.')) || why.endsWith(QLatin1Char(')')));
        QVERIFY(!why.contains(QLatin1Char('\n')));
    }
    // The field check says the same.
    QCOMPARE(SettingsValidator::validateField(QStringLiteral("mailboxes/from"), address).isEmpty(),
             valid);
}

void TestSettingsValidator::host_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fqdn") << QStringLiteral("smtp.example.com") << true;
    QTest::newRow("fqdn-trailing-dot") << QStringLiteral("smtp.example.com.") << true;
    QTest::newRow("single-label") << QStringLiteral("mailhub") << true;
    QTest::newRow("ipv4") << QStringLiteral("192.168.5.254") << true;
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::25") << true;
    QTest::newRow("ipv6-brackets") << QStringLiteral("[::1]") << true;
    QTest::newRow("idn") << QStringLiteral("smtp.bücher.example") << true;
    QTest::newRow("idn-ace") << QStringLiteral("smtp.xn--bcher-kva.example") << true;
    QTest::newRow("label-63") << (QString(63, QLatin1Char('a')) + QStringLiteral(".example"))
                              << true;
    QTest::newRow("label-64") << (QString(64, QLatin1Char('a')) + QStringLiteral(".example"))
                              << false;
    {
        QString name;
        for (int i = 0; i < 4; ++i)
            name += QString(63, QLatin1Char('a' + i)) + QLatin1Char('.');
        QTest::newRow("total-255") << (name + QStringLiteral("ab")) << false;
        QTest::newRow("total-253") << name.left(253) << true;
    }
    QTest::newRow("ipv4-octet-256") << QStringLiteral("10.2.3.256") << false;
    QTest::newRow("ipv4-leading-zero") << QStringLiteral("010.2.3.4") << false;
    QTest::newRow("ipv4-three-parts") << QStringLiteral("10.2.3") << false;
    QTest::newRow("bad-ipv6") << QStringLiteral("2001:db8:::1") << false;
    QTest::newRow("brackets-around-name") << QStringLiteral("[smtp.example.com]") << false;
    QTest::newRow("underscore") << QStringLiteral("smtp_relay.example.com") << false;
    QTest::newRow("space") << QStringLiteral("smtp example.com") << false;
    QTest::newRow("crlf") << QStringLiteral("smtp.example.com\r\nQUIT") << false;
    QTest::newRow("double-dot") << QStringLiteral("smtp..example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsValidator::host()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(SettingsValidator::checkHost(host).isEmpty(), valid);
}

void TestSettingsValidator::hostPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: none
    QTest::newRow("seed-002-comma") << QStringLiteral("smtp.mydomain.com,25") << true
                                    << QStringLiteral("smtp.mydomain.com") << 25;
    QTest::newRow("seed-002-ip-comma")
        << QStringLiteral("10.2.3.4,25") << true << QStringLiteral("10.2.3.4") << 25;
    QTest::newRow("outlook-587") << QStringLiteral(" smtp-mail.outlook.com , 587 ") << true
                                 << QStringLiteral("smtp-mail.outlook.com") << 587;
    QTest::newRow("colon") << QStringLiteral("smtp.example.com:465") << true
                           << QStringLiteral("smtp.example.com") << 465;
    QTest::newRow("v6-bracket-port")
        << QStringLiteral("[::1]:2525") << true << QStringLiteral("::1") << 2525;
    QTest::newRow("v6-bracket-comma")
        << QStringLiteral("[2001:db8::1],25") << true << QStringLiteral("2001:db8::1") << 25;
    QTest::newRow("v6-bare") << QStringLiteral("2001:db8::1") << true
                             << QStringLiteral("2001:db8::1") << 0;
    QTest::newRow("v6-bracket-only")
        << QStringLiteral("[::1]") << true << QStringLiteral("::1") << 0;
    QTest::newRow("host-only") << QStringLiteral("smtp.example.com") << true
                               << QStringLiteral("smtp.example.com") << 0;
    QTest::newRow("port-zero") << QStringLiteral("smtp.example.com,0") << false << QString() << 0;
    QTest::newRow("port-too-big") << QStringLiteral("smtp.example.com:65536") << false << QString()
                                  << 0;
    QTest::newRow("port-not-number")
        << QStringLiteral("smtp.example.com,smtp") << false << QString() << 0;
    QTest::newRow("port-empty") << QStringLiteral("smtp.example.com:") << false << QString() << 0;
    QTest::newRow("bracket-unclosed") << QStringLiteral("[::1:25") << false << QString() << 0;
    QTest::newRow("junk-after-bracket") << QStringLiteral("[::1]x25") << false << QString() << 0;
    // Brackets hold only an IPv6 literal (fuzz_ini finding: "[a:1]" became host "a", port 1
    // after a save and a load).
    QTest::newRow("bracket-not-ipv6") << QStringLiteral("[a:1]") << false << QString() << 0;
    QTest::newRow("bracket-not-ipv6-port") << QStringLiteral("[a:1]:25") << false << QString() << 0;
    QTest::newRow("bracket-ipv4") << QStringLiteral("[192.0.2.1]") << false << QString() << 0;
    QTest::newRow("bracket-name") << QStringLiteral("[smtp.example.com]") << false << QString()
                                  << 0;
    QTest::newRow("bracket-empty") << QStringLiteral("[]") << false << QString() << 0;
    QTest::newRow("v6-bracket-spaces")
        << QStringLiteral("[ 2001:db8::1 ] : 25") << true << QStringLiteral("2001:db8::1") << 25;
}

void TestSettingsValidator::hostPort()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString why;
    const auto hp = SettingsValidator::normalizeHostPort(text, &why);
    QCOMPARE(hp.has_value(), ok);
    if (!ok) {
        QVERIFY(!why.isEmpty());
        QVERIFY(!SettingsValidator::validateField(QStringLiteral("smtp/host"), text).isEmpty());
        return;
    }
    QCOMPARE(hp->host, host);
    QCOMPARE(hp->port.value_or(0), port);
    QCOMPARE(SettingsValidator::validateField(QStringLiteral("smtp/host"), text), QString());
}

void TestSettingsValidator::field_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("port-1") << QStringLiteral("smtp/port") << QStringLiteral("1") << true;
    QTest::newRow("port-65535") << QStringLiteral("smtp/port") << QStringLiteral("65535") << true;
    QTest::newRow("port-0") << QStringLiteral("smtp/port") << QStringLiteral("0") << false;
    QTest::newRow("port-65536") << QStringLiteral("pop3/port") << QStringLiteral("65536") << false;
    QTest::newRow("port-negative") << QStringLiteral("smtp/port") << QStringLiteral("-25") << false;
    QTest::newRow("port-hex") << QStringLiteral("smtp/port") << QStringLiteral("0x19") << false;
    QTest::newRow("port-spaces-inside")
        << QStringLiteral("smtp/port") << QStringLiteral("2 5") << false;
    QTest::newRow("check-interval-1")
        << QStringLiteral("pop3/check_interval") << QStringLiteral("1") << true;
    QTest::newRow("check-interval-255")
        << QStringLiteral("pop3/check_interval") << QStringLiteral("255") << true;
    QTest::newRow("check-interval-256")
        << QStringLiteral("pop3/check_interval") << QStringLiteral("256") << false;
    QTest::newRow("check-interval-0")
        << QStringLiteral("pop3/check_interval") << QStringLiteral("0") << false;
    QTest::newRow("timeout-3600") << QStringLiteral("smtp/timeout") << QStringLiteral("3600")
                                  << true;
    QTest::newRow("timeout-3601") << QStringLiteral("pop3/timeout") << QStringLiteral("3601")
                                  << false;
    QTest::newRow("retry-5") << QStringLiteral("delivery/retry_interval") << QStringLiteral("5")
                             << true;
    QTest::newRow("retry-4") << QStringLiteral("delivery/retry_interval") << QStringLiteral("4")
                             << false;
    QTest::newRow("retry-86401") << QStringLiteral("delivery/retry_interval")
                                 << QStringLiteral("86401") << false;
    QTest::newRow("relay-window-1440")
        << QStringLiteral("pop3/relay_window") << QStringLiteral("1440") << true;
    QTest::newRow("relay-window-1441")
        << QStringLiteral("pop3/relay_window") << QStringLiteral("1441") << false;
    const QString pin = QStringLiteral("AB").repeated(32);
    QTest::newRow("pin-hex") << QStringLiteral("smtp/pin_sha256") << pin << true;
    QStringList pairs;
    for (int i = 0; i < 32; ++i)
        pairs << QStringLiteral("ab");
    QTest::newRow("pin-colons") << QStringLiteral("pop3/pin_sha256") << pairs.join(u':') << true;
    QTest::newRow("pin-63") << QStringLiteral("smtp/pin_sha256") << pin.left(63) << false;
    QTest::newRow("pin-not-hex") << QStringLiteral("smtp/pin_sha256")
                                 << (pin.left(63) + QLatin1Char('g')) << false;
    QTest::newRow("security-starttls")
        << QStringLiteral("smtp/security") << QStringLiteral("starttls") << true;
    QTest::newRow("security-stls-on-smtp")
        << QStringLiteral("smtp/security") << QStringLiteral("stls") << false;
    QTest::newRow("pop3-stls") << QStringLiteral("pop3/security") << QStringLiteral("stls") << true;
    QTest::newRow("auth-cram") << QStringLiteral("smtp/auth") << QStringLiteral("CRAM-MD5") << true;
    QTest::newRow("auth-ntlm") << QStringLiteral("smtp/auth") << QStringLiteral("ntlm") << true;
    QTest::newRow("auth-scram-plus")
        << QStringLiteral("smtp/auth") << QStringLiteral("scram-sha-256-plus") << false;
    QTest::newRow("realm") << QStringLiteral("smtp/realm") << QStringLiteral("CORP") << true;
    QTest::newRow("realm-tab") << QStringLiteral("pop3/realm") << QStringLiteral("A\tB") << false;
    QTest::newRow("client-cert-path")
        << QStringLiteral("smtp/client_cert") << QStringLiteral("/etc/mw/client.p12") << true;
    QTest::newRow("client-cert-control")
        << QStringLiteral("pop3/client_cert") << QStringLiteral("/etc/\x1b[31m.pem") << false;
    QTest::newRow("pop3-auth-apop")
        << QStringLiteral("pop3/auth") << QStringLiteral("APOP") << true;
    QTest::newRow("pop3-auth-login")
        << QStringLiteral("pop3/auth") << QStringLiteral("login") << false;
    QTest::newRow("method-pickup")
        << QStringLiteral("delivery/method") << QStringLiteral("pickup") << true;
    QTest::newRow("bool-yes") << QStringLiteral("pop3/enabled") << QStringLiteral("yes") << true;
    QTest::newRow("bool-maybe") << QStringLiteral("pop3/enabled") << QStringLiteral("maybe")
                                << false;
    QTest::newRow("permitted-mixed") << QStringLiteral("recipients/permitted")
                                     << QStringLiteral("ops@example.com, @example.org") << true;
    QTest::newRow("permitted-bad-entry") << QStringLiteral("recipients/permitted")
                                         << QStringLiteral("ops@example.com, nobody") << false;
    QTest::newRow("helo-literal") << QStringLiteral("smtp/helo") << QStringLiteral("[192.0.2.7]")
                                  << true;
    QTest::newRow("helo-name") << QStringLiteral("smtp/helo") << QStringLiteral("host.example.com")
                               << true;
    QTest::newRow("helo-space") << QStringLiteral("smtp/helo") << QStringLiteral("my host")
                                << false;
    QTest::newRow("from-name-crlf") << QStringLiteral("mailboxes/from_name")
                                    << QStringLiteral("Alerts\r\nBcc: victim@example.com") << false;
    QTest::newRow("username-crlf")
        << QStringLiteral("smtp/username") << QStringLiteral("user\r\nAUTH PLAIN") << false;
    QTest::newRow("path-nul") << QStringLiteral("diagnostics/debug_log")
                              << (QStringLiteral("/tmp/a") + QChar(0) + QStringLiteral("b"))
                              << false;
    QTest::newRow("windows-path") << QStringLiteral("delivery/pickup_dir")
                                  << QStringLiteral("C:\\stuff\\pickupfolder") << true;
    QTest::newRow("unknown-key") << QStringLiteral("smtp/colour") << QStringLiteral("red") << false;
}

void TestSettingsValidator::field()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QString why = SettingsValidator::validateField(key, text);
    QCOMPARE(why.isEmpty(), valid);
}

void TestSettingsValidator::required_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("smtp-enabled-nothing-set")
        << QStringLiteral("defaults")
        << QStringList{QStringLiteral("smtp/host"), QStringLiteral("smtp/username"),
                       QStringLiteral("mailboxes/from")};
    QTest::newRow("complete-smtp") << QStringLiteral("complete") << QStringList{};
    QTest::newRow("auto-auth-needs-username")
        << QStringLiteral("auto") << QStringList{QStringLiteral("smtp/username")};
    QTest::newRow("login-needs-username")
        << QStringLiteral("login") << QStringList{QStringLiteral("smtp/username")};
    QTest::newRow("pop-before-smtp-needs-pop3")
        << QStringLiteral("pop-before-smtp")
        << QStringList{QStringLiteral("pop3/host"), QStringLiteral("pop3/username")};
    QTest::newRow("pop3-enabled-needs-host")
        << QStringLiteral("pop3")
        << QStringList{QStringLiteral("pop3/host"), QStringLiteral("pop3/username")};
    QTest::newRow("pickup-needs-dir")
        << QStringLiteral("pickup") << QStringList{QStringLiteral("delivery/pickup_dir")};
    QTest::newRow("file-backend-needs-file")
        << QStringLiteral("secret-file") << QStringList{QStringLiteral("general/secret_file")};
    QTest::newRow("everything-off") << QStringLiteral("off") << QStringList{};
    QTest::newRow("scram-needs-username")
        << QStringLiteral("scram-sha-256") << QStringList{QStringLiteral("smtp/username")};
    QTest::newRow("ntlm-needs-username")
        << QStringLiteral("ntlm") << QStringList{QStringLiteral("smtp/username")};
    // The Kerberos ticket names the user.
    QTest::newRow("gssapi-needs-no-username") << QStringLiteral("gssapi") << QStringList{};
    QTest::newRow("external-needs-certificate")
        << QStringLiteral("external") << QStringList{QStringLiteral("smtp/client_cert")};
    QTest::newRow("pop3-gssapi-needs-host-only")
        << QStringLiteral("pop3-gssapi") << QStringList{QStringLiteral("pop3/host")};
    QTest::newRow("pop3-external-needs-certificate")
        << QStringLiteral("pop3-external")
        << QStringList{QStringLiteral("pop3/host"), QStringLiteral("pop3/client_cert")};
}

void TestSettingsValidator::required()
{
    QFETCH(QString, story);
    QFETCH(QStringList, missing);
    MailSettings m;
    if (story != QLatin1String("defaults")) {
        m.smtp.host = QStringLiteral("smtp.example.com");
        m.mailboxes.from = QStringLiteral("alerts@example.com");
        m.smtp.auth = MailSettings::SmtpAuth::None;
    }
    if (story == QLatin1String("auto"))
        m.smtp.auth = MailSettings::SmtpAuth::Auto;
    if (story == QLatin1String("login"))
        m.smtp.auth = MailSettings::SmtpAuth::Login;
    if (story == QLatin1String("pop-before-smtp"))
        m.smtp.auth = MailSettings::SmtpAuth::PopBeforeSmtp;
    if (story == QLatin1String("pop3"))
        m.pop3.enabled = true;
    if (const auto auth = SettingsSchema::fromString<MailSettings::SmtpAuth>(story);
        auth && story != QLatin1String("auto") && story != QLatin1String("login"))
        m.smtp.auth = *auth;
    if (story.startsWith(QLatin1String("pop3-"))) {
        m.pop3.enabled = true;
        m.pop3.auth = *SettingsSchema::fromString<MailSettings::Pop3Auth>(story.mid(5));
    }
    if (story == QLatin1String("pickup"))
        m.delivery.method = MailSettings::DeliveryMethod::Pickup;
    if (story == QLatin1String("secret-file"))
        m.general.secretBackend = MailSettings::SecretBackend::File;
    if (story == QLatin1String("off")) {
        m = MailSettings{};
        m.smtp.enabled = false;
    }
    QStringList keys;
    for (const ValidationIssue &i : SettingsValidator::validate(m)) {
        keys << i.key;
        QVERIFY2(!i.message.isEmpty(), qPrintable(i.key));
    }
    QCOMPARE(keys, missing);
}

void TestSettingsValidator::schemaRoundTrip()
{
    // Every key reads back what was set, and its default is what MailSettings{} holds.
    const QStringList keys = SettingsSchema::keys();
    // 36 + the five [oauth] keys + the two bounce-watch keys + realm and client_cert of
    // [smtp] and [pop3] and pop3/auth, which replaced pop3/apop + three [remote_status]
    // and eight [alerts] keys + the twelve [backup_smtp] keys of [smtp] and its `after`, two
    // more [alerts] keys and webhook_ca_file, five [monitoring] and three [history] keys
    QCOMPARE(keys.size(), 82);
    QVERIFY(!keys.contains(QStringLiteral("pop3/apop")));
    QVERIFY(keys.contains(QStringLiteral("pop3/relay_window")));
    QVERIFY(keys.contains(QStringLiteral("pop3/watch_bounces")));
    QVERIFY(keys.contains(QStringLiteral("pop3/delete_bounces")));
    QCOMPARE(SettingsSchema::sections(),
             (QStringList{QStringLiteral("general"), QStringLiteral("smtp"),
                          QStringLiteral("backup_smtp"), QStringLiteral("oauth"),
                          QStringLiteral("pop3"), QStringLiteral("mailboxes"),
                          QStringLiteral("copies"), QStringLiteral("recipients"),
                          QStringLiteral("remote_status"), QStringLiteral("alerts"),
                          QStringLiteral("monitoring"), QStringLiteral("history"),
                          QStringLiteral("delivery"), QStringLiteral("diagnostics")}));
    QCOMPARE(SettingsSchema::defaultValue(QStringLiteral("smtp/port")), QStringLiteral("587"));
    QCOMPARE(SettingsSchema::defaultValue(QStringLiteral("delivery/retry_interval")),
             QStringLiteral("30"));
    QCOMPARE(SettingsSchema::defaultValue(QStringLiteral("smtp/security")), QStringLiteral("auto"));
    for (const SettingSpec &s : SettingsSchema::specs()) {
        QVERIFY2(!s.description.isEmpty(), qPrintable(s.key));
        QVERIFY2(!s.description.contains(QLatin1Char('\n')), qPrintable(s.key));
    }
    MailSettings m;
    QCOMPARE(
        SettingsSchema::setValue(m, QStringLiteral("smtp/auth"), QStringLiteral("pop-before-smtp")),
        QString());
    QCOMPARE(m.smtp.auth, MailSettings::SmtpAuth::PopBeforeSmtp);
    QCOMPARE(SettingsSchema::setValue(m, QStringLiteral("recipients/permitted"),
                                      QStringLiteral("a@example.com;@example.org,, b@example.com")),
             QString());
    QCOMPARE(m.recipients.permitted,
             (QStringList{QStringLiteral("a@example.com"), QStringLiteral("@example.org"),
                          QStringLiteral("b@example.com")}));
    QCOMPARE(*SettingsSchema::value(m, QStringLiteral("recipients/permitted")),
             QStringLiteral("a@example.com, @example.org, b@example.com"));
    QVERIFY(!SettingsSchema::value(m, QStringLiteral("smtp/password")).has_value());
    QVERIFY(
        !SettingsSchema::setValue(m, QStringLiteral("smtp/port"), QStringLiteral("abc")).isEmpty());
    QCOMPARE(m.smtp.port, 587);
}

void TestSettingsValidator::schemaRefusesLineBreaks_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::newRow("from-name-crlf")
        << QStringLiteral("mailboxes/from_name") << QStringLiteral("A\r\n[smtp]");
    QTest::newRow("host-lf") << QStringLiteral("smtp/host") << QStringLiteral("a\nhost=evil");
    QTest::newRow("debug-log-cr") << QStringLiteral("diagnostics/debug_log")
                                  << QStringLiteral("/tmp/x\r");
    QTest::newRow("username-nul") << QStringLiteral("pop3/username")
                                  << (QStringLiteral("u") + QChar(0));
}

void TestSettingsValidator::schemaRefusesLineBreaks()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    MailSettings m;
    const QString err = SettingsSchema::setValue(m, key, text);
    QVERIFY(err.startsWith(key));
    QVERIFY(m == MailSettings{});
}

void TestSettingsValidator::schemaHostSetsPort()
{
    MailSettings m;
    QCOMPARE(SettingsSchema::setValue(m, QStringLiteral("smtp/host"),
                                      QStringLiteral("smtp.mydomain.com,25")),
             QString());
    QCOMPARE(m.smtp.host, QStringLiteral("smtp.mydomain.com"));
    QCOMPARE(m.smtp.port, 25);
    QCOMPARE(SettingsSchema::setValue(m, QStringLiteral("pop3/host"), QStringLiteral("[::1]:2525")),
             QString());
    QCOMPARE(m.pop3.host, QStringLiteral("::1"));
    QCOMPARE(m.pop3.port, 2525);
}

void TestSettingsValidator::enums()
{
    using M = MailSettings;
    QCOMPARE(SettingsSchema::toString(M::SmtpAuth::CramMd5), QStringLiteral("cram-md5"));
    QVERIFY(SettingsSchema::fromString<M::SmtpAuth>(QStringLiteral(" Pop-Before-SMTP ")) ==
            M::SmtpAuth::PopBeforeSmtp);
    QVERIFY(SettingsSchema::fromString<M::SmtpSecurity>(QStringLiteral("ssl")) ==
            M::SmtpSecurity::Tls);
    QVERIFY(!SettingsSchema::fromString<M::Pop3Security>(QStringLiteral("starttls")).has_value());
    QCOMPARE(SettingsSchema::names<M::SmtpSecurity>(),
             (QStringList{QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("tls"),
                          QStringLiteral("auto")}));
    QCOMPARE(SettingsSchema::names<M::Pop3Security>(),
             (QStringList{QStringLiteral("none"), QStringLiteral("stls"), QStringLiteral("tls"),
                          QStringLiteral("auto")}));
    QCOMPARE(SettingsSchema::names<M::DeliveryMethod>(),
             (QStringList{QStringLiteral("smtp"), QStringLiteral("pickup")}));
    QCOMPARE(SettingsSchema::toString(M::SecretBackend::File), QStringLiteral("file"));
    // -PLUS (channel binding) is no value: Qt 6.4 gives no tls-unique / tls-exporter.
    QCOMPARE(SettingsSchema::names<M::SmtpAuth>().filter(QStringLiteral("scram")),
             (QStringList{QStringLiteral("scram-sha-256"), QStringLiteral("scram-sha-1")}));
    QCOMPARE(SettingsSchema::names<M::Pop3Auth>(),
             (QStringList{QStringLiteral("auto"), QStringLiteral("user"), QStringLiteral("apop"),
                          QStringLiteral("plain"), QStringLiteral("cram-md5"),
                          QStringLiteral("scram-sha-256"), QStringLiteral("scram-sha-1"),
                          QStringLiteral("gssapi"), QStringLiteral("ntlm"),
                          QStringLiteral("external")}));
    QCOMPARE(SettingsSchema::toString(M::Pop3Auth::User), QStringLiteral("user"));
}

QTEST_GUILESS_MAIN(TestSettingsValidator)
#include "tst_settingsvalidator.moc"
