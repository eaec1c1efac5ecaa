// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credentials.h"
#include "protocol/Pop3Session.h"
#include "protocol/SmtpSession.h"
#include "settings/MailSettings.h"

namespace mw {

// The one place where the settings become the plain values the SMTP engine runs from,
// so that what the admin tested is exactly what the queue runner uses. With
// smtp/auth = xoauth2 | oauthbearer, `password` is ignored and `accessToken` (from
// core/oauth) is what is sent. `identity` is the TLS client certificate of smtp/client_cert
// (loaded by CredentialResolver), presented in the handshake whatever the login method.
[[nodiscard]] SmtpConfig smtpConfigFrom(const MailSettings &settings, const QString &password,
                                        const QString &accessToken = {},
                                        const TlsIdentity &identity = {});
// The same from resolved credentials (password, access token, client certificate).
[[nodiscard]] SmtpConfig smtpConfigFrom(const MailSettings &settings,
                                        const Credentials &credentials);

// The same for the POP3 engine (status checks, POP-before-SMTP, bounces, round trip).
[[nodiscard]] Pop3Config pop3ConfigFrom(const MailSettings &settings, const QString &password,
                                        const TlsIdentity &identity = {});
[[nodiscard]] Pop3Config pop3ConfigFrom(const MailSettings &settings,
                                        const Credentials &credentials);

} // namespace mw
