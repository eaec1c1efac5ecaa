// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class DeliveryPage;
}

namespace mw {

class DeliveryPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit DeliveryPage(QWidget *parent = nullptr);
    ~DeliveryPage() override;
    [[nodiscard]] QString title() const override { return tr("Delivery"); }

protected:
    void updateEnabled() override;

private:
    std::unique_ptr<Ui::DeliveryPage> m_ui;
};

} // namespace mw
