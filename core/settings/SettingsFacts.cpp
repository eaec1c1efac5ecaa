// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsFacts.h"

#include "SettingsSchema.h"
#include "protocol/ImplicitTls.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <algorithm>

namespace mw::SettingsFacts {

QString smtpHost(const MailSettings &s)
{
    return s.smtp.host.trimmed();
}

QString pop3Host(const MailSettings &s)
{
    return s.pop3.host.trimmed();
}

bool smtpConfigured(const MailSettings &s)
{
    return s.smtp.enabled && !smtpHost(s).isEmpty();
}

bool pop3Used(const MailSettings &s)
{
    // POP-before-SMTP needs the POP3 server even when its own checks are off.
    return s.pop3.enabled || s.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp;
}

bool pop3Configured(const MailSettings &s)
{
    return pop3Used(s) && !pop3Host(s).isEmpty();
}

bool pop3AccountSet(const MailSettings &s)
{
    return !pop3Host(s).isEmpty() && pop3LoginSet(s);
}

bool pop3LoginSet(const MailSettings &s)
{
    return !s.pop3.username.isEmpty() || !authNeedsCredentials(s.pop3.auth);
}

bool popBeforeSmtp(const MailSettings &s)
{
    return s.smtp.enabled && s.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp;
}

bool usesOAuth(const MailSettings &s)
{
    return s.smtp.auth == MailSettings::SmtpAuth::XOAuth2 ||
           s.smtp.auth == MailSettings::SmtpAuth::OAuthBearer;
}

bool authNeedsCredentials(MailSettings::SmtpAuth auth)
{
    using A = MailSettings::SmtpAuth;
    switch (auth) {
    case A::Plain:
    case A::Login:
    case A::CramMd5:
    case A::Auto:
    case A::ScramSha256:
    case A::ScramSha1:
    case A::Ntlm:
        return true;
    case A::None:
    case A::PopBeforeSmtp:
    case A::XOAuth2:
    case A::OAuthBearer:
    case A::Gssapi:
    case A::External:
        return false;
    }
    return false;
}

bool authNeedsCredentials(MailSettings::Pop3Auth auth)
{
    return auth != MailSettings::Pop3Auth::Gssapi && auth != MailSettings::Pop3Auth::External;
}

bool authNeedsCredentials(const QString &method)
{
    if (const auto smtp = SettingsSchema::fromString<MailSettings::SmtpAuth>(method))
        return authNeedsCredentials(*smtp);
    if (const auto pop3 = SettingsSchema::fromString<MailSettings::Pop3Auth>(method))
        return authNeedsCredentials(*pop3);
    return false;
}

bool needsSmtpPassword(const MailSettings &s)
{
    return authNeedsCredentials(s.smtp.auth);
}

bool needsPop3Password(const MailSettings &s)
{
    return s.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp &&
           authNeedsCredentials(s.pop3.auth);
}

bool smtpClientCertSet(const MailSettings &s)
{
    return !s.smtp.clientCert.trimmed().isEmpty();
}

bool pop3ClientCertSet(const MailSettings &s)
{
    return !s.pop3.clientCert.trimmed().isEmpty();
}

bool implicitTls(MailSettings::SmtpSecurity mode, int port)
{
    return startsWithTls(mode == MailSettings::SmtpSecurity::Tls,
                         mode == MailSettings::SmtpSecurity::Auto, port, kSmtpImplicitTlsPort);
}

bool implicitTls(MailSettings::Pop3Security mode, int port)
{
    return startsWithTls(mode == MailSettings::Pop3Security::Tls,
                         mode == MailSettings::Pop3Security::Auto, port, kPop3ImplicitTlsPort);
}

bool backupConfigured(const MailSettings &s)
{
    return s.delivery.method == MailSettings::DeliveryMethod::Smtp && s.backupSmtp.enabled &&
           !s.backupSmtp.host.trimmed().isEmpty();
}

MailSettings forServer(const MailSettings &s, MailSettings::SmtpServer server)
{
    MailSettings out = s;
    if (server == MailSettings::SmtpServer::Backup && s.smtpServer != server) {
        out.smtp = s.backupSmtp;
        out.smtpServer = server;
    }
    return out;
}

QString smtpServerId(const MailSettings &s)
{
    return s.smtpServer == MailSettings::SmtpServer::Backup ? QStringLiteral("backup-smtp")
                                                            : QStringLiteral("smtp");
}

QString smtpSection(const MailSettings &s)
{
    return s.smtpServer == MailSettings::SmtpServer::Backup ? QStringLiteral("backup_smtp")
                                                            : QStringLiteral("smtp");
}

QString fingerprint(const MailSettings &s, const QStringList &sections)
{
    // Stored in the queue's hold and the status file: the bytes hashed stay as they are.
    // The window and the status monitor hash a section or two per server several times
    // while the window is built: no string is made for a key outside them.
    const auto wanted = [&sections](const SettingSpec &spec) {
        return sections.isEmpty() ||
               std::any_of(sections.cbegin(), sections.cend(),
                           [&spec](const QString &section) { return spec.inSection(section); });
    };
    // The lines are put together as text and encoded once (the same UTF-8 bytes as each
    // key and value encoded alone, without 300-odd small conversions).
    QString all;
    all.reserve(4096);
    for (const SettingSpec &spec : SettingsSchema::specs()) {
        if (!wanted(spec))
            continue;
        all += spec.key;
        all += QLatin1Char('=');
        all += spec.get(s);
        all += QLatin1Char('\n');
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(all.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace mw::SettingsFacts
