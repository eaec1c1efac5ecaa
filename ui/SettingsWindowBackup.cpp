// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow, continued: the backup SMTP server's indicator in the header and the test
// panel's choice of server. The form itself is ServerPage (Role::Backup); its status is
// StatusMonitor's "backup-smtp".
#include "SettingsWindow.h"

#include "StatusIndicator.h"
#include "settings/SettingsFacts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mw {

void SettingsWindow::buildBackupIndicator(QHBoxLayout *header)
{
    m_backupStatus = new StatusIndicator(tr("Backup SMTP"), this);
    m_backupStatus->setObjectName(QStringLiteral("backupSmtpStatus"));
    // Shown once the saved settings have a backup (updateBackupControls()).
    m_backupStatus->setVisible(false);
    header->addSpacing(24);
    header->addWidget(m_backupStatus);
}

void SettingsWindow::buildTestTarget(QVBoxLayout *testLayout)
{
    m_testTargetRow = new QWidget(this);
    m_testTargetRow->setObjectName(QStringLiteral("testTargetRow"));
    auto *row = new QHBoxLayout(m_testTargetRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_testTarget = new QComboBox(m_testTargetRow);
    m_testTarget->setObjectName(QStringLiteral("testTarget"));
    m_testTarget->setAccessibleName(tr("Server to test"));
    m_testTarget->setToolTip(tr("Which SMTP server Send test, Check login and Verify addresses "
                                "use"));
    m_testTarget->addItem(tr("Primary"), QStringLiteral("primary"));
    m_testTarget->addItem(tr("Backup"), QStringLiteral("backup"));
    auto *label = new QLabel(tr("Se&rver:"), m_testTargetRow);
    label->setBuddy(m_testTarget);
    row->addWidget(label);
    row->addWidget(m_testTarget);
    row->addStretch();
    testLayout->addWidget(m_testTargetRow);
    m_testTargetRow->setVisible(false);
    // The choice follows the form: a backup enabled (not yet saved) can be tested at once.
    connect(m_model.get(), &SettingsModel::valueChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("backup_smtp/")) ||
            key.startsWith(QLatin1String("delivery/")))
            updateBackupControls();
    });
}

void SettingsWindow::updateBackupControls()
{
    if (m_backupStatus)
        m_backupStatus->setVisible(SettingsFacts::backupConfigured(m_model->savedSettings()));
    if (!m_testTargetRow)
        return;
    const bool backup = SettingsFacts::backupConfigured(m_model->settings());
    if (!backup)
        m_testTarget->setCurrentIndex(0);
    m_testTargetRow->setVisible(backup);
}

MailSettings SettingsWindow::testSettings() const
{
    const MailSettings &s = m_model->settings();
    const bool backup = m_testTarget && !m_testTargetRow->isHidden() &&
                        m_testTarget->currentData().toString() == QLatin1String("backup");
    // The copy whose [smtp] is the backup's: its password is the secret "backup-smtp" (the
    // field's typed value first, through the resolver's secret source).
    return backup ? SettingsFacts::forServer(s, MailSettings::SmtpServer::Backup) : s;
}

} // namespace mw
