// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthEndpoints.h"
#include "OAuthFailure.h"
#include "OAuthToken.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace mw {

// Holds the access token in memory and refreshes it from the refresh token before it
// expires (RFC 6749 §6). A refused refresh token puts it in the SignInRequired state:
// from then on every request fails at once, without asking the provider again, until a
// new refresh token is set (after a person signed in). So it never loops on a provider.
class TokenManager : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, Ready, Refreshing, SignInRequired };
    Q_ENUM(State)

    explicit TokenManager(QNetworkAccessManager *nam, QObject *parent = nullptr);
    // The HTTP access asked for when the first request goes out (AccessTokenSource makes
    // its own only then: most runs never refresh a token).
    explicit TokenManager(std::function<QNetworkAccessManager *()> network,
                          QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TokenManager)

    void setClient(const OAuthEndpoints &endpoints, const QString &clientId,
                   const QString &clientSecret);
    // A refresh token from the secret store or from a sign-in; clears SignInRequired.
    void setRefreshToken(const QString &refreshToken);
    // A token response of a sign-in (access token and, usually, a refresh token).
    void setToken(const OAuthToken &token);
    // Forgets everything (sign out).
    void clear();
    // Forgets the access token only (a server refused it before its expiry): the next
    // request refreshes it with the refresh token.
    void dropAccessToken();
    // Refresh this many seconds before the access token expires (default 300).
    void setRefreshMargin(int seconds) { m_marginSeconds = seconds; }
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

    // Asks for a usable access token. finished() follows exactly once per call batch,
    // always later from the event loop: at once when the token in memory is still good
    // (or when sign-in is required), else after one refresh.
    void requestAccessToken();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString accessToken() const { return m_token.accessToken; }
    [[nodiscard]] QString grantedScopes() const { return m_token.scope; }
    [[nodiscard]] QString account() const { return m_token.account; }
    [[nodiscard]] QDateTime expiresAt() const { return m_token.expiresAt; }
    [[nodiscard]] QString refreshToken() const { return m_refreshToken; }
    [[nodiscard]] const OAuthFailure &failure() const { return m_failure; }
    // How many times the provider's token endpoint was asked (for the no-loop tests).
    [[nodiscard]] int refreshCount() const { return m_refreshes; }
    // True when the last successful answer was the access token kept in memory, false
    // when it came from the provider just then.
    [[nodiscard]] bool answeredFromMemory() const { return m_fromMemory; }

Q_SIGNALS:
    void finished(bool ok);
    void stateChanged(mw::TokenManager::State state);
    // The provider issued a new refresh token (rotation): the caller stores it.
    void refreshTokenChanged(const QString &refreshToken);

private:
    void setState(State s);
    void finishLater(bool ok);

    std::function<QNetworkAccessManager *()> m_network;
    OAuthEndpoints m_endpoints;
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
    OAuthToken m_token;
    OAuthFailure m_failure;
    State m_state = State::SignedOut;
    int m_marginSeconds = 300;
    int m_timeoutMs = 30000;
    int m_refreshes = 0;
    bool m_inFlight = false;
    bool m_fromMemory = false;
};

} // namespace mw
