// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class CopiesPage;
}

namespace mw {

class CopiesPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit CopiesPage(QWidget *parent = nullptr);
    ~CopiesPage() override;
    [[nodiscard]] QString title() const override { return tr("Copies"); }

private:
    std::unique_ptr<Ui::CopiesPage> m_ui;
};

} // namespace mw
