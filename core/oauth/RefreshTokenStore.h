// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SecretStore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace mw {

// Keeps the OAuth2 refresh token in the secret store, account "oauth-refresh".
//
// Windows Credential Manager holds at most 2560 bytes per credential, and Microsoft's
// refresh tokens can come close to that. A token longer than kChunkChars is therefore
// split over "oauth-refresh-1" ... "oauth-refresh-N", and "oauth-refresh" holds only the
// marker "mw-chunks:N"; a token longer than kMaxChunks chunks is refused with a message.
class RefreshTokenStore
{
public:
    static constexpr int kChunkChars = 1200; // < 2560 bytes even as UTF-16
    static constexpr int kMaxChunks = 8;
    static inline const QString kAccount = QStringLiteral("oauth-refresh");
    // The client secret, when a provider needs one, is a plain secret of this account.
    static inline const QString kClientSecretAccount = QStringLiteral("oauth-client");

    using Callback = SecretStore::Callback;

    static void read(SecretStore *store, QObject *context, Callback done);
    static void write(SecretStore *store, const QString &token, QObject *context, Callback done);
    static void remove(SecretStore *store, QObject *context, Callback done);
};

} // namespace mw
