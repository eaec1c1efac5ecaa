// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthFailure.h"

#include <QCoreApplication>

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::OAuthFailure", text);
}

} // namespace

QString OAuthFailure::kindId(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::SignInRequired:
        return QStringLiteral("sign_in_required");
    case Kind::AccessDenied:
        return QStringLiteral("access_denied");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::InvalidScope:
        return QStringLiteral("invalid_scope");
    case Kind::InvalidClient:
        return QStringLiteral("invalid_client");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Provider:
        return QStringLiteral("provider");
    case Kind::Config:
        return QStringLiteral("config");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

OAuthFailure OAuthFailure::fromErrorResponse(const QJsonObject &json, int httpStatus,
                                             bool duringRefresh)
{
    OAuthFailure f;
    f.code = json.value(QLatin1String("error")).toString().left(100);
    f.description = json.value(QLatin1String("error_description")).toString().left(500);
    const QString said = f.description.isEmpty()
                             ? (f.code.isEmpty() ? tr("HTTP status %1").arg(httpStatus) : f.code)
                             : f.description + QStringLiteral(" (") + f.code + QLatin1Char(')');
    // RFC 6749 §5.2 error codes.
    if (f.code == QLatin1String("invalid_grant") && duringRefresh) {
        f.kind = Kind::SignInRequired;
        f.message = tr("Sign-in required: the provider no longer accepts the saved sign-in "
                       "(it was revoked, expired or the password changed). Provider: %1")
                        .arg(said);
    } else if (f.code == QLatin1String("invalid_scope")) {
        f.kind = Kind::InvalidScope;
        f.message = tr("The provider refused the requested permissions (scopes): %1").arg(said);
    } else if (f.code == QLatin1String("invalid_client") ||
               f.code == QLatin1String("unauthorized_client")) {
        f.kind = Kind::InvalidClient;
        f.message =
            tr("The provider does not accept this client id (or client secret): %1").arg(said);
    } else if (f.code == QLatin1String("access_denied")) {
        f.kind = Kind::AccessDenied;
        f.message = tr("The sign-in was declined: %1").arg(said);
    } else if (f.code == QLatin1String("expired_token")) {
        f.kind = Kind::Expired;
        f.message = tr("The sign-in code expired before it was approved; start again.");
    } else {
        f.kind = Kind::Provider;
        f.message = tr("The provider refused: %1").arg(said);
    }
    return f;
}

} // namespace mw
