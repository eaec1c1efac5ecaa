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
// The POP3 account is set: a server and a login name (whether or not POP3 is used).
[[nodiscard]] bool pop3AccountSet(const MailSettings &s);
// SMTP is enabled and logs in with POP-before-SMTP (a POP3 login opens the relay).
[[nodiscard]] bool popBeforeSmtp(const MailSettings &s);
// SMTP signs in with an OAuth2 bearer token (xoauth2 or oauthbearer).
[[nodiscard]] bool usesOAuth(const MailSettings &s);
// The SMTP authentication method sends a user name and a password.
[[nodiscard]] bool authNeedsCredentials(MailSettings::SmtpAuth auth);
// SMTP is enabled and its method needs the SMTP password from the secret store.
[[nodiscard]] bool needsSmtpPassword(const MailSettings &s);
// SMTP is enabled and logs in with POP-before-SMTP: the POP3 password is needed.
[[nodiscard]] bool needsPop3Password(const MailSettings &s);
// The session starts TLS right after connecting (tls, or auto on port 465 / 995).
[[nodiscard]] bool implicitTls(MailSettings::SmtpSecurity mode, int port);
[[nodiscard]] bool implicitTls(MailSettings::Pop3Security mode, int port);
// A short fingerprint (16 hex digits of SHA-256) of the settings of these sections
// ("smtp", "general", ...); no sections: every setting. Passwords are not settings.
[[nodiscard]] QString fingerprint(const MailSettings &s, const QStringList &sections = {});

} // namespace mw::SettingsFacts
