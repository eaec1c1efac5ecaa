// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopiesPage.h"

#include "ui_CopiesPage.h"

namespace mw {

CopiesPage::CopiesPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::CopiesPage>())
{
    m_ui->setupUi(this);
}

CopiesPage::~CopiesPage() = default;

} // namespace mw
