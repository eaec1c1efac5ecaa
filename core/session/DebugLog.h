// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Transcript.h"

#include <QString>

namespace mw {

// Appends a session's redacted transcript to the debug log (seed 002's "debug file
// path"). Returns false with a message when the file cannot be written; the session's
// own result is not affected by that.
bool appendDebugLog(const QString &path, const QString &title, const Transcript &transcript,
                    QString *error = nullptr);

} // namespace mw
