// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mw {

// The secrets one operation uses, resolved by CredentialResolver and handed on as one
// value (never as positional strings). Each is empty when the operation does not need it.
// Lives in memory only: never logged, never written anywhere but the secret store.
struct Credentials
{
    QString smtpPassword; // SMTP login with a user name and a password
    QString pop3Password; // POP-before-SMTP, the round trip's POP3 look, the POP3 check
    QString accessToken;  // smtp/auth = xoauth2 | oauthbearer
    bool operator==(const Credentials &) const = default;
};

} // namespace mw
