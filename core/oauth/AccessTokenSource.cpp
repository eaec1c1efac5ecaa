// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessTokenSource.h"

#include "OAuthHttp.h"
#include "OpenIdDiscovery.h"
#include "RefreshTokenStore.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QTimer>

namespace mw {

QNetworkAccessManager *AccessTokenSource::network()
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    return m_nam;
}

AccessTokenSource::AccessTokenSource(QNetworkAccessManager *nam, SecretStore *store,
                                     QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_store(store)
    , m_tokens(new TokenManager([this] { return network(); }, this))
{
    connect(m_tokens, &TokenManager::stateChanged, this, &AccessTokenSource::stateChanged);
    connect(m_tokens, &TokenManager::finished, this, [this](bool ok) {
        answerAll(ok ? m_tokens->accessToken() : QString(),
                  ok ? OAuthFailure{} : m_tokens->failure());
    });
    // RFC 6749 §6: the old refresh token may be dead already; keep the new one.
    connect(m_tokens, &TokenManager::refreshTokenChanged, this, &AccessTokenSource::storeRotated);
}

void AccessTokenSource::storeRotated(const QString &refreshToken)
{
    if (!m_store)
        return;
    if (m_storing) {
        m_nextToStore = refreshToken; // written when the one under way is stored
        return;
    }
    m_storing = true;
    QPointer<SecretStore> store = m_store;
    RefreshTokenStore::write(store, refreshToken, this, [this](const SecretResult &r) {
        if (!r.ok()) {
            m_storeError = tr("The provider issued a new OAuth2 refresh token, but the secret "
                              "store could not save it: %1")
                               .arg(r.error);
            Q_EMIT storeFailed(m_storeError);
        }
        m_storing = false;
        const QString next = std::exchange(m_nextToStore, QString());
        if (!next.isEmpty()) {
            storeRotated(next);
            return;
        }
        Q_EMIT storeIdle();
    });
}

QString AccessTokenSource::keyOf(const MailSettings &s)
{
    return QStringList{QString::number(int(s.oauth.provider)), s.oauth.issuer.trimmed(),
                       s.oauth.clientId.trimmed(), s.oauth.tenant.trimmed(),
                       s.oauth.scopes.simplified()}
        .join(QChar(0x1f));
}

void AccessTokenSource::setSettings(const MailSettings &settings)
{
    m_settings = settings;
    m_tokens->setRequestTimeout(qMax(1, settings.smtp.timeout) * 1000);
    const QString key = keyOf(settings);
    if (key == m_key)
        return;
    m_key = key;
    ++m_generation;
    m_loaded = false;
    m_endpoints = {};
    m_clientSecret.clear();
    m_tokens->clear();
    Q_EMIT stateChanged();
}

void AccessTokenSource::setSecretStore(SecretStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    ++m_generation;
    m_loaded = false;
}

void AccessTokenSource::setRefreshMargin(int seconds)
{
    m_tokens->setRefreshMargin(seconds);
}

QString AccessTokenSource::signInId() const
{
    const QString rt = m_tokens->refreshToken();
    if (rt.isEmpty())
        return QStringLiteral("none");
    return QString::fromLatin1(
        QCryptographicHash::hash(rt.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

void AccessTokenSource::answerAll(const QString &token, const OAuthFailure &failure)
{
    m_busy = false;
    const QList<Waiter> waiting = std::exchange(m_waiting, {});
    for (const Waiter &w : waiting) {
        if (w.hasContext && !w.context)
            continue;
        w.done(token, failure);
    }
}

void AccessTokenSource::load(const std::function<void(const OAuthFailure &)> &then)
{
    if (m_loaded) {
        QTimer::singleShot(0, this, [then] { then({}); });
        return;
    }
    const auto failWith = [then](OAuthFailure::Kind kind, const QString &message) {
        OAuthFailure f;
        f.kind = kind;
        f.message = message;
        then(f);
    };
    if (m_settings.oauth.clientId.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [failWith] {
            failWith(OAuthFailure::Kind::Config,
                     tr("oauth/client_id is not set: enter the client id registered with the "
                        "provider."));
        });
        return;
    }
    if (!m_store) {
        QTimer::singleShot(0, this, [failWith] {
            failWith(OAuthFailure::Kind::Config, tr("No secret store is available for the "
                                                    "OAuth2 sign-in."));
        });
        return;
    }
    const int generation = m_generation;
    // 1. the client secret (optional), 2. the endpoints, 3. the refresh token.
    m_store->read(
        RefreshTokenStore::kClientSecretAccount, this,
        [this, generation, then, failWith](const SecretResult &secret) {
            if (generation != m_generation)
                return load(then);
            if (secret.status == SecretResult::Status::Error)
                return failWith(
                    OAuthFailure::Kind::Config,
                    tr("The OAuth2 client secret could not be read: %1").arg(secret.error));
            m_clientSecret = secret.ok() ? secret.secret : QString();
            const auto withEndpoints = [this, generation, then,
                                        failWith](const OAuthEndpoints &endpoints) {
                m_endpoints = endpoints;
                RefreshTokenStore::read(
                    m_store, this, [this, generation, then, failWith](const SecretResult &stored) {
                        if (generation != m_generation)
                            return load(then);
                        if (stored.status == SecretResult::Status::Error)
                            return failWith(OAuthFailure::Kind::Config, stored.error);
                        m_tokens->setClient(m_endpoints, m_settings.oauth.clientId.trimmed(),
                                            m_clientSecret);
                        if (m_tokens->state() != TokenManager::State::SignInRequired ||
                            (stored.ok() && stored.secret != m_tokens->refreshToken()))
                            m_tokens->setRefreshToken(stored.ok() ? stored.secret : QString());
                        m_loaded = true;
                        then({});
                    });
            };
            if (m_settings.oauth.provider != MailSettings::OAuthProvider::Oidc)
                return withEndpoints(
                    OAuthEndpoints::preset(m_settings.oauth.provider, m_settings.oauth.tenant));
            auto *d = new OpenIdDiscovery(network(), this);
            connect(d, &OpenIdDiscovery::finished, this,
                    [this, d, generation, then, withEndpoints] {
                        d->deleteLater();
                        if (generation != m_generation)
                            return load(then);
                        if (!d->ok())
                            return then(d->failure());
                        withEndpoints(d->endpoints());
                    });
            d->start(m_settings.oauth.issuer.trimmed(), qMax(1, m_settings.smtp.timeout) * 1000);
        });
}

void AccessTokenSource::request(QObject *context, Callback done)
{
    m_waiting.append({QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (m_busy)
        return; // the load or refresh under way answers every caller
    m_busy = true;
    load([this](const OAuthFailure &failure) {
        if (!failure.isNull()) {
            answerAll({}, failure);
            return;
        }
        m_tokens->requestAccessToken(); // TokenManager::finished answers
    });
}

void AccessTokenSource::resolveClient(QObject *context, ClientCallback done)
{
    QPointer<QObject> guard(context);
    load([this, guard, done](const OAuthFailure &failure) {
        if (!guard)
            return;
        done(m_endpoints, m_clientSecret, failure);
    });
}

void AccessTokenSource::reload(QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    if (!m_store || m_busy) {
        // A load or refresh is under way: it reads the store itself.
        QTimer::singleShot(0, this, [guard, done] {
            if (guard)
                done();
        });
        return;
    }
    RefreshTokenStore::read(m_store, this, [this, guard, done](const SecretResult &stored) {
        const QString now = stored.ok() ? stored.secret : QString();
        if (stored.status != SecretResult::Status::Error && now != m_tokens->refreshToken()) {
            if (now.isEmpty())
                m_tokens->clear();
            else
                m_tokens->setRefreshToken(now);
            if (m_loaded)
                Q_EMIT signInChanged();
        }
        if (guard)
            done();
    });
}

void AccessTokenSource::signedIn(const OAuthToken &token, QObject *context,
                                 SecretStore::Callback done)
{
    QPointer<QObject> guard(context);
    if (!m_store || token.refreshToken.isEmpty()) {
        const QString why =
            m_store ? tr("The provider signed you in but issued no refresh token, so Mailwright "
                         "could not send later. Ask for the offline_access scope (oauth/scopes) "
                         "or allow refresh tokens for this client.")
                    : tr("No secret store is available.");
        QTimer::singleShot(0, this, [guard, done, why] {
            if (guard)
                done(SecretResult::failure(why));
        });
        return;
    }
    RefreshTokenStore::write(m_store, token.refreshToken, this,
                             [this, token, guard, done](const SecretResult &r) {
                                 if (r.ok()) {
                                     m_tokens->setToken(token);
                                     Q_EMIT signInChanged();
                                 }
                                 if (guard)
                                     done(r);
                             });
}

bool AccessTokenSource::retryAfterRefusal(const Result &result, const QString &accessToken)
{
    if (result.ok || result.errorClass != ErrorClass::AuthFailed || result.phase != Phase::Auth ||
        accessToken.isEmpty() || m_tokens->refreshToken().isEmpty())
        return false;
    if (accessToken != m_tokens->accessToken())
        return true; // replaced meanwhile: the next request answers with the newer one
    const bool fromMemory = m_tokens->answeredFromMemory();
    m_tokens->dropAccessToken();
    return fromMemory;
}

void AccessTokenSource::revokeAndSignOut(QObject *context,
                                         std::function<void(const OAuthSignOutResult &)> done)
{
    QPointer<QObject> guard(context);
    const auto forget = [this, guard, done](OAuthSignOutResult result) {
        signOut(this, [guard, done, result](const SecretResult &r) mutable {
            result.removed = r.ok();
            result.storeError = r.error;
            if (guard)
                done(result);
        });
    };
    const auto withToken = [this, forget](const QString &refreshToken) {
        if (refreshToken.isEmpty())
            return forget({});
        resolveClient(this, [this, forget, refreshToken](const OAuthEndpoints &endpoints,
                                                         const QString &clientSecret,
                                                         const OAuthFailure &failure) {
            OAuthSignOutResult result;
            result.revocation = OAuthSignOutResult::Revocation::Failed;
            if (!failure.isNull()) {
                result.note = tr("Signed out here; the provider could not be reached to revoke "
                                 "the sign-in (%1).")
                                  .arg(failure.message);
                return forget(result);
            }
            if (endpoints.revocation.isEmpty()) {
                result.revocation = OAuthSignOutResult::Revocation::NotOffered;
                result.note = tr("Signed out here; the provider offers no revocation, so the "
                                 "sign-in ends when it expires there.");
                return forget(result);
            }
            // RFC 7009 §2.1: the token, with a hint, authenticated as the client.
            OAuthHttp::postForm(
                network(), endpoints.revocation,
                {{QStringLiteral("token"), refreshToken},
                 {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")}},
                m_settings.oauth.clientId.trimmed(), clientSecret,
                qMax(1, m_settings.smtp.timeout) * 1000, this,
                [forget, result](const OAuthHttpReply &reply) mutable {
                    if (reply.transportOk && reply.httpStatus == 200) {
                        result.revocation = OAuthSignOutResult::Revocation::Revoked;
                    } else {
                        result.note =
                            tr("Signed out here; the provider did not confirm the "
                               "revocation (%1).")
                                .arg(reply.transportOk ? tr("HTTP status %1").arg(reply.httpStatus)
                                                       : reply.transportError);
                    }
                    forget(result);
                });
        });
    };
    if (!m_store) {
        const QString inMemory = m_tokens->refreshToken();
        QTimer::singleShot(0, this, [withToken, inMemory] { withToken(inMemory); });
        return;
    }
    RefreshTokenStore::read(m_store, this, [this, withToken](const SecretResult &saved) {
        withToken(saved.ok() ? saved.secret : m_tokens->refreshToken());
    });
}

void AccessTokenSource::signOut(QObject *context, SecretStore::Callback done)
{
    QPointer<QObject> guard(context);
    m_tokens->clear();
    if (!m_store) {
        QTimer::singleShot(0, this, [guard, done] {
            if (guard)
                done(SecretResult::success());
        });
        return;
    }
    RefreshTokenStore::remove(m_store, this, [this, guard, done](const SecretResult &r) {
        Q_EMIT signInChanged();
        if (guard)
            done(r);
    });
}

} // namespace mw
