// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sasl.h"

#include "Transcript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace mw::sasl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::sasl", text);
}

QString jsonText(const QJsonValue &v)
{
    // Google sends "status":"401" as a string; other servers send numbers.
    if (v.isDouble())
        return QString::number(v.toInteger());
    return neutralizeControls(v.toString()); // the server's words, shown to a person
}

} // namespace

QByteArray plainResponse(const QString &user, const QString &password)
{
    QByteArray raw;
    raw += '\0';
    raw += user.toUtf8();
    raw += '\0';
    raw += password.toUtf8();
    return raw.toBase64();
}

QByteArray xoauth2Response(const QString &user, const QString &accessToken)
{
    const QByteArray raw = "user=" + user.toUtf8() +
                           "\x01"
                           "auth=Bearer " +
                           accessToken.toUtf8() + "\x01\x01";
    return raw.toBase64();
}

QByteArray oauthBearerResponse(const QString &user, const QString &accessToken, const QString &host,
                               quint16 port)
{
    // RFC 5801 §4: in the GS2 authzid, "=" becomes "=3D" and "," becomes "=2C".
    QByteArray authzid = user.toUtf8();
    authzid.replace("=", "=3D").replace(",", "=2C");
    QByteArray raw = "n,a=" + authzid + ",\x01";
    // RFC 7628 §3.1: host and port are optional, but servers use them to check that the
    // token was meant for them.
    if (!host.isEmpty())
        raw += "host=" + host.toUtf8() + "\x01";
    if (port != 0)
        raw += "port=" + QByteArray::number(port) + "\x01";
    raw += "auth=Bearer " + accessToken.toUtf8() + "\x01\x01";
    return raw.toBase64();
}

std::optional<OAuthError> parseOAuthError(const QByteArray &challengeBase64)
{
    if (challengeBase64.size() > kMaxChallenge)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(challengeBase64.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    OAuthError e;
    e.status = jsonText(o.value(QLatin1String("status")));
    e.schemes = jsonText(o.value(QLatin1String("schemes")));
    e.scope = jsonText(o.value(QLatin1String("scope")));
    e.openidConfiguration = jsonText(o.value(QLatin1String("openid-configuration")));
    if (e.status.isEmpty())
        return std::nullopt; // RFC 7628 §3.2.2: status is required
    return e;
}

QString describeOAuthError(const OAuthError &error, const QString &mechanism)
{
    // The status is either an RFC 6749 §5.2 / RFC 6750 §3.1 error code or, at Google, an
    // HTTP status; both are shown as the provider wrote them.
    QString why;
    const QString s = error.status;
    if (s == QLatin1String("invalid_token") || s == QLatin1String("401"))
        why = tr("the access token is invalid or has expired");
    else if (s == QLatin1String("insufficient_scope") || s == QLatin1String("403"))
        why = tr("the access token lacks the permission (scope) the server needs");
    else if (s == QLatin1String("invalid_request") || s == QLatin1String("400"))
        why = tr("the server found the sign-in request malformed");
    else
        why = tr("the server refused the access token");
    QString text = tr("The server refused the OAuth2 sign-in (%1): %2 (status \"%3\").")
                       .arg(mechanism, why, s);
    if (!error.scope.isEmpty())
        text += QLatin1Char(' ') + tr("It needs the scope \"%1\".").arg(error.scope);
    return text;
}

std::optional<QByteArray> cramMd5Response(const QByteArray &challengeBase64, const QString &user,
                                          const QString &password)
{
    if (challengeBase64.size() > kMaxChallenge)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(challengeBase64.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    const QByteArray digest = QMessageAuthenticationCode::hash(decoded.decoded, password.toUtf8(),
                                                               QCryptographicHash::Md5);
    return QByteArray(user.toUtf8() + ' ' + digest.toHex()).toBase64();
}

const QStringList &autoOrder()
{
    static const QStringList order{QStringLiteral("EXTERNAL"),    QStringLiteral("SCRAM-SHA-256"),
                                   QStringLiteral("SCRAM-SHA-1"), QStringLiteral("GSSAPI"),
                                   QStringLiteral("CRAM-MD5"),    QStringLiteral("PLAIN"),
                                   QStringLiteral("LOGIN")};
    return order;
}

bool needsPassword(const QString &mechanism)
{
    static const QStringList without{QStringLiteral("AUTO"), QStringLiteral("GSSAPI"),
                                     QStringLiteral("EXTERNAL"), QStringLiteral("XOAUTH2"),
                                     QStringLiteral("OAUTHBEARER")};
    return !without.contains(mechanism.toUpper());
}

bool hidesChallenges(const QString &mechanism)
{
    const QString m = mechanism.toUpper();
    return m.startsWith(QLatin1String("SCRAM-")) || m == QLatin1String("NTLM") ||
           m == QLatin1String("GSSAPI");
}

QString challengeShown(const QByteArray &challengeBase64)
{
    const auto decoded = QByteArray::fromBase64Encoding(challengeBase64.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype n = decoded ? decoded.decoded.size() : challengeBase64.size();
    return QStringLiteral("(challenge, %1 bytes)").arg(n);
}

QString rejectedLogin(const QString &mechanism, const QString &user)
{
    if (mechanism == QLatin1String("EXTERNAL"))
        return tr("The server did not accept the client certificate (EXTERNAL) for %1.").arg(user);
    if (mechanism == QLatin1String("GSSAPI"))
        return tr("The server did not accept the Kerberos ticket (GSSAPI) for %1.").arg(user);
    return tr("The server rejected the login (%1) for %2.").arg(mechanism, user);
}

namespace {

// Whether `have` holds what `mechanism` needs, as `auto` sees it.
bool usableByAuto(const QString &mechanism, const Available &have)
{
    if (mechanism == QLatin1String("EXTERNAL"))
        return have.clientCertificate;
    if (mechanism == QLatin1String("GSSAPI"))
        return !have.password; // a password set means the user does not rely on a ticket
    return have.password;
}

} // namespace

const QStringList &supportedMechanisms()
{
    static const QStringList all =
        autoOrder() + QStringList{QStringLiteral("NTLM"), QStringLiteral("XOAUTH2"),
                                  QStringLiteral("OAUTHBEARER")};
    return all;
}

bool isSupported(const QString &mechanism)
{
    return supportedMechanisms().contains(mechanism.toUpper());
}

QString autoMechanism(const QStringList &offered, const Available &have)
{
    // autoOrder(): strongest first. SCRAM proves the server knows the password too;
    // CRAM-MD5 never reveals the password to the wire; PLAIN is preferred to LOGIN
    // because it needs one round trip less.
    for (const QString &m : autoOrder()) {
        if (offered.contains(m, Qt::CaseInsensitive) && usableByAuto(m, have))
            return m;
    }
    return {};
}

std::optional<QString> choose(const QString &requested, const QStringList &offered,
                              bool channelEncrypted, bool clearAllowed, const Available &have,
                              QString *why)
{
    const QString req = requested.toUpper();
    if (!mayAuthenticate(channelEncrypted, clearAllowed)) {
        if (why)
            *why = tr("The connection is not encrypted, so no login (%1) was sent: not even "
                      "CRAM-MD5, whose answer can be cracked offline.")
                       .arg(req == QLatin1String("AUTO") ? tr("any method") : req);
        return std::nullopt;
    }
    if (req != QLatin1String("AUTO")) {
        if (!offered.contains(req)) {
            if (why) {
                *why = offered.isEmpty()
                           ? tr("The server offers no authentication on this connection, so %1 "
                                "cannot be used.")
                                 .arg(req)
                           : tr("The server does not offer %1; it offers %2.")
                                 .arg(req, offered.join(QStringLiteral(", ")));
            }
            return std::nullopt;
        }
        if (req == QLatin1String("EXTERNAL") && !have.clientCertificate) {
            if (why)
                *why = tr("EXTERNAL signs in with a TLS client certificate, and none is "
                          "configured.");
            return std::nullopt;
        }
        return req;
    }
    if (const QString m = autoMechanism(offered, have); !m.isEmpty())
        return m;
    if (why) {
        if (offered.isEmpty())
            *why = tr("The server offers no authentication on this connection.");
        else
            *why = tr("The server offers only %1, none of which Mailwright can use with the "
                      "credentials that are set.")
                       .arg(offered.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

} // namespace mw::sasl
