// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Result.h"
#include "protocol/Transcript.h"
#include "settings/MailSettings.h"

#include <QString>

namespace mw {

// The text "Copy diagnostics" puts on the clipboard for a support request, and the first
// part of the support bundle (SupportBundle): versions, the result of the last test, the
// settings (the INI text: it never holds a password) and the redacted transcript. English
// on purpose, so that whoever reads the ticket can read it.
class DiagnosticsReport
{
public:
    [[nodiscard]] static QString build(const MailSettings &settings, const QString &configPath,
                                       const Result &result, const Transcript &transcript,
                                       const QString &recipient);
    // The same without a test of this run (mailwright-cli bundle, a window that has not
    // tested yet): the result section says so.
    [[nodiscard]] static QString build(const MailSettings &settings, const QString &configPath);
    // "Mailwright 1.2.0, Qt 6.4.2 (built with 6.4.2), <OS>, TLS: <library>": the line both
    // the report and the bundle's versions start with.
    [[nodiscard]] static QString versionLine();

private:
    [[nodiscard]] static QString build(const MailSettings &settings, const QString &configPath,
                                       const Result *result, const Transcript &transcript,
                                       const QString &recipient);
};

} // namespace mw
