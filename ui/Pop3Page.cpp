// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Page.h"

#include "settings/SettingsModel.h"
#include "ui_Pop3Page.h"

namespace mw {

Pop3Page::Pop3Page(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::Pop3Page>())
{
    m_ui->setupUi(this);
    fillCombo(m_ui->pop3Security,
              {{QStringLiteral("auto"), tr("Automatic: TLS, else STLS (never clear text)")},
               {QStringLiteral("stls"), tr("STLS (port 110)")},
               {QStringLiteral("tls"), tr("TLS from the start (port 995)")},
               {QStringLiteral("none"), tr("None: clear text (not recommended)")}});
    connectBrowse(m_ui->pop3CaFileBrowse, m_ui->pop3CaFile, Browse::OpenFile,
                  QStringLiteral("pop3/ca_file"),
                  tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
}

Pop3Page::~Pop3Page() = default;

void Pop3Page::attach(SettingsModel *model)
{
    SettingsPage::attach(model);
    // RFC 8314 §3.3 / RFC 2595 §4: POP3S on 995, STLS on the POP3 port 110.
    connect(m_ui->pop3Security, &QComboBox::activated, this, [this](int index) {
        const QString mode = m_ui->pop3Security->itemData(index).toString();
        if (mode == QLatin1String("tls"))
            proposePort(QStringLiteral("pop3/port"), 995, {110, 995});
        else if (mode == QLatin1String("stls") || mode == QLatin1String("none"))
            proposePort(QStringLiteral("pop3/port"), 110, {110, 995});
    });
}

void Pop3Page::updateEnabled()
{
    if (!m_model)
        return;
    const MailSettings &s = m_model->settings();
    const bool on =
        s.pop3.enabled || (s.smtp.enabled && s.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp);
    const QList<QWidget *> fields{
        m_ui->pop3Host,         m_ui->pop3Port, m_ui->pop3Security,    m_ui->pop3Username,
        m_ui->pop3Password,     m_ui->pop3Apop, m_ui->pop3Timeout,     m_ui->pop3CaFile,
        m_ui->pop3CaFileBrowse, m_ui->pop3Pin,  m_ui->pop3RelayWindow, m_ui->pop3CheckInterval};
    for (QWidget *w : fields)
        w->setEnabled(on);
    m_ui->pop3RelayWindow->setEnabled(on && s.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp);
}

} // namespace mw
