// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mw {

// A token response (RFC 6749 §5.1). Lives in memory only; the refresh token alone is
// kept, in the secret store (RefreshTokenStore).
struct OAuthToken
{
    QString accessToken;
    QString refreshToken; // may be empty: a refresh response need not rotate it
    QString tokenType;
    QString scope;       // granted scopes, space-separated (may be empty: "as requested")
    QDateTime expiresAt; // invalid: the provider did not say
    // Who signed in, for display only: the email (or preferred_username, upn, sub) claim of
    // the OpenID Connect ID token in the response, if any. Not verified: it decides nothing.
    QString account;

    // nullopt with the reason when access_token is missing or the type is not bearer.
    [[nodiscard]] static std::optional<OAuthToken>
    fromResponse(const QJsonObject &json, const QDateTime &now, QString *error);
    // True when the token is missing or expires within `marginSeconds` of now.
    [[nodiscard]] bool needsRefresh(const QDateTime &now, int marginSeconds) const;
};

} // namespace mw
