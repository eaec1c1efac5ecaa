// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModeReport.h"
#include "ProbeReport.h"
#include "ProviderTable.h"
#include "SettingChange.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace mw {

// Where a suggestion came from, most authoritative first. The provider table and an
// autoconfig document fetched over https with a verified certificate are authenticated;
// DNS answers (SRV, MX, and the addresses of guessed names) and http are not: anyone on
// the network path can forge them, so they never outrank an authenticated source.
enum class DetectionSource {
    ProviderTable, // the bundled table (by address domain or by MX host)
    Autoconfig,    // the domain's Mozilla autoconfig document (https: authenticated)
    Srv,           // RFC 6186 / RFC 8314 SRV records of the domain
    Mx,            // the domain's MX hosts (inbound servers; often also accept submission)
    Guess,         // smtp.<domain>, mail.<domain>, pop.<domain>
};

[[nodiscard]] QString detectionSourceId(DetectionSource s); // "srv", "autoconfig", ...
// How much a suggestion is believed, lower first: the authenticated sources (the table,
// autoconfig over verified https) before anything a forged DNS or http answer can say.
[[nodiscard]] int detectionSourceRank(DetectionSource s, bool authenticated);

// One concrete suggestion (host, port, mode) and what probing it showed.
struct DetectedCandidate
{
    ProbeService service = ProbeService::Smtp;
    QString host;
    quint16 port = 0;
    SecurityMode mode = SecurityMode::StartTls;
    DetectionSource source = DetectionSource::Guess; // the best of its sources
    QStringList sources; // every suggestion of it, for a person ("SRV _submission._tcp.x")
    QString notes;       // provider notes (app passwords, admin switches)
    QString userName;    // autoconfig / provider user name, if given
    QList<QHostAddress> addresses;
    bool probed = false;
    QString skipped; // why it was not probed (name does not resolve, not loopback, ...)
    ModeReport probe;
    // Found by the provider table or an https autoconfig document with a verified
    // certificate (at least one of its sources).
    bool authenticated = false;
    // Found only through unauthenticated lookups and outside the address's domain and its
    // provider's domains: it is shown with `warning`, never recommended unless the caller
    // accepts foreign hosts, and applied only after an explicit confirmation.
    bool foreign = false;
    QString warning; // for a person: why this candidate needs care (empty: none)

    // Its certificate may be trusted (pinned) by a recommendation: only for a host an
    // authenticated source named. A DNS answer can point anywhere, and pinning what is
    // there would trust whoever forged it. A large provider's servers carry publicly
    // trusted certificates: one that does not verify means the name or the path is forged,
    // so a host of the provider table is never pinned either.
    [[nodiscard]] bool mayPin() const
    {
        return authenticated && source != DetectionSource::ProviderTable;
    }

    // Offered to the admin: probed, and it works (or works once its certificate is trusted).
    [[nodiscard]] bool offered() const
    {
        return probed && (probe.works || (probe.needsTrust() && probe.certificate.canTrust()));
    }
};

struct DetectionReport
{
    QString address;
    QString domain;
    QList<DetectedCandidate> candidates; // offered first, authenticated, safest, best source
    QStringList log;                     // what each lookup found, in order of completion
    ProbeReport smtp;                    // probed SMTP candidates, recommendation
    ProbeReport pop3;
    QString error;                   // the input could not be used (no domain)
    bool acceptForeignHosts = false; // the run could recommend a foreign host
    // When nothing is recommended for a service: the working candidates that were refused
    // because they are foreign (and foreign hosts were not accepted).
    QList<DetectedCandidate> refusedForeign;

    [[nodiscard]] const DetectedCandidate *recommended(ProbeService service) const;
    // The one-click apply of the recommendation (see changesFor()).
    [[nodiscard]] QList<SettingChange> recommendedChanges(const MailSettings &current,
                                                          ProbeService service) const;
    // The changes that turn `current` into `candidate` (host, port, security, login method
    // the server offers, the user name its source suggests when the settings have none);
    // the certificate pin only when the candidate mayPin(). Empty when it is not offered.
    [[nodiscard]] static QList<SettingChange> changesFor(const DetectedCandidate &candidate,
                                                         const MailSettings &current);

    // The end of a detection: judges each candidate (foreign, warning), ranks them
    // (offered first, then what an authenticated source named, then safety tier, then
    // source) and recommends per service, never a foreign host unless acceptForeignHosts
    // and never a certificate that would need a pin the candidate may not get. Uses
    // domain and acceptForeignHosts; fills candidates, smtp, pop3 and refusedForeign.
    void conclude(QList<DetectedCandidate> found,
                  const QList<Provider> &providers = ProviderTable::providers());
    // Why `c` must not be recommended however well it works (empty: it may be).
    [[nodiscard]] QString refusal(const DetectedCandidate &c) const;
};

// Whether a host found by an unauthenticated lookup for `domain` is foreign: neither the
// domain itself, nor a name under it, nor a name of the provider the table lists for
// that domain. (A foreign host may be a legitimate hosting company, or whoever forged
// the DNS answer: only a person can tell.)
[[nodiscard]] bool isForeignHost(const QString &host, const QString &domain,
                                 const QList<Provider> &providers = ProviderTable::providers());

} // namespace mw

Q_DECLARE_METATYPE(mw::DetectedCandidate)
Q_DECLARE_METATYPE(mw::DetectionReport)
