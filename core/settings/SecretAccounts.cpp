// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretAccounts.h"

namespace mw::SecretAccounts {

const QStringList &settable()
{
    static const QStringList accounts{QStringLiteral("smtp"),
                                      QStringLiteral("pop3"),
                                      QStringLiteral("oauth-client"),
                                      QStringLiteral("smtp-client-cert"),
                                      QStringLiteral("pop3-client-cert"),
                                      QStringLiteral("remote-status"),
                                      QStringLiteral("backup-smtp"),
                                      QStringLiteral("backup-smtp-client-cert"),
                                      QStringLiteral("alerts-webhook")};
    return accounts;
}

bool isLoginPassword(const QString &account)
{
    return account == QLatin1String("smtp") || account == QLatin1String("pop3") ||
           account == QLatin1String("backup-smtp");
}

} // namespace mw::SecretAccounts
