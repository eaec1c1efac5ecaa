// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateReport.h"
#include "ModeMismatch.h"
#include "ProbeMode.h"
#include "protocol/Result.h"

#include <QMetaType>
#include <optional>

namespace mw {

// One (port, security mode) combination as the capability probe found it: reachability
// with timings (the "ping" of seed 002: name lookup, TCP connect, greeting), the greeting,
// TLS protocol and cipher, the certificate, the extensions and login methods offered *in
// that mode*, and how safe it is.
struct ModeReport
{
    // Safety tiers, safest first (RFC 8314 §3: implicit TLS before STARTTLS before clear).
    enum class Tier {
        TrustedImplicitTls = 0,
        TrustedStartTls = 1,
        UntrustedImplicitTls = 2, // works only once the admin trusts the certificate
        UntrustedStartTls = 3,
        Clear = 4,
        Unusable = 5,
    };

    ProbeService service = ProbeService::Smtp;
    SecurityMode mode = SecurityMode::Plain;
    QString host;
    quint16 port = 0;
    Result result; // the whole session result (stages with ms, greeting, capabilities)
    CertificateReport certificate;
    std::optional<ModeMismatch> mismatch;
    bool reachable = false; // name resolved and TCP connected
    bool works = false;     // the session completed in this mode
    Tier tier = Tier::Unusable;
    bool apop = false; // POP3: the greeting carries an RFC 1939 §7 timestamp
    QString verdict;   // one sentence for a person

    [[nodiscard]] bool needsTrust() const
    {
        return tier == Tier::UntrustedImplicitTls || tier == Tier::UntrustedStartTls;
    }
    [[nodiscard]] bool encrypted() const { return tier < Tier::Clear; }
    // The SASL mechanisms offered in this mode (SMTP EHLO AUTH, POP3 CAPA SASL) that
    // Mailwright can use, in the server's order, and those it cannot (GSS-SPNEGO,
    // SCRAM-SHA-256-PLUS, ...): sasl::supportedMechanisms() decides.
    [[nodiscard]] QStringList usableMechanisms() const;
    [[nodiscard]] QStringList unsupportedMechanisms() const;
    // "can use: SCRAM-SHA-256, PLAIN; not supported: GSS-SPNEGO" ("none offered").
    [[nodiscard]] QString mechanismSummary() const;
    // Milliseconds of one stage (Resolve, Connect, Tls, Greeting), -1 when not reached.
    [[nodiscard]] qint64 stageMs(Phase p) const;
    // Fills tier, works, reachable, certificate, mismatch and verdict from result.
    void classify(const TlsTrust &trust);
};

} // namespace mw

Q_DECLARE_METATYPE(mw::ModeReport)
