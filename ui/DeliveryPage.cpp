// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryPage.h"

#include "settings/SettingsModel.h"
#include "ui_DeliveryPage.h"

namespace mw {

DeliveryPage::DeliveryPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::DeliveryPage>())
{
    m_ui->setupUi(this);
    fillCombo(m_ui->deliveryMethod,
              {{QStringLiteral("smtp"), tr("Send through the SMTP server")},
               {QStringLiteral("pickup"), tr("Drop into a pickup folder (local mail server)")}});
    connectBrowse(m_ui->pickupDirBrowse, m_ui->pickupDir, Browse::Folder,
                  QStringLiteral("delivery/pickup_dir"));
    connectBrowse(m_ui->queueDirBrowse, m_ui->queueDir, Browse::Folder,
                  QStringLiteral("delivery/queue_dir"));
}

DeliveryPage::~DeliveryPage() = default;

void DeliveryPage::updateEnabled()
{
    if (!m_model)
        return;
    const bool pickup = m_model->settings().delivery.method == MailSettings::DeliveryMethod::Pickup;
    m_ui->pickupDir->setEnabled(pickup);
    m_ui->pickupDirBrowse->setEnabled(pickup);
}

} // namespace mw
