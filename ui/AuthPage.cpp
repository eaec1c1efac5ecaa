// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthPage.h"

#include "SignInFields.h"
#include "Tint.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsModel.h"
#include "ui_AuthPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mw {

namespace {

QLineEdit *boundEdit(QWidget *parent, const char *name, const QString &key,
                     const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        edit->setProperty("settingsKey", key);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPushButton *button(QWidget *parent, const char *name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace

AuthPage::AuthPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::AuthPage>())
{
    m_ui->setupUi(this);
    fillMethods(m_ui->smtpAuth);
    fillCombo(m_ui->secretBackend,
              {{QStringLiteral("keychain"), tr("The system keychain")},
               {QStringLiteral("file"), tr("A password file (for hosts without a keychain)")},
               {QStringLiteral("memory"), tr("Memory only (forgotten when Mailwright quits)")}});
    connectBrowse(m_ui->secretFileBrowse, m_ui->secretFile, Browse::SaveFile,
                  QStringLiteral("general/secret_file"));
    buildOAuthGroup();
    m_signIn = new SignInFields(this, qobject_cast<QFormLayout *>(layout()), m_ui->smtpPassword,
                                QStringLiteral("smtp"));
    connectBrowse(m_signIn->browseButton(), m_signIn->certificateEdit(), Browse::OpenFile,
                  QStringLiteral("smtp/client_cert"),
                  tr("Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
}

void AuthPage::fillMethods(QComboBox *combo)
{
    fillCombo(combo, {{QStringLiteral("auto"), tr("Automatic (the best method the server offers)")},
                      {QStringLiteral("plain"), tr("PLAIN")},
                      {QStringLiteral("login"), tr("LOGIN")},
                      {QStringLiteral("cram-md5"), tr("CRAM-MD5")},
                      {QStringLiteral("scram-sha-256"), tr("SCRAM-SHA-256")},
                      {QStringLiteral("scram-sha-1"), tr("SCRAM-SHA-1")},
                      {QStringLiteral("gssapi"), tr("Kerberos (GSSAPI)")},
                      {QStringLiteral("ntlm"), tr("NTLM (NTLMv2)")},
                      {QStringLiteral("external"), tr("TLS client certificate (EXTERNAL)")},
                      {QStringLiteral("xoauth2"), tr("OAuth2 sign-in (XOAUTH2)")},
                      {QStringLiteral("oauthbearer"), tr("OAuth2 sign-in (OAUTHBEARER)")},
                      {QStringLiteral("pop-before-smtp"), tr("POP before SMTP")},
                      {QStringLiteral("none"), tr("No authentication")}});
}

AuthPage::~AuthPage() = default;

void AuthPage::buildOAuthGroup()
{
    auto *group = new QGroupBox(tr("OAuth2 sign-in"), this);
    group->setObjectName(QStringLiteral("oauthGroup"));
    m_oauth.group = group;
    auto *outer = new QVBoxLayout(group);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    outer->addLayout(form);

    auto *provider = new QComboBox(group);
    provider->setObjectName(QStringLiteral("oauthProvider"));
    provider->setProperty("settingsKey", QStringLiteral("oauth/provider"));
    provider->setAccessibleName(tr("OAuth2 provider"));
    fillCombo(provider, {{QStringLiteral("microsoft"), tr("Microsoft 365")},
                         {QStringLiteral("google"), tr("Google")},
                         {QStringLiteral("oidc"), tr("Other OpenID provider")}});
    m_issuer = boundEdit(group, "oauthIssuer", QStringLiteral("oauth/issuer"),
                         tr("OAuth2 issuer URL"), tr("https://login.example.com"));
    m_tenant = boundEdit(group, "oauthTenant", QStringLiteral("oauth/tenant"),
                         tr("Microsoft tenant"), tr("common, organizations or your tenant id"));
    auto *clientId =
        boundEdit(group, "oauthClientId", QStringLiteral("oauth/client_id"), tr("OAuth2 client ID"),
                  tr("the application registered with the provider"));
    auto *secret =
        boundEdit(group, "oauthClientSecret", QString(), tr("OAuth2 client secret"), QString());
    secret->setEchoMode(QLineEdit::Password);
    // PasswordField (made by the window for every "secretAccount") keeps it in the secret
    // store, never in the INI file.
    secret->setProperty("secretAccount", QStringLiteral("oauth-client"));
    auto *scopes = boundEdit(group, "oauthScopes", QStringLiteral("oauth/scopes"),
                             tr("OAuth2 scopes"), tr("empty: what the provider needs for mail"));

    const auto row = [form, group](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, group);
        label->setBuddy(field);
        label->setObjectName(field->objectName() + QStringLiteral("Label"));
        form->addRow(label, field);
    };
    row(tr("P&rovider:"), provider);
    row(tr("Issu&er URL:"), m_issuer);
    row(tr("&Tenant:"), m_tenant);
    row(tr("Client I&D:"), clientId);
    row(tr("Client se&cret:"), secret);
    row(tr("Sc&opes:"), scopes);

    auto *buttons = new QHBoxLayout;
    m_oauth.signInBrowser = button(group, "oauthSignInBrowserButton", tr("Sign in with bro&wser…"));
    m_oauth.signInBrowser->setToolTip(
        tr("Open the provider's sign-in page in the browser of this computer"));
    m_oauth.signInDevice = button(group, "oauthSignInDeviceButton", tr("Sign in with &a code…"));
    m_oauth.signInDevice->setToolTip(
        tr("Show an address and a code to sign in from any device (phone, another computer)"));
    m_oauth.signOut = button(group, "oauthSignOutButton", tr("Sig&n out"));
    m_oauth.signOut->setToolTip(tr("Revoke the saved sign-in and remove it from the secret store"));
    buttons->addWidget(m_oauth.signInBrowser);
    buttons->addWidget(m_oauth.signInDevice);
    buttons->addStretch();
    buttons->addWidget(m_oauth.signOut);
    outer->addLayout(buttons);

    m_oauth.status = wrapLabel(QStringLiteral("oauthStatus"), group);
    m_oauth.status->setAccessibleName(tr("OAuth2 sign-in status"));
    outer->addWidget(m_oauth.status);

    m_oauth.waiting = new QFrame(group);
    m_oauth.waiting->setObjectName(QStringLiteral("oauthWaiting"));
    m_oauth.waiting->setFrameShape(QFrame::StyledPanel);
    auto *wl = new QVBoxLayout(m_oauth.waiting);
    m_oauth.waitingText = new QLabel(m_oauth.waiting);
    m_oauth.waitingText->setObjectName(QStringLiteral("oauthWaitingText"));
    m_oauth.waitingText->setWordWrap(true);
    m_oauth.waitingText->setTextFormat(Qt::PlainText);
    wl->addWidget(m_oauth.waitingText);
    auto *codeForm = new QFormLayout;
    m_oauth.verificationUrl = boundEdit(m_oauth.waiting, "oauthVerificationUrl", QString(),
                                        tr("Sign-in address"), QString());
    m_oauth.verificationUrl->setReadOnly(true);
    m_oauth.userCode =
        boundEdit(m_oauth.waiting, "oauthUserCode", QString(), tr("Sign-in code"), QString());
    m_oauth.userCode->setReadOnly(true);
    QFont big = m_oauth.userCode->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_oauth.userCode->setFont(big);
    auto *urlLabel = new QLabel(tr("Address:"), m_oauth.waiting);
    urlLabel->setObjectName(QStringLiteral("oauthVerificationUrlLabel"));
    urlLabel->setBuddy(m_oauth.verificationUrl);
    auto *codeLabel = new QLabel(tr("Code:"), m_oauth.waiting);
    codeLabel->setObjectName(QStringLiteral("oauthUserCodeLabel"));
    codeLabel->setBuddy(m_oauth.userCode);
    codeForm->addRow(urlLabel, m_oauth.verificationUrl);
    codeForm->addRow(codeLabel, m_oauth.userCode);
    wl->addLayout(codeForm);
    auto *wb = new QHBoxLayout;
    m_oauth.copyCode = button(m_oauth.waiting, "oauthCopyCodeButton", tr("Cop&y code"));
    m_oauth.openPage = button(m_oauth.waiting, "oauthOpenPageButton", tr("Open the page"));
    m_oauth.cancel = button(m_oauth.waiting, "oauthCancelButton", tr("Cancel sign-in"));
    wb->addWidget(m_oauth.copyCode);
    wb->addWidget(m_oauth.openPage);
    wb->addStretch();
    wb->addWidget(m_oauth.cancel);
    wl->addLayout(wb);
    m_oauth.waiting->setVisible(false);
    outer->addWidget(m_oauth.waiting);

    // After the password row: the sign-in replaces the password for these methods.
    auto *pageForm = qobject_cast<QFormLayout *>(layout());
    int passwordRow = -1;
    QFormLayout::ItemRole role;
    pageForm->getWidgetPosition(m_ui->smtpPassword, &passwordRow, &role);
    pageForm->insertRow(passwordRow + 1, group);

    QWidget *order[] = {m_ui->smtpPassword,
                        provider,
                        m_issuer,
                        m_tenant,
                        clientId,
                        secret,
                        scopes,
                        m_oauth.signInBrowser,
                        m_oauth.signInDevice,
                        m_oauth.signOut,
                        m_oauth.verificationUrl,
                        m_oauth.userCode,
                        m_oauth.copyCode,
                        m_oauth.openPage,
                        m_oauth.cancel,
                        m_ui->secretBackend};
    for (size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);
}

void AuthPage::updateEnabled()
{
    if (!m_model)
        return;
    const MailSettings &s = m_model->settings();
    const QString method = m_model->value(QStringLiteral("smtp/auth"));
    const SignInFields::Applies fields =
        SignInFields::appliesTo(method, !s.smtp.clientCert.isEmpty());
    const bool login = s.smtp.enabled && fields.password;
    const bool oauth = s.smtp.enabled && SettingsFacts::usesOAuth(s);
    m_ui->smtpAuth->setEnabled(s.smtp.enabled);
    m_ui->smtpUsername->setEnabled(login || oauth || SettingsFacts::needsSmtpPassword(s));
    // With OAuth2 a token replaces the password; Kerberos and a client certificate need
    // none.
    m_ui->smtpPassword->setEnabled(login);
    m_ui->smtpPassword->setVisible(fields.password);
    m_ui->smtpPasswordLabel->setVisible(fields.password);
    m_signIn->update(method, s.smtp.clientCert, s.smtp.enabled);
    m_oauth.group->setVisible(oauth);
    m_issuer->setEnabled(s.oauth.provider == MailSettings::OAuthProvider::Oidc);
    m_tenant->setEnabled(s.oauth.provider == MailSettings::OAuthProvider::Microsoft);
    const bool file = s.general.secretBackend == MailSettings::SecretBackend::File;
    m_ui->secretFile->setEnabled(file);
    m_ui->secretFileBrowse->setEnabled(file);
    m_ui->authNote->setVisible(s.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp);
}

} // namespace mw
