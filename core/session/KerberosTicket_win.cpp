// SPDX-License-Identifier: GPL-3.0-or-later
// The logon session's Kerberos ticket cache through LSA (what `klist` shows on Windows):
// LsaConnectUntrusted, then KerbQueryTicketCacheExMessage to the Kerberos package. Needs
// secur32 (core/CMakeLists.txt).
#include "KerberosTicket.h"

#include <QtGlobal>

#ifdef Q_OS_WIN

// clang-format off
#include <windows.h>
#define SECURITY_WIN32
#include <ntsecapi.h>
// clang-format on

#include <cstring>

namespace mw::detail {

namespace {

QString fromUnicodeString(const UNICODE_STRING &s)
{
    return QString::fromWCharArray(s.Buffer, int(s.Length / sizeof(WCHAR)));
}

QString statusText(const char *what, NTSTATUS status)
{
    return QStringLiteral("%1: NTSTATUS 0x%2 (Windows error %3)")
        .arg(QLatin1String(what))
        .arg(quint32(status), 8, 16, QLatin1Char('0'))
        .arg(LsaNtStatusToWinError(status));
}

QDateTime fromFileTime(const LARGE_INTEGER &t)
{
    // 100 ns intervals since 1601-01-01 UTC.
    constexpr qint64 epochDelta = 116444736000000000LL;
    return QDateTime::fromMSecsSinceEpoch((t.QuadPart - epochDelta) / 10000, Qt::UTC);
}

} // namespace

TicketCache readTicketCache()
{
    TicketCache out;
    HANDLE lsa = nullptr;
    NTSTATUS status = LsaConnectUntrusted(&lsa);
    if (status != 0) {
        out.detail = statusText("LsaConnectUntrusted", status);
        return out;
    }
    char packageName[] = MICROSOFT_KERBEROS_NAME_A;
    LSA_STRING name;
    name.Buffer = packageName;
    name.Length = USHORT(std::strlen(packageName));
    name.MaximumLength = USHORT(name.Length + 1);
    ULONG package = 0;
    status = LsaLookupAuthenticationPackage(lsa, &name, &package);
    if (status != 0) {
        out.detail = statusText("LsaLookupAuthenticationPackage", status);
        LsaDeregisterLogonProcess(lsa);
        return out;
    }
    KERB_QUERY_TKT_CACHE_REQUEST request{};
    request.MessageType = KerbQueryTicketCacheExMessage;
    request.LogonId.LowPart = 0; // the caller's own logon session
    request.LogonId.HighPart = 0;
    void *response = nullptr;
    ULONG responseSize = 0;
    NTSTATUS protocolStatus = 0;
    status = LsaCallAuthenticationPackage(lsa, package, &request, sizeof request, &response,
                                          &responseSize, &protocolStatus);
    if (status != 0 || protocolStatus != 0) {
        out.detail =
            statusText("KerbQueryTicketCacheExMessage", status != 0 ? status : protocolStatus);
    } else if (response) {
        const auto *cache = static_cast<const KERB_QUERY_TKT_CACHE_EX_RESPONSE *>(response);
        for (ULONG i = 0; i < cache->CountOfTickets; ++i) {
            const KERB_TICKET_CACHE_INFO_EX &t = cache->Tickets[i];
            const QString server = fromUnicodeString(t.ServerName);
            const QString clientRealm = fromUnicodeString(t.ClientRealm);
            // The TGT: krbtgt/REALM of the client's own realm.
            if (server.compare(QStringLiteral("krbtgt/") + clientRealm, Qt::CaseInsensitive))
                continue;
            const QDateTime expires = fromFileTime(t.EndTime);
            if (!out.found || expires > out.expires) {
                out.expires = expires;
                out.principal = fromUnicodeString(t.ClientName) + QLatin1Char('@') + clientRealm;
            }
            out.found = true;
        }
    }
    if (response)
        LsaFreeReturnBuffer(response);
    LsaDeregisterLogonProcess(lsa);
    return out;
}

} // namespace mw::detail

#endif // Q_OS_WIN
