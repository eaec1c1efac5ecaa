// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProbeMode.h"
#include "SettingChange.h"
#include "protocol/Result.h"

#include <optional>

namespace mw {

// A session that failed because client and server disagree on how the connection is
// secured: a TLS handshake sent to a port that answers "220" in clear (OpenSSL: "wrong
// version number"), or a clear client waiting for a greeting on an implicit-TLS port
// that waits for a ClientHello (silence until the timeout).
struct ModeMismatch
{
    SecurityMode attempted = SecurityMode::Plain;
    // What the port probably expects: for a clear reply to TLS, StartTls (the safest of
    // the clear-port modes, which the probe confirms); for silence, ImplicitTls.
    SecurityMode expected = SecurityMode::Plain;
    QString message;          // "This port expects implicit TLS ..."
    QList<SettingChange> fix; // the one-click change of the security setting

    // Recognises the mismatch from a failed session's result; nullopt for any other
    // failure (and for a success).
    [[nodiscard]] static std::optional<ModeMismatch>
    diagnose(const Result &result, SecurityMode attempted,
             ProbeService service = ProbeService::Smtp);
    // True when a TLS library error text says the peer answered with something that is
    // not TLS (a clear-text protocol line).
    [[nodiscard]] static bool looksLikeClearTextReply(const QString &tlsError);
};

} // namespace mw
