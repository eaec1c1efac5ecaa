// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preflight.h"

#include "settings/SettingsFacts.h"

#include <QCoreApplication>

#include <algorithm>

namespace mw::Preflight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::Preflight", text);
}

// The purpose opens an SMTP session (the queue only when it delivers over SMTP).
bool usesSmtp(const MailSettings &s, Purpose purpose)
{
    if (purpose == Purpose::QueueRun)
        return s.delivery.method == MailSettings::DeliveryMethod::Smtp;
    if (purpose == Purpose::StatusCheck)
        return SettingsFacts::smtpConfigured(s);
    return true;
}

// The status check looks at the POP3 server itself when its checks are on.
bool checksPop3(const MailSettings &s, Purpose purpose)
{
    return purpose == Purpose::StatusCheck && s.pop3.enabled && SettingsFacts::pop3Configured(s);
}

// The purpose opens a session with the SMTP server.
bool opensSmtp(const MailSettings &s, Purpose purpose)
{
    return usesSmtp(s, purpose) && s.smtp.enabled;
}

// A POP3 login is made: POP-before-SMTP, the round trip's fetch, the status check's.
bool logsInToPop3(const MailSettings &s, Purpose purpose)
{
    return (opensSmtp(s, purpose) && SettingsFacts::popBeforeSmtp(s)) ||
           purpose == Purpose::RoundTrip ||
           (checksPop3(s, purpose) && SettingsFacts::pop3LoginSet(s));
}

// The purpose reaches the MAIL command (a sender and recipients are needed).
bool reachesMail(Purpose purpose, const PreflightOptions &options)
{
    switch (purpose) {
    case Purpose::SendTest:
        return options.stopAfter == Phase::Mail || options.stopAfter == Phase::Rcpt ||
               options.stopAfter == Phase::Data || options.stopAfter == Phase::Done;
    case Purpose::Verify:
    case Purpose::RoundTrip:
        return true;
    case Purpose::LoginCheck:
    case Purpose::StatusCheck:
    case Purpose::QueueRun: // the envelope was fixed when the message was queued
        return false;
    }
    return false;
}

// The SMTP login of these settings: its secrets and whether it needs the Kerberos ticket.
void addSmtpLogin(PreflightNeeds &n, const MailSettings &s)
{
    n.smtpPassword = SettingsFacts::needsSmtpPassword(s);
    n.accessToken = SettingsFacts::usesOAuth(s);
    n.kerberosTicket = n.kerberosTicket || s.smtp.auth == MailSettings::SmtpAuth::Gssapi;
}

// A POP3 session: the password and the ticket only with a login, the certificate always.
void addPop3(PreflightNeeds &n, const MailSettings &s, bool login)
{
    n.pop3Password = login && SettingsFacts::authNeedsCredentials(s.pop3.auth);
    n.pop3Identity = SettingsFacts::pop3ClientCertSet(s);
    if (login && s.pop3.auth == MailSettings::Pop3Auth::Gssapi)
        n.kerberosTicket = true;
}

} // namespace

PreflightNeeds serverNeeds(const MailSettings &s, const QString &server, bool login)
{
    PreflightNeeds n;
    n.stopAfter = Phase::Auth;
    if (server != QLatin1String("pop3")) { // "smtp" or "backup-smtp"
        if (login)
            addSmtpLogin(n, s);
        n.smtpIdentity = SettingsFacts::smtpClientCertSet(s);
    } else {
        addPop3(n, s, login);
    }
    return n;
}

PreflightNeeds needs(const MailSettings &s, Purpose purpose, const PreflightOptions &options)
{
    PreflightNeeds n;
    if (opensSmtp(s, purpose)) {
        addSmtpLogin(n, s);
        n.smtpIdentity = SettingsFacts::smtpClientCertSet(s);
    }
    const bool pop3Login = logsInToPop3(s, purpose);
    // The status check without a login still opens a TLS session with the server.
    if (pop3Login || checksPop3(s, purpose))
        addPop3(n, s, pop3Login);
    switch (purpose) {
    case Purpose::SendTest:
        n.stopAfter = options.stopAfter;
        break;
    case Purpose::LoginCheck:
        // Up to the login when there is one (POP-before-SMTP, OAuth2 and GSSAPI, which
        // needs no secret of ours, included), else as far as a session goes without one.
        n.stopAfter =
            n.anySecret() || (s.smtp.enabled && s.smtp.auth != MailSettings::SmtpAuth::None)
                ? Phase::Auth
                : Phase::Ehlo;
        break;
    case Purpose::Verify:
        n.stopAfter = Phase::Rcpt;
        break;
    case Purpose::StatusCheck:
        n.stopAfter = Phase::Auth;
        break;
    case Purpose::RoundTrip:
    case Purpose::QueueRun:
        n.stopAfter = Phase::Done;
        break;
    }
    return n;
}

QStringList sectionsFor(const MailSettings &s, Purpose purpose, const PreflightOptions &options)
{
    const PreflightNeeds n = needs(s, purpose, options);
    QStringList sections;
    if (purpose == Purpose::QueueRun)
        sections << QStringLiteral("delivery");
    if (usesSmtp(s, purpose)) // [smtp], or [backup_smtp] when it is the server
        sections << SettingsFacts::smtpSection(s);
    if (n.accessToken)
        sections << QStringLiteral("oauth");
    if (n.pop3Password || n.pop3Identity || checksPop3(s, purpose))
        sections << QStringLiteral("pop3");
    if (reachesMail(purpose, options))
        sections << QStringLiteral("mailboxes");
    if (purpose == Purpose::Verify) // every role address is checked
        sections << QStringLiteral("copies");
    if (n.anySecret()) // where the secrets are kept
        sections << QStringLiteral("general");
    if (usesSmtp(s, purpose) || n.pop3Password || n.pop3Identity || checksPop3(s, purpose))
        // every session appends to the debug log
        sections << QStringLiteral("diagnostics");
    return sections;
}

QStringList hostsFor(const MailSettings &s, Purpose purpose)
{
    QStringList hosts;
    if (logsInToPop3(s, purpose) || checksPop3(s, purpose))
        hosts << SettingsFacts::pop3Host(s);
    if (opensSmtp(s, purpose))
        hosts << SettingsFacts::smtpHost(s);
    hosts.removeAll(QString());
    hosts.removeDuplicates();
    return hosts;
}

QList<ValidationIssue> issuesFor(const MailSettings &s, Purpose purpose,
                                 const PreflightOptions &options)
{
    return blocking(SettingsValidator::validate(s), s, purpose, options);
}

QList<ValidationIssue> blocking(const QList<ValidationIssue> &found, const MailSettings &s,
                                Purpose purpose, const PreflightOptions &options)
{
    const QStringList sections = sectionsFor(s, purpose, options);
    const bool toGiven = purpose == Purpose::SendTest && options.explicitRecipient;
    QList<ValidationIssue> issues = found;
    issues.removeIf([&sections, toGiven](const ValidationIssue &i) {
        if (toGiven && i.key == QLatin1String("mailboxes/notify"))
            return true;
        return !sections.contains(i.key.section(QLatin1Char('/'), 0, 0));
    });
    if (purpose == Purpose::RoundTrip && !SettingsFacts::pop3AccountSet(s)) {
        const bool named = std::any_of(issues.cbegin(), issues.cend(), [](const auto &i) {
            return i.key == QLatin1String("pop3/host") || i.key == QLatin1String("pop3/username");
        });
        if (!named)
            issues << ValidationIssue{
                SettingsFacts::pop3Host(s).isEmpty() ? QStringLiteral("pop3/host")
                                                     : QStringLiteral("pop3/username"),
                tr("The round trip fetches the test message over POP3 from the notification "
                   "mailbox: set pop3/host and pop3/username of the account that receives %1.")
                    .arg(s.mailboxes.notify)};
    }
    return issues;
}

} // namespace mw::Preflight
