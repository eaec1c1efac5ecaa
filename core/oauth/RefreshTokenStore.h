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
// split over chunk entries, and "oauth-refresh" holds only a marker naming them; a token
// longer than kMaxChunks chunks is refused with a message.
//
// Chunks live in one of two sets, "oauth-refresh-a1".."a8" and "oauth-refresh-b1".."b8"
// (marker "mw-chunks:N:a" or "mw-chunks:N:b"); older versions wrote "oauth-refresh-1"..
// with the marker "mw-chunks:N", which is still read. A provider may rotate the refresh
// token on every use and refuse the old one from then on (Microsoft does, RFC 6749 §6),
// so a write never leaves a moment without one complete token: the new chunks go to the
// set not in use, then the single write of "oauth-refresh" (the token itself, or the
// marker) switches over, and only then are the stale entries removed. A failure before
// the switch leaves the old token whole and is reported; after it the new one is whole.
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

    // The chunk entry i (1-based) of set ("a", "b", or empty for the old unnamed set).
    [[nodiscard]] static QString chunkAccount(const QString &set, int i);
};

} // namespace mw
