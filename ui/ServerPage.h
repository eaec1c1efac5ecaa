// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class ServerPage;
}

namespace mw {

class ServerPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ServerPage(QWidget *parent = nullptr);
    ~ServerPage() override;
    [[nodiscard]] QString title() const override { return tr("Server"); }
    void attach(SettingsModel *model) override;

protected:
    void updateEnabled() override;

private:
    std::unique_ptr<Ui::ServerPage> m_ui;
};

} // namespace mw
