// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPage.h"

#include "protocol/ImplicitTls.h"
#include "settings/SettingsModel.h"
#include "ui_ServerPage.h"

namespace mw {

ServerPage::ServerPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::ServerPage>())
{
    m_ui->setupUi(this);
    fillCombo(m_ui->smtpSecurity,
              {{QStringLiteral("auto"),
                tr("Automatic (TLS on port 465, else STARTTLS when offered; no login without it)")},
               {QStringLiteral("starttls"), tr("STARTTLS (port 587 or 25)")},
               {QStringLiteral("tls"), tr("TLS from the start (port 465)")},
               {QStringLiteral("none"), tr("None: clear text (not recommended)")}});
    connectBrowse(m_ui->smtpCaFileBrowse, m_ui->smtpCaFile, Browse::OpenFile,
                  QStringLiteral("smtp/ca_file"),
                  tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
}

ServerPage::~ServerPage() = default;

void ServerPage::attach(SettingsModel *model)
{
    SettingsPage::attach(model);
    // RFC 8314 §3.3: implicit TLS on 465; RFC 6409 §3.1: submission with STARTTLS on 587.
    // Only a choice of the admin (activated, not a programmatic change) proposes a port.
    connect(m_ui->smtpSecurity, &QComboBox::activated, this, [this](int index) {
        const QString mode = m_ui->smtpSecurity->itemData(index).toString();
        const QList<int> wellKnown{25, kSmtpImplicitTlsPort, 587};
        if (mode == QLatin1String("tls"))
            proposePort(QStringLiteral("smtp/port"), kSmtpImplicitTlsPort, wellKnown);
        else if ((mode == QLatin1String("starttls") || mode == QLatin1String("none")) &&
                 m_ui->smtpPort->value() == kSmtpImplicitTlsPort)
            proposePort(QStringLiteral("smtp/port"), 587, wellKnown);
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
}

} // namespace mw
