// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"
#include "diagnostics/BounceCheck.h"

#include <memory>

namespace Ui {
class Pop3Page;
}

namespace mw {

class SignInFields;

class Pop3Page : public SettingsPage
{
    Q_OBJECT
public:
    explicit Pop3Page(QWidget *parent = nullptr);
    ~Pop3Page() override;
    [[nodiscard]] QString title() const override { return tr("POP3"); }
    void attach(SettingsModel *model) override;
    // What the bounced-alerts mailbox watch has recorded, and how its last read went.
    void showBounces(const QList<BounceRecord> &records, int fresh, const Result &lastRead);

protected:
    void updateEnabled() override;

private:
    std::unique_ptr<Ui::Pop3Page> m_ui;
    SignInFields *m_signIn = nullptr;
};

} // namespace mw
