// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthToken.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mw {

std::optional<OAuthToken> OAuthToken::fromResponse(const QJsonObject &json, const QDateTime &now,
                                                   QString *error)
{
    OAuthToken t;
    t.accessToken = json.value(QLatin1String("access_token")).toString();
    t.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    t.tokenType = json.value(QLatin1String("token_type")).toString();
    t.scope = json.value(QLatin1String("scope")).toString();
    if (t.accessToken.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("mw::OAuthToken",
                                                 "The provider's answer holds no access token.");
        return std::nullopt;
    }
    // RFC 6749 §7.1 / RFC 6750: SMTP sends "auth=Bearer"; anything else would not work.
    if (!t.tokenType.isEmpty() &&
        t.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = QCoreApplication::translate("mw::OAuthToken",
                                                 "The provider issued a \"%1\" token; SMTP needs "
                                                 "a bearer token.")
                         .arg(t.tokenType.left(40));
        return std::nullopt;
    }
    // RFC 6749 §5.1: expires_in is a number of seconds (some providers send a string).
    const QJsonValue e = json.value(QLatin1String("expires_in"));
    qint64 seconds = -1;
    if (e.isDouble())
        seconds = e.toInteger(-1);
    else if (e.isString())
        seconds = e.toString().toLongLong();
    if (seconds >= 0)
        t.expiresAt = now.addSecs(seconds);
    // OpenID Connect Core §2: header.payload.signature, base64url.
    const QStringList parts =
        json.value(QLatin1String("id_token")).toString().split(QLatin1Char('.'));
    if (parts.size() == 3 && parts.at(1).size() < 16384) {
        const QJsonObject claims =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
                .object();
        for (const char *claim : {"email", "preferred_username", "upn", "sub"}) {
            const QString v = claims.value(QLatin1String(claim)).toString();
            if (!v.isEmpty()) {
                t.account = v.left(320);
                break;
            }
        }
    }
    return t;
}

bool OAuthToken::needsRefresh(const QDateTime &now, int marginSeconds) const
{
    if (accessToken.isEmpty())
        return true;
    if (!expiresAt.isValid())
        return false; // unknown lifetime: used until the server refuses it
    return now.addSecs(marginSeconds) >= expiresAt;
}

} // namespace mw
