// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mw::SecretAccounts {

// The secrets an administrator stores (mailwright-cli secret set ACCOUNT, the window's
// password fields, a policy's locked secret/ACCOUNT): the SMTP and POP3 passwords, the
// OAuth2 client secret, the client certificates' key passphrases, the remote status
// password (kept as a digest), the backup SMTP server's password and key passphrase and
// the alert webhook's URL. The OAuth2 refresh token ("oauth-refresh") is the sign-in's own.
[[nodiscard]] const QStringList &settable();

// The secret whose change may lift a queue held for a refused login.
[[nodiscard]] bool isLoginPassword(const QString &account);

} // namespace mw::SecretAccounts
