// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/TlsIdentity.h"

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
    // The TLS client certificates (smtp/client_cert, pop3/client_cert), loaded with the
    // key's passphrase from the secret store; empty when none is configured.
    TlsIdentity smtpIdentity;
    TlsIdentity pop3Identity;
    bool operator==(const Credentials &o) const
    {
        return smtpPassword == o.smtpPassword && pop3Password == o.pop3Password &&
               accessToken == o.accessToken && smtpIdentity.sameCertificate(o.smtpIdentity) &&
               pop3Identity.sameCertificate(o.pop3Identity);
    }
};

} // namespace mw
