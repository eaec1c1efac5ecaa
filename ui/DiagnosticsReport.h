// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"
#include "protocol/Transcript.h"
#include "settings/MailSettings.h"

#include <QString>

namespace mw {

// The text "Copy diagnostics" puts on the clipboard for a support request: versions, the
// result of the last test, the settings (the INI text: it never holds a password) and the
// redacted transcript.
class DiagnosticsReport
{
public:
    [[nodiscard]] static QString build(const MailSettings &settings, const QString &configPath,
                                       const Result &result, const Transcript &transcript,
                                       const QString &recipient);
};

} // namespace mw
