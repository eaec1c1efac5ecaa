// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sasl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace mw::sasl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::sasl", text);
}

bool sendsPasswordInClear(const QString &mech)
{
    return mech == QLatin1String("PLAIN") || mech == QLatin1String("LOGIN");
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

std::optional<QString> choose(const QString &requested, const QStringList &offered,
                              bool channelEncrypted, bool clearAllowed, QString *why)
{
    const bool clearOk = channelEncrypted || clearAllowed;
    const QString req = requested.toUpper();
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
        if (sendsPasswordInClear(req) && !clearOk) {
            if (why)
                *why = tr("%1 would send the password unencrypted, and the connection is not "
                          "encrypted; it was not sent.")
                           .arg(req);
            return std::nullopt;
        }
        return req;
    }
    // Strongest first: CRAM-MD5 never reveals the password to the wire; PLAIN is preferred
    // to LOGIN because it needs one round trip less.
    static const QStringList order{QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"),
                                   QStringLiteral("LOGIN")};
    for (const QString &m : order) {
        if (offered.contains(m) && (clearOk || !sendsPasswordInClear(m)))
            return m;
    }
    if (why) {
        if (offered.isEmpty())
            *why = tr("The server offers no authentication on this connection.");
        else if (!clearOk)
            *why = tr("The server offers only %1, which would send the password unencrypted; it "
                      "was not sent.")
                       .arg(offered.join(QStringLiteral(", ")));
        else
            *why = tr("The server offers only %1, none of which Mailwright supports.")
                       .arg(offered.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

} // namespace mw::sasl
