// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mw {

// The one port rule of security "auto": on the implicit-TLS port of its protocol
// (RFC 8314 §3.3: SMTP submission 465, POP3 995) TLS starts at once; elsewhere the
// session greets in clear and upgrades with STARTTLS/STLS. Plain values only, so that
// both the protocol layer (SmtpConfig, Pop3Config) and the settings use it without
// including each other.
inline constexpr int kSmtpImplicitTlsPort = 465;
inline constexpr int kPop3ImplicitTlsPort = 995;

// Whether a session starts TLS right after connecting: explicit TLS, or auto on the
// protocol's implicit-TLS port.
[[nodiscard]] constexpr bool startsWithTls(bool tlsMode, bool autoMode, int port,
                                           int implicitTlsPort)
{
    return tlsMode || (autoMode && port == implicitTlsPort);
}

} // namespace mw
