// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/MailSettings.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace mw {

// Where a provider's OAuth2 endpoints are: from a preset (Microsoft, Google: data only,
// never fetched) or from OpenID discovery of an issuer.
struct OAuthEndpoints
{
    QString issuer;
    QUrl authorization;       // RFC 6749 §3.1 (authorization code + PKCE)
    QUrl token;               // RFC 6749 §3.2
    QUrl deviceAuthorization; // RFC 8628 §3.1
    QUrl revocation;          // RFC 7009 (optional)
    QUrl userinfo;            // OpenID Connect Core §5.3 (optional)
    QString defaultScopes;    // what a mail client asks for, space-separated

    [[nodiscard]] bool isNull() const { return token.isEmpty(); }

    // The Microsoft identity platform for a tenant ("common", "organizations",
    // "consumers", a tenant id or domain): SMTP.Send and offline_access.
    [[nodiscard]] static OAuthEndpoints microsoft(const QString &tenant);
    // Google: the full mail scope (the only one that allows SMTP).
    [[nodiscard]] static OAuthEndpoints google();
    // The preset for provider (nothing for Oidc, which needs discovery).
    [[nodiscard]] static OAuthEndpoints preset(MailSettings::OAuthProvider provider,
                                               const QString &tenant);

    // Reads an OpenID Provider Metadata document (OpenID Connect Discovery §3). The
    // issuer in it must equal the one asked for (§4.3), and every endpoint must be https
    // (or http on a loopback address, for a local provider). nullopt-style: a null
    // result and the reason in *error.
    [[nodiscard]] static OAuthEndpoints
    fromDiscovery(const QJsonObject &metadata, const QString &expectedIssuer, QString *error);
    // https, or http to 127.0.0.1 / ::1 / localhost.
    [[nodiscard]] static bool isAcceptableUrl(const QUrl &url);
    // <issuer>/.well-known/openid-configuration (OpenID Connect Discovery §4.1).
    [[nodiscard]] static QUrl discoveryUrl(const QString &issuer);
};

} // namespace mw
