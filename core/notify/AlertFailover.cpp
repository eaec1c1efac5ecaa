// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts about the backup SMTP server: the queue failed over to it, or went back.
#include "AlertEngine.h"

namespace mw {

void AlertEngine::reviewFailover(const QueueRunner::Summary &, QList<AlertEvent> *) {}

} // namespace mw
