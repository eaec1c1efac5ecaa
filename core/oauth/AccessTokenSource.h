// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthEndpoints.h"
#include "OAuthFailure.h"
#include "OAuthToken.h"
#include "TokenManager.h"
#include "settings/MailSettings.h"
#include "settings/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace mw {

// The access tokens of one process, for everything that sends or checks with OAuth2 (the
// queue runner, the status monitor, Send Test, the window's sign-in): reads the client
// secret and the refresh token from the secret store once, finds the provider's endpoints
// (preset or OpenID discovery), and hands out access tokens kept in memory only,
// refreshed shortly before they expire. Callers asking while a refresh is under way share
// it. A refused refresh token means "Sign-in required": from then on every request fails
// at once without asking the provider, until a new sign-in (signedIn() here, or a new
// refresh token found in the secret store by reload(), e.g. after `mailwright-cli oauth
// login` in another process).
class AccessTokenSource : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &accessToken, const OAuthFailure &failure)>;
    using ClientCallback = std::function<void(
        const OAuthEndpoints &endpoints, const QString &clientSecret, const OAuthFailure &failure)>;

    // store is not owned. Without nam the source makes its own.
    AccessTokenSource(QNetworkAccessManager *nam, SecretStore *store, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccessTokenSource)

    // smtp/auth is xoauth2 or oauthbearer.
    [[nodiscard]] static bool usesOAuth(const MailSettings &settings);

    // A change of the [oauth] section forgets endpoints and tokens (they were issued to
    // another client or provider) and lifts "Sign-in required".
    void setSettings(const MailSettings &settings);
    // Refresh this many seconds before expiry (default 300; tests use less).
    void setRefreshMargin(int seconds);

    // An access token, or why there is none. Always answers later, exactly once (not if
    // context was destroyed first).
    void request(QObject *context, Callback done);
    // The endpoints and the client secret, for a sign-in flow.
    void resolveClient(QObject *context, ClientCallback done);
    // Reads the refresh token from the secret store again; a different one (a sign-in in
    // another process) replaces the one in memory and ends "Sign-in required".
    void reload(QObject *context, std::function<void()> done);
    // A sign-in finished: the refresh token goes to the secret store, the access token
    // stays in memory; "Sign-in required" ends. done gets the store's answer.
    void signedIn(const OAuthToken &token, QObject *context, SecretStore::Callback done);
    // Forgets the tokens here and in the secret store.
    void signOut(QObject *context, SecretStore::Callback done);

    [[nodiscard]] TokenManager::State state() const { return m_tokens->state(); }
    [[nodiscard]] bool isSignInRequired() const
    {
        return m_tokens->state() == TokenManager::State::SignInRequired;
    }
    [[nodiscard]] const OAuthFailure &failure() const { return m_tokens->failure(); }
    [[nodiscard]] QString grantedScopes() const { return m_tokens->grantedScopes(); }
    // The account the provider named in its last answer (empty until one came).
    [[nodiscard]] QString account() const { return m_tokens->account(); }
    // The HTTP access of this source, for the sign-in flows.
    [[nodiscard]] QNetworkAccessManager *network() const { return m_nam; }
    // The store may be replaced (the window's secret backend changed).
    void setSecretStore(SecretStore *store);
    [[nodiscard]] QDateTime expiresAt() const { return m_tokens->expiresAt(); }
    [[nodiscard]] bool hasRefreshToken() const { return !m_tokens->refreshToken().isEmpty(); }
    // Names the sign-in in use without revealing it: a short hash of the refresh token,
    // "none" without one. The queue's hold remembers it.
    [[nodiscard]] QString signInId() const;
    // Token endpoint requests made (refreshes), for the tests that count them.
    [[nodiscard]] int refreshCount() const { return m_tokens->refreshCount(); }

Q_SIGNALS:
    void stateChanged();
    // A new sign-in or a sign-out: whatever waits for one may try again.
    void signInChanged();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };
    void load(const std::function<void(const OAuthFailure &)> &then);
    void answerAll(const QString &token, const OAuthFailure &failure);
    [[nodiscard]] static QString keyOf(const MailSettings &settings);

    QNetworkAccessManager *m_nam;
    QPointer<SecretStore> m_store;
    TokenManager *m_tokens;
    MailSettings m_settings;
    QString m_key;
    OAuthEndpoints m_endpoints;
    QString m_clientSecret;
    QList<Waiter> m_waiting;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace mw
