// SPDX-License-Identifier: GPL-3.0-or-later
// What all platforms share; the writing itself is in SystemLog_<platform>.cpp.
#include "SystemLog.h"

namespace mw {

SystemLog::Severity SystemLog::severityFor(const QString &kind)
{
    if (kind == QLatin1String("dead_letter") || kind == QLatin1String("held") ||
        kind == QLatin1String("outage"))
        return Severity::Error;
    return Severity::Warning;
}

} // namespace mw
