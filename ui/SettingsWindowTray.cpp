// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow: the status in the tray (optional, off by default).
#include "SettingsWindow.h"

#include <QBoxLayout>

namespace mw {

void SettingsWindow::buildTray() {}

} // namespace mw
