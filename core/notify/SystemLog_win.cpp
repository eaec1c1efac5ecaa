// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: the Application event log, source "Mailwright" (the installer may register a
// message file for it; without one, Event Viewer still shows the text as an insert).
#include "SystemLog.h"

#include <QCoreApplication>

#include <windows.h>

namespace mw {

QString SystemLog::destination()
{
    return QStringLiteral("Windows Event Log (Mailwright)");
}

bool SystemLog::write(Severity severity, const QString &text, QString *error)
{
    HANDLE source = RegisterEventSourceW(nullptr, L"Mailwright");
    if (!source) {
        *error = QCoreApplication::translate("mw::SystemLog",
                                             "The event log could not be opened (error %1).")
                     .arg(GetLastError());
        return false;
    }
    const std::wstring wide = text.trimmed().toStdWString();
    LPCWSTR strings[] = {wide.c_str()};
    const WORD type = severity == Severity::Error ? EVENTLOG_ERROR_TYPE : EVENTLOG_WARNING_TYPE;
    const BOOL ok = ReportEventW(source, type, 0, 1000, nullptr, 1, 0, strings, nullptr);
    const DWORD code = ok ? 0 : GetLastError();
    DeregisterEventSource(source);
    if (!ok) {
        *error =
            QCoreApplication::translate("mw::SystemLog", "The event log took nothing (error %1).")
                .arg(code);
        return false;
    }
    return true;
}

} // namespace mw
