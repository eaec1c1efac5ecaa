// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModeMismatch.h"

#include "protocol/TlsTrust.h"

#include <QCoreApplication>

namespace mw {

bool ModeMismatch::looksLikeClearTextReply(const QString &tlsError)
{
    // One list of OpenSSL's wordings, shared with the sessions' own hints.
    return tlsErrorMeansClearText(tlsError);
}

std::optional<ModeMismatch> ModeMismatch::diagnose(const Result &result, SecurityMode attempted,
                                                   ProbeService service)
{
    if (result.ok)
        return std::nullopt;
    const QString key = serviceId(service) + QStringLiteral("/security");
    ModeMismatch m;
    m.attempted = attempted;
    if (attempted == SecurityMode::ImplicitTls && result.errorClass == ErrorClass::TlsHandshake &&
        result.greeting.isEmpty() &&
        (looksLikeClearTextReply(result.message) || looksLikeClearTextReply(result.serverReply))) {
        m.expected = SecurityMode::StartTls;
        m.message = QCoreApplication::translate(
                        "mw::ModeMismatch",
                        "This port answered in clear text, not with TLS: it expects %1 (or no "
                        "encryption), not implicit TLS.")
                        .arg(securityModeName(SecurityMode::StartTls, service));
        m.fix = {
            {key, securitySettingValue(SecurityMode::StartTls, service),
             QCoreApplication::translate("mw::ModeMismatch", "the port speaks clear text first")}};
        return m;
    }
    if (attempted != SecurityMode::ImplicitTls && result.errorClass == ErrorClass::Timeout &&
        result.phase == Phase::Greeting && result.greeting.isEmpty() &&
        result.tlsProtocol.isEmpty()) {
        m.expected = SecurityMode::ImplicitTls;
        m.message = QCoreApplication::translate(
            "mw::ModeMismatch",
            "The server accepted the connection but sent no greeting: this port expects "
            "implicit TLS (the client must start the TLS handshake).");
        m.fix = {{key, securitySettingValue(SecurityMode::ImplicitTls, service),
                  QCoreApplication::translate("mw::ModeMismatch",
                                              "the port waits for a TLS handshake")}};
        return m;
    }
    return std::nullopt;
}

} // namespace mw
