// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class MailboxesPage;
}

namespace mw {

class MailboxesPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit MailboxesPage(QWidget *parent = nullptr);
    ~MailboxesPage() override;
    [[nodiscard]] QString title() const override { return tr("Mailboxes"); }

private:
    std::unique_ptr<Ui::MailboxesPage> m_ui;
};

} // namespace mw
