// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow: first run: set up from an e-mail address.
#include "SettingsWindow.h"

#include <QBoxLayout>

namespace mw {

void SettingsWindow::buildFirstRun(QVBoxLayout *layout)
{
    Q_UNUSED(layout)
}

SetupAssistant *SettingsWindow::showSetupAssistant()
{
    return nullptr;
}

} // namespace mw
