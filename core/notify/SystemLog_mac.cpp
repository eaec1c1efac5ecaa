// SPDX-License-Identifier: GPL-3.0-or-later
// macOS: the unified log (log show --predicate 'subsystem == "org.mailwright"').
#include "SystemLog.h"

#include <os/log.h>

namespace mw {

QString SystemLog::destination()
{
    return QStringLiteral("unified log (org.mailwright)");
}

bool SystemLog::write(Severity severity, const QString &text, QString *)
{
    // One log object for the process: os_log_create's results are meant to be kept.
    static os_log_t log = os_log_create("org.mailwright", "alerts");
    const QByteArray utf8 = text.trimmed().toUtf8();
    // %{public}s: the text names servers and error classes, never a secret, and a private
    // entry would read "<private>" to the administrator who needs it.
    os_log_with_type(log, severity == Severity::Error ? OS_LOG_TYPE_ERROR : OS_LOG_TYPE_DEFAULT,
                     "%{public}s", utf8.constData());
    return true; // os_log reports nothing back
}

} // namespace mw
