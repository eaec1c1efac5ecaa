// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeMode.h"

#include "protocol/ImplicitTls.h"
#include "settings/SettingsFacts.h"

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
        return m == SecurityMode::ImplicitTls ? kSmtpImplicitTlsPort
                                              : 587; // RFC 8314 §3.3, RFC 6409 §3.1
    return m == SecurityMode::ImplicitTls ? kPop3ImplicitTlsPort : 110; // RFC 1939 §3
}

SecurityMode configuredSecurityMode(const MailSettings &s, ProbeService service)
{
    const bool plain = service == ProbeService::Smtp
                           ? s.smtp.security == MailSettings::SmtpSecurity::None
                           : s.pop3.security == MailSettings::Pop3Security::None;
    const bool implicit = service == ProbeService::Smtp
                              ? SettingsFacts::implicitTls(s.smtp.security, s.smtp.port)
                              : SettingsFacts::implicitTls(s.pop3.security, s.pop3.port);
    if (plain)
        return SecurityMode::Plain;
    return implicit ? SecurityMode::ImplicitTls : SecurityMode::StartTls;
}

} // namespace mw
