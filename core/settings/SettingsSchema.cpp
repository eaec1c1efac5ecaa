// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines for a reason: buildSpecs() is the one table of every configuration key
// (82, in file order, with its description); split over files, the order of the file and
// of the documentation could no longer be read in one place.
#include "SettingsSchema.h"

#include "SettingsValidator.h"

#include <QHash>

#include <utility>

namespace mw {

namespace {

template<typename E> using EnumTable = QList<std::pair<E, QLatin1String>>;

template<typename E> const EnumTable<E> &enumTable();

template<> const EnumTable<MailSettings::SmtpSecurity> &enumTable()
{
    using S = MailSettings::SmtpSecurity;
    static const EnumTable<S> t{{S::None, QLatin1String("none")},
                                {S::StartTls, QLatin1String("starttls")},
                                {S::Tls, QLatin1String("tls")},
                                {S::Auto, QLatin1String("auto")}};
    return t;
}

// The login methods. SCRAM-SHA-*-PLUS (channel binding, RFC 5929 / RFC 9266) is no value
// here and auto never picks it: Qt 6.4's QSslSocket exposes neither tls-unique nor
// tls-exporter (no native handle), and Dovecot 2.3 does not offer -PLUS either.
template<> const EnumTable<MailSettings::SmtpAuth> &enumTable()
{
    using A = MailSettings::SmtpAuth;
    static const EnumTable<A> t{{A::None, QLatin1String("none")},
                                {A::Plain, QLatin1String("plain")},
                                {A::Login, QLatin1String("login")},
                                {A::CramMd5, QLatin1String("cram-md5")},
                                {A::Auto, QLatin1String("auto")},
                                {A::PopBeforeSmtp, QLatin1String("pop-before-smtp")},
                                {A::XOAuth2, QLatin1String("xoauth2")},
                                {A::OAuthBearer, QLatin1String("oauthbearer")},
                                {A::ScramSha256, QLatin1String("scram-sha-256")},
                                {A::ScramSha1, QLatin1String("scram-sha-1")},
                                {A::Gssapi, QLatin1String("gssapi")},
                                {A::Ntlm, QLatin1String("ntlm")},
                                {A::External, QLatin1String("external")}};
    return t;
}

// user: USER/PASS (RFC 1939 §7); apop: APOP; the rest SASL through AUTH (RFC 5034), the
// same mechanisms as SMTP's (no -PLUS, for the same reason).
template<> const EnumTable<MailSettings::Pop3Auth> &enumTable()
{
    using A = MailSettings::Pop3Auth;
    static const EnumTable<A> t{{A::Auto, QLatin1String("auto")},
                                {A::User, QLatin1String("user")},
                                {A::Apop, QLatin1String("apop")},
                                {A::Plain, QLatin1String("plain")},
                                {A::CramMd5, QLatin1String("cram-md5")},
                                {A::ScramSha256, QLatin1String("scram-sha-256")},
                                {A::ScramSha1, QLatin1String("scram-sha-1")},
                                {A::Gssapi, QLatin1String("gssapi")},
                                {A::Ntlm, QLatin1String("ntlm")},
                                {A::External, QLatin1String("external")}};
    return t;
}

template<> const EnumTable<MailSettings::OAuthProvider> &enumTable()
{
    using P = MailSettings::OAuthProvider;
    static const EnumTable<P> t{{P::Microsoft, QLatin1String("microsoft")},
                                {P::Google, QLatin1String("google")},
                                {P::Oidc, QLatin1String("oidc")}};
    return t;
}

template<> const EnumTable<MailSettings::Pop3Security> &enumTable()
{
    using S = MailSettings::Pop3Security;
    static const EnumTable<S> t{{S::None, QLatin1String("none")},
                                {S::Stls, QLatin1String("stls")},
                                {S::Tls, QLatin1String("tls")},
                                {S::Auto, QLatin1String("auto")}};
    return t;
}

template<> const EnumTable<MailSettings::DeliveryMethod> &enumTable()
{
    using M = MailSettings::DeliveryMethod;
    static const EnumTable<M> t{{M::Smtp, QLatin1String("smtp")},
                                {M::Pickup, QLatin1String("pickup")}};
    return t;
}

template<> const EnumTable<MailSettings::SecretBackend> &enumTable()
{
    using B = MailSettings::SecretBackend;
    static const EnumTable<B> t{{B::Keychain, QLatin1String("keychain")},
                                {B::File, QLatin1String("file")},
                                {B::Memory, QLatin1String("memory")}};
    return t;
}

template<> const EnumTable<MailSettings::WebhookFormat> &enumTable()
{
    using W = MailSettings::WebhookFormat;
    static const EnumTable<W> t{{W::None, QLatin1String("none")},
                                {W::Generic, QLatin1String("generic")},
                                {W::Teams, QLatin1String("teams")},
                                {W::Slack, QLatin1String("slack")},
                                {W::Discord, QLatin1String("discord")}};
    return t;
}

template<typename E> QString enumToString(E value)
{
    for (const auto &[v, name] : enumTable<E>()) {
        if (v == value)
            return name;
    }
    return {};
}

QString lineBreakError(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0))
            return QStringLiteral("must be on one line (CR, LF and NUL are not allowed)");
    }
    return {};
}

// Builders: one per value type, each binding a field of a section of MailSettings.
template<typename Sec>
SettingSpec boolSpec(const char *key, const char *desc, Sec MailSettings::*sec, bool Sec::*field)
{
    SettingSpec s;
    s.key = QLatin1String(key);
    s.kind = ValueKind::Bool;
    s.type = QStringLiteral("bool");
    s.description = QLatin1String(desc);
    s.allowed = {QStringLiteral("true"), QStringLiteral("false")};
    s.get = [sec, field](const MailSettings &m) {
        return (m.*sec.*field) ? QStringLiteral("true") : QStringLiteral("false");
    };
    s.set = [sec, field](MailSettings &m, const QString &text) -> QString {
        const auto b = SettingsSchema::parseBool(text);
        if (!b)
            return QStringLiteral("must be true or false");
        m.*sec.*field = *b;
        return {};
    };
    return s;
}

template<typename Sec>
SettingSpec intSpec(const char *key, const char *desc, Sec MailSettings::*sec, int Sec::*field,
                    int minimum, int maximum, ValueKind kind = ValueKind::Integer)
{
    SettingSpec s;
    s.key = QLatin1String(key);
    s.kind = kind;
    s.type = QStringLiteral("integer");
    s.description = QLatin1String(desc);
    s.minimum = minimum;
    s.maximum = maximum;
    s.get = [sec, field](const MailSettings &m) { return QString::number(m.*sec.*field); };
    s.set = [sec, field](MailSettings &m, const QString &text) -> QString {
        bool ok = false;
        const QString t = text.trimmed();
        // Digits only: no sign, no hex, no spaces inside ("2 5" is a typo, not 25).
        for (const QChar c : t) {
            if (!c.isDigit() || c.unicode() > 0x7f)
                return QStringLiteral("must be a whole number");
        }
        const int v = t.toInt(&ok, 10);
        if (!ok)
            return t.isEmpty() ? QStringLiteral("must not be empty")
                               : QStringLiteral("must be a whole number");
        m.*sec.*field = v;
        return {};
    };
    return s;
}

template<typename Sec>
SettingSpec stringSpec(const char *key, ValueKind kind, const char *type, const char *desc,
                       Sec MailSettings::*sec, QString Sec::*field)
{
    SettingSpec s;
    s.key = QLatin1String(key);
    s.kind = kind;
    s.type = QLatin1String(type);
    s.description = QLatin1String(desc);
    s.get = [sec, field](const MailSettings &m) { return m.*sec.*field; };
    s.set = [sec, field](MailSettings &m, const QString &text) -> QString {
        m.*sec.*field = text.trimmed();
        return {};
    };
    return s;
}

// A host key: "host,port" / "host:port" / "[v6]:port" also set the port (seed 002).
template<typename Sec>
SettingSpec hostSpec(const char *key, const char *desc, Sec MailSettings::*sec, QString Sec::*host,
                     int Sec::*port)
{
    SettingSpec s = stringSpec(key, ValueKind::Host, "string", desc, sec, host);
    s.set = [sec, host, port](MailSettings &m, const QString &text) -> QString {
        const auto hp = SettingsValidator::normalizeHostPort(text);
        if (!hp) {
            // Keep what was typed; the validator explains what is wrong with it.
            m.*sec.*host = text.trimmed();
            return {};
        }
        m.*sec.*host = hp->host;
        if (hp->port)
            m.*sec.*port = *hp->port;
        return {};
    };
    return s;
}

template<typename E, typename Sec>
SettingSpec enumSpec(const char *key, const char *desc, Sec MailSettings::*sec, E Sec::*field)
{
    SettingSpec s;
    s.key = QLatin1String(key);
    s.kind = ValueKind::Enum;
    s.type = QStringLiteral("enum");
    s.description = QLatin1String(desc);
    s.allowed = SettingsSchema::names<E>();
    s.get = [sec, field](const MailSettings &m) { return enumToString(m.*sec.*field); };
    s.set = [sec, field](MailSettings &m, const QString &text) -> QString {
        const auto v = SettingsSchema::fromString<E>(text);
        if (!v)
            return QStringLiteral("must be one of: ") + SettingsSchema::names<E>().join(u", ");
        m.*sec.*field = *v;
        return {};
    };
    return s;
}

// The keys of one SMTP server: [smtp] (the primary) and [backup_smtp] share them; a
// description starts with `who` ("" for the primary) and names the section's secrets.
void appendSmtpSpecs(QList<SettingSpec> &l, const char *section,
                     MailSettings::Smtp MailSettings::*sec, const char *who)
{
    using M = MailSettings;
    const QByteArray account = QByteArray(section).replace('_', '-');
    const auto key = [section](const char *name) {
        return QByteArray(QByteArray(section) + '/' + name);
    };
    const auto desc = [who, &account](const char *text, const char *accountSuffix = nullptr,
                                      const char *tail = nullptr) {
        QByteArray d = QByteArray(who) + text;
        if (accountSuffix)
            d += account + accountSuffix + tail;
        return d;
    };
    l << boolSpec(key("enabled").constData(), desc("Send mail through the SMTP server").constData(),
                  sec, &M::Smtp::enabled);
    l << hostSpec(key("host").constData(),
                  desc("SMTP server: IP address, host name or internationalised name; "
                       "\"host,port\" or \"host:port\" also sets the port")
                      .constData(),
                  sec, &M::Smtp::host, &M::Smtp::port);
    l << intSpec(key("port").constData(),
                 desc("SMTP server port (25, 465 for implicit TLS, 587 submission)").constData(),
                 sec, &M::Smtp::port, 1, 65535, ValueKind::Port);
    l << enumSpec<M::SmtpSecurity>(
        key("security").constData(),
        desc("Transport security: none, starttls (RFC 3207), tls (implicit, RFC 8314) or auto "
             "(safest that works)")
            .constData(),
        sec, &M::Smtp::security);
    l << enumSpec<M::SmtpAuth>(key("auth").constData(),
                               desc("How to log in: none, a SASL mechanism, auto (best offered), "
                                    "pop-before-smtp, or an OAuth2 token (xoauth2, oauthbearer)")
                                   .constData(),
                               sec, &M::Smtp::auth);
    l << stringSpec(key("username").constData(), ValueKind::UserName, "string",
                    desc("SMTP login name").constData(), sec, &M::Smtp::username);
    l << stringSpec(key("realm").constData(), ValueKind::Text, "string",
                    desc("NTLM domain, or Kerberos realm when not the default").constData(), sec,
                    &M::Smtp::realm);
    l << stringSpec(
        key("client_cert").constData(), ValueKind::Path, "path",
        desc("TLS client certificate: a PEM file with certificate and key, or a PKCS#12 "
             "file (key passphrase in the secret store as ",
             "-client-cert", ")")
            .constData(),
        sec, &M::Smtp::clientCert);
    l << stringSpec(key("helo").constData(), ValueKind::Helo, "string",
                    desc("Name sent in EHLO/HELO; empty: this host's name").constData(), sec,
                    &M::Smtp::helo);
    l << intSpec(key("timeout").constData(), desc("Seconds each SMTP phase may take").constData(),
                 sec, &M::Smtp::timeout, 1, 3600);
    l << stringSpec(key("ca_file").constData(), ValueKind::Path, "path",
                    desc("PEM file of extra trusted certificates for the SMTP server").constData(),
                    sec, &M::Smtp::caFile);
    l << stringSpec(key("pin_sha256").constData(), ValueKind::Pin, "string",
                    desc("Trusted SMTP server certificate: SHA-256 fingerprint in hex").constData(),
                    sec, &M::Smtp::pinSha256);
}

QList<SettingSpec> buildSpecs()
{
    using M = MailSettings;
    QList<SettingSpec> l;
    l << enumSpec<M::SecretBackend>(
        "general/secret_backend",
        "Where passwords are kept: the OS keychain, a 0600 file (headless hosts) or memory "
        "(tests; nothing is kept)",
        &M::general, &M::General::secretBackend);
    l << stringSpec("general/secret_file", ValueKind::Path, "path",
                    "File of passwords for secret_backend=file; must not be readable by group "
                    "or others",
                    &M::general, &M::General::secretFile);

    appendSmtpSpecs(l, "smtp", &M::smtp, "");
    appendSmtpSpecs(l, "backup_smtp", &M::backupSmtp,
                    "Backup SMTP server (used when the primary cannot take mail): ");
    l << intSpec("backup_smtp/after",
                 "Seconds the primary SMTP server must fail to connect before queued mail goes "
                 "to the backup (a held queue goes at once)",
                 &M::backup, &M::Backup::after, 0, 86400);

    l << enumSpec<M::OAuthProvider>(
        "oauth/provider",
        "OAuth2 provider for smtp/auth=xoauth2|oauthbearer: microsoft, google or oidc (any "
        "OpenID provider by its issuer)",
        &M::oauth, &M::OAuth::provider);
    l << stringSpec("oauth/issuer", ValueKind::Text, "string",
                    "provider=oidc: the issuer URL; /.well-known/openid-configuration is read "
                    "from it",
                    &M::oauth, &M::OAuth::issuer);
    l << stringSpec("oauth/client_id", ValueKind::Text, "string",
                    "Client (application) id registered with the provider; the client secret, "
                    "if any, is a secret (account oauth-client)",
                    &M::oauth, &M::OAuth::clientId);
    l << stringSpec("oauth/tenant", ValueKind::Text, "string",
                    "provider=microsoft: tenant id or domain, or common / organizations / "
                    "consumers",
                    &M::oauth, &M::OAuth::tenant);
    l << stringSpec("oauth/scopes", ValueKind::Text, "string",
                    "Space-separated scopes to request; empty: the provider's SMTP scopes",
                    &M::oauth, &M::OAuth::scopes);

    l << boolSpec("pop3/enabled", "Check the POP3 server", &M::pop3, &M::Pop3::enabled);
    l << hostSpec("pop3/host",
                  "POP3 server (also used for POP-before-SMTP); \"host,port\" also sets the "
                  "port",
                  &M::pop3, &M::Pop3::host, &M::Pop3::port);
    l << intSpec("pop3/port", "POP3 server port (110, 995 for implicit TLS)", &M::pop3,
                 &M::Pop3::port, 1, 65535, ValueKind::Port);
    l << enumSpec<M::Pop3Security>("pop3/security",
                                   "Transport security: none, stls (RFC 2595), tls (implicit) "
                                   "or auto",
                                   &M::pop3, &M::Pop3::security);
    l << stringSpec("pop3/username", ValueKind::UserName, "string", "POP3 login name", &M::pop3,
                    &M::Pop3::username);
    l << enumSpec<M::Pop3Auth>("pop3/auth",
                               "How to log in: auto (best offered), user (USER/PASS), apop, or a "
                               "SASL mechanism (RFC 5034)",
                               &M::pop3, &M::Pop3::auth);
    l << stringSpec("pop3/realm", ValueKind::Text, "string",
                    "NTLM domain, or Kerberos realm when not the default", &M::pop3,
                    &M::Pop3::realm);
    l << stringSpec("pop3/client_cert", ValueKind::Path, "path",
                    "TLS client certificate: a PEM file with certificate and key, or a PKCS#12 "
                    "file (key passphrase in the secret store as pop3-client-cert)",
                    &M::pop3, &M::Pop3::clientCert);
    l << intSpec("pop3/check_interval", "Minutes between POP3 checks", &M::pop3,
                 &M::Pop3::checkInterval, 1, 255);
    l << intSpec("pop3/timeout", "Seconds each POP3 phase may take", &M::pop3, &M::Pop3::timeout, 1,
                 3600);
    l << stringSpec("pop3/ca_file", ValueKind::Path, "path",
                    "PEM file of extra trusted certificates for the POP3 server", &M::pop3,
                    &M::Pop3::caFile);
    l << stringSpec("pop3/pin_sha256", ValueKind::Pin, "string",
                    "Trusted POP3 server certificate: SHA-256 fingerprint in hex", &M::pop3,
                    &M::Pop3::pinSha256);
    l << intSpec("pop3/relay_window",
                 "Minutes a POP3 login lets this client relay (POP-before-SMTP); after that "
                 "the login is repeated",
                 &M::pop3, &M::Pop3::relayWindow, 1, 1440);
    l << boolSpec("pop3/watch_bounces",
                  "This POP3 account receives the bounced-alerts mailbox: read its delivery "
                  "status notifications at every check",
                  &M::pop3, &M::Pop3::watchBounces);
    l << boolSpec("pop3/delete_bounces",
                  "Delete a delivery status notification from the server once it is recorded "
                  "(otherwise every message stays)",
                  &M::pop3, &M::Pop3::deleteBounces);

    l << stringSpec("mailboxes/from", ValueKind::Address, "address",
                    "Sender address shown in From:", &M::mailboxes, &M::Mailboxes::from);
    l << stringSpec("mailboxes/from_name", ValueKind::Text, "string",
                    "Display name shown in From:", &M::mailboxes, &M::Mailboxes::fromName);
    l << stringSpec("mailboxes/notify", ValueKind::Address, "address",
                    "System notification mailbox; Send Test goes here", &M::mailboxes,
                    &M::Mailboxes::notify);
    l << stringSpec("mailboxes/bounce", ValueKind::Address, "address",
                    "Bounced-alerts mailbox (envelope sender); empty: the From address",
                    &M::mailboxes, &M::Mailboxes::bounce);

    l << stringSpec("copies/all", ValueKind::Address, "address", "Receives a copy of every message",
                    &M::copies, &M::Copies::all);
    l << stringSpec("copies/errors", ValueKind::Address, "address",
                    "Receives a copy of every error message", &M::copies, &M::Copies::errors);
    l << stringSpec("copies/console", ValueKind::Address, "address",
                    "Receives the messages of jobs run from the console", &M::copies,
                    &M::Copies::console);

    {
        SettingSpec s;
        s.key = QStringLiteral("recipients/permitted");
        s.kind = ValueKind::AddressList;
        s.type = QStringLiteral("list");
        s.description = QStringLiteral(
            "Comma-separated addresses and @domain entries allowed to receive mail; empty: "
            "all");
        s.get = [](const MailSettings &m) { return m.recipients.permitted.join(u", "); };
        s.set = [](MailSettings &m, const QString &text) -> QString {
            m.recipients.permitted = SettingsSchema::splitList(text);
            return {};
        };
        l << s;
    }

    l << boolSpec("remote_status/enabled",
                  "Answer status requests that arrive in the POP3 mailbox (subject \"status\", "
                  "the read-only access password on a line \"password: ...\"); the password "
                  "is kept as a salted digest in the secret store (remote-status)",
                  &M::remoteStatus, &M::RemoteStatus::enabled);
    {
        SettingSpec s;
        s.key = QStringLiteral("remote_status/permitted");
        s.kind = ValueKind::AddressList;
        s.type = QStringLiteral("list");
        s.description = QStringLiteral(
            "Comma-separated addresses allowed to request the status (the answer goes to "
            "them); empty: any sender");
        s.get = [](const MailSettings &m) { return m.remoteStatus.permitted.join(u", "); };
        s.set = [](MailSettings &m, const QString &text) -> QString {
            m.remoteStatus.permitted = SettingsSchema::splitList(text);
            return {};
        };
        l << s;
    }
    l << stringSpec("remote_status/authserv_id", ValueKind::Text, "string",
                    "authserv-id of the receiving server's Authentication-Results header "
                    "(RFC 8601); a failing SPF, DKIM or DMARC verdict from it refuses the "
                    "request. Empty: the header is not read",
                    &M::remoteStatus, &M::RemoteStatus::authservId);

    l << boolSpec("alerts/enabled",
                  "Send notices about failing mail to the notification mailbox (and "
                  "copies/errors)",
                  &M::alerts, &M::Alerts::enabled);
    l << boolSpec("alerts/dead_letters", "Notice when a message is dead-lettered", &M::alerts,
                  &M::Alerts::deadLetters);
    l << boolSpec("alerts/held",
                  "Notice when the queue is held (login refused, sign-in required, downgrade "
                  "refused, spool storage)",
                  &M::alerts, &M::Alerts::held);
    l << boolSpec("alerts/certificate",
                  "Notice when a server certificate is about to expire or has changed", &M::alerts,
                  &M::Alerts::certificate);
    l << boolSpec("alerts/outage",
                  "Notice when the SMTP server does not answer for outage_minutes (sent once it "
                  "answers again, with the outage's start and end)",
                  &M::alerts, &M::Alerts::outage);
    l << intSpec("alerts/outage_minutes", "Minutes without an answer before an outage is noticed",
                 &M::alerts, &M::Alerts::outageMinutes, 1, 10080);
    l << intSpec("alerts/certificate_days", "Days before a certificate's expiry to send a notice",
                 &M::alerts, &M::Alerts::certificateDays, 1, 365);
    l << intSpec("alerts/min_interval", "Minutes between two notices about the same kind of event",
                 &M::alerts, &M::Alerts::minInterval, 1, 10080);
    l << enumSpec<M::WebhookFormat>(
        "alerts/webhook",
        "Also send each notice to an HTTPS webhook, directly (not through the mail queue): "
        "none, generic (JSON), teams (Microsoft Teams workflow), slack or discord. The URL is "
        "a secret (account alerts-webhook)",
        &M::alerts, &M::Alerts::webhook);
    l << boolSpec("alerts/system_log",
                  "Also write each notice to the system log (journald/syslog, the Windows Event "
                  "Log, the macOS unified log)",
                  &M::alerts, &M::Alerts::systemLog);
    l << stringSpec("alerts/webhook_ca_file", ValueKind::Path, "path",
                    "PEM file of the certificates trusted for the alert webhook, instead of the "
                    "system store (a private CA)",
                    &M::alerts, &M::Alerts::webhookCaFile);

    l << intSpec("monitoring/queue_warning",
                 "mailwright-cli check: WARNING from this many messages waiting", &M::monitoring,
                 &M::Monitoring::queueWarning, 1, 1000000);
    l << intSpec("monitoring/queue_critical",
                 "mailwright-cli check: CRITICAL from this many messages waiting", &M::monitoring,
                 &M::Monitoring::queueCritical, 1, 1000000);
    l << intSpec("monitoring/age_warning",
                 "mailwright-cli check: WARNING when the oldest message has waited this many "
                 "minutes",
                 &M::monitoring, &M::Monitoring::ageWarning, 1, 100000);
    l << intSpec("monitoring/age_critical",
                 "mailwright-cli check: CRITICAL when the oldest message has waited this many "
                 "minutes",
                 &M::monitoring, &M::Monitoring::ageCritical, 1, 100000);
    l << intSpec("monitoring/certificate_critical",
                 "mailwright-cli check: CRITICAL when a server certificate expires within this "
                 "many days (WARNING: alerts/certificate_days)",
                 &M::monitoring, &M::Monitoring::certificateCritical, 0, 365);

    l << boolSpec("history/enabled",
                  "Record every message the queue hands over in the delivery history", &M::history,
                  &M::History::enabled);
    l << intSpec("history/days", "Days the delivery history keeps a message", &M::history,
                 &M::History::days, 1, 3650);
    l << boolSpec("history/keep_bodies",
                  "Also keep each message's text in the delivery history (Resend sends the "
                  "original); off: only its headers and outcome",
                  &M::history, &M::History::keepBodies);

    l << enumSpec<M::DeliveryMethod>("delivery/method",
                                     "smtp: send through the SMTP server; pickup: drop .eml "
                                     "files into pickup_dir",
                                     &M::delivery, &M::Delivery::method);
    l << stringSpec("delivery/pickup_dir", ValueKind::Path, "path",
                    "Pickup folder of the local mail server (method=pickup)", &M::delivery,
                    &M::Delivery::pickupDir);
    l << stringSpec("delivery/queue_dir", ValueKind::Path, "path",
                    "Spool folder of messages waiting to be sent; empty: per-user data folder",
                    &M::delivery, &M::Delivery::queueDir);
    l << intSpec("delivery/retry_interval", "Seconds between retries of queued messages",
                 &M::delivery, &M::Delivery::retryInterval, 5, 86400);

    l << stringSpec("diagnostics/debug_log", ValueKind::Path, "path",
                    "File every session appends its transcript to (passwords replaced by ***); "
                    "empty: none",
                    &M::diagnostics, &M::Diagnostics::debugLog);
    return l;
}

} // namespace

const QList<SettingSpec> &SettingsSchema::specs()
{
    static const QList<SettingSpec> s = buildSpecs();
    return s;
}

const SettingSpec *SettingsSchema::spec(const QString &key)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        for (qsizetype i = 0; i < specs().size(); ++i)
            h.insert(specs().at(i).key, i);
        return h;
    }();
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &specs().at(*it);
}

QStringList SettingsSchema::keys()
{
    QStringList k;
    for (const auto &s : specs())
        k << s.key;
    return k;
}

QStringList SettingsSchema::sections()
{
    QStringList out;
    for (const auto &s : specs()) {
        if (!out.contains(s.section()))
            out << s.section();
    }
    return out;
}

std::optional<QString> SettingsSchema::value(const MailSettings &settings, const QString &key)
{
    const SettingSpec *s = spec(key);
    if (!s)
        return std::nullopt;
    return s->get(settings);
}

QString SettingsSchema::setValue(MailSettings &settings, const QString &key, const QString &text)
{
    const SettingSpec *s = spec(key);
    if (!s)
        return QStringLiteral("%1: unknown setting").arg(key);
    if (const QString e = lineBreakError(text); !e.isEmpty())
        return key + QStringLiteral(": ") + e;
    MailSettings copy = settings;
    if (const QString e = s->set(copy, text); !e.isEmpty())
        return key + QStringLiteral(": ") + e;
    settings = copy;
    return {};
}

QString SettingsSchema::defaultValue(const QString &key)
{
    const SettingSpec *s = spec(key);
    return s ? s->defaultValue() : QString();
}

bool SettingsSchema::isSecretKeyName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("secret_backend") || n == QLatin1String("secret_file"))
        return false;
    // A webhook URL carries its own access token (Slack, Teams, Discord): a secret too.
    return n.contains(QLatin1String("password")) || n == QLatin1String("pass") ||
           n == QLatin1String("passwd") || n.contains(QLatin1String("secret")) ||
           n == QLatin1String("webhook_url");
}

QString SettingsSchema::toString(MailSettings::SmtpSecurity value)
{
    return enumToString(value);
}
QString SettingsSchema::toString(MailSettings::SmtpAuth value)
{
    return enumToString(value);
}
QString SettingsSchema::toString(MailSettings::Pop3Security value)
{
    return enumToString(value);
}
QString SettingsSchema::toString(MailSettings::Pop3Auth value)
{
    return enumToString(value);
}
QString SettingsSchema::toString(MailSettings::DeliveryMethod value)
{
    return enumToString(value);
}
QString SettingsSchema::toString(MailSettings::SecretBackend value)
{
    return enumToString(value);
}
QString SettingsSchema::toString(MailSettings::OAuthProvider value)
{
    return enumToString(value);
}
QString SettingsSchema::toString(MailSettings::WebhookFormat value)
{
    return enumToString(value);
}

template<typename E> std::optional<E> SettingsSchema::fromString(const QString &text)
{
    const QString t = text.trimmed();
    for (const auto &[v, name] : enumTable<E>()) {
        if (t.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    // Seed 003: "TLS is sometimes known as SSL" - accept the old name for implicit TLS.
    if constexpr (std::is_same_v<E, MailSettings::SmtpSecurity> ||
                  std::is_same_v<E, MailSettings::Pop3Security>) {
        if (t.compare(QLatin1String("ssl"), Qt::CaseInsensitive) == 0)
            return E::Tls;
    }
    return std::nullopt;
}

template<typename E> QStringList SettingsSchema::names()
{
    QStringList out;
    for (const auto &p : enumTable<E>())
        out << p.second;
    return out;
}

template std::optional<MailSettings::SmtpSecurity>
SettingsSchema::fromString<MailSettings::SmtpSecurity>(const QString &);
template std::optional<MailSettings::SmtpAuth>
SettingsSchema::fromString<MailSettings::SmtpAuth>(const QString &);
template std::optional<MailSettings::Pop3Security>
SettingsSchema::fromString<MailSettings::Pop3Security>(const QString &);
template std::optional<MailSettings::DeliveryMethod>
SettingsSchema::fromString<MailSettings::DeliveryMethod>(const QString &);
template std::optional<MailSettings::SecretBackend>
SettingsSchema::fromString<MailSettings::SecretBackend>(const QString &);
template QStringList SettingsSchema::names<MailSettings::SmtpSecurity>();
template QStringList SettingsSchema::names<MailSettings::SmtpAuth>();
template QStringList SettingsSchema::names<MailSettings::Pop3Security>();
template std::optional<MailSettings::Pop3Auth>
SettingsSchema::fromString<MailSettings::Pop3Auth>(const QString &);
template QStringList SettingsSchema::names<MailSettings::Pop3Auth>();
template QStringList SettingsSchema::names<MailSettings::DeliveryMethod>();
template QStringList SettingsSchema::names<MailSettings::SecretBackend>();
template std::optional<MailSettings::OAuthProvider>
SettingsSchema::fromString<MailSettings::OAuthProvider>(const QString &);
template QStringList SettingsSchema::names<MailSettings::OAuthProvider>();
template std::optional<MailSettings::WebhookFormat>
SettingsSchema::fromString<MailSettings::WebhookFormat>(const QString &);
template QStringList SettingsSchema::names<MailSettings::WebhookFormat>();

std::optional<bool> SettingsSchema::parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
        t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
        t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QStringList SettingsSchema::splitList(const QString &text)
{
    QStringList out;
    // Seed 001 lists permitted addresses one per field; a comma or a semicolon both work.
    // Split by hand: a QRegularExpression here was the only one the window compiled before
    // its first paint (the validation of the loaded settings), and it made about 0.5 MiB of
    // pcre2 resident (docs/PERFORMANCE.md).
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != u',' && text.at(i) != u';')
            continue;
        const QString t = text.mid(start, i - start).trimmed();
        if (!t.isEmpty())
            out << t;
        start = i + 1;
    }
    return out;
}

} // namespace mw
