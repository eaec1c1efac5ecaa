// SPDX-License-Identifier: GPL-3.0-or-later
// mailwright-cli oauth login [--browser [--open]]|status|logout, the fresh access token
// that `test` sends when smtp/auth is xoauth2 or oauthbearer, and the access tokens of
// `queue run`. Tokens are never printed: login shows the verification address and the
// user code (device flow) or the authorization address (browser flow) only; status shows
// scopes.
#include "CliApp.h"
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

int exitFor(OAuthFailure::Kind kind)
{
    switch (kind) {
    case OAuthFailure::Kind::SignInRequired:
    case OAuthFailure::Kind::AccessDenied:
    case OAuthFailure::Kind::InvalidScope:
    case OAuthFailure::Kind::InvalidClient:
        return NoPerm;
    case OAuthFailure::Kind::Network:
    case OAuthFailure::Kind::Expired:
    case OAuthFailure::Kind::Cancelled:
        return TempFail;
    case OAuthFailure::Kind::Config:
        return Config;
    case OAuthFailure::Kind::Provider:
        return Protocol;
    case OAuthFailure::Kind::None:
        break;
    }
    return Software;
}

} // namespace

void CliApp::oauthFail(const OAuthFailure &failure)
{
    if (m_json) {
        print(compactJson(oauthFailureJson(failure)));
    } else {
        printErr(QStringLiteral("mailwright-cli: ") + failure.message);
        if (failure.kind == OAuthFailure::Kind::SignInRequired)
            printErr(tr("Sign in again with \"mailwright-cli oauth login\"."));
    }
    exitLater(exitFor(failure.kind));
}

AccessTokenSource *CliApp::oauthSource()
{
    if (m_oauthSource)
        return m_oauthSource;
    if (!m_secrets) {
        QString error;
        m_secrets = SecretStoreFactory::create(m_settings, m_configPath, &error);
        if (!m_secrets)
            (void)fail(Config, error);
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    m_oauthSource = new AccessTokenSource(m_nam, m_secrets.get(), this);
    m_oauthSource->setSettings(m_settings);
    return m_oauthSource;
}

void CliApp::oauthLoginDone(const OAuthToken &token)
{
    if (token.refreshToken.isEmpty()) {
        OAuthFailure f;
        f.kind = OAuthFailure::Kind::Provider;
        f.message = tr("The provider signed you in but issued no refresh token, so "
                       "Mailwright could not send later. Ask for the offline_access "
                       "scope (oauth/scopes) or allow refresh tokens for this client.");
        oauthFail(f);
        return;
    }
    RefreshTokenStore::write(
        m_secrets.get(), token.refreshToken, this, [this, token](const SecretResult &r) {
            if (!r.ok()) {
                exitLater(fail(IoErr, r.error));
                return;
            }
            if (m_json) {
                QJsonObject o;
                o.insert(QStringLiteral("ok"), true);
                o.insert(QStringLiteral("status"), QStringLiteral("Signed in"));
                o.insert(QStringLiteral("scopes"), token.scope);
                o.insert(QStringLiteral("account"), m_settings.smtp.username);
                print(compactJson(o));
            } else {
                print(tr("Signed in. Granted scopes: %1. The refresh token is saved in the "
                         "%2 store.")
                          .arg(token.scope, m_secrets->backendName()));
            }
            exitLater(Ok);
        });
}

void CliApp::withOAuthClient(
    const std::function<void(const OAuthEndpoints &, const QString &)> &then)
{
    QString error;
    if (!m_secrets)
        m_secrets = SecretStoreFactory::create(m_settings, m_configPath, &error);
    if (!m_secrets) {
        exitLater(fail(Config, error));
        return;
    }
    if (m_settings.oauth.clientId.trimmed().isEmpty()) {
        exitLater(fail(Config, tr("oauth/client_id is not set: enter the client id registered "
                                  "with the provider.")));
        return;
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    // The client secret is optional (public clients have none).
    m_secrets->read(
        RefreshTokenStore::kClientSecretAccount, this, [this, then](const SecretResult &secret) {
            if (secret.status == SecretResult::Status::Error) {
                exitLater(
                    fail(Config,
                         tr("The OAuth2 client secret could not be read: %1").arg(secret.error)));
                return;
            }
            const QString clientSecret = secret.ok() ? secret.secret : QString();
            if (m_settings.oauth.provider != MailSettings::OAuthProvider::Oidc) {
                then(OAuthEndpoints::preset(m_settings.oauth.provider, m_settings.oauth.tenant),
                     clientSecret);
                return;
            }
            auto *d = new OpenIdDiscovery(m_nam, this);
            connect(d, &OpenIdDiscovery::finished, this, [this, d, then, clientSecret] {
                d->deleteLater();
                if (!d->ok()) {
                    oauthFail(d->failure());
                    return;
                }
                then(d->endpoints(), clientSecret);
            });
            d->start(m_settings.oauth.issuer, qMax(1, m_settings.smtp.timeout) * 1000);
        });
}

void CliApp::withAccessToken(const std::function<void(const QString &)> &then)
{
    // The same source as `queue run` and `status --check`: in a new process it always
    // asks the provider (nothing is in memory yet), so what `test` proves is that the
    // saved sign-in still works; a rotated refresh token is stored by the source, and
    // finishSecretWrites() waits for that before the process ends.
    AccessTokenSource *source = oauthSource();
    if (!m_secrets) {
        exitLater(Config); // oauthSource() said why
        return;
    }
    source->request(this, [this, source, then](const QString &token, const OAuthFailure &failure) {
        if (token.isEmpty()) {
            oauthFail(failure);
            return;
        }
        m_lastGrantedScopes = source->grantedScopes();
        then(token);
    });
}

int CliApp::finishSecretWrites(int rc)
{
    if (!m_oauthSource)
        return rc;
    if (m_oauthSource->isStoring()) {
        // The command is done, but a rotated refresh token is still on its way to the
        // secret store: the provider may already refuse the old one (RFC 6749 §6), so
        // ending now could leave no working sign-in.
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(m_oauthSource, &AccessTokenSource::storeIdle, &loop, &QEventLoop::quit);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(qMax(30, 2 * m_settings.smtp.timeout) * 1000);
        loop.exec();
        if (m_oauthSource->isStoring()) {
            printErr(QStringLiteral("mailwright-cli: ") +
                     tr("The secret store did not finish saving the new OAuth2 refresh token in "
                        "time; the saved sign-in may no longer work."));
            return rc == Ok ? int(CantCreat) : rc;
        }
    }
    if (const QString error = m_oauthSource->storeError(); !error.isEmpty()) {
        printErr(QStringLiteral("mailwright-cli: ") + error);
        return rc == Ok ? int(CantCreat) : rc;
    }
    return rc;
}

int CliApp::cmdOAuth(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("login") && sub != QLatin1String("status") &&
        sub != QLatin1String("logout"))
        return fail(Usage, tr("oauth takes login, status [--check] or logout."));
    if (const int rc = loadSettings(true); rc != Ok)
        return rc;

    if (sub == QLatin1String("logout")) {
        // As the window's Sign out: revoked at the provider (RFC 7009), then forgotten.
        AccessTokenSource *source = oauthSource();
        if (!m_secrets)
            return Config; // oauthSource() said why
        source->revokeAndSignOut(this, [this](const OAuthSignOutResult &r) {
            if (!r.removed) {
                exitLater(fail(IoErr, r.storeError));
                return;
            }
            const bool revoked = r.revocation == OAuthSignOutResult::Revocation::Revoked;
            if (m_json) {
                QJsonObject o;
                o.insert(QStringLiteral("ok"), true);
                o.insert(QStringLiteral("status"), QStringLiteral("Signed out"));
                o.insert(QStringLiteral("revoked"), revoked);
                o.insert(QStringLiteral("message"), r.note);
                print(compactJson(o));
            } else {
                print(tr("Signed out: the saved OAuth2 sign-in was removed from the %1 store.")
                          .arg(m_secrets->backendName()));
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
        m_secrets = SecretStoreFactory::create(m_settings, m_configPath, &error);
        if (!m_secrets)
            return fail(Config, error);
        RefreshTokenStore::read(m_secrets.get(), this, [this, check](const SecretResult &r) {
            const bool signedIn = r.ok();
            QJsonObject o;
            o.insert(QStringLiteral("provider"),
                     SettingsSchema::toString(m_settings.oauth.provider));
            o.insert(QStringLiteral("account"), m_settings.smtp.username);
            o.insert(QStringLiteral("signed_in"), signedIn);
            if (!check || !signedIn) {
                o.insert(QStringLiteral("ok"), signedIn);
                o.insert(QStringLiteral("status"), signedIn ? QStringLiteral("Signed in")
                                                            : QStringLiteral("Sign-in required"));
                if (m_json)
                    print(compactJson(o));
                else
                    print(signedIn ? tr("Signed in as %1 (%2); a refresh token is saved.")
                                         .arg(m_settings.smtp.username,
                                              SettingsSchema::toString(m_settings.oauth.provider))
                                   : tr("Sign-in required: no OAuth2 sign-in is saved."));
                exitLater(signedIn ? Ok : NoPerm);
                return;
            }
            withAccessToken([this, o](const QString &) mutable {
                o.insert(QStringLiteral("ok"), true);
                o.insert(QStringLiteral("status"), QStringLiteral("Signed in"));
                // The provider said which scopes it granted with the fresh token.
                o.insert(QStringLiteral("scopes"), m_lastGrantedScopes);
                if (m_json)
                    print(compactJson(o));
                else
                    print(tr("Signed in as %1; the provider refreshed the sign-in. Granted "
                             "scopes: %2")
                              .arg(m_settings.smtp.username, m_lastGrantedScopes));
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
        withOAuthClient([this, open](const OAuthEndpoints &endpoints, const QString &clientSecret) {
            auto *flow = new AuthorizationCodeFlow(m_nam, this);
            flow->setRequestTimeout(qMax(1, m_settings.smtp.timeout) * 1000);
            connect(flow, &AuthorizationCodeFlow::authorizationUrlReady, this,
                    [this, open](const QUrl &url) {
                        const QString address = url.toString(QUrl::FullyEncoded);
                        if (m_json) {
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
                    oauthFail(flow->failure());
                    return;
                }
                oauthLoginDone(flow->token());
            });
            flow->start(endpoints, m_settings.oauth.clientId, clientSecret,
                        scopesFor(m_settings, endpoints));
        });
        return -1;
    }

    // login: the device authorization grant (RFC 8628).
    withOAuthClient([this](const OAuthEndpoints &endpoints, const QString &clientSecret) {
        auto *flow = new DeviceAuthorization(m_nam, this);
        flow->setRequestTimeout(qMax(1, m_settings.smtp.timeout) * 1000);
        connect(flow, &DeviceAuthorization::userCodeReady, this,
                [this](const QString &uri, const QString &code, const QString &complete) {
                    if (m_json) {
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
                oauthFail(flow->failure());
                return;
            }
            oauthLoginDone(flow->token());
        });
        flow->start(endpoints, m_settings.oauth.clientId, clientSecret,
                    scopesFor(m_settings, endpoints));
    });
    return -1;
}

} // namespace mw::cli
