// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModeReport.h"
#include "SettingChange.h"
#include "settings/MailSettings.h"

#include <QList>
#include <QMetaType>

#include <functional>

namespace mw {

// Everything the capability probe found for one host: each mode ranked safest first, the
// one it recommends (if any is safe), and the alarm when a pinned certificate changed.
struct ProbeReport
{
    ProbeService service = ProbeService::Smtp;
    QString host;
    QList<ModeReport> modes;               // ranked: safest working first, unusable last
    int recommended = -1;                  // index into modes; -1 when nothing is safe to recommend
    bool recommendationNeedsTrust = false; // applying it pins the certificate shown
    QString recommendation;                // a sentence: what is recommended, or why nothing is
    bool pinAlarm = false;                 // a pinned certificate was replaced
    QString alarm;

    [[nodiscard]] const ModeReport *recommendedMode() const
    {
        return recommended >= 0 && recommended < modes.size() ? &modes.at(recommended) : nullptr;
    }
    [[nodiscard]] const ModeReport *find(SecurityMode mode, quint16 port) const;

    // Sorts modes by safety and fills recommended, recommendation and the alarm.
    // preferLogin: the settings log in, so modes that offer AUTH come first in a tier.
    void rank(bool preferLogin);
    // Only the second half of rank(): the modes keep their order (a caller that ranks
    // by its own criteria first, such as autodetection by source), the safest usable
    // one is recommended. refusal(i), when given, says why modes[i] must not be
    // recommended however well it works (empty: it may be); the first such reason becomes
    // the recommendation when nothing else is recommended.
    void recommend(const std::function<QString(int)> &refusal = {});

    // The one-click apply: the changes that turn `current` into the recommended
    // combination (host, port, security; a sign-in method the server does not offer in
    // that mode replaced by the strongest it does, in auto's order (sasl::autoMechanism);
    // the certificate pin when it must be trusted). Empty when nothing is recommended.
    [[nodiscard]] QList<SettingChange> recommendedChanges(const MailSettings &current) const;
    // The mechanism the recommended mode would sign in with under `current`: the configured
    // one when offered there, else the one auto picks (upper case); empty when none.
    [[nodiscard]] QString recommendedMechanism(const MailSettings &current) const;
    // SMTP: the login methods a settings page should offer for `mode` (None and
    // POP-before-SMTP always; each supported mechanism when offered; Auto when one that
    // auto may pick is).
    [[nodiscard]] static QList<MailSettings::SmtpAuth> allowedAuth(const ModeReport &mode);
};

} // namespace mw

Q_DECLARE_METATYPE(mw::ProbeReport)
