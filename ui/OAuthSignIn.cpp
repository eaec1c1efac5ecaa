// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthSignIn.h"

#include "AuthPage.h"
#include "oauth/AccessTokenSource.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/BrowserLauncher.h"
#include "oauth/DeviceAuthorization.h"
#include "oauth/RefreshTokenStore.h"
#include "settings/SecretStore.h"

#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <utility>

namespace mw {

namespace {

QString scopesFor(const MailSettings &s, const OAuthEndpoints &e)
{
    return s.oauth.scopes.trimmed().isEmpty() ? e.defaultScopes : s.oauth.scopes.simplified();
}

// How long the secret store may take to keep the refresh token.
constexpr int kStoreMs = 30000;

OAuthFailure failureOf(OAuthFailure::Kind kind, const QString &message)
{
    OAuthFailure f;
    f.kind = kind;
    f.message = message;
    return f;
}

} // namespace

OAuthSignIn::OAuthSignIn(AuthPage *page, AccessTokenSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_flow == Flow::None) {
            if (m_storing) {
                // The secret store never answered (a keychain prompt nobody sees?).
                m_storing = false;
                m_preparing = false;
                m_message = tr("The secret store did not answer, so the sign-in may not be "
                               "saved. Check the password store and sign in again.");
                updateView();
                Q_EMIT signInFinished(false);
            }
            return;
        }
        const OAuthFailure f = failureOf(
            OAuthFailure::Kind::Network,
            tr("The sign-in took too long and was stopped; nothing was saved. Start again."));
        ++m_generation;
        if (m_browser)
            m_browser->cancel();
        if (m_device)
            m_device->cancel();
        finish(false, f);
    });
    if (m_source) {
        connect(m_source, &AccessTokenSource::stateChanged, this, &OAuthSignIn::updateView);
        connect(m_source, &AccessTokenSource::signInChanged, this, &OAuthSignIn::readSaved);
    }
    setPage(page);
}

void OAuthSignIn::setPage(AuthPage *page)
{
    if (!page || m_page)
        return;
    m_page = page;
    const AuthPage::OAuthWidgets &w = m_page->oauth();
    connect(w.signInBrowser, &QPushButton::clicked, this, &OAuthSignIn::signInWithBrowser);
    connect(w.signInDevice, &QPushButton::clicked, this, &OAuthSignIn::signInWithCode);
    connect(w.signOut, &QPushButton::clicked, this, &OAuthSignIn::signOut);
    connect(w.cancel, &QPushButton::clicked, this, &OAuthSignIn::cancel);
    connect(w.copyCode, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_page->oauth().userCode->text()); });
    connect(w.openPage, &QPushButton::clicked, this, [this] {
        if (!m_verificationUrl.isEmpty())
            (void)BrowserLauncher::open(QUrl(m_verificationUrl));
    });
    updateView();
}

OAuthSignIn::~OAuthSignIn()
{
    ++m_generation;
    if (m_browser)
        m_browser->cancel();
    if (m_device)
        m_device->cancel();
}

void OAuthSignIn::setSettings(const MailSettings &settings)
{
    m_settings = settings;
    if (m_source)
        m_source->setSettings(settings);
    readSaved();
}

void OAuthSignIn::setSecretStore(SecretStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_source)
        m_source->setSecretStore(store);
    if (store) {
        connect(store, &SecretStore::secretChanged, this, [this](const QString &account) {
            if (account == RefreshTokenStore::kClientSecretAccount && m_source) {
                // A new client secret: the source reads it again before the next request.
                m_source->setSecretStore(nullptr);
                m_source->setSecretStore(m_store);
            }
            if (account.startsWith(RefreshTokenStore::kAccount))
                readSaved();
        });
    }
    readSaved();
}

void OAuthSignIn::setReadsHeld(bool held)
{
    m_readsHeld = held;
    if (!held && std::exchange(m_readPending, false))
        readSaved();
}

void OAuthSignIn::readSaved()
{
    if (m_readsHeld && m_store) {
        m_readPending = true;
        return;
    }
    m_readPending = false;
    if (!m_store) {
        m_saved = false;
        updateView();
        return;
    }
    RefreshTokenStore::read(m_store, this, [this](const SecretResult &r) {
        if (r.status != SecretResult::Status::Error)
            m_saved = r.ok() && !r.secret.isEmpty();
        updateView();
    });
}

void OAuthSignIn::signInWithBrowser()
{
    start(Flow::Browser);
}

void OAuthSignIn::signInWithCode()
{
    start(Flow::Device);
}

void OAuthSignIn::start(Flow flow)
{
    if (m_flow != Flow::None || m_preparing || m_signingOut || m_locked)
        return;
    m_preparing = true;
    m_message.clear();
    updateView();
    if (!m_beforeSignIn) {
        begin(flow);
        return;
    }
    QPointer<OAuthSignIn> self(this);
    m_beforeSignIn([self, flow](bool ok) {
        if (!self)
            return;
        if (!ok) {
            self->m_preparing = false;
            self->m_message = tr("The sign-in did not start: save the settings first (see the "
                                 "message at the bottom of the window).");
            self->updateView();
            return;
        }
        self->begin(flow);
    });
}

void OAuthSignIn::begin(Flow flow)
{
    m_preparing = false;
    if (!m_source) {
        finish(false, failureOf(OAuthFailure::Kind::Config,
                                tr("No OAuth2 sign-in is available in this window.")));
        return;
    }
    m_flow = flow;
    const int generation = ++m_generation;
    showWaiting(tr("Finding the provider…"), QString(), QString());
    m_deadline.start(m_waitMs);
    m_source->resolveClient(this, [this, generation, flow](const OAuthEndpoints &endpoints,
                                                           const QString &clientSecret,
                                                           const OAuthFailure &failure) {
        if (generation != m_generation || m_flow != flow)
            return; // cancelled meanwhile
        if (!failure.isNull()) {
            finish(false, failure);
            return;
        }
        const QString clientId = m_settings.oauth.clientId.trimmed();
        const QString scopes = scopesFor(m_settings, endpoints);
        const int requestMs = qMax(1, m_settings.smtp.timeout) * 1000;
        if (flow == Flow::Browser) {
            auto *browser = new AuthorizationCodeFlow(m_source->network(), this);
            m_browser = browser;
            browser->setTimeout(m_waitMs);
            browser->setRequestTimeout(requestMs);
            connect(browser, &AuthorizationCodeFlow::authorizationUrlReady, this,
                    [this](const QUrl &url) {
                        const QString address = url.toString(QUrl::FullyEncoded);
                        m_verificationUrl = address;
                        // The flow's own wait (same length) reports first; this is the
                        // backstop.
                        m_deadline.start(m_waitMs + 10000);
                        if (BrowserLauncher::open(url))
                            showWaiting(tr("Waiting for the browser… Sign in on the page that "
                                           "opened; Mailwright continues by itself when the "
                                           "provider sends the browser back."),
                                        address, QString());
                        else
                            showWaiting(tr("The browser could not be started. Open this "
                                           "address in a browser on this computer and sign "
                                           "in; Mailwright waits for it."),
                                        address, QString());
                    });
            connect(browser, &AuthorizationCodeFlow::finished, this,
                    [this, browser, generation](bool ok) {
                        browser->deleteLater();
                        if (generation != m_generation)
                            return;
                        if (!ok) {
                            finish(false, browser->failure());
                            return;
                        }
                        keep(browser->token());
                    });
            browser->start(endpoints, clientId, clientSecret, scopes);
            return;
        }
        auto *device = new DeviceAuthorization(m_source->network(), this);
        m_device = device;
        device->setRequestTimeout(requestMs);
        connect(device, &DeviceAuthorization::userCodeReady, this,
                [this, device](const QString &uri, const QString &code, const QString &complete) {
                    m_verificationUrl = complete.isEmpty() ? uri : complete;
                    // The code lives as long as the provider said (and no longer than this
                    // window waits for it).
                    const int lifetime = device->userCode().expiresIn * 1000;
                    if (lifetime > 0)
                        m_deadline.start(lifetime + 5000);
                    showWaiting(tr("On any device, open the address below, sign in and enter "
                                   "the code. Waiting for the sign-in…"),
                                uri, code);
                });
        connect(device, &DeviceAuthorization::finished, this, [this, device, generation](bool ok) {
            device->deleteLater();
            if (generation != m_generation)
                return;
            if (!ok) {
                finish(false, device->failure());
                return;
            }
            keep(device->token());
        });
        device->start(endpoints, clientId, clientSecret, scopes);
    });
}

void OAuthSignIn::keep(const OAuthToken &token)
{
    // The refresh token to the secret store, the access token to memory (signedIn).
    m_flow = Flow::None;
    m_preparing = true;
    m_storing = true;
    m_deadline.start(kStoreMs);
    m_source->signedIn(token, this, [this](const SecretResult &r) {
        if (!m_storing)
            return; // given up (the deadline said so already)
        m_storing = false;
        m_preparing = false;
        if (!r.ok()) {
            finish(false, failureOf(OAuthFailure::Kind::Config, r.error));
            return;
        }
        stored();
    });
}

void OAuthSignIn::cancel()
{
    if (m_flow == Flow::None)
        return;
    ++m_generation; // whatever answers later is ignored
    if (m_browser)
        m_browser->cancel();
    if (m_device)
        m_device->cancel();
    finish(false, failureOf(OAuthFailure::Kind::Cancelled, tr("The sign-in was cancelled.")));
}

void OAuthSignIn::finish(bool ok, const OAuthFailure &failure)
{
    m_deadline.stop();
    m_flow = Flow::None;
    m_preparing = false;
    m_verificationUrl.clear();
    if (m_browser)
        m_browser->deleteLater();
    if (m_device)
        m_device->deleteLater();
    m_lastFailure = failure;
    if (!ok) {
        m_message = failure.kind == OAuthFailure::Kind::Cancelled
                        ? tr("Sign-in cancelled; nothing was saved.")
                        : tr("Sign-in failed: %1 Nothing was saved.").arg(failure.message);
    }
    updateView();
    Q_EMIT signInFinished(ok);
}

void OAuthSignIn::stored()
{
    m_saved = true;
    m_lastFailure = {};
    m_message.clear();
    m_deadline.stop();
    updateView();
    Q_EMIT signInFinished(true);
}

void OAuthSignIn::signOut()
{
    if (m_flow != Flow::None || m_preparing || m_signingOut || !m_source || m_locked)
        return;
    m_signingOut = true;
    m_message.clear();
    updateView();
    // RFC 7009: the core revokes the refresh token at the provider (which also ends the
    // access tokens issued with it), then forgets it whatever the provider answered.
    m_source->revokeAndSignOut(this, [this](const OAuthSignOutResult &r) {
        m_signingOut = false;
        if (r.removed) {
            m_saved = false;
            m_message = r.note.isEmpty() ? tr("Signed out: the sign-in was revoked and removed "
                                              "from the secret store.")
                                         : r.note;
        } else {
            m_message = tr("Signing out failed: %1").arg(r.storeError);
        }
        updateView();
        Q_EMIT signOutFinished(r.removed);
    });
}

void OAuthSignIn::showWaiting(const QString &text, const QString &url, const QString &code)
{
    m_waitingText = text;
    m_waitingUrl = url;
    m_waitingCode = code;
    updateView();
}

void OAuthSignIn::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    updateView();
}

void OAuthSignIn::updateView()
{
    if (!m_page)
        return; // the Authentication tab is not built yet: setPage() shows it all then
    const AuthPage::OAuthWidgets &w = m_page->oauth();
    w.waitingText->setText(m_waitingText);
    w.verificationUrl->setText(m_waitingUrl);
    w.userCode->setText(m_waitingCode);
    w.verificationUrl->setVisible(!m_waitingUrl.isEmpty());
    if (auto *l = m_page->findChild<QLabel *>(QStringLiteral("oauthVerificationUrlLabel")))
        l->setVisible(!m_waitingUrl.isEmpty());
    w.userCode->setVisible(!m_waitingCode.isEmpty());
    if (auto *l = m_page->findChild<QLabel *>(QStringLiteral("oauthUserCodeLabel")))
        l->setVisible(!m_waitingCode.isEmpty());
    w.copyCode->setVisible(!m_waitingCode.isEmpty());
    w.openPage->setVisible(!m_waitingCode.isEmpty());
    w.waiting->setAccessibleDescription(QStringList{m_waitingText, m_waitingUrl, m_waitingCode}
                                            .join(QLatin1Char(' '))
                                            .simplified());
    const bool idle = m_flow == Flow::None && !m_preparing && !m_signingOut && !m_locked;
    w.signInBrowser->setEnabled(idle);
    w.signInDevice->setEnabled(idle);
    const bool haveSignIn = m_saved || (m_source && m_source->hasRefreshToken());
    w.signOut->setEnabled(idle && haveSignIn);
    w.waiting->setVisible(m_flow != Flow::None);
    w.cancel->setEnabled(m_flow != Flow::None);

    QString state;
    const QString account = m_source && !m_source->account().isEmpty()
                                ? m_source->account()
                                : m_settings.smtp.username.trimmed();
    if (m_signingOut) {
        state = tr("Signing out…");
    } else if (m_preparing) {
        state = tr("Preparing the sign-in…");
    } else if (m_source && m_source->isSignInRequired()) {
        state = m_source->failure().message.isEmpty() ? tr("Sign-in required.")
                                                      : m_source->failure().message;
    } else if (m_source && m_source->state() == TokenManager::State::Ready &&
               m_source->expiresAt().isValid()) {
        state = tr("Signed in as %1 — token valid until %2")
                    .arg(account, QLocale().toString(m_source->expiresAt().toLocalTime(),
                                                     QLocale::ShortFormat));
        // What the provider granted (it may grant less than was asked for).
        const QString granted = m_source->grantedScopes().simplified();
        if (!granted.isEmpty())
            state += QLatin1Char('\n') + tr("Scopes granted: %1").arg(granted);
    } else if (haveSignIn) {
        state = tr("Signed in as %1; the sign-in is saved in the secret store.").arg(account);
    } else {
        state = tr("Not signed in.");
    }
    const QString text = m_message.isEmpty() ? state : m_message + QLatin1Char('\n') + state;
    w.status->setText(text);
    w.status->setAccessibleDescription(text);
}

} // namespace mw
