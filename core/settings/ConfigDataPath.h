// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mw {

// Where a file that belongs to one configuration lives: the per-user data folder
// (QStandardPaths::AppLocalDataLocation) and a name made of prefix, a short SHA-256 of the
// configuration file's absolute path, and suffix, e.g. "status-<16 hex>.json". Every such
// file (status, bounces, capabilities, status requests, alerts, their locks) is named here,
// so two configurations never share one and one configuration never has two.
// hexDigits: 16 for every file but the capability memory, which has used 12 since it was
// introduced (its files must keep their names).
[[nodiscard]] QString configDataPath(const QString &configPath, const QString &prefix,
                                     const QString &suffix, int hexDigits = 16);

} // namespace mw
