// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <memory>

class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class AuthPage;
}

namespace mw {

class SignInFields;

// The Authentication tab: the SMTP login method, the login name and password, where
// passwords are kept, and for XOAUTH2 / OAUTHBEARER the "OAuth2 sign-in" group (provider,
// issuer, tenant, client id, client secret, scopes; the sign-in buttons, the status of the
// saved sign-in and, while a sign-in runs, what the person has to do). The sign-in itself
// is driven by OAuthSignIn; this page only shows the widgets.
//
// objectNames: oauthGroup, oauthProvider, oauthIssuer, oauthTenant, oauthClientId,
// oauthClientSecret, oauthScopes, oauthSignInBrowserButton, oauthSignInDeviceButton,
// oauthSignOutButton, oauthStatus, oauthWaiting (frame), oauthWaitingText,
// oauthVerificationUrl, oauthUserCode, oauthCopyCodeButton, oauthOpenPageButton,
// oauthCancelButton.
class AuthPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AuthPage(QWidget *parent = nullptr);
    ~AuthPage() override;
    [[nodiscard]] QString title() const override { return tr("Authentication"); }
    // The SMTP login methods (smtp/auth and backup_smtp/auth share them).
    static void fillMethods(QComboBox *combo);

    struct OAuthWidgets
    {
        QGroupBox *group = nullptr;
        QPushButton *signInBrowser = nullptr;
        QPushButton *signInDevice = nullptr;
        QPushButton *signOut = nullptr;
        QLabel *status = nullptr;
        QFrame *waiting = nullptr;
        QLabel *waitingText = nullptr;
        QLineEdit *verificationUrl = nullptr;
        QLineEdit *userCode = nullptr;
        QPushButton *copyCode = nullptr;
        QPushButton *openPage = nullptr;
        QPushButton *cancel = nullptr;
    };
    [[nodiscard]] const OAuthWidgets &oauth() const { return m_oauth; }

protected:
    void updateEnabled() override;

private:
    void buildOAuthGroup();

    std::unique_ptr<Ui::AuthPage> m_ui;
    OAuthWidgets m_oauth;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_tenant = nullptr;
    SignInFields *m_signIn = nullptr;
};

} // namespace mw
