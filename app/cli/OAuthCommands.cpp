// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli oauth login [--browser [--open]]|status|logout, the fresh access token
// that `test` sends when smtp/auth is xoauth2 or oauthbearer, and the access tokens of
// `queue run`. Tokens are never printed: login shows the verification address and the
// user code (device flow) or the authorization address (browser flow) only; status shows
// scopes.
#include "Commands.h"
#include "ExitCodes.h"
#include "JsonOutput.h"
#include "oauth/AccessTokenSource.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/BrowserLauncher.h"
#include "oauth/DeviceAuthorization.h"
#include "oauth/OAuthHttp.h"
#include "oauth/OpenIdDiscovery.h"
#include "oauth/RefreshTokenStore.h"
#include "settings/SecretStoreFactory.h"
#include "settings/SettingsSchema.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace mw::cli {
namespace {

QString scopesFor(const MailSettings &s, const OAuthEndpoints &e)
{
    return s.oauth.scopes.trimmed().isEmpty() ? e.defaultScopes : s.oauth.scopes.simplified();
}

} // namespace

void OAuthCommand::loginDone(const OAuthToken &token)
{
    if (token.refreshToken.isEmpty()) {
        OAuthFailure f;
        f.kind = OAuthFailure::Kind::Provider;
        f.message = tr("The provider signed you in but issued no refresh token, so "
                       "Mailwright could not send later. Ask for the offline_access "
                       "scope (oauth/scopes) or allow refresh tokens for this client.");
        m_ctx.oauthFail(f);
        return;
    }
    RefreshTokenStore::write(
        m_ctx.secrets(), token.refreshToken, this, [this, token](const SecretResult &r) {
            if (!r.ok()) {
                exitLater(fail(IoErr, r.error));
                return;
            }
            if (json()) {
                QJsonObject o;
                o.insert(QStringLiteral("ok"), true);
                o.insert(QStringLiteral("status"), QStringLiteral("Signed in"));
                o.insert(QStringLiteral("scopes"), token.scope);
                o.insert(QStringLiteral("account"), settings().smtp.username);
                print(compactJson(o));
            } else {
                print(tr("Signed in. Granted scopes: %1. The refresh token is saved in the "
                         "%2 store.")
                          .arg(token.scope, m_ctx.secrets()->backendName()));
            }
            exitLater(Ok);
        });
}

void OAuthCommand::withClient(
    const std::function<void(const OAuthEndpoints &, const QString &)> &then)
{
    QString error;
    if (!m_ctx.secretStore(&error)) {
        exitLater(fail(Config, error));
        return;
    }
    if (settings().oauth.clientId.trimmed().isEmpty()) {
        exitLater(fail(Config, tr("oauth/client_id is not set: enter the client id registered "
                                  "with the provider.")));
        return;
    }
    // The client secret is optional (public clients have none).
    m_ctx.secrets()->read(
        RefreshTokenStore::kClientSecretAccount, this, [this, then](const SecretResult &secret) {
            if (secret.status == SecretResult::Status::Error) {
                exitLater(
                    fail(Config,
                         tr("The OAuth2 client secret could not be read: %1").arg(secret.error)));
                return;
            }
            const QString clientSecret = secret.ok() ? secret.secret : QString();
            if (settings().oauth.provider != MailSettings::OAuthProvider::Oidc) {
                then(OAuthEndpoints::preset(settings().oauth.provider, settings().oauth.tenant),
                     clientSecret);
                return;
            }
            auto *d = new OpenIdDiscovery(m_ctx.network(), this);
            connect(d, &OpenIdDiscovery::finished, this, [this, d, then, clientSecret] {
                d->deleteLater();
                if (!d->ok()) {
                    m_ctx.oauthFail(d->failure());
                    return;
                }
                then(d->endpoints(), clientSecret);
            });
            d->start(settings().oauth.issuer, qMax(1, settings().smtp.timeout) * 1000);
        });
}

int OAuthCommand::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("login") && sub != QLatin1String("status") &&
        sub != QLatin1String("logout"))
        return fail(Usage, tr("oauth takes login, status [--check] or logout."));
    if (const int rc = m_ctx.loadSettings(true); rc != Ok)
        return rc;

    if (sub == QLatin1String("logout")) {
        // As the window's Sign out: revoked at the provider (RFC 7009), then forgotten.
        AccessTokenSource *source = m_ctx.oauthSource();
        if (!m_ctx.secrets())
            return Config; // m_ctx.oauthSource() said why
        source->revokeAndSignOut(this, [this](const OAuthSignOutResult &r) {
            if (!r.removed) {
                exitLater(fail(IoErr, r.storeError));
                return;
            }
            const bool revoked = r.revocation == OAuthSignOutResult::Revocation::Revoked;
            if (json()) {
                QJsonObject o;
                o.insert(QStringLiteral("ok"), true);
                o.insert(QStringLiteral("status"), QStringLiteral("Signed out"));
                o.insert(QStringLiteral("revoked"), revoked);
                o.insert(QStringLiteral("message"), r.note);
                print(compactJson(o));
            } else {
                print(tr("Signed out: the saved OAuth2 sign-in was removed from the %1 store.")
                          .arg(m_ctx.secrets()->backendName()));
                if (revoked)
                    print(tr("The provider revoked it."));
                else if (!r.note.isEmpty())
                    printErr(QStringLiteral("mailwright-cli: ") + r.note);
            }
            exitLater(Ok);
        });
        return -1;
    }

    if (sub == QLatin1String("status")) {
        const bool check = args.contains(QLatin1String("--check"));
        QString error;
        if (!m_ctx.secretStore(&error))
            return fail(Config, error);
        RefreshTokenStore::read(m_ctx.secrets(), this, [this, check](const SecretResult &r) {
            const bool signedIn = r.ok();
            QJsonObject o;
            o.insert(QStringLiteral("provider"),
                     SettingsSchema::toString(settings().oauth.provider));
            o.insert(QStringLiteral("account"), settings().smtp.username);
            o.insert(QStringLiteral("signed_in"), signedIn);
            if (!check || !signedIn) {
                o.insert(QStringLiteral("ok"), signedIn);
                o.insert(QStringLiteral("status"), signedIn ? QStringLiteral("Signed in")
                                                            : QStringLiteral("Sign-in required"));
                if (json())
                    print(compactJson(o));
                else
                    print(signedIn ? tr("Signed in as %1 (%2); a refresh token is saved.")
                                         .arg(settings().smtp.username,
                                              SettingsSchema::toString(settings().oauth.provider))
                                   : tr("Sign-in required: no OAuth2 sign-in is saved."));
                exitLater(signedIn ? Ok : NoPerm);
                return;
            }
            m_ctx.withAccessToken([this, o](const QString &) mutable {
                o.insert(QStringLiteral("ok"), true);
                o.insert(QStringLiteral("status"), QStringLiteral("Signed in"));
                // The provider said which scopes it granted with the fresh token.
                o.insert(QStringLiteral("scopes"), m_ctx.lastGrantedScopes());
                if (json())
                    print(compactJson(o));
                else
                    print(tr("Signed in as %1; the provider refreshed the sign-in. Granted "
                             "scopes: %2")
                              .arg(settings().smtp.username, m_ctx.lastGrantedScopes()));
                exitLater(Ok);
            });
        });
        return -1;
    }

    const bool browser = args.contains(QLatin1String("--browser"));
    const bool open = args.contains(QLatin1String("--open"));
    for (const QString &a : args.mid(1)) {
        if (a != QLatin1String("--browser") && a != QLatin1String("--open"))
            return fail(Usage, tr("oauth login takes --browser [--open], or nothing."));
    }
    if (open && !browser)
        return fail(Usage, tr("--open goes with --browser."));
    if (browser) {
        // The authorization code grant with PKCE and a loopback redirect: the browser
        // must run on this computer (it is sent back to 127.0.0.1).
        withClient([this, open](const OAuthEndpoints &endpoints, const QString &clientSecret) {
            auto *flow = new AuthorizationCodeFlow(m_ctx.network(), this);
            flow->setRequestTimeout(qMax(1, settings().smtp.timeout) * 1000);
            connect(flow, &AuthorizationCodeFlow::authorizationUrlReady, this,
                    [this, open](const QUrl &url) {
                        const QString address = url.toString(QUrl::FullyEncoded);
                        if (json()) {
                            QJsonObject o;
                            o.insert(QStringLiteral("authorization_url"), address);
                            print(compactJson(o));
                        } else {
                            print(tr("To sign in, open this address in a browser on this "
                                     "computer:"));
                            print(address);
                            print(tr("Waiting for the sign-in (at most 5 minutes)..."));
                        }
                        if (open) {
                            // Without Mailwright's secret variables (BrowserLauncher).
                            const bool started = BrowserLauncher::open(url);
                            if (!started)
                                printErr(tr("mailwright-cli: the browser could not be "
                                            "started; open the address yourself."));
                        }
                    });
            connect(flow, &AuthorizationCodeFlow::finished, this, [this, flow](bool ok) {
                flow->deleteLater();
                if (!ok) {
                    m_ctx.oauthFail(flow->failure());
                    return;
                }
                loginDone(flow->token());
            });
            flow->start(endpoints, settings().oauth.clientId, clientSecret,
                        scopesFor(settings(), endpoints));
        });
        return -1;
    }

    // login: the device authorization grant (RFC 8628).
    withClient([this](const OAuthEndpoints &endpoints, const QString &clientSecret) {
        auto *flow = new DeviceAuthorization(m_ctx.network(), this);
        flow->setRequestTimeout(qMax(1, settings().smtp.timeout) * 1000);
        connect(flow, &DeviceAuthorization::userCodeReady, this,
                [this](const QString &uri, const QString &code, const QString &complete) {
                    if (json()) {
                        QJsonObject o;
                        o.insert(QStringLiteral("verification_uri"), uri);
                        o.insert(QStringLiteral("user_code"), code);
                        if (!complete.isEmpty())
                            o.insert(QStringLiteral("verification_uri_complete"), complete);
                        print(compactJson(o));
                    } else {
                        print(tr("To sign in, open %1 and enter the code %2").arg(uri, code));
                        if (!complete.isEmpty())
                            print(tr("(or open %1)").arg(complete));
                        print(tr("Waiting for the sign-in..."));
                    }
                });
        connect(flow, &DeviceAuthorization::finished, this, [this, flow](bool ok) {
            flow->deleteLater();
            if (!ok) {
                m_ctx.oauthFail(flow->failure());
                return;
            }
            loginDone(flow->token());
        });
        flow->start(endpoints, settings().oauth.clientId, clientSecret,
                    scopesFor(settings(), endpoints));
    });
    return -1;
}

} // namespace mw::cli
