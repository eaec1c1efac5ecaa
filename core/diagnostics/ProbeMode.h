// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/MailSettings.h"

#include <QString>

namespace mw {

// Which server a capability probe or a detected candidate is about.
enum class ProbeService { Smtp, Pop3 };

// How a client secures a connection. RFC 8314 §3 prefers implicit TLS (465, 995) over
// STARTTLS/STLS (587, 25, 110); Plain sends everything in clear.
enum class SecurityMode { ImplicitTls, StartTls, Plain };

// "smtp" / "pop3": the settings section.
[[nodiscard]] QString serviceId(ProbeService s);
// "tls", "starttls", "plain": stable identifiers for JSON and tests.
[[nodiscard]] QString securityModeId(SecurityMode m);
// For a person: "implicit TLS", "STARTTLS" (SMTP) / "STLS" (POP3), "no encryption".
[[nodiscard]] QString securityModeName(SecurityMode m, ProbeService s);
// The INI spelling of the security key for this mode: tls, starttls|stls, none.
[[nodiscard]] QString securitySettingValue(SecurityMode m, ProbeService s);
// The port a mode is usually found on (465, 587, 995, 110).
[[nodiscard]] quint16 standardPort(SecurityMode m, ProbeService s);
// The mode a session with these settings attempts first (security auto: implicit TLS on
// port 465 / 995, else STARTTLS/STLS).
[[nodiscard]] SecurityMode configuredSecurityMode(const MailSettings &settings,
                                                  ProbeService service);

} // namespace mw
