// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPage.h"

#include "AuthPage.h"
#include "SignInFields.h"
#include "protocol/ImplicitTls.h"
#include "settings/SettingsModel.h"
#include "ui_ServerPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace mw {

ServerPage::ServerPage(Role role, QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::ServerPage>())
    , m_role(role)
    , m_section(role == Role::Backup ? QStringLiteral("backup_smtp") : QStringLiteral("smtp"))
{
    m_ui->setupUi(this);
    fillCombo(m_ui->smtpSecurity,
              {{QStringLiteral("auto"),
                tr("Automatic (TLS on port 465, else STARTTLS when offered; no login without it)")},
               {QStringLiteral("starttls"), tr("STARTTLS (port 587 or 25)")},
               {QStringLiteral("tls"), tr("TLS from the start (port 465)")},
               {QStringLiteral("none"), tr("None: clear text (not recommended)")}});
    if (role == Role::Backup) {
        retargetForBackup();
        buildBackupRows();
    }
    connectBrowse(m_ui->smtpCaFileBrowse, m_ui->smtpCaFile, Browse::OpenFile, key("ca_file"),
                  tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
}

ServerPage::~ServerPage() = default;

QString ServerPage::title() const
{
    return m_role == Role::Backup ? tr("Backup server") : tr("Server");
}

QString ServerPage::key(const char *name) const
{
    return m_section + QLatin1Char('/') + QLatin1String(name);
}

void ServerPage::retargetForBackup()
{
    setObjectName(QStringLiteral("backupServerPage"));
    const QString primary = QStringLiteral("smtp/");
    for (QWidget *w : findChildren<QWidget *>()) {
        const QString k = w->property("settingsKey").toString();
        if (k.startsWith(primary))
            w->setProperty("settingsKey", QString(m_section + k.mid(primary.size() - 1)));
        QString name = w->objectName();
        if (name.startsWith(QLatin1String("smtp"))) {
            name.replace(0, 4, QStringLiteral("backupSmtp"));
            w->setObjectName(name);
        }
        if (!w->accessibleName().isEmpty())
            w->setAccessibleName(tr("Backup: %1").arg(w->accessibleName()));
    }
    m_ui->smtpEnabled->setText(tr("&Use a backup SMTP server when the primary cannot take mail"));
    m_ui->smtpEnabled->setAccessibleName(tr("Use a backup SMTP server"));
    m_ui->smtpEnabled->setToolTip(
        tr("Queued mail goes to this server while the primary one fails to connect, or at once "
           "while the primary refuses the login; it goes back to the primary when it answers"));
    m_ui->smtpHostLabel->setText(tr("Backup ser&ver:"));
}

void ServerPage::buildBackupRows()
{
    auto *form = qobject_cast<QFormLayout *>(layout());
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setObjectName(buddy->objectName() + QStringLiteral("Label"));
        l->setBuddy(buddy);
        return l;
    };

    m_after = new QSpinBox(this);
    m_after->setObjectName(QStringLiteral("backupSmtpAfter"));
    m_after->setProperty("settingsKey", key("after"));
    m_after->setRange(0, 86400);
    m_after->setSingleStep(30);
    m_after->setSuffix(tr(" s"));
    m_after->setAccessibleName(tr("Seconds before the backup is used"));
    m_after->setToolTip(tr("How long (in seconds; 120 = 2 minutes) the primary server must fail "
                           "to connect before queued mail goes to the backup. A refused login "
                           "switches at once."));
    form->insertRow(1, label(tr("Switch a&fter:"), m_after), m_after);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("backupSmtpAuth"));
    m_auth->setProperty("settingsKey", key("auth"));
    m_auth->setAccessibleName(tr("Backup: SMTP authentication method"));
    AuthPage::fillMethods(m_auth);
    form->addRow(label(tr("Login &method:"), m_auth), m_auth);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("backupSmtpUsername"));
    m_username->setProperty("settingsKey", key("username"));
    m_username->setAccessibleName(tr("Backup: SMTP login name"));
    m_username->setPlaceholderText(tr("often the full e-mail address"));
    m_username->setMaxLength(255);
    form->addRow(label(tr("&Login name:"), m_username), m_username);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("backupSmtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Backup: SMTP password"));
    // The window makes a PasswordField of it: kept in the secret store, never in the INI.
    m_password->setProperty("secretAccount", QStringLiteral("backup-smtp"));
    m_passwordLabel = label(tr("Pass&word:"), m_password);
    form->addRow(m_passwordLabel, m_password);

    m_signIn = new SignInFields(this, form, m_password, m_section, QStringLiteral("backup-smtp"),
                                tr("Backup SMTP"));
    connectBrowse(m_signIn->browseButton(), m_signIn->certificateEdit(), Browse::OpenFile,
                  key("client_cert"),
                  tr("Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
}

void ServerPage::attach(SettingsModel *model)
{
    SettingsPage::attach(model);
    // RFC 8314 §3.3: implicit TLS on 465; RFC 6409 §3.1: submission with STARTTLS on 587.
    // Only a choice of the admin (activated, not a programmatic change) proposes a port.
    connect(m_ui->smtpSecurity, &QComboBox::activated, this, [this](int index) {
        const QString mode = m_ui->smtpSecurity->itemData(index).toString();
        const QList<int> wellKnown{25, kSmtpImplicitTlsPort, 587};
        if (mode == QLatin1String("tls"))
            proposePort(key("port"), kSmtpImplicitTlsPort, wellKnown);
        else if ((mode == QLatin1String("starttls") || mode == QLatin1String("none")) &&
                 m_ui->smtpPort->value() == kSmtpImplicitTlsPort)
            proposePort(key("port"), 587, wellKnown);
    });
}

void ServerPage::updateEnabled()
{
    const bool on = m_ui->smtpEnabled->isChecked();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->smtpHost), static_cast<QWidget *>(m_ui->smtpPort),
          static_cast<QWidget *>(m_ui->smtpSecurity), static_cast<QWidget *>(m_ui->smtpHelo),
          static_cast<QWidget *>(m_ui->smtpTimeout), static_cast<QWidget *>(m_ui->smtpCaFile),
          static_cast<QWidget *>(m_ui->smtpCaFileBrowse), static_cast<QWidget *>(m_ui->smtpPin)})
        w->setEnabled(on);
    if (m_role != Role::Backup || !m_model)
        return;
    const MailSettings::Smtp &backup = m_model->settings().backupSmtp;
    const QString method = m_model->value(key("auth"));
    const SignInFields::Applies fields =
        SignInFields::appliesTo(method, !backup.clientCert.isEmpty());
    m_after->setEnabled(on);
    m_auth->setEnabled(on);
    m_username->setEnabled(on && method != QLatin1String("none"));
    m_password->setEnabled(on && fields.password);
    m_password->setVisible(fields.password);
    m_passwordLabel->setVisible(fields.password);
    m_signIn->update(method, backup.clientCert, on);
}

} // namespace mw
