// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailboxesPage.h"

#include "ui_MailboxesPage.h"

namespace mw {

MailboxesPage::MailboxesPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::MailboxesPage>())
{
    m_ui->setupUi(this);
    connectBrowse(m_ui->debugLogBrowse, m_ui->debugLog, Browse::SaveFile,
                  QStringLiteral("diagnostics/debug_log"),
                  tr("Log files (*.log *.txt);;All files (*)"));
}

MailboxesPage::~MailboxesPage() = default;

} // namespace mw
