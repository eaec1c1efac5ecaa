// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/ModeReport.h"
#include "diagnostics/SettingChange.h"

#include <QString>
#include <QStringList>

namespace mw {

// Texts the server-check and detection dialogs share: one mode in detail, a list of
// setting changes for a person.
namespace ProbeText {
// "✓", "!" (works once the certificate is trusted) or "✗".
[[nodiscard]] QString mark(const ModeReport &m);
// Steps with milliseconds, greeting, TLS, certificate, extensions, login methods, SIZE.
[[nodiscard]] QString details(const ModeReport &m);
// "Port: 465 — the port where implicit TLS works", one line per change.
[[nodiscard]] QString changes(const QList<SettingChange> &changes);
} // namespace ProbeText

} // namespace mw
