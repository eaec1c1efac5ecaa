// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenIdDiscovery.h"

#include "OAuthHttp.h"

#include <QTimer>

namespace mw {

OpenIdDiscovery::OpenIdDiscovery(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

void OpenIdDiscovery::fail(OAuthFailure::Kind kind, const QString &message)
{
    m_failure.kind = kind;
    m_failure.message = message;
    Q_EMIT finished();
}

void OpenIdDiscovery::start(const QString &issuer, int timeoutMs)
{
    m_endpoints = {};
    m_failure = {};
    const QUrl url = OAuthEndpoints::discoveryUrl(issuer);
    if (issuer.trimmed().isEmpty() || !OAuthEndpoints::isAcceptableUrl(url)) {
        QTimer::singleShot(0, this, [this, issuer] {
            fail(OAuthFailure::Kind::Config,
                 tr("The issuer \"%1\" is not an https address.").arg(issuer));
        });
        return;
    }
    OAuthHttp::getJson(m_nam, url, timeoutMs, this, [this, issuer, url](const OAuthHttpReply &r) {
        if (!r.transportOk) {
            fail(OAuthFailure::Kind::Network,
                 tr("Could not read %1: %2").arg(url.toDisplayString(), r.transportError));
            return;
        }
        if (r.httpStatus != 200 || r.json.isEmpty()) {
            fail(OAuthFailure::Kind::Provider,
                 tr("%1 answered with HTTP status %2 and no OpenID configuration.")
                     .arg(url.toDisplayString())
                     .arg(r.httpStatus));
            return;
        }
        QString why;
        m_endpoints = OAuthEndpoints::fromDiscovery(r.json, issuer, &why);
        if (m_endpoints.isNull()) {
            fail(OAuthFailure::Kind::Provider, why);
            return;
        }
        Q_EMIT finished();
    });
}

} // namespace mw
