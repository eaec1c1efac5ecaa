// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProbeMode.h"
#include "SettingChange.h"
#include "protocol/Result.h"
#include "protocol/TlsTrust.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mw {

// What the admin needs to decide about a server certificate: who it is for, who signed
// it, how long it stays valid, whether it is trusted, and whether it is the one that was
// pinned. A pinned certificate that changed is an alarm (a renewal, or someone in the
// middle): it is never accepted silently.
struct CertificateReport
{
    CertificateInfo certificate;
    QStringList errors;      // the TLS library's complaints, empty when it verified
    bool presented = false;  // the server completed enough of a handshake to show one
    bool trusted = false;    // verified by a CA or accepted by its pinned fingerprint
    bool pinned = false;     // a pin is set and matches this certificate
    bool pinChanged = false; // a pin is set and this certificate is a different one
    QString pinnedSha256;    // the pin in the settings (normalised), empty when none
    bool expired = false;
    bool notYetValid = false;
    int daysToExpiry = 0;     // whole days from `now` to notAfter (negative once expired)
    bool expiresSoon = false; // within the warning period (and not yet expired)

    // Days before expiry from which the status indicator warns.
    static constexpr int kDefaultWarnDays = 21;

    // From a session's result: the certificate it saw, the errors, and the pin it ran with.
    [[nodiscard]] static CertificateReport
    evaluate(const Result &result, const TlsTrust &trust,
             const QDateTime &now = QDateTime::currentDateTimeUtc(),
             int warnDays = kDefaultWarnDays);
    [[nodiscard]] static CertificateReport
    evaluate(const CertificateInfo &certificate, const QStringList &errors, bool handshakeOk,
             const TlsTrust &trust, const QDateTime &now = QDateTime::currentDateTimeUtc(),
             int warnDays = kDefaultWarnDays);

    // Trusting exactly this certificate (pinning it) is offered only for a certificate
    // that is presented, not trusted yet, and inside its validity period: an expired one
    // must be renewed, not pinned.
    [[nodiscard]] bool canTrust() const;
    // The one change that trusts it: "<service>/pin_sha256" = its fingerprint.
    [[nodiscard]] QList<SettingChange> trustChanges(ProbeService service) const;
    // Subject, names, issuer, validity and days left, SHA-256, errors: one line each.
    [[nodiscard]] QStringList detailLines() const;
    // For the status indicator: "certificate expires in 12 days", "certificate expired
    // 3 days ago", "pinned certificate changed"; empty when there is nothing to say.
    [[nodiscard]] QString warning() const;
};

} // namespace mw
