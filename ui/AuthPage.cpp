// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthPage.h"

#include "settings/SettingsModel.h"
#include "ui_AuthPage.h"

namespace mw {

AuthPage::AuthPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::AuthPage>())
{
    m_ui->setupUi(this);
    fillCombo(m_ui->smtpAuth,
              {{QStringLiteral("auto"), tr("Automatic (the best method the server offers)")},
               {QStringLiteral("plain"), tr("PLAIN")},
               {QStringLiteral("login"), tr("LOGIN")},
               {QStringLiteral("cram-md5"), tr("CRAM-MD5")},
               {QStringLiteral("pop-before-smtp"), tr("POP before SMTP")},
               {QStringLiteral("none"), tr("No authentication")}});
    fillCombo(m_ui->secretBackend,
              {{QStringLiteral("keychain"), tr("The system keychain")},
               {QStringLiteral("file"), tr("A password file (for hosts without a keychain)")},
               {QStringLiteral("memory"), tr("Memory only (forgotten when Mailwright quits)")}});
    connectBrowse(m_ui->secretFileBrowse, m_ui->secretFile, Browse::SaveFile,
                  QStringLiteral("general/secret_file"));
}

AuthPage::~AuthPage() = default;

void AuthPage::updateEnabled()
{
    if (!m_model)
        return;
    const MailSettings &s = m_model->settings();
    const bool login = s.smtp.enabled && SettingsValidator::authNeedsCredentials(s.smtp.auth);
    m_ui->smtpAuth->setEnabled(s.smtp.enabled);
    m_ui->smtpUsername->setEnabled(login);
    m_ui->smtpPassword->setEnabled(login);
    const bool file = s.general.secretBackend == MailSettings::SecretBackend::File;
    m_ui->secretFile->setEnabled(file);
    m_ui->secretFileBrowse->setEnabled(file);
    m_ui->authNote->setVisible(s.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp);
}

} // namespace mw
