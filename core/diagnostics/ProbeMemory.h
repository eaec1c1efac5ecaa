// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProbeReport.h"
#include "settings/MailSettings.h"

#include <QString>
#include <QStringList>

namespace mw {

// What a server check found in the configured SMTP mode, against the capabilities
// remembered from the last good session or check of that server (session/DowngradeGuard):
// the one place where the window's server check and `mailwright-cli probe` decide whether
// the check shows a downgrade and whether it becomes the new reference. File work only, no
// object of the caller's: the window runs it on the background writer
// (settings/BackgroundWrites), off its GUI thread.
struct ProbeMemoryReview
{
    bool configuredFound = false; // an SMTP check that tried the configured mode and port
    bool configuredWorks = false; // ... and that mode works now
    QStringList downgrades;       // offered at the last good session, missing now
    bool accepted = false;        // the check is now the remembered reference
};

// settings: the server as checked (SettingsFacts::forServer for the backup server), so
// that its memory is the one under its own server id. acceptDowngrades: the administrator
// accepts on purpose what the server offers now (the dialog's Accept, `probe
// --accept-changes`); otherwise a check is accepted only when nothing is missing.
[[nodiscard]] ProbeMemoryReview reviewProbeMemory(const QString &memoryPath,
                                                  const MailSettings &settings,
                                                  ProbeService service, const ProbeReport &report,
                                                  bool acceptDowngrades);

} // namespace mw
