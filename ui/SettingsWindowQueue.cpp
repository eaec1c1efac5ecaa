// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow: the queue: depth, oldest age and the POP-before-SMTP relay window beside the SMTP
// indicator, and the Queue view.
#include "SettingsWindow.h"

#include <QBoxLayout>

namespace mw {

void SettingsWindow::buildQueueSummary(QHBoxLayout *header, QBoxLayout *tools)
{
    Q_UNUSED(header)
    Q_UNUSED(tools)
}

QueueView *SettingsWindow::showQueue()
{
    return nullptr;
}

} // namespace mw
