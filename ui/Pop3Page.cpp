// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Page.h"

#include "SignInFields.h"
#include "protocol/ImplicitTls.h"
#include "settings/SettingsFacts.h"
#include "settings/SettingsModel.h"
#include "ui_Pop3Page.h"

#include <QFormLayout>

namespace mw {

Pop3Page::Pop3Page(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::Pop3Page>())
{
    m_ui->setupUi(this);
    fillCombo(m_ui->pop3Security,
              {{QStringLiteral("auto"),
                tr("Automatic (TLS on port 995, else STLS when offered; no login without it)")},
               {QStringLiteral("stls"), tr("STLS (port 110)")},
               {QStringLiteral("tls"), tr("TLS from the start (port 995)")},
               {QStringLiteral("none"), tr("None: clear text (not recommended)")}});
    fillCombo(m_ui->pop3Auth,
              {{QStringLiteral("auto"), tr("Automatic (the best method the server offers)")},
               {QStringLiteral("user"), tr("USER/PASS")},
               {QStringLiteral("apop"), tr("APOP (the password is not sent)")},
               {QStringLiteral("plain"), tr("PLAIN")},
               {QStringLiteral("cram-md5"), tr("CRAM-MD5")},
               {QStringLiteral("scram-sha-256"), tr("SCRAM-SHA-256")},
               {QStringLiteral("scram-sha-1"), tr("SCRAM-SHA-1")},
               {QStringLiteral("gssapi"), tr("Kerberos (GSSAPI)")},
               {QStringLiteral("ntlm"), tr("NTLM (NTLMv2)")},
               {QStringLiteral("external"), tr("TLS client certificate (EXTERNAL)")}});
    m_signIn = new SignInFields(this, qobject_cast<QFormLayout *>(layout()), m_ui->pop3Password,
                                QStringLiteral("pop3"));
    connectBrowse(m_signIn->browseButton(), m_signIn->certificateEdit(), Browse::OpenFile,
                  QStringLiteral("pop3/client_cert"),
                  tr("Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
    QWidget::setTabOrder(m_signIn->lastField(), m_ui->pop3CheckInterval);
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
            proposePort(QStringLiteral("pop3/port"), kPop3ImplicitTlsPort,
                        {110, kPop3ImplicitTlsPort});
        else if (mode == QLatin1String("stls") || mode == QLatin1String("none"))
            proposePort(QStringLiteral("pop3/port"), 110, {110, kPop3ImplicitTlsPort});
    });
}

void Pop3Page::showBounces(const QList<BounceRecord> &records, int fresh, const Result &lastRead)
{
    QString text;
    if (!lastRead.ok && lastRead.errorClass != ErrorClass::None) {
        text = tr("The bounced-alerts mailbox could not be read: %1").arg(lastRead.message);
    } else if (records.isEmpty()) {
        text = tr("No delivery reports in the bounced-alerts mailbox so far.");
    } else {
        text = tr("%n delivery report(s) recorded", nullptr, int(records.size()));
        if (fresh > 0)
            text += QStringLiteral(" (") + tr("%n new", nullptr, fresh) + QLatin1Char(')');
        text += QLatin1Char(':');
        // The newest few; `mailwright-cli bounces` lists them all.
        const qsizetype first = qMax<qsizetype>(0, records.size() - 5);
        for (qsizetype i = records.size() - 1; i >= first; --i) {
            const BounceRecord &b = records.at(i);
            text +=
                QLatin1Char('\n') +
                tr("%1 %2 (%3) for %4")
                    .arg(b.recipient, b.action, b.status,
                         b.originalMessageId.isEmpty() ? b.originalSubject : b.originalMessageId);
        }
    }
    m_ui->pop3BounceSummary->setText(text);
}

void Pop3Page::updateEnabled()
{
    if (!m_model)
        return;
    const MailSettings &s = m_model->settings();
    const bool on = s.pop3.enabled || SettingsFacts::popBeforeSmtp(s);
    const QList<QWidget *> fields{
        m_ui->pop3Host,         m_ui->pop3Port, m_ui->pop3Security,    m_ui->pop3Username,
        m_ui->pop3Password,     m_ui->pop3Auth, m_ui->pop3Timeout,     m_ui->pop3CaFile,
        m_ui->pop3CaFileBrowse, m_ui->pop3Pin,  m_ui->pop3RelayWindow, m_ui->pop3CheckInterval,
        m_ui->pop3WatchBounces};
    for (QWidget *w : fields)
        w->setEnabled(on);
    const QString method = m_model->value(QStringLiteral("pop3/auth"));
    const SignInFields::Applies methodFields =
        SignInFields::appliesTo(method, !s.pop3.clientCert.isEmpty());
    // Kerberos and a client certificate need no password (nor, for the ticket, a name).
    m_ui->pop3Password->setEnabled(on && methodFields.password);
    m_ui->pop3Password->setVisible(methodFields.password);
    m_ui->pop3PasswordLabel->setVisible(methodFields.password);
    m_ui->pop3Username->setEnabled(on && methodFields.password);
    m_signIn->update(method, s.pop3.clientCert, on);
    m_ui->pop3DeleteBounces->setEnabled(on && s.pop3.watchBounces);
    m_ui->pop3RelayWindow->setEnabled(on && s.smtp.auth == MailSettings::SmtpAuth::PopBeforeSmtp);
}

} // namespace mw
