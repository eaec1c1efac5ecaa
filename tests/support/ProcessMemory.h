// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The test process's own memory, from Linux's /proc/self: a line of /proc/self/status in KiB
// (VmRSS now, VmHWM the peak), and the peak reset to the current size. Used by the tests
// that bound how much a session or a cycle may grow the process.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace mw::test {

// The KiB of a /proc/self/status line ("VmRSS", "VmHWM"), or -1.
inline qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux ≥ 4.0, "5" in clear_refs).
inline void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace mw::test
