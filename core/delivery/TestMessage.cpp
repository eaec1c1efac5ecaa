// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMessage.h"

#include <QRandomGenerator>
#include <QSysInfo>

namespace mw {

namespace {

QString hostOrDefault(const QString &hostName)
{
    return hostName.isEmpty() ? QSysInfo::machineHostName() : hostName;
}

QDateTime nowOrDefault(const QDateTime &now)
{
    return now.isValid() ? now : QDateTime::currentDateTime();
}

// A locale-independent timestamp with its offset, e.g. "2025-07-01 14:03:09 +02:00".
QString timestamp(const QDateTime &dt)
{
    const int offset = dt.offsetFromUtc() / 60;
    const int abs = offset < 0 ? -offset : offset;
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(abs / 60, 2, 10, QLatin1Char('0'))
               .arg(abs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString TestMessage::subject(const QString &hostName)
{
    return tr("Mailwright test message from %1").arg(hostOrDefault(hostName));
}

QString TestMessage::securityName(MailSettings::SmtpSecurity security)
{
    switch (security) {
    case MailSettings::SmtpSecurity::None:
        return tr("none (plain text)");
    case MailSettings::SmtpSecurity::StartTls:
        return tr("STARTTLS");
    case MailSettings::SmtpSecurity::Tls:
        return tr("TLS (implicit)");
    case MailSettings::SmtpSecurity::Auto:
        return tr("automatic");
    }
    return {};
}

QString TestMessage::authName(MailSettings::SmtpAuth auth)
{
    switch (auth) {
    case MailSettings::SmtpAuth::None:
        return tr("none");
    case MailSettings::SmtpAuth::Plain:
        return tr("PLAIN");
    case MailSettings::SmtpAuth::Login:
        return tr("LOGIN");
    case MailSettings::SmtpAuth::CramMd5:
        return tr("CRAM-MD5");
    case MailSettings::SmtpAuth::Auto:
        return tr("automatic");
    case MailSettings::SmtpAuth::PopBeforeSmtp:
        return tr("POP before SMTP");
    case MailSettings::SmtpAuth::XOAuth2:
        return tr("OAuth2 (XOAUTH2)");
    case MailSettings::SmtpAuth::OAuthBearer:
        return tr("OAuth2 (OAUTHBEARER)");
    case MailSettings::SmtpAuth::ScramSha256:
        return tr("SCRAM-SHA-256");
    case MailSettings::SmtpAuth::ScramSha1:
        return tr("SCRAM-SHA-1");
    case MailSettings::SmtpAuth::Gssapi:
        return tr("Kerberos (GSSAPI)");
    case MailSettings::SmtpAuth::Ntlm:
        return tr("NTLM");
    case MailSettings::SmtpAuth::External:
        return tr("TLS client certificate (EXTERNAL)");
    }
    return {};
}

QString TestMessage::body(const MailSettings &s, const Options &options)
{
    const QDateTime now = nowOrDefault(options.now);
    const QString none = tr("(none)");
    auto orNone = [&none](const QString &v) { return v.isEmpty() ? none : v; };
    const QString recipient = options.recipient.isEmpty() ? s.mailboxes.notify : options.recipient;

    QStringList lines;
    lines << tr("This is a test message sent by Mailwright %1 to check how this system sends "
                "its notification e-mail.")
                 .arg(QStringLiteral(MAILWRIGHT_VERSION));
    lines << tr("If you are reading it, the settings below work: no action is needed.");
    lines << QString();
    lines << tr("Sent from host: %1").arg(hostOrDefault(options.hostName));
    lines << tr("Sent at: %1 (UTC)").arg(timestamp(now.toUTC()));
    lines << tr("Local time: %1").arg(timestamp(now.toLocalTime()));
    lines << QString();
    lines << tr("Settings used:");
    if (s.delivery.method == MailSettings::DeliveryMethod::Pickup) {
        lines << tr("  Delivery: pickup folder %1").arg(orNone(s.delivery.pickupDir));
    } else {
        lines << tr("  SMTP server: %1").arg(orNone(s.smtp.host));
        lines << tr("  Port: %1").arg(s.smtp.port);
        lines << tr("  Security: %1").arg(securityName(s.smtp.security));
        lines << tr("  Authentication: %1").arg(authName(s.smtp.auth));
        if (s.smtp.auth != MailSettings::SmtpAuth::None)
            lines << tr("  Login name: %1").arg(orNone(s.smtp.username));
        if (s.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp || s.pop3.enabled)
            lines << tr("  POP3 server: %1 port %2 (login name %3)")
                         .arg(orNone(s.pop3.host))
                         .arg(s.pop3.port)
                         .arg(orNone(s.pop3.username));
    }
    lines << tr("  From: %1")
                 .arg(s.mailboxes.fromName.isEmpty()
                          ? orNone(s.mailboxes.from)
                          : s.mailboxes.fromName + QStringLiteral(" <") + s.mailboxes.from + u'>');
    lines << tr("  Notification mailbox: %1").arg(orNone(recipient));
    lines << tr("  (Passwords are never included in this message.)");
    if (!options.token.isEmpty()) {
        lines << QString();
        lines << tr("Test token: %1").arg(options.token);
    }
    return lines.join(u'\n') + u'\n';
}

MessageBuilder TestMessage::builder(const MailSettings &s, const Options &options)
{
    MessageBuilder b;
    b.setFrom({s.mailboxes.from, s.mailboxes.fromName});
    const QString recipient = options.recipient.isEmpty() ? s.mailboxes.notify : options.recipient;
    if (!recipient.isEmpty())
        b.addTo({recipient, {}});
    b.setSubject(subject(options.hostName));
    b.setBody(body(s, options));
    b.setDateTime(nowOrDefault(options.now));
    // RFC 3834 §5: generated by software, so vacation responders stay quiet.
    b.setAutoSubmitted(true);
    b.setSmtpUtf8(options.smtpUtf8);
    b.setBodyEncoding(options.bodyEncoding);
    if (!options.token.isEmpty())
        b.setHeader(TokenHeader, options.token);
    return b;
}

MessageBuilder::Result TestMessage::build(const MailSettings &settings, const Options &options)
{
    if (settings.mailboxes.from.isEmpty()) {
        MessageBuilder::Result r;
        r.error = tr("No sender (From) address is set.");
        return r;
    }
    if (options.recipient.isEmpty() && settings.mailboxes.notify.isEmpty()) {
        MessageBuilder::Result r;
        r.error = tr("No notification mailbox is set: the test message has nowhere to go.");
        return r;
    }
    return builder(settings, options).build();
}

MessageBuilder::Result TestMessage::build(const MailSettings &settings)
{
    return build(settings, Options{});
}

QString TestMessage::newToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace mw
