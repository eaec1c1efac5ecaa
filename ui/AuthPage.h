// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class AuthPage;
}

namespace mw {

class AuthPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AuthPage(QWidget *parent = nullptr);
    ~AuthPage() override;
    [[nodiscard]] QString title() const override { return tr("Authentication"); }

protected:
    void updateEnabled() override;

private:
    std::unique_ptr<Ui::AuthPage> m_ui;
};

} // namespace mw
