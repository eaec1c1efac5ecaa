// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeMode.h"

#include <QCoreApplication>

namespace mw {

QString serviceId(ProbeService s)
{
    return s == ProbeService::Smtp ? QStringLiteral("smtp") : QStringLiteral("pop3");
}

QString securityModeId(SecurityMode m)
{
    switch (m) {
    case SecurityMode::ImplicitTls:
        return QStringLiteral("tls");
    case SecurityMode::StartTls:
        return QStringLiteral("starttls");
    case SecurityMode::Plain:
        break;
    }
    return QStringLiteral("plain");
}

QString securityModeName(SecurityMode m, ProbeService s)
{
    switch (m) {
    case SecurityMode::ImplicitTls:
        return QCoreApplication::translate("mw::ProbeMode", "implicit TLS");
    case SecurityMode::StartTls:
        return s == ProbeService::Smtp ? QStringLiteral("STARTTLS") : QStringLiteral("STLS");
    case SecurityMode::Plain:
        break;
    }
    return QCoreApplication::translate("mw::ProbeMode", "no encryption");
}

QString securitySettingValue(SecurityMode m, ProbeService s)
{
    switch (m) {
    case SecurityMode::ImplicitTls:
        return QStringLiteral("tls");
    case SecurityMode::StartTls:
        return s == ProbeService::Smtp ? QStringLiteral("starttls") : QStringLiteral("stls");
    case SecurityMode::Plain:
        break;
    }
    return QStringLiteral("none");
}

quint16 standardPort(SecurityMode m, ProbeService s)
{
    if (s == ProbeService::Smtp)
        return m == SecurityMode::ImplicitTls ? 465 : 587; // RFC 8314 §3.3, RFC 6409 §3.1
    return m == SecurityMode::ImplicitTls ? 995 : 110;     // RFC 8314 §3.3, RFC 1939 §3
}

} // namespace mw
