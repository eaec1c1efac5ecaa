// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture of tests/layers: a file of core/delivery/ whose includes are all allowed
// (its own folder, the layers below it, Qt). Never compiled.
// #include "diagnostics/StatusMonitor.h" (a comment, not an include)
#include "Queue.h"
#include "delivery/QueueRunner.h"
#include "oauth/AccessTokenSource.h"
#include "protocol/SmtpSession.h"
#include "session/DowngradeGuard.h"
#include "settings/MailSettings.h"
#include <QtCore/QObject>
#include <vector>
