// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailSettings.h"

#include <QString>
#include <QStringList>

// Facts derived from the settings, each decided here once (core, CLI and GUI ask these
// instead of re-deriving them). Hosts are compared trimmed: the schema normalises what it
// loads or sets, but MailSettings built in code (tests, tools) may not be.
namespace mw::SettingsFacts {

// The server names as used: trimmed (the schema trims what it loads and sets; this also
// holds for settings built in code).
[[nodiscard]] QString smtpHost(const MailSettings &s);
[[nodiscard]] QString pop3Host(const MailSettings &s);
// SMTP delivery is on and has a server.
[[nodiscard]] bool smtpConfigured(const MailSettings &s);
// POP3 is needed: its own checks are on, or SMTP logs in with POP-before-SMTP.
[[nodiscard]] bool pop3Used(const MailSettings &s);
// POP3 is needed and has a server.
[[nodiscard]] bool pop3Configured(const MailSettings &s);
// The POP3 account is set: a server and a login (whether or not POP3 is used).
[[nodiscard]] bool pop3AccountSet(const MailSettings &s);
// The POP3 login is set: a login name, or a method that needs none (GSSAPI, EXTERNAL).
[[nodiscard]] bool pop3LoginSet(const MailSettings &s);
// SMTP is enabled and logs in with POP-before-SMTP (a POP3 login opens the relay).
[[nodiscard]] bool popBeforeSmtp(const MailSettings &s);
// SMTP signs in with an OAuth2 bearer token (xoauth2 or oauthbearer).
[[nodiscard]] bool usesOAuth(const MailSettings &s);
// The SMTP authentication method sends a user name and a password (PLAIN, LOGIN,
// CRAM-MD5, SCRAM-*, NTLM, and auto). GSSAPI (the Kerberos ticket names the user) and
// EXTERNAL (the TLS client certificate does) need neither; OAuth2 needs a token instead.
[[nodiscard]] bool authNeedsCredentials(MailSettings::SmtpAuth auth);
// The same for a POP3 login method: every one but GSSAPI and EXTERNAL.
[[nodiscard]] bool authNeedsCredentials(MailSettings::Pop3Auth auth);
// The same for a method in its INI spelling, SMTP's or POP3's (the window's and the probe's
// method lists); false for a text that is neither.
[[nodiscard]] bool authNeedsCredentials(const QString &method);
// SMTP is enabled and its method needs the SMTP password from the secret store.
[[nodiscard]] bool needsSmtpPassword(const MailSettings &s);
// SMTP is enabled and logs in with POP-before-SMTP by a POP3 method that needs the POP3
// password.
[[nodiscard]] bool needsPop3Password(const MailSettings &s);
// A TLS client certificate is configured (smtp/client_cert, pop3/client_cert): it is
// loaded (with its key's passphrase from the secret store) and presented in every TLS
// handshake with that server, whatever the login method.
[[nodiscard]] bool smtpClientCertSet(const MailSettings &s);
[[nodiscard]] bool pop3ClientCertSet(const MailSettings &s);
// The session starts TLS right after connecting (tls, or auto on port 465 / 995).
[[nodiscard]] bool implicitTls(MailSettings::SmtpSecurity mode, int port);
[[nodiscard]] bool implicitTls(MailSettings::Pop3Security mode, int port);
// The backup SMTP server is on and has a host (and delivery goes through SMTP).
[[nodiscard]] bool backupConfigured(const MailSettings &s);
// A copy of the settings whose `smtp` is the given server's: the primary's as they are, or
// [backup_smtp]'s (smtpServer = Backup). Every SMTP operation (Send Test, Check login, the
// server check, a queue session) runs on the backup through this copy; whatever depends
// on the server asks smtpServerId() of it.
[[nodiscard]] MailSettings forServer(const MailSettings &s, MailSettings::SmtpServer server);
// The id of the server `smtp` holds: "smtp" or "backup-smtp". It names the secret of its
// password (and "<id>-client-cert" of its client certificate's passphrase), its entry in
// the status file, its capability memory and its lines in logs.
[[nodiscard]] QString smtpServerId(const MailSettings &s);
// The INI section of the server `smtp` holds ("smtp" or "backup_smtp"), for messages that
// name a key.
[[nodiscard]] QString smtpSection(const MailSettings &s);

// A short fingerprint (16 hex digits of SHA-256) of the settings of these sections
// ("smtp", "general", ...); no sections: every setting. Passwords are not settings.
[[nodiscard]] QString fingerprint(const MailSettings &s, const QStringList &sections = {});

} // namespace mw::SettingsFacts
