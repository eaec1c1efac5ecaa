// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthEndpoints.h"
#include "OAuthFailure.h"
#include "OAuthToken.h"
#include "TokenManager.h"
#include "protocol/Result.h"
#include "settings/MailSettings.h"
#include "settings/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace mw {

// What a sign-out did (AccessTokenSource::revokeAndSignOut).
struct OAuthSignOutResult
{
    enum class Revocation {
        Revoked,      // the provider confirmed (RFC 7009 §2.2)
        NothingSaved, // no refresh token was saved: nothing to revoke
        NotOffered,   // the provider has no revocation endpoint
        Failed,       // unreachable, or it refused: the token may still work there
    };
    Revocation revocation = Revocation::NothingSaved;
    // The sign-in was removed here (memory and secret store).
    bool removed = false;
    QString storeError; // why not, when removed is false
    // A sentence about the revocation when it was not Revoked / NothingSaved.
    QString note;
};

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
    // Signing out, for the window and `mailwright-cli oauth logout` alike: revokes the
    // saved refresh token at the provider (RFC 7009, which also ends the access tokens
    // issued with it) when it offers revocation, then forgets it here and in the secret
    // store whatever the provider answered. Answers later, exactly once.
    void revokeAndSignOut(QObject *context, std::function<void(const OAuthSignOutResult &)> done);

    // A session with accessToken ended with result. When the server refused the token at
    // AUTH (SMTP 535) and that token came from memory (revoked early, or the provider
    // gave no expiry) rather than from the provider just then, it is forgotten and the
    // answer is true: ask request() again for a fresh one (refreshed with the refresh
    // token) and retry once. The queue runner, the status monitor and Send Test all ask
    // here; none retries more than once.
    [[nodiscard]] bool retryAfterRefusal(const Result &result, const QString &accessToken);

    // Rotated refresh tokens being written to the secret store now.
    [[nodiscard]] bool isStoring() const { return m_storing; }
    // The last failure to store a rotated refresh token (empty: none).
    [[nodiscard]] QString storeError() const { return m_storeError; }

    [[nodiscard]] TokenManager::State state() const { return m_tokens->state(); }
    [[nodiscard]] bool isSignInRequired() const
    {
        return m_tokens->state() == TokenManager::State::SignInRequired;
    }
    [[nodiscard]] const OAuthFailure &failure() const { return m_tokens->failure(); }
    [[nodiscard]] QString grantedScopes() const { return m_tokens->grantedScopes(); }
    // The account the provider named in its last answer (empty until one came).
    [[nodiscard]] QString account() const { return m_tokens->account(); }
    // The HTTP access of this source, for the sign-in flows: the one given, or one of its
    // own made on first use (its construction maps a megabyte of QtNetwork, which the
    // window's first paint does not need; docs/PERFORMANCE.md).
    [[nodiscard]] QNetworkAccessManager *network();
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
    // A rotated refresh token could not be saved: the next process may find only the
    // old one, which the provider may refuse (RFC 6749 §6).
    void storeFailed(const QString &message);
    // Every rotated refresh token handed to the secret store has been answered.
    void storeIdle();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };
    void load(const std::function<void(const OAuthFailure &)> &then);
    void answerAll(const QString &token, const OAuthFailure &failure);
    void storeRotated(const QString &refreshToken);
    [[nodiscard]] static QString keyOf(const MailSettings &settings);

    QNetworkAccessManager *m_nam = nullptr; // network(): made on first use when not given
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
    bool m_storing = false;
    QString m_nextToStore; // a rotation that came while the previous one was stored
    QString m_storeError;
};

} // namespace mw
