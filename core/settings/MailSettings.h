// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mw {

// Every field of the configuration (DESIGN.md, "Configuration file"), as plain values.
// Defaults and INI key names live in one table (SettingsSchema); validation in
// SettingsValidator. Passwords are not part of this type: they live in a SecretStore.
struct MailSettings
{
    enum class SmtpSecurity { None, StartTls, Tls, Auto };
    enum class SmtpAuth {
        None,
        Plain,
        Login,
        CramMd5,
        Auto,
        PopBeforeSmtp,
        XOAuth2,
        OAuthBearer,
        ScramSha256,
        ScramSha1,
        Gssapi,
        Ntlm,
        External
    };
    enum class OAuthProvider { Microsoft, Google, Oidc };
    enum class Pop3Security { None, Stls, Tls, Auto };
    enum class Pop3Auth {
        Auto,
        User,
        Apop,
        Plain,
        CramMd5,
        ScramSha256,
        ScramSha1,
        Gssapi,
        Ntlm,
        External
    };
    enum class DeliveryMethod { Smtp, Pickup };
    enum class SecretBackend { Keychain, File, Memory };
    // Which SMTP server `smtp` describes (not a key): the primary of [smtp], or the backup
    // of [backup_smtp] in the copy SettingsFacts::forServer() makes for a session with it.
    enum class SmtpServer { Primary, Backup };
    // [alerts] webhook: the body the alert webhook is sent (none: no webhook).
    enum class WebhookFormat { None, Generic, Teams, Slack, Discord };

    struct Smtp
    {
        bool enabled = true;
        QString host;
        int port = 587;
        SmtpSecurity security = SmtpSecurity::Auto;
        SmtpAuth auth = SmtpAuth::Auto;
        QString username;
        QString realm;      // NTLM domain; Kerberos realm when not the default
        QString clientCert; // PEM (certificate and key) or PKCS#12 file; empty: none
        QString helo;       // empty: the host's FQDN, else an address literal
        int timeout = 30;   // seconds per phase
        QString caFile;     // PEM of extra trusted certificates
        QString pinSha256;  // trusted certificate fingerprint, hex
        bool operator==(const Smtp &) const = default;
    } smtp;

    // [backup_smtp]: the same keys as [smtp]; its password is the secret "backup-smtp", its
    // client certificate's passphrase "backup-smtp-client-cert". Off unless enabled. The
    // queue runner hands messages to it when the primary cannot take them (see Backup).
    Smtp backupSmtp = [] {
        Smtp s;
        s.enabled = false;
        return s;
    }();

    // backup_smtp/after: seconds the primary must fail with connection-class errors before
    // the queue goes to the backup (a held queue goes at once).
    struct Backup
    {
        int after = 120; // 0-86400
        bool operator==(const Backup &) const = default;
    } backup;

    // Not a key: which server `smtp` holds (SettingsFacts::forServer).
    SmtpServer smtpServer = SmtpServer::Primary;

    struct Pop3
    {
        bool enabled = false;
        QString host;
        int port = 110;
        Pop3Security security = Pop3Security::Auto;
        QString username;
        Pop3Auth auth = Pop3Auth::Auto;
        QString realm;         // NTLM domain; Kerberos realm when not the default
        QString clientCert;    // PEM (certificate and key) or PKCS#12 file; empty: none
        int checkInterval = 5; // minutes, 1-255
        int timeout = 30;
        QString caFile;
        QString pinSha256;
        int relayWindow = 10;       // minutes a POP login lets this client relay (POP-before-SMTP)
        bool watchBounces = false;  // read the bounced-alerts mailbox at every check
        bool deleteBounces = false; // delete delivery status notifications once recorded
        bool operator==(const Pop3 &) const = default;
    } pop3;

    // [oauth]: OAuth2 sign-in for smtp/auth = xoauth2 | oauthbearer. The client secret
    // (secret store account "oauth-client") and the refresh token ("oauth-refresh") are
    // secrets, never in the INI file; access tokens live in memory only.
    struct OAuth
    {
        OAuthProvider provider = OAuthProvider::Microsoft;
        QString issuer;   // provider=oidc: OpenID issuer URL (discovery); else from the preset
        QString clientId; // the application registered with the provider
        QString tenant = QStringLiteral("common"); // provider=microsoft: tenant id or domain
        QString scopes; // space-separated; empty: the provider preset's scopes
        bool operator==(const OAuth &) const = default;
    } oauth;

    struct Mailboxes
    {
        QString from;
        QString fromName;
        QString notify; // system notification mailbox (Send Test goes here)
        QString bounce; // bounced-alerts mailbox (envelope sender)
        bool operator==(const Mailboxes &) const = default;
    } mailboxes;

    struct Copies
    {
        QString all;
        QString errors;
        QString console;
        bool operator==(const Copies &) const = default;
    } copies;

    struct Recipients
    {
        QStringList permitted; // addresses and "@domain" entries; empty: all permitted
        bool operator==(const Recipients &) const = default;
    } recipients;

    // [remote_status]: seed 001's remote status by e-mail. A message in the POP3 mailbox
    // whose subject is "status" and whose body holds the read-only access password on a
    // line "password: ..." is answered with the status report, when its sender is one of
    // `permitted` (empty: any sender) and the password matches. The password is kept only
    // as a salted PBKDF2 digest (PasswordDigest) in the secret store, account
    // "remote-status".
    struct RemoteStatus
    {
        bool enabled = false;
        QStringList permitted; // status recipients allowed to ask (seed: Email Address 1-4)
        QString authservId;    // RFC 8601 authserv-id whose SPF/DKIM/DMARC verdicts are trusted
        bool operator==(const RemoteStatus &) const = default;
    } remoteStatus;

    // [alerts]: notices about failing mail, sent to the notification mailbox (and
    // copies/errors) through the queue. Never about themselves; deduplicated and at most
    // one per event kind per `min_interval` minutes.
    struct Alerts
    {
        bool enabled = true;
        bool deadLetters = true;  // a message was dead-lettered
        bool held = true;         // the queue is held (login refused, sign-in, downgrade, storage)
        bool certificate = true;  // a server certificate expires soon or changed
        bool outage = true;       // the SMTP server did not answer for outage_minutes
        int outageMinutes = 30;   // 1-10080
        int certificateDays = 14; // warning period, 1-365
        int minInterval = 60;     // minutes between two notices of one kind, 1-10080
        // A second channel that does not need the mail server: an HTTPS webhook (its URL is
        // the secret "alerts-webhook") with a body for this service, and the system log
        // (journald/syslog, the Windows Event Log, the macOS unified log).
        WebhookFormat webhook = WebhookFormat::None;
        bool systemLog = false;
        // PEM file of the certificates trusted for the webhook instead of the system store
        // (a private CA); empty: the system store.
        QString webhookCaFile;
        bool operator==(const Alerts &) const = default;
    } alerts;

    // [monitoring]: the thresholds of mailwright-cli check (Nagios plugin convention) and
    // the figures of mailwright-cli metrics. Certificate warning: alerts/certificate_days.
    struct Monitoring
    {
        int queueWarning = 10;       // messages waiting, 1-1000000
        int queueCritical = 100;     // 1-1000000
        int ageWarning = 30;         // minutes the oldest message has waited, 1-100000
        int ageCritical = 120;       // 1-100000
        int certificateCritical = 3; // days before a server certificate expires, 0-365
        bool operator==(const Monitoring &) const = default;
    } monitoring;

    // [history]: the delivery history (SQLite): every message the queue hands over.
    struct History
    {
        bool enabled = true;
        int days = 30;           // kept this many days, 1-3650
        bool keepBodies = false; // also keep each message's text (for Resend of the original)
        bool operator==(const History &) const = default;
    } history;

    struct Delivery
    {
        DeliveryMethod method = DeliveryMethod::Smtp;
        QString pickupDir;
        QString queueDir;       // empty: the per-user data folder
        int retryInterval = 30; // seconds
        bool operator==(const Delivery &) const = default;
    } delivery;

    struct Diagnostics
    {
        QString debugLog; // file every session appends its redacted transcript to
        bool operator==(const Diagnostics &) const = default;
    } diagnostics;

    // [general]: where passwords live (SecretStoreFactory). Not a seed field: the
    // choice between the OS keychain and a 0600 file for headless hosts (DESIGN.md).
    struct General
    {
        SecretBackend secretBackend = SecretBackend::Keychain;
        QString secretFile; // used when secretBackend is File
        bool operator==(const General &) const = default;
    } general;

    bool operator==(const MailSettings &) const = default;
};

} // namespace mw
