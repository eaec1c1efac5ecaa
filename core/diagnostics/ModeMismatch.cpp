// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModeMismatch.h"

#include <QCoreApplication>

namespace mw {

bool ModeMismatch::looksLikeClearTextReply(const QString &tlsError)
{
    // OpenSSL 1.1/3.x wording when the first bytes are not a TLS record: "220 " or
    // "+OK " read as a record header gives a bogus version or length.
    static const char *const kSigns[] = {"wrong version number", "unknown protocol",
                                         "packet length too long", "record layer failure",
                                         "http request"};
    for (const char *s : kSigns) {
        if (tlsError.contains(QLatin1String(s), Qt::CaseInsensitive))
            return true;
    }
    return false;
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
