// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthEndpoints.h"

#include "protocol/WebUrl.h"

#include <QCoreApplication>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::OAuthEndpoints", text);
}

} // namespace

OAuthEndpoints OAuthEndpoints::microsoft(const QString &tenant)
{
    const QString t = tenant.trimmed().isEmpty() ? QStringLiteral("common") : tenant.trimmed();
    const QString base = QStringLiteral("https://login.microsoftonline.com/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(t));
    OAuthEndpoints e;
    e.issuer = base + QStringLiteral("/v2.0");
    e.authorization = QUrl(base + QStringLiteral("/oauth2/v2.0/authorize"));
    e.token = QUrl(base + QStringLiteral("/oauth2/v2.0/token"));
    e.deviceAuthorization = QUrl(base + QStringLiteral("/oauth2/v2.0/devicecode"));
    // Microsoft publishes no RFC 7009 endpoint; signing out forgets the token locally.
    e.defaultScopes = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
    return e;
}

OAuthEndpoints OAuthEndpoints::google()
{
    OAuthEndpoints e;
    e.issuer = QStringLiteral("https://accounts.google.com");
    e.authorization = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    e.token = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    e.deviceAuthorization = QUrl(QStringLiteral("https://oauth2.googleapis.com/device/code"));
    e.revocation = QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke"));
    e.userinfo = QUrl(QStringLiteral("https://openidconnect.googleapis.com/v1/userinfo"));
    // Google grants refresh tokens without offline_access (access_type=offline instead).
    e.defaultScopes = QStringLiteral("https://mail.google.com/");
    return e;
}

OAuthEndpoints OAuthEndpoints::preset(MailSettings::OAuthProvider provider, const QString &tenant)
{
    switch (provider) {
    case MailSettings::OAuthProvider::Microsoft:
        return microsoft(tenant);
    case MailSettings::OAuthProvider::Google:
        return google();
    case MailSettings::OAuthProvider::Oidc:
        break;
    }
    return {};
}

bool OAuthEndpoints::isAcceptableUrl(const QUrl &url)
{
    return isSecureOrLocalWebUrl(url);
}

QUrl OAuthEndpoints::discoveryUrl(const QString &issuer)
{
    QString i = issuer.trimmed();
    while (i.endsWith(QLatin1Char('/')))
        i.chop(1);
    return QUrl(i + QStringLiteral("/.well-known/openid-configuration"));
}

OAuthEndpoints OAuthEndpoints::fromDiscovery(const QJsonObject &metadata,
                                             const QString &expectedIssuer, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return OAuthEndpoints{};
    };
    const auto norm = [](QString s) {
        while (s.endsWith(QLatin1Char('/')))
            s.chop(1);
        return s;
    };
    OAuthEndpoints e;
    e.issuer = metadata.value(QLatin1String("issuer")).toString();
    // OpenID Connect Discovery §4.3: a document for another issuer must not be used (it
    // would send the sign-in to whoever served it).
    if (e.issuer.isEmpty() || norm(e.issuer) != norm(expectedIssuer.trimmed()))
        return fail(tr("The provider's discovery document names the issuer \"%1\", not \"%2\".")
                        .arg(e.issuer, expectedIssuer));
    const auto url = [&metadata](const char *key) {
        return QUrl(metadata.value(QLatin1String(key)).toString(), QUrl::StrictMode);
    };
    e.authorization = url("authorization_endpoint");
    e.token = url("token_endpoint");
    e.deviceAuthorization = url("device_authorization_endpoint");
    e.revocation = url("revocation_endpoint");
    e.userinfo = url("userinfo_endpoint");
    if (e.token.isEmpty())
        return fail(tr("The provider's discovery document has no token endpoint."));
    for (const QUrl &u :
         {e.authorization, e.token, e.deviceAuthorization, e.revocation, e.userinfo}) {
        if (!u.isEmpty() && !isAcceptableUrl(u))
            return fail(
                tr("The provider's endpoint %1 is not an https address.").arg(u.toDisplayString()));
    }
    e.defaultScopes = QStringLiteral("openid offline_access");
    return e;
}

} // namespace mw
