// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/OAuthFailure.h"
#include "settings/MailSettings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace mw {

class AccessTokenSource;
struct OAuthToken;
class AuthPage;
class AuthorizationCodeFlow;
class DeviceAuthorization;
class SecretStore;

// The window's OAuth2 sign-in, on the widgets of AuthPage's "OAuth2 sign-in" group:
// "Sign in with browser…" (authorization code + PKCE, the system browser through
// BrowserLauncher, a loopback redirect), "Sign in with a code…" (device authorization,
// the address and code shown to copy), Cancel, and "Sign out" (revokes the refresh token
// at the provider when it offers revocation, then forgets it here and in the secret
// store). Everything runs on the event loop; each step has a timeout. A finished sign-in
// goes through AccessTokenSource::signedIn (the refresh token to the secret store, the
// access token in memory), which releases whatever waited for a sign-in (the status
// monitor, a queue held for "Sign-in required").
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Flow { None, Browser, Device };
    Q_ENUM(Flow)

    // page may be null: the window builds the Authentication tab when it is first shown
    // and hands it over with setPage(); until then the sign-in runs without showing itself.
    OAuthSignIn(AuthPage *page, AccessTokenSource *source, QObject *parent = nullptr);
    ~OAuthSignIn() override;
    // The page whose "OAuth2 sign-in" group shows the sign-in (once; later calls are ignored).
    void setPage(AuthPage *page);

    // The saved settings changed (after Save); what is shown follows them.
    void setSettings(const MailSettings &settings);
    // The secret store (replaced when the backend changes).
    void setSecretStore(SecretStore *store);
    // Called before a sign-in starts: saves unsaved settings first (the sign-in belongs to
    // the saved client), then calls go(true), or go(false) when saving failed.
    void setBeforeSignIn(std::function<void(std::function<void(bool)> go)> hook)
    {
        m_beforeSignIn = std::move(hook);
    }
    // The person has this long to finish in the browser or to enter the code (the device
    // code's own expiry counts too). Default 5 minutes.
    void setWaitTimeout(int ms) { m_waitMs = ms; }

    // While the administrator lock is locked no sign-in starts and none is revoked (the
    // saved one keeps working for tests and the status).
    void setLocked(bool locked);

    // While on, the saved sign-in is not looked up (the lookup may load the keychain
    // module and ask the secret service): the window holds it until its first paint, then
    // turns it off and the lookup made meanwhile runs (docs/PERFORMANCE.md).
    void setReadsHeld(bool held);

    [[nodiscard]] Flow running() const { return m_flow; }
    [[nodiscard]] bool hasSavedSignIn() const { return m_saved; }
    [[nodiscard]] const OAuthFailure &lastFailure() const { return m_lastFailure; }

public Q_SLOTS:
    void signInWithBrowser();
    void signInWithCode();
    void cancel();
    void signOut();

Q_SIGNALS:
    // ok: the refresh token is in the secret store.
    void signInFinished(bool ok);
    void signOutFinished(bool ok);

private:
    void start(Flow flow);
    void begin(Flow flow);
    void finish(bool ok, const OAuthFailure &failure);
    void keep(const OAuthToken &token);
    void stored();
    void readSaved();
    void updateView();
    void showWaiting(const QString &text, const QString &url, const QString &code);

    AuthPage *m_page = nullptr;
    QPointer<AccessTokenSource> m_source;
    QPointer<SecretStore> m_store;
    MailSettings m_settings;
    std::function<void(std::function<void(bool)>)> m_beforeSignIn;
    QPointer<AuthorizationCodeFlow> m_browser;
    QPointer<DeviceAuthorization> m_device;
    QTimer m_deadline;
    Flow m_flow = Flow::None;
    OAuthFailure m_lastFailure;
    QString m_message; // the outcome of the last action, shown under the buttons
    QString m_verificationUrl;
    // What the waiting part shows (kept here: the page may be built later).
    QString m_waitingText;
    QString m_waitingUrl;
    QString m_waitingCode;
    int m_waitMs = 5 * 60 * 1000;
    int m_generation = 0;
    bool m_saved = false;
    bool m_preparing = false;
    bool m_storing = false; // the refresh token is on its way to the secret store
    bool m_signingOut = false;
    bool m_locked = false;
    bool m_readsHeld = false;
    bool m_readPending = false; // readSaved() was called while reads were held
};

} // namespace mw
