// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow: the support bundle.
#include "SettingsWindow.h"

#include <QBoxLayout>

namespace mw {

void SettingsWindow::buildBundle(QBoxLayout *tools)
{
    Q_UNUSED(tools)
}

void SettingsWindow::saveSupportBundle() {}

void SettingsWindow::saveSupportBundleTo(const QString &path)
{
    Q_UNUSED(path)
}

} // namespace mw
