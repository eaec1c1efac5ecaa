// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mw {

// The system log as a second channel for alerts (alerts/system_log): one entry per alert,
// written directly (no daemon of ours, no queue). One implementation per platform, chosen
// in core/CMakeLists.txt:
//  - SystemLog_unix.cpp: a datagram to /dev/log (journald or syslogd) in the RFC 3164 form
//    "<PRI>mailwright[pid]: text", facility mail; $MAILWRIGHT_SYSLOG_SOCKET names another
//    socket (tests);
//  - SystemLog_win.cpp: the Windows Event Log, source "Mailwright";
//  - SystemLog_mac.cpp: the unified log, subsystem org.mailwright, category alerts.
// Never blocks: an entry that cannot be written at once is reported and not retried (the
// event's other channels keep it).
class SystemLog
{
public:
    enum class Severity { Warning, Error };

    // text: one alert (several lines are joined for the platforms that need one line).
    // False with a sentence in *error when the entry could not be written.
    static bool write(Severity severity, const QString &text, QString *error);

    // The severity of an alert kind: a message lost, a held queue or an outage is an
    // error; a certificate warning, a failover or a test is a warning.
    [[nodiscard]] static Severity severityFor(const QString &kind);
    // The platform's log in words, for the outcome of a test alert ("syslog (/dev/log)").
    [[nodiscard]] static QString destination();
};

} // namespace mw
