// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DetectionReport.h"
#include "SettingChange.h"

#include <QList>
#include <QString>

namespace mw {

// The first run from an e-mail address (the window's setup assistant): a finished detection
// turned into the settings it proposes. Which server is safest and works is the report's
// decision (DetectionReport::conclude / recommended: never a foreign host without the
// admin's confirmation, never a pin a DNS answer asked for); this adds what the address
// itself says: the From address and, while they are empty, the login name and the
// notification recipient.
struct SetupProposal
{
    DetectedCandidate candidate;  // the server proposed
    QList<SettingChange> changes; // what "Use these settings" puts into the form
    QString why;                  // for a person: the server, where it came from, why this one

    [[nodiscard]] bool isEmpty() const { return changes.isEmpty(); }

    // The proposal for `chosen` (nullptr: the report's recommended SMTP server). A chosen
    // candidate must be offered; a foreign one only once the admin confirmed it
    // (confirmedForeign). login: the login name typed (empty: the candidate's suggestion,
    // else the address). caFile: the extra CA file the probes trusted (empty: the system's):
    // the settings need it to verify the same certificate. useOAuth: the provider's OAuth2
    // sign-in instead of a password (only where oauthProviderFor() names one). Empty when
    // nothing may be proposed.
    [[nodiscard]] static SetupProposal make(const DetectionReport &report,
                                            const MailSettings &current, const QString &address,
                                            const QString &login = {}, const QString &caFile = {},
                                            const DetectedCandidate *chosen = nullptr,
                                            bool confirmedForeign = false, bool useOAuth = false);
    // The OAuth2 provider setting (oauth/provider) for an address domain whose provider signs
    // in with OAuth2 (the provider table's Gmail and Microsoft entries); empty: none.
    [[nodiscard]] static QString oauthProviderFor(const QString &domain);
    // How a person names a detection source ("autoconfig document", "DNS SRV record", ...).
    [[nodiscard]] static QString sourceName(DetectionSource source);
};

} // namespace mw
