// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenManager.h"

#include "OAuthHttp.h"

#include <QTimer>

namespace mw {

TokenManager::TokenManager(QNetworkAccessManager *nam, QObject *parent)
    : TokenManager([nam] { return nam; }, parent)
{}

TokenManager::TokenManager(std::function<QNetworkAccessManager *()> network, QObject *parent)
    : QObject(parent)
    , m_network(std::move(network))
{}

void TokenManager::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void TokenManager::setClient(const OAuthEndpoints &endpoints, const QString &clientId,
                             const QString &clientSecret)
{
    m_endpoints = endpoints;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void TokenManager::setRefreshToken(const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    m_failure = {};
    setState(refreshToken.isEmpty() && m_token.accessToken.isEmpty() ? State::SignedOut
                                                                     : State::Ready);
}

void TokenManager::setToken(const OAuthToken &token)
{
    m_token = token;
    m_fromMemory = false;
    if (!token.refreshToken.isEmpty())
        m_refreshToken = token.refreshToken;
    m_failure = {};
    setState(State::Ready);
}

void TokenManager::clear()
{
    m_token = {};
    m_refreshToken.clear();
    m_failure = {};
    setState(State::SignedOut);
}

void TokenManager::dropAccessToken()
{
    m_token.accessToken.clear();
    m_token.expiresAt = {};
    m_fromMemory = false;
}

void TokenManager::finishLater(bool ok)
{
    QTimer::singleShot(0, this, [this, ok] { Q_EMIT finished(ok); });
}

void TokenManager::requestAccessToken()
{
    if (m_inFlight)
        return; // the refresh under way answers every caller
    if (m_state == State::SignInRequired) {
        finishLater(false); // the failure from the refused refresh is kept
        return;
    }
    if (!m_token.needsRefresh(QDateTime::currentDateTimeUtc(), m_marginSeconds)) {
        m_fromMemory = true;
        finishLater(true);
        return;
    }
    if (m_refreshToken.isEmpty()) {
        m_failure = {};
        m_failure.kind = OAuthFailure::Kind::SignInRequired;
        m_failure.message = tr("Sign-in required: no OAuth2 sign-in is saved for this account.");
        setState(State::SignInRequired);
        finishLater(false);
        return;
    }
    if (m_endpoints.token.isEmpty() || m_clientId.isEmpty()) {
        m_failure = {};
        m_failure.kind = OAuthFailure::Kind::Config;
        m_failure.message = tr("The OAuth2 provider or client id is not configured.");
        finishLater(false);
        return;
    }
    m_inFlight = true;
    ++m_refreshes;
    setState(State::Refreshing);
    // RFC 6749 §6: without a scope the new token has the scopes of the old one.
    const OAuthHttp::FormFields form{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), m_refreshToken}};
    OAuthHttp::postForm(
        m_network(), m_endpoints.token, form, m_clientId, m_clientSecret, m_timeoutMs, this,
        [this](const OAuthHttpReply &r) {
            m_inFlight = false;
            m_failure = {};
            if (!r.transportOk) {
                // Not the refresh token's fault: stay Ready, a later attempt may work.
                m_failure.kind = OAuthFailure::Kind::Network;
                m_failure.message =
                    tr("The OAuth2 provider did not answer: %1").arg(r.transportError);
                setState(State::Ready);
                Q_EMIT finished(false);
                return;
            }
            if (r.httpStatus != 200) {
                m_failure = OAuthFailure::fromErrorResponse(r.json, r.httpStatus, true);
                if (m_failure.kind == OAuthFailure::Kind::SignInRequired) {
                    m_token = {};
                    setState(State::SignInRequired);
                } else {
                    setState(State::Ready);
                }
                Q_EMIT finished(false);
                return;
            }
            QString why;
            const auto t = OAuthToken::fromResponse(r.json, QDateTime::currentDateTimeUtc(), &why);
            if (!t) {
                m_failure.kind = OAuthFailure::Kind::Provider;
                m_failure.message = why;
                setState(State::Ready);
                Q_EMIT finished(false);
                return;
            }
            m_token = *t;
            m_fromMemory = false;
            // RFC 6749 §6: the provider may issue a new refresh token; the old one may
            // stop working, so the new one must be stored.
            if (!t->refreshToken.isEmpty() && t->refreshToken != m_refreshToken) {
                m_refreshToken = t->refreshToken;
                Q_EMIT refreshTokenChanged(m_refreshToken);
            }
            setState(State::Ready);
            Q_EMIT finished(true);
        });
}

} // namespace mw
