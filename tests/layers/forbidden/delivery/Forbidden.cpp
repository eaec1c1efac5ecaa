// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture of tests/layers: a file of core/delivery/ with two forbidden includes (lines 7
// and 9). Never compiled. A commented include does not count:
// #include "diagnostics/ServerStatus.h"
#include "Queue.h"
#include "session/SmtpConfigFactory.h"
#include "diagnostics/StatusMonitor.h"
#include <QString>
#  include "../diagnostics/BounceCheck.h"
#include <QtCore/QObject>
